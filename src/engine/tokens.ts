/**
 * The token stream every step reads: the token, sentence, quotation and range types, and the small queries over
 * them that several steps share (is this a quotation mark that opens or closes, how many words lie in a range,
 * where a quotation carries a content on to). segment.ts builds a `Segmented`; nothing here builds one.
 */
import type { TextBlock } from './types.js';
import type { Lexicon } from './lexicon/lexicon.js';

/** A word, a punctuation mark, or a double quotation mark. */
export type TokenKind = 'word' | 'punct' | 'quote';

/** How a quotation mark reads in its context. */
export type QuoteRole = 'open' | 'close' | 'either';

export interface Token {
  block: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, with curly apostrophes made straight, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  quoteRole?: QuoteRole;
}

/** A sentence: tokens [first, end) of one block. */
export interface Sentence {
  block: number;
  first: number;
  end: number;
}

/** A quotation: from its opening mark to its closing mark (both inclusive), possibly over several blocks. */
export interface QuoteRegion {
  open: number;
  /** The closing mark, or the last token before the quotation was cut off (unclosed at a block's end). */
  close: number;
  closed: boolean;
}

/** The article as the steps read it: one token stream over all blocks, with its sentences and quotations. */
export interface Segmented {
  blocks: TextBlock[];
  tokens: Token[];
  sentences: Sentence[];
  /** Per block: index of its first token and one past its last. */
  blockTokens: { first: number; end: number }[];
  quotes: QuoteRegion[];
  /** Per token: the index of the quote region it lies in (marks included), or -1. */
  quoteOf: Int32Array;
  /** Per token: the sentence it belongs to. */
  sentenceOf: Int32Array;
  /** The words of the article's language: every step reads its word lists from here. */
  lexicon: Lexicon;
}

/** Tokens [first, end) of the article's token stream; may cross blocks (a quotation over paragraphs). */
export interface TokenRange {
  first: number;
  end: number;
}

/** The quotation a token lies in (its marks included), if any. */
export function regionOf(seg: Segmented, tok: number): QuoteRegion | undefined {
  const q = seg.quoteOf[tok];
  return q === undefined || q < 0 ? undefined : seg.quotes[q];
}

/** A quotation mark that closes a quotation which really was closed (not cut off at a block's end). */
export function isClosingMark(seg: Segmented, tok: number): boolean {
  const t = seg.tokens[tok];
  const r = regionOf(seg, tok);
  return t !== undefined && t.kind === 'quote' && r !== undefined && r.close === tok && r.closed;
}

/** A quotation mark that opens a quotation. */
export function isOpeningMark(seg: Segmented, tok: number): boolean {
  const t = seg.tokens[tok];
  const r = regionOf(seg, tok);
  return t !== undefined && t.kind === 'quote' && r !== undefined && r.open === tok;
}

/** Whether tokens [first, end) hold at least `min` words (stops counting there, so the cost is bounded). */
export function hasWords(seg: Segmented, first: number, end: number, min: number): boolean {
  let n = 0;
  for (let t = first; t < end && n < min; t++) if (seg.tokens[t]?.kind === 'word') n++;
  return n >= min;
}

/** Whether tokens [first, end) hold a quotation mark. */
export function hasQuote(seg: Segmented, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (seg.tokens[t]?.kind === 'quote') return true;
  return false;
}

/**
 * Where a content that runs from `first` to `end` really ends: a quotation opened inside it and closed in a later
 * sentence or paragraph carries the content on to its closing mark.
 */
export function extendOverQuotes(seg: Segmented, first: number, end: number): number {
  let e = end;
  for (let t = first; t < e; t++) {
    const r = regionOf(seg, t);
    if (r !== undefined && r.open === t && r.close >= e) e = r.close + 1;
  }
  return e;
}

/** Whether two token ranges share a token. */
export function rangesOverlap(a: TokenRange, b: TokenRange): boolean {
  return a.first < b.end && b.first < a.end;
}

/** The visible text of tokens [first, end), with the original spacing. */
export function textOf(seg: Segmented, first: number, end: number): string {
  const a = seg.tokens[first];
  const b = seg.tokens[end - 1];
  if (a === undefined || b === undefined || a.block !== b.block) return '';
  const text = (seg.blocks[a.block]?.text ?? '').slice(a.start, b.end);
  // (a soft hyphen is invisible: "Mazzu­cotelli" is the name "Mazzucotelli")
  return text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text;
}

/**
 * Whether a length of time starts at token `k`: "hours", "about five minutes", "two days", "a while" — at most three
 * words of quantity before the noun of time.
 */
export function durationAt(seg: Segmented, k: number): boolean {
  for (let t = k; t < k + 4; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word' || tok.cap || tok.block !== seg.tokens[k]?.block) return false;
    if (seg.lexicon.DURATION_NOUNS.has(tok.lower)) return true;
    // only words of quantity may come first: "about five minutes", "the past two years", not "the deficit for years"
    if (!seg.lexicon.DURATION_QUANTIFIERS.has(tok.lower) && !/^\d/.test(tok.text)) return false;
  }
  return false;
}

/** The block token `tok` lies in, or -1. */
export function blockOf(seg: Segmented, tok: number): number {
  return seg.tokens[tok]?.block ?? -1;
}

/** Empty blocks a reach back over paragraphs steps over at most (a text's blank lines between paragraphs). */
const MAX_EMPTY_BLOCKS = 8;

/** The earliest block within `reach` paragraphs (blocks with words) before `block`. */
export function reachBlock(seg: Segmented, block: number, reach: number): number {
  let b = block;
  let paragraphs = 0;
  let empty = 0;
  while (b > 0 && paragraphs < reach && empty <= MAX_EMPTY_BLOCKS) {
    b--;
    const range = seg.blockTokens[b];
    if (range !== undefined && range.end > range.first) paragraphs++;
    else empty++;
  }
  return b;
}
