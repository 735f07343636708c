/**
 * Step 1 — segment: turns the article's blocks into one token stream with sentences and quotation regions.
 * Tokens are numbered across the whole article so a quotation that runs over several paragraphs is one region.
 * Everything here is a single left-to-right pass per block (a hand-written scanner, no backtracking).
 */
import type { TextBlock } from './types.js';
import type { QuoteRegion, QuoteRole, Segmented, Sentence, Token } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { drain } from './slices.js';
import { ASCII_CLASS, CHAR_SPACE, CHAR_WORD, classAt, classOf, classOfNonAscii, codePointAt, isSpaceChar, startsWithNumber } from './chars.js';

// Words keep inner apostrophes, hyphens, periods and ampersands ("Russia’s", "RFE/RL", "U.S", "AT&T").
// Double quotation marks: curly, straight, guillemets, and the doubled apostrophes/backticks some wires use.
// The tokenizer below is a hand-written scanner that reads exactly what this expression matches, token by token:
//   /([\p{L}\p{N}\p{M}]+(?:[’'\-.&/][\p{L}\p{N}\p{M}]+)*)|(''|``|[“”„"«»])|(\s+)|([^\s\p{L}\p{N}])/uy
// (tests/engine/tokenizer-equivalence.test.ts holds it to that). Why not the expression itself: the content
// script runs fresh on every click, and a Unicode-property expression is compiled twice (bytecode, then native)
// on its first uses and returns an array of captures per token; on a median article that was ~40% of the cold
// segmentation. The scanner reads characters by their class (chars.ts): ASCII and the common scripts by table.
//
// Which marks open and which close is the language's (Lexicon.OPENING_QUOTES, CLOSING_QUOTES: „…“ in German, «…» in
// French, “…” in English); a language may add single marks (EXTRA_QUOTE_MARKS: ‚ ‘ ‹ ›). A caller with no language
// (src/shared/space.ts counts words on any page) reads the marks as they are most often used: UNSPECIFIED_MARKS.

/** The quotation marks of one language, as the tokenizer reads them. */
export interface QuoteMarks {
  opening: ReadonlySet<string>;
  closing: ReadonlySet<string>;
  /** Single-character marks read as quotation marks beyond “ ” „ " « » ('' for none). */
  extra: string;
}

/** The marks' roles when no language is known: “ „ « `` open, ” » close, the rest go by their spaces. */
export const UNSPECIFIED_MARKS: QuoteMarks = { opening: new Set(['“', '„', '«', '``']), closing: new Set(['”', '»']), extra: '' };

/** A lexicon's quotation marks, built once per lexicon. */
const MARKS = new WeakMap<Lexicon, QuoteMarks>();

export function quoteMarksOf(lexicon: Lexicon): QuoteMarks {
  let marks = MARKS.get(lexicon);
  if (marks === undefined) {
    marks = { opening: lexicon.OPENING_QUOTES, closing: lexicon.CLOSING_QUOTES, extra: lexicon.EXTRA_QUOTE_MARKS };
    MARKS.set(lexicon, marks);
  }
  return marks;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS_AFTER_END = new Set([')', ']', '’', "'"]);
/**
 * A sentence longer than this many tokens is cut into pieces: real sentences are far shorter, and the bound keeps
 * every per-sentence step linear on text without full stops.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Characters that join two runs of letters into one word: ’ ' - . & / */
function isJoiner(unit: number): boolean {
  return unit === 0x2019 || unit === 39 || unit === 45 || unit === 46 || unit === 38 || unit === 47 || unit === SOFT_HYPHEN;
}

/**
 * U+00AD, the soft hyphen pages put inside long words ("Sema­glutid", "­Aberle"): invisible, so it joins a word's
 * parts, is left out of its lower-case form, and elsewhere counts as nothing (as space).
 */
const SOFT_HYPHEN = 0xad;

/** Double quotation marks read as one character: “ ” „ " « » */
export function isQuoteMark(unit: number): boolean {
  return unit === 0x201c || unit === 0x201d || unit === 0x201e || unit === 34 || unit === 0xab || unit === 0xbb;
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  const apostrophes = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return apostrophes.includes('\u00ad') ? apostrophes.replace(/\u00ad/g, '') : apostrophes;
}

/** Sticky: lower-case ASCII letters and digits; then any ASCII letters and digits. Both match the empty string. */
const LOWER_RUN = /[a-z0-9]*/y;
const ASCII_RUN = /[A-Za-z0-9]*/y;

/**
 * The end of the run of word characters starting at `pos`; `state.plain` turns false when the run holds
 * anything but lower-case ASCII letters and digits (then the token's lower-case form must be computed).
 */
function wordRunEnd(text: string, pos: number, state: { plain: boolean }): number {
  let p = pos;
  while (p < text.length) {
    // runs of ASCII letters and digits are skipped by the expression engine: one native call per run instead of
    // an interpreted step per character (these simple classes compile in microseconds, unlike \p{…})
    LOWER_RUN.lastIndex = p;
    LOWER_RUN.test(text);
    p = LOWER_RUN.lastIndex;
    if (p >= text.length) break;
    let unit = text.charCodeAt(p);
    if (unit >= 65 && unit <= 90) {
      state.plain = false;
      ASCII_RUN.lastIndex = p;
      ASCII_RUN.test(text);
      p = ASCII_RUN.lastIndex;
      if (p >= text.length) break;
      unit = text.charCodeAt(p);
    }
    if (unit < 128) break; // an ASCII character that is not a letter or digit
    const cp = codePointAt(text, p, unit);
    if (classOfNonAscii(cp) !== CHAR_WORD) break;
    state.plain = false;
    p += cp > 0xffff ? 2 : 1;
  }
  return p;
}

/**
 * The end of the word token starting at `pos` (a word character): runs of word characters, joined by a joiner only
 * when a word character follows it. Also counts words without making tokens (src/shared/space.ts).
 */
export function wordTokenEnd(text: string, pos: number, state: { plain: boolean }): number {
  let end = wordRunEnd(text, pos, state);
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && classAt(text, end + 1) === CHAR_WORD) {
    if (text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === SOFT_HYPHEN) state.plain = false; // ’ becomes ', the soft hyphen goes
    end = wordRunEnd(text, end + 1, state);
  }
  return end;
}

/** Splits one block into tokens (offsets are block-local), reading the quotation marks of `marks`. */
export function tokenizeBlock(text: string, block: number, out: Token[], from = 0, until = text.length,
  marks: QuoteMarks = UNSPECIFIED_MARKS): number {
  let pos = from;
  const state = { plain: true };
  while (pos < until) {
    const start = pos;
    const unit = text.charCodeAt(pos);
    const cp = unit < 128 ? unit : codePointAt(text, pos, unit);
    const cls = classOf(cp);
    if (cls === CHAR_WORD) {
      state.plain = true;
      const end = wordTokenEnd(text, pos, state);
      pos = end;
      const tokenText = text.slice(start, end);
      // plain lower-case ASCII is its own lower-case form: no new string per token. Every token carries quoteRole
      // (undefined but for quotes) so all tokens share one shape and the steps reading them see one object layout.
      const cap = unit < 128 ? unit >= 65 && unit <= 90 : capitalised(tokenText);
      out.push({ block, start, end, text: tokenText, lower: state.plain ? tokenText : lowerWord(tokenText), kind: 'word', cap,
        quoteRole: undefined });
      continue;
    }
    const pair = (unit === 39 || unit === 96) && text.charCodeAt(pos + 1) === unit;
    if (pair || isQuoteMark(unit) || (marks.extra !== '' && cls !== CHAR_SPACE && marks.extra.includes(text.charAt(pos)))) {
      const end = pos + (pair ? 2 : 1);
      const tokenText = text.slice(start, end);
      out.push({ block, start, end, text: tokenText, lower: tokenText, kind: 'quote', cap: false,
        quoteRole: quoteRoleInContext(text, start, end, tokenText, marks) });
      pos = end;
      continue;
    }
    if (cls === CHAR_SPACE || unit === SOFT_HYPHEN) {
      pos++;
      while (pos < text.length && classAt(text, pos) === CHAR_SPACE) pos++;
      continue;
    }
    const end = pos + (cp > 0xffff ? 2 : 1);
    const tokenText = text.slice(start, end);
    out.push({ block, start, end, text: tokenText, lower: tokenText, kind: 'punct', cap: false, quoteRole: undefined });
    pos = end;
  }
  return pos;
}

/** Starts with an upper-case letter: its first code unit changes when lower-cased. */
function capitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export function quoteRoleInContext(text: string, start: number, end: number, mark: string,
  marks: QuoteMarks = UNSPECIFIED_MARKS): QuoteRole {
  if (marks.opening.has(mark)) return 'open';
  if (marks.closing.has(mark)) return 'close';
  const before = start === 0 ? ' ' : text.charAt(start - 1);
  const after = end >= text.length ? ' ' : text.charAt(end);
  const spaceBefore = isSpaceChar(before) || '([{\u2014\u2013-'.includes(before);
  const spaceAfter = isSpaceChar(after) || '.,;:!?)]}\u2014\u2013-'.includes(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/**
 * Characters tokenized between two yields of the sliced form, and tokens scanned by the later passes: about a
 * millisecond of work each on a laptop, so a slice stays under the 8 ms budget even on a phone several times slower
 * or with a garbage collection landing in it.
 */
export const SEGMENT_SLICE_CHARS = 10_000;
const SEGMENT_SLICE_TOKENS = 10_000;

/** Segments all blocks: tokens, quotation regions, then sentences (abbreviations as `lexicon` knows them). */
export function segment(blocks: TextBlock[], lexicon: Lexicon): Segmented {
  return drain(segmentInSlices(blocks, lexicon));
}

/** The same as segment(), yielding after every SEGMENT_SLICE_CHARS characters of text. */
export function* segmentInSlices(blocks: TextBlock[], lexicon: Lexicon): Generator<void, Segmented> {
  const marks = quoteMarksOf(lexicon);
  const tokens: Token[] = [];
  const blockTokens: { first: number; end: number }[] = [];
  let sinceYield = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const first = tokens.length;
    const text = b?.text ?? '';
    let pos = 0;
    while (pos < text.length) {
      // a very long block is tokenized in pieces, yielding between them
      const until = Math.min(text.length, pos + SEGMENT_SLICE_CHARS - sinceYield);
      const reached = tokenizeBlock(text, i, tokens, pos, until, marks);
      sinceYield += reached - pos;
      pos = reached;
      if (sinceYield >= SEGMENT_SLICE_CHARS) { sinceYield = 0; yield; }
      if (reached < until) break;
    }
    // "l'avocat", "a-t-il": an elided word and an inverted pronoun are tokens of their own (in the languages that have them)
    lexicon.splitTokens?.(tokens, first);
    // "—Es un error —dijo el ministro—.": a dialogue line's dashes are its quotation marks (Spanish, Portuguese)
    lexicon.readDialogueDashes?.(tokens, first);
    blockTokens.push({ first, end: tokens.length });
  }
  const { quotes, quoteOf } = yield* findQuoteRegions(tokens, blockTokens);
  yield;
  const { sentences, sentenceOf } = yield* splitSentences(tokens, blockTokens, quoteOf, quotes, lexicon);
  yield;
  return { blocks, tokens, sentences, blockTokens, quotes, quoteOf, sentenceOf, lexicon };
}

/**
 * Pairs quotation marks into regions. A quotation left open at a block's end continues into the next
 * non-empty block only when that block starts with an opening mark (the newspaper convention for quotes over
 * several paragraphs); otherwise it is cut at the block's end. A closing mark with nothing open is ignored.
 */
function* findQuoteRegions(tokens: Token[], blockTokens: { first: number; end: number }[]):
  Generator<void, { quotes: QuoteRegion[]; quoteOf: Int32Array }> {
  const quotes: QuoteRegion[] = [];
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let openAt = -1;
  let lastTokenOfOpen = -1;
  const closeRegion = (closeTok: number, closed: boolean): void => {
    quotes.push({ open: openAt, close: closeTok, closed });
    for (let t = openAt; t <= closeTok; t++) quoteOf[t] = quotes.length - 1;
    openAt = -1;
  };
  for (let b = 0; b < blockTokens.length; b++) {
    const range = blockTokens[b];
    if (range === undefined || range.first === range.end) continue;
    if (openAt >= 0) {
      const firstTok = tokens[range.first];
      const continues = firstTok !== undefined && firstTok.kind === 'quote' && firstTok.quoteRole !== 'close';
      if (!continues) closeRegion(lastTokenOfOpen, false);
    }
    for (let t = range.first; t < range.end; t++) {
      if (t % SEGMENT_SLICE_TOKENS === SEGMENT_SLICE_TOKENS - 1) yield;
      const tok = tokens[t];
      if (tok === undefined || tok.kind !== 'quote') continue;
      const role = tok.quoteRole;
      if (openAt < 0) {
        if (role === 'open' || role === 'either') openAt = t;
      } else if (t === range.first && role !== 'close') {
        // the opening mark of a continuation paragraph: the quotation goes on
      } else if (role === 'close' || role === 'either') {
        closeRegion(t, true);
      } else if (role === 'open' && tokens[openAt]?.block === tok.block) {
        // an opening mark inside an open quotation: broken marking; restart the quotation here
        closeRegion(t - 1, false);
        openAt = t;
      }
    }
    if (range.end > range.first) lastTokenOfOpen = range.end - 1;
  }
  if (openAt >= 0) closeRegion(lastTokenOfOpen, false);
  return { quotes, quoteOf };
}

function isAbbreviation(tok: Token, next: Token | undefined, lexicon: Lexicon, prev: Token | undefined): boolean {
  const abbreviations = lexicon.ABBREVIATIONS;
  if (tok.kind !== 'word') return false;
  if (abbreviations.has(tok.lower)) return true;
  // "am 3. Oktober", "im 20. Jahrhundert": in a language that writes ordinals with a full stop, a short number is one
  if (lexicon.ORDINAL_FULL_STOP === true && /^[0-9]{1,2}$/.test(tok.text) && next !== undefined && next.kind === 'word') return true;
  // an initial ("K. Hedge") or a dotted abbreviation ("U.S. Sen.") followed by a capitalised word is rarely an end
  if (tok.text.length === 1 && tok.cap) return true;
  if (tok.text.includes('.') && next !== undefined && !next.cap && next.kind !== 'quote') return true;
  // initials after a title or a cue word, before a name: "Rep. G.K. Butterfield", "said J.K. Rowling" (but "moved to
  // the U.S. The next day …" ends)
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(tok.text) && next !== undefined && next.kind === 'word' && next.cap && prev !== undefined &&
    prev.kind === 'word' && (abbreviations.has(prev.lower) || lexicon.lemmaOf(prev.lower) === lexicon.SAY_LEMMA)) return true;
  // "the U.N. General Assembly", "Officials at U.S. Embassy Kabul", "a former U.S. Ambassador", "met S.E.C. Chairman
  // Jay Clayton": dotted initials name what follows; only a word that opens sentences ends one there ("moved to the
  // U.S. The next day …", "in the U.S. He said …")
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(tok.text) && next !== undefined && next.kind === 'word' && next.cap && prev !== undefined &&
    prev.kind === 'word' && !opensSentences(lexicon, next.lower)) return true;
  return false;
}

/** Words that open sentences rather than continue a name after "the U.S.": articles, pronouns, connectives, … */
function opensSentences(lexicon: Lexicon, lower: string): boolean {
  return lexicon.ARTICLES.has(lower) || lexicon.SUBJECT_PRONOUNS.has(lower) || lexicon.DETERMINERS.has(lower) ||
    lexicon.PREPOSITIONS.has(lower) || lexicon.SENTENCE_CONNECTIVES.has(lower) || lexicon.POSSESSIVES.has(lower);
}


/**
 * Splits each block at '.', '!', '?' followed by (closing marks and) a capitalised word, a digit, an opening
 * quotation mark or the block's end. A full stop after a known abbreviation does not end a sentence.
 */
function* splitSentences(tokens: Token[], blockTokens: { first: number; end: number }[], quoteOf: Int32Array,
  quotes: QuoteRegion[], lexicon: Lexicon): Generator<void, { sentences: Sentence[]; sentenceOf: Int32Array }> {
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (let b = 0; b < blockTokens.length; b++) {
    const range = blockTokens[b];
    if (range === undefined) continue;
    let first = range.first;
    for (let t = range.first; t < range.end; t++) {
      if (t % SEGMENT_SLICE_TOKENS === SEGMENT_SLICE_TOKENS - 1) yield;
      const tok = tokens[t];
      if (tok === undefined || tok.kind !== 'punct' || !SENTENCE_END.has(tok.text)) continue;
      if (tok.text === '.' && isAbbreviation(tokens[t - 1] ?? tok, tokens[t + 1], lexicon,
        tokens[t - 2]?.text === '.' ? tokens[t - 3] : tokens[t - 2])) continue;
      let last = t;
      // swallow closing quotation marks and brackets that belong to this sentence
      while (last + 1 < range.end) {
        const nx = tokens[last + 1];
        if (nx === undefined) break;
        const q = quoteOf[last + 1] ?? -1;
        const closesQuote = nx.kind === 'quote' && q >= 0 && quotes[q]?.close === last + 1;
        if (closesQuote || (nx.kind === 'punct' && CLOSERS_AFTER_END.has(nx.text))) last++;
        else break;
      }
      const next = tokens[last + 1];
      const endsHere = last + 1 >= range.end || next === undefined ||
        next.cap || next.kind === 'quote' || startsWithNumber(next.text) || next.text === '(' ;
      if (!endsHere) continue;
      sentences.push({ block: b, first, end: last + 1 });
      first = last + 1;
      t = last;
    }
    if (first < range.end) sentences.push({ block: b, first, end: range.end });
  }
  const bounded: Sentence[] = [];
  for (const s of sentences) {
    for (let f = s.first; f < s.end; f += MAX_SENTENCE_TOKENS) bounded.push({ block: s.block, first: f, end: Math.min(s.end, f + MAX_SENTENCE_TOKENS) });
  }
  bounded.forEach((s, i) => { for (let t = s.first; t < s.end; t++) sentenceOf[t] = i; });
  return { sentences: bounded, sentenceOf };
}
