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
import {
  drain, CHAR_WORD, classAt, codePointAt, isQuoteMark, quoteRoleInContext, wordTokenEnd, type Analysis, type Claim,
  type Span,
} from '../engine/index.js';
import { t, tn } from './i18n.js';

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

/** The tokenizer notes whether a word needs lower-casing; counting does not ask, so one object serves every word. */
const IGNORED_CASE_STATE = { plain: true };

/** The double quotation mark at `pos` (“ ” „ " « », or '' and `` read as one), or null. */
function quoteMarkAt(text: string, pos: number): string | null {
  const unit = text.charCodeAt(pos);
  if ((unit === 39 || unit === 96) && text.charCodeAt(pos + 1) === unit) return text.slice(pos, pos + 2);
  return isQuoteMark(unit) ? text.charAt(pos) : null;
}

/**
 * One pass over [from, until) of `text`: the words starting there — the word tokens the engine's tokenizer
 * (segment.ts) makes, counted without making them, by the tokenizer's own word and quotation-mark rules — and,
 * with `quotes`, how many lie inside quotation marks (the rule in the header). Through the tokenizer's token
 * objects a 1 MB article with 10,000 claims took 120–170 ms; this makes no object per word. tests/shared/space.test.ts holds both counts to the
 * tokenizer's tokens.
 */
export function scanWords(text: string, from: number, until: number, quotes: boolean): WordSplit & { words: number } {
  let words = 0;
  let quoted = 0;
  let before = 0;
  let seenMark = false;
  let inside = false;
  let pos = Math.max(0, from);
  const end = Math.min(until, text.length);
  while (pos < end) {
    if (classAt(text, pos) === CHAR_WORD) {
      words += 1;
      if (!seenMark) before += 1;
      else if (inside) quoted += 1;
      pos = wordTokenEnd(text, pos, IGNORED_CASE_STATE);
      continue;
    }
    const mark = quotes ? quoteMarkAt(text, pos) : null;
    if (mark === null) {
      // a surrogate pair is one character (a lone surrogate one code unit)
      pos += codePointAt(text, pos, text.charCodeAt(pos)) > 0xffff ? 2 : 1;
      continue;
    }
    const role = quoteRoleInContext(text, pos, pos + mark.length, mark);
    if (!seenMark) {
      seenMark = true;
      // the fragment began inside a quotation that this mark closes
      if (role === 'close') quoted += before;
      inside = role !== 'close';
    } else {
      inside = role === 'open' ? true : role === 'close' ? false : !inside;
    }
    pos += mark.length;
  }
  return { words, quoted, paraphrased: words - quoted };
}

/** The number of words starting in [from, until) of `text`, as the engine's tokenizer reads them. */
export function countWords(text: string, from = 0, until = text.length): number {
  return scanWords(text, from, until, false).words;
}

function spanWords(analysis: Analysis, span: Span): number {
  return countWords(analysis.blocks[span.block]?.text ?? '', span.start, span.end);
}

/** The words of one claim's content, quoted and paraphrased; only a mixed claim's quotation marks need reading. */
export function claimWords(analysis: Analysis, claim: Claim): WordSplit {
  let words = 0;
  let quoted = 0;
  for (const span of claim.content) {
    const scan = scanWords(analysis.blocks[span.block]?.text ?? '', span.start, span.end, claim.quote === 'mixed');
    words += scan.words;
    quoted += scan.quoted;
  }
  if (claim.quote === 'direct') quoted = words;
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

/** Claims, and blocks, counted between two yields of the sliced form: a few milliseconds of work. */
const CLAIMS_PER_SLICE = 300;
const BLOCKS_PER_SLICE = 150;

export function spaceGiven(analysis: Analysis): SpaceGiven {
  return drain(spaceGivenInSlices(analysis));
}

/**
 * spaceGiven in slices, yielding between them: on a page with thousands of claims counting takes tens of
 * milliseconds, which the sidebar spreads over tasks of its own rather than add to the task that renders it.
 */
export function* spaceGivenInSlices(analysis: Analysis): Generator<void, SpaceGiven> {
  const byActor = new Map<string, WordSplit>();
  let quoted = 0;
  let paraphrased = 0;
  for (const [index, claim] of analysis.claims.entries()) {
    if (index > 0 && index % CLAIMS_PER_SLICE === 0) yield;
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
  yield;
  let articleWords = 0;
  for (const [index, block] of analysis.blocks.entries()) {
    if (index > 0 && index % BLOCKS_PER_SLICE === 0) yield;
    articleWords += countWords(block.text);
  }
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
  if (share > 0 && share < 0.005) return t('percent_below_1');
  return t('percent', { value: Math.round(share * 100) });
}

/**
 * A whole number with English thousands separators ("1,084"), without Intl (whose data a first call would load):
 * for the CLI's tables; the interface writes numbers with shared/i18n.ts formatNumber, in its own language.
 */
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
  const words = tn('words_count', space.words);
  const share = percentText(space.share);
  if (space.words === 0) return t('space_actor', { words, share });
  return t('space_actor_split', { words, share, quoted: space.quoted, paraphrased: space.paraphrased });
}

/** "Reported speech is 38% of the article: 412 of 1,084 words" */
export function describeArticleSpace(space: SpaceGiven): string {
  return tn('space_article', space.articleWords, { share: percentText(space.articleShare), covered: space.coveredWords });
}
