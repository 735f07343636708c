/**
 * What names one article across visits, for what the reader keeps about it (corrections): its address normalised
 * (no fragment, no tracking parameters, the rest in a stable order) and a hash of the text the engine read, so a
 * change of the page's ads or comments finds the same article and a rewrite of the article does not. An address
 * longer than a key may hold is cut and hashed (keyUrl), so a page cannot make WhoSaid's keys huge.
 */
import type { TextBlock } from '../engine/index.js';

/**
 * Query parameters that say how the reader arrived, not what they read (campaign tags, click ids, share
 * markers). `ref` and `share` are not here: a few sites use them for the content itself.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'cmpid', 'ocid', 'smid', 'smtyp', 'ito', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3',
  'at_custom4', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'spm', 's_cid',
  'ref_src', 'ref_url', 'icid', 'int_source', 'int_medium', 'int_campaign', 'guccounter', 'guce_referrer',
  'guce_referrer_sig',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || lower.startsWith('hsa_') || TRACKING_PARAMS.has(lower);
}

/** The address as a URL when it is http(s), without its fragment; else null (no javascript:, data:, file:). */
export function httpUrl(href: string): URL | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url;
}

/**
 * The address of an article as one string, or null for anything that is not http(s): scheme and host in lower
 * case (the URL parser's doing), no default port, no user or password, no fragment, no tracking parameters, the
 * remaining parameters sorted by name (their order says nothing), and no trailing slash on a path other than "/".
 */
export function normaliseUrl(href: string): string | null {
  const url = httpUrl(href);
  if (url === null) return null;
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  // a stable sort by name keeps the order of repeated names, which can matter (?tag=a&tag=b)
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
  return url.toString();
}

/** A cyrb53 hasher: two multiply-xor lanes over UTF-16 code units, read out as 14 hex digits. */
function cyrb53(): { feed(code: number): void; digest(): string } {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  return {
    feed(code) {
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    },
    digest() {
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
      return value.toString(16).padStart(14, '0');
    },
  };
}

/**
 * A 53-bit hash (cyrb53) of the blocks' kinds and texts, as 14 hex digits. Not cryptographic, and need not be: it
 * tells versions of one page's article apart. About a millisecond for a long article; SubtleCrypto would make the
 * click wait for a promise for no gain here.
 */
export function hashArticleText(blocks: readonly TextBlock[]): string {
  const hash = cyrb53();
  for (const block of blocks) {
    for (const char of block.kind) hash.feed(char.charCodeAt(0));
    // a separator no text holds, so ["ab", "c"] and ["a", "bc"] differ
    hash.feed(0xffff);
    const { text } = block;
    for (let index = 0; index < text.length; index += 1) hash.feed(text.charCodeAt(index));
    hash.feed(0xfffe);
  }
  return hash.digest();
}

/**
 * The longest address a key holds as it is. A page can make its own address a megabyte long (pushState with a
 * 1 MB query): ten such keys filled the browser's 10 MB for WhoSaid. Real article addresses are far shorter.
 */
export const MAX_KEY_URL_LENGTH = 1_000;
/** What a capped address keeps of its start (it stays readable in the storage). */
const KEPT_URL_START = 960;

/**
 * The address as a key holds it: as it is up to MAX_KEY_URL_LENGTH, else its first 960 characters, "…" and a hash
 * of all of it (a normalised address never holds a raw "…", so no real address reads the same). Idempotent.
 */
export function keyUrl(url: string): string {
  if (url.length <= MAX_KEY_URL_LENGTH) return url;
  const hash = cyrb53();
  for (let index = 0; index < url.length; index += 1) hash.feed(url.charCodeAt(index));
  return `${url.slice(0, KEPT_URL_START)}…${hash.digest()}`;
}

/** One article version: its normalised address (capped: keyUrl) and its text's hash. */
export interface ArticleKey {
  url: string;
  textHash: string;
}

/** The key of the article read from `blocks` at `href`, or null where the address is not http(s). */
export function articleKey(href: string, blocks: readonly TextBlock[]): ArticleKey | null {
  const url = normaliseUrl(href);
  return url === null ? null : { url: keyUrl(url), textHash: hashArticleText(blocks) };
}
