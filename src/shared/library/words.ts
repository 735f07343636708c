/**
 * The library's words: how a person's or body's name becomes the key that joins their claims across articles, and
 * how names and claim texts become the tokens the search indexes hold. One tokenizer for writing and searching, so a
 * query finds exactly what was indexed. Pure.
 */
import { hasCyrillic, latinKey } from '../latin-key.js';

/** Words too common to find anything by: not indexed for claims (a query made of them alone finds no claim). */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
  'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'not', 'of', 'on', 'or', 'our', 'she', 'that', 'the', 'their',
  'them', 'there', 'they', 'this', 'to', 'was', 'we', 'were', 'which', 'who', 'will', 'with', 'would', 'you',
]);

/** At most this many distinct words of one claim are indexed (a long quote still costs a bounded write). */
export const MAX_WORDS_PER_CLAIM = 48;

// One run of letters or digits: a single character class repeated, which cannot backtrack.
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Lower-case tokens of letters and digits, accents folded ("Müller" → "muller"), in text order. */
export function tokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return [...folded.matchAll(WORD)].map((match) => match[0]);
}

/** The key that joins one person or body across articles: their name's tokens, spaced ("ella pamfilova"). */
export function nameKey(name: string): string {
  return tokens(name).join(' ');
}

/**
 * What sets a Latin key apart in the name index (a token is letters and digits only), so a Latin query word's key
 * finds Cyrillic names alone: "jan", keyed "ian", does not find Ian Smith.
 */
const LATIN_KEY_MARK = '=';

/**
 * The distinct tokens of a name, every one indexed (a search for "ella" finds Ella Pamfilova); a word written in
 * Cyrillic adds its Latin key (shared/search-fold.ts), so a search for "peskov" finds Дмитрий Песков.
 */
export function nameTokens(name: string): string[] {
  const found = new Set<string>();
  for (const token of tokens(name)) {
    found.add(token);
    if (hasCyrillic(token)) found.add(LATIN_KEY_MARK + latinKey(token));
  }
  return [...found];
}

/** The distinct words of a claim worth indexing: no stopwords, no single letters, at most MAX_WORDS_PER_CLAIM. */
export function claimWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of tokens(text)) {
    if (token.length < 2 || STOPWORDS.has(token)) continue;
    words.add(token);
    if (words.size >= MAX_WORDS_PER_CLAIM) break;
  }
  return [...words];
}

/**
 * A query split for the two searches: every token for names, the indexable ones for claim words; and, for each
 * name token in Latin letters, its Latin key, which finds a name written in Cyrillic ('' for a Cyrillic token).
 */
export function queryTokens(query: string): { name: string[]; nameLatin: string[]; claim: string[] } {
  const all = [...new Set(tokens(query))].slice(0, 8);
  return {
    name: all,
    nameLatin: all.map((token) => (hasCyrillic(token) ? '' : LATIN_KEY_MARK + latinKey(token))),
    claim: all.filter((token) => token.length >= 2 && !STOPWORDS.has(token)),
  };
}

/**
 * A short, stable fingerprint of a claim's text (FNV-1a over its tokens), carried in the link back to the article
 * so the content script there can find the same claim again whatever ids a new analysis gives it.
 */
export function claimFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of tokens(text).join(' ')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
