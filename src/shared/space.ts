/**
 * Space given: how many words of the article each actor is reported saying, quoted and paraphrased, their share of
 * all reported words, and the article's share of reported speech (reported words / article words). Pure, read from
 * an Analysis alone, for the sidebar, the exports and the CLI table alike.
 *
 * What counts:
 * - A word is a word token of the engine's own tokenizer (segment.ts), so "Russia’s", "well-known" and "$4m"'s
 *   "4m" are one word each, and punctuation and quotation marks are none. Words of the content only: the cue and
 *   the speaker's name are not what was said.
 * - A direct quote's words are all quoted and a paraphrase's all paraphrased. A mixed claim ("partly quoted") is
 *   split at its quotation marks: the words between an opening and a closing mark are quoted, the rest paraphrased.
 *   A fragment whose first mark closes (its quotation opened before the fragment began) has its words up to that
 *   mark quoted; a mark the text leaves ambiguous (a straight " between two spaces) toggles.
 * - An actor's share is of the words of every claim, the unknown speaker's included, so the shares add up to 100%.
 * - The article's words are every block's, headline included (the text the engine read). Its reported words count
 *   each word once even where two claims' contents overlap, so that share never passes 100%.
 */
import { ASCII_CLASS, CHAR_OTHER, CHAR_WORD, classOfNonAscii, codePointAt } from '../engine/chars.js';
import { tokenizeBlock } from '../engine/segment.js';
import type { Token } from '../engine/tokens.js';
import type { Analysis, Claim, Span } from '../engine/types.js';

export interface WordSplit {
  quoted: number;
  paraphrased: number;
}

export interface ActorSpace extends WordSplit {
  actorId: string;
  /** quoted + paraphrased */
  words: number;
  /** Of all reported words (every actor's), 0–1. */
  share: number;
}

export interface SpaceGiven extends WordSplit {
  /** Per actor with at least one claim, in the order of `analysis.actors`. */
  actors: ActorSpace[];
  /** Words of every claim's content: the sum over the actors. */
  reportedWords: number;
  /** Words in the whole article. */
  articleWords: number;
  /** Words lying in at least one claim's content (equal to reportedWords unless contents overlap). */
  coveredWords: number;
  /** coveredWords / articleWords, 0–1; 0 for an article without words. */
  articleShare: number;
}

/** The tokens of `span` (a word straddling its end is the span's). */
function tokensOf(analysis: Analysis, span: Span): Token[] {
  const text = analysis.blocks[span.block]?.text ?? '';
  const tokens: Token[] = [];
  tokenizeBlock(text, span.block, tokens, Math.max(0, span.start), Math.min(text.length, span.end));
  return tokens;
}

/** Characters that join two runs of word characters into one word, as in the tokenizer: ’ ' - . & / */
function isJoiner(unit: number): boolean {
  return unit === 0x2019 || unit === 39 || unit === 45 || unit === 46 || unit === 38 || unit === 47;
}

const ASCII_WORD_RUN = /[A-Za-z0-9]*/y;

/** The class of the character at `pos` in the low byte, and 0x200 above it when it takes two code units. */
function classAndWidth(text: string, pos: number): number {
  const unit = text.charCodeAt(pos);
  if (unit < 128) return ASCII_CLASS[unit] ?? CHAR_OTHER;
  const cp = codePointAt(text, pos, unit);
  return classOfNonAscii(cp) | (cp > 0xffff ? 0x200 : 0);
}

/**
 * The number of words starting in [from, until) of `text`: the word tokens the engine's tokenizer (segment.ts)
 * makes there, counted without making them. Through the tokenizer's token objects a 1 MB article with 10,000
 * claims took 120–170 ms, a long task in the click; this reads each character once. tests/shared/space.test.ts
 * holds it to the tokenizer.
 */
export function countWords(text: string, from = 0, until = text.length): number {
  let words = 0;
  let pos = Math.max(0, from);
  const end = Math.min(until, text.length);
  while (pos < end) {
    const read = classAndWidth(text, pos);
    if ((read & 0xff) !== CHAR_WORD) {
      pos += read & 0x200 ? 2 : 1;
      continue;
    }
    words += 1;
    // on to the end of the word, which may run past `until`: a span's last word is the span's, whole
    while (pos < text.length) {
      // a run of ASCII letters and digits in one native step (a sticky expression of one simple class)
      ASCII_WORD_RUN.lastIndex = pos;
      ASCII_WORD_RUN.test(text);
      pos = ASCII_WORD_RUN.lastIndex;
      if (pos >= text.length) break;
      const next = classAndWidth(text, pos);
      if ((next & 0xff) === CHAR_WORD) pos += next & 0x200 ? 2 : 1;
      else if (isJoiner(text.charCodeAt(pos)) && pos + 1 < text.length && (classAndWidth(text, pos + 1) & 0xff) === CHAR_WORD) pos += 1;
      else break;
    }
  }
  return words;
}

/** How many of the words in `tokens` lie inside quotation marks (see the header for the rule). */
function quotedWordsIn(tokens: readonly Token[]): number {
  let quoted = 0;
  let before = 0;
  let seenMark = false;
  let inside = false;
  for (const token of tokens) {
    if (token.kind === 'word') {
      if (!seenMark) before += 1;
      else if (inside) quoted += 1;
      continue;
    }
    if (token.kind !== 'quote') continue;
    const role = token.quoteRole ?? 'either';
    if (!seenMark) {
      seenMark = true;
      // the fragment began inside a quotation that this mark closes
      if (role === 'close') quoted += before;
      inside = role !== 'close';
      continue;
    }
    inside = role === 'open' ? true : role === 'close' ? false : !inside;
  }
  return quoted;
}

function spanWords(analysis: Analysis, span: Span): number {
  return countWords(analysis.blocks[span.block]?.text ?? '', span.start, span.end);
}

/** The words of one claim's content, quoted and paraphrased; only a mixed claim's quotation marks need reading. */
export function claimWords(analysis: Analysis, claim: Claim): WordSplit {
  let words = 0;
  let quoted = 0;
  for (const span of claim.content) {
    words += spanWords(analysis, span);
    if (claim.kind === 'mixed') quoted += quotedWordsIn(tokensOf(analysis, span));
  }
  if (claim.kind === 'direct') quoted = words;
  return { quoted, paraphrased: words - quoted };
}

/**
 * Words in the union of the spans, each word once however many spans hold it; `total` (the words of all spans)
 * when no two spans overlap, as in nearly every analysis, which spares counting them all again.
 */
function coveredWords(analysis: Analysis, spans: readonly Span[], total: number): number {
  const sorted = [...spans].sort((a, b) => a.block - b.block || a.start - b.start);
  const merged: Span[] = [];
  let overlaps = false;
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.block === span.block && span.start < last.end) {
      overlaps = true;
      merged[merged.length - 1] = { block: last.block, start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return overlaps ? merged.reduce((sum, span) => sum + spanWords(analysis, span), 0) : total;
}

export function spaceGiven(analysis: Analysis): SpaceGiven {
  const byActor = new Map<string, WordSplit>();
  let quoted = 0;
  let paraphrased = 0;
  for (const claim of analysis.claims) {
    const split = claimWords(analysis, claim);
    quoted += split.quoted;
    paraphrased += split.paraphrased;
    const entry = byActor.get(claim.actorId) ?? { quoted: 0, paraphrased: 0 };
    entry.quoted += split.quoted;
    entry.paraphrased += split.paraphrased;
    byActor.set(claim.actorId, entry);
  }
  const reportedWords = quoted + paraphrased;
  const covered = coveredWords(analysis, analysis.claims.flatMap((claim) => claim.content), reportedWords);
  const articleWords = analysis.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const known = new Set(analysis.actors.map((actor) => actor.id));
  // claims of an actor missing from the analysis still count in the total, under their own id, after the rest
  const ids = [...analysis.actors.map((actor) => actor.id).filter((id) => byActor.has(id)), ...[...byActor.keys()].filter((id) => !known.has(id))];
  const actors = ids.map((actorId) => {
    const split = byActor.get(actorId) ?? { quoted: 0, paraphrased: 0 };
    const words = split.quoted + split.paraphrased;
    return { actorId, ...split, words, share: reportedWords === 0 ? 0 : words / reportedWords };
  });
  return {
    actors,
    quoted,
    paraphrased,
    reportedWords,
    articleWords,
    coveredWords: covered,
    articleShare: articleWords === 0 ? 0 : Math.min(1, covered / articleWords),
  };
}

/** A 0–1 share as a whole percentage, as a reader reads it. A share above 0 never reads "0%": it reads "<1%". */
export function percentText(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** A whole number with thousands separators ("1,084"), without Intl (whose data a first call would load). */
export function formatCount(value: number): string {
  const digits = String(Math.round(Math.abs(value)));
  let out = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) out += ',';
    out += digits.charAt(index);
  }
  return value < 0 ? `-${out}` : out;
}

/** "142 words, 31% of reported speech" — the sentence a screen reader hears for an actor's bar. */
export function describeActorSpace(space: ActorSpace): string {
  const words = `${formatCount(space.words)} ${space.words === 1 ? 'word' : 'words'}`;
  const split = space.words === 0 ? '' : `: ${formatCount(space.quoted)} quoted, ${formatCount(space.paraphrased)} paraphrased`;
  return `${words}, ${percentText(space.share)} of reported speech${split}`;
}

/** "Reported speech is 38% of the article: 412 of 1,084 words" */
export function describeArticleSpace(space: SpaceGiven): string {
  return `Reported speech is ${percentText(space.articleShare)} of the article: ${formatCount(space.coveredWords)} of ${formatCount(space.articleWords)} words`;
}
