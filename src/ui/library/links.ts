/**
 * The link from a kept claim back to its article: only for http(s) addresses, carrying the claim's fingerprint
 * (`#whosaid-claim=…`, which WhoSaid's content script acts on) and a text fragment (`:~:text=…`) so the browser
 * itself scrolls to and marks the words even before WhoSaid runs there. Pure.
 */
import { articleUrl } from '../../shared/library/entry.js';
import { claimFingerprint } from '../../shared/library/words.js';

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const SPACE = /\s+/u;

/** Percent-encodes a text directive's term: encodeURIComponent leaves '-' alone, which the directive reserves. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `text=start,end` for the claim's first fragment: the whole of it when short, else its first and last words. */
export function textDirective(claimText: string): string | null {
  const first = (claimText.split(' … ')[0] ?? '').replace(EDGE, '');
  const words = first.split(SPACE).filter((word) => word !== '');
  if (words.length === 0) return null;
  if (words.length <= 8) return `text=${term(words.join(' '))}`;
  return `text=${term(words.slice(0, 4).join(' '))},${term(words.slice(-4).join(' '))}`;
}

/** The address that opens the article with this claim shown, or null when the article's address is not http(s). */
export function claimLink(url: string, claimText: string): string | null {
  const base = articleUrl(url);
  if (base === null) return null;
  const directive = textDirective(claimText);
  return `${base}#whosaid-claim=${claimFingerprint(claimText)}${directive === null ? '' : `:~:${directive}`}`;
}
