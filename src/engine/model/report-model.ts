/**
 * How likely a proposed frame is a report (step 3d, judge-frames.ts): a logistic model over hashed features of the
 * frame — the cue's lemma and the words beside it, the construction, the shape of the content's first tokens (a
 * number, a sum, a time, a quotation, "that", a name), whether a clause follows, the speaker's shape — trained by
 * scripts/train-report.ts on PolNeAR train (positives: frames that match a gold attribution; negatives: frames the
 * corpus leaves unannotated) and calibrated on PolNeAR dev (Platt scaling), so that its output is a probability.
 *
 * Owns the features (training and the engine share this one definition), the weights' form and the probability.
 * Each feature is one integer: a template number and the words it reads, hashed (FNV-1a) without building a string;
 * 29 per frame.
 */
import type { Segmented, Token } from '../tokens.js';
import { regionOf } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenClass, unlistedWordClass } from './token-class.js';
import { PACK_ALPHABET } from './packed-weights.js';

import type { SerializedReportModel } from './serialized.js';
export type { SerializedReportModel };

export interface ReportModel {
  /** Per hash bucket, its quantised weight (a dense table: a look-up is an index); a weight's value is that / scale. */
  weights: Int8Array;
  scale: number;
  a: number;
  b: number;
  threshold: number;
}

/** How far into a content its features read (a clause shows early). */
const CONTENT_TOKENS_READ = 20;

/** Hash buckets: features share a bucket rarely enough at 2^18 (some thousand features are seen). */
const BUCKET_MASK = (1 << 18) - 1;

/** Weights are integers in [-WEIGHT_LEVELS, WEIGHT_LEVELS]. */
export const WEIGHT_LEVELS = 31;

/** Packs ascending keys and their integer weights (the trainer's side of parseReportModel). */
export function packWeights(entries: readonly (readonly [number, number])[]): { keys: string; weights: string } {
  let keys = '';
  let weights = '';
  let previous = 0;
  for (const [key, weight] of entries) {
    let gap = key - previous;
    previous = key;
    const digits: number[] = [];
    do { digits.push(gap & 31); gap >>>= 5; } while (gap > 0);
    for (let i = digits.length - 1; i >= 0; i--) keys += PACK_ALPHABET.charAt((digits[i] ?? 0) + (i > 0 ? 32 : 0));
    weights += PACK_ALPHABET.charAt(weight + WEIGHT_LEVELS);
  }
  return { keys, weights };
}

export function parseReportModel(s: SerializedReportModel): ReportModel {
  const weights = new Int8Array(BUCKET_MASK + 1);
  let key = 0;
  let gap = 0;
  let n = 0;
  for (let i = 0; i < s.keys.length; i++) {
    const digit = PACK_ALPHABET.indexOf(s.keys.charAt(i));
    gap = gap * 32 + (digit & 31);
    if (digit < 32) {
      key += gap;
      gap = 0;
      weights[key & BUCKET_MASK] = PACK_ALPHABET.indexOf(s.weights.charAt(n)) - WEIGHT_LEVELS;
      n++;
    }
  }
  return { weights, scale: s.scale, a: s.platt[0], b: s.platt[1], threshold: s.threshold };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A string's hash (FNV-1a), computed once per frame for each string the features read. */
function hashOf(s: string): number {
  let x = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x;
}

/** One more value folded into a feature's hash (an integer mix: no string is read again). */
function mix(h: number, value: number): number {
  return Math.imul((h ^ value) + 0x9e3779b9, FNV_PRIME) ^ (h >>> 15);
}

const BIAS = hashOf('bias');

/** A feature's key: its template and the hashes of up to four strings. */
function key(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = mix(Math.imul(FNV_OFFSET ^ template, FNV_PRIME), a);
  if (b !== 0) h = mix(h, b);
  if (c !== 0) h = mix(h, c);
  if (d !== 0) h = mix(h, d);
  return (h >>> 0) & BUCKET_MASK;
}

/** The shape of a token the deed decision reads: a number, a sum, a quotation mark, "that", a name, a word, … */
function shapeOf(seg: Segmented, tok: Token | undefined, sameBlock: boolean): string {
  if (tok === undefined || !sameBlock) return 'END';
  if (tok.kind === 'word') {
    const c = tok.text.charCodeAt(0);
    if (c >= 48 && c <= 57) return tok.text.endsWith('%') ? 'pct' : 'num';
    // one look-up for the lists below and tokenClass's, in their order
    const listed = wordsOf(seg.lexicon).shapes.get(tok.lower);
    if (listed !== undefined) return listed;
    // (a word is never a currency sign: that test, and tokenClass's lists, are passed)
    return unlistedWordClass(seg.lexicon, tok);
  }
  if (tok.text === '$' || tok.text === '£' || tok.text === '€') return 'cur';
  return tokenClass(seg.lexicon, tok, true);
}

/** What the features read of a lexicon's lists, merged once per lexicon: a frame's words are each looked up once. */
interface ReportWords {
  /**
   * A word's shape when a list names it: a unit, a date, then tokenClass's ("that", pronoun, determiner,
   * auxiliary, preposition); the first list holding the word wins, as in shapeOf and tokenClass.
   */
  shapes: Map<string, string>;
  /** The words that show a clause: auxiliaries and personal pronouns. */
  clauseWords: Set<string>;
}

const REPORT_WORDS = new WeakMap<Lexicon, ReportWords>();

function wordsOf(lex: Lexicon): ReportWords {
  let words = REPORT_WORDS.get(lex);
  if (words === undefined) {
    const shapes = new Map<string, string>();
    const lists: [string, Iterable<string>][] = [['unit', lex.MEASURE_UNITS], ['date', lex.MONTHS_AND_DAYS], ['that', lex.COMPLEMENTIZERS],
      ['pron', lex.MODEL_PRONOUNS], ['det', lex.CONTEXT_DETERMINERS], ['aux', lex.MODEL_AUXILIARIES], ['prep', lex.MODEL_PREPOSITIONS]];
    for (const [shape, list] of lists) for (const word of list) if (!shapes.has(word)) shapes.set(word, shape);
    words = { shapes, clauseWords: new Set([...lex.MODEL_AUXILIARIES, ...lex.PERSON_PRONOUNS]) };
    REPORT_WORDS.set(lex, words);
  }
  return words;
}

function lengthBand(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 3 ? '3' : n <= 5 ? '5' : n <= 9 ? '9' : n <= 19 ? '19' : 'more';
}

/** The hashed features of one frame, into `out` (cleared first). */
export function featureHashes(seg: Segmented, f: Frame, out: number[]): number[] {
  out.length = 0;
  const lex = seg.lexicon;
  const toks = seg.tokens;
  const lemma = f.cue.lemma;
  const cueTok = toks[f.cue.first];
  const block = cueTok?.block ?? -1;
  const first = f.content[0];
  const last = f.content[f.content.length - 1];
  const c0 = first?.first ?? 0;
  const after = first !== undefined && first.first > f.cue.last;
  const s0 = shapeOf(seg, toks[c0], true);
  const s1 = shapeOf(seg, toks[c0 + 1], toks[c0 + 1]?.block === block);
  const w0 = toks[c0]?.lower ?? '';
  const w1 = toks[c0 + 1]?.lower ?? '';
  const next = toks[f.cue.last + 1];
  const nextWord = next?.block === block ? next.lower : 'END';
  const previous = toks[f.cue.first - 1];
  const prevWord = previous?.block === block ? previous.lower : 'END';
  const construction = f.construction;
  const side = after ? 'after' : 'before';
  // what the content holds: a quotation, a clause (an auxiliary, "that", an -ed word past its start), its length
  const { clauseWords } = wordsOf(lex);
  let quoted = 0;
  let clause = false;
  let words = 0;
  const end = last?.end ?? c0;
  for (let t = c0; t < end && t < c0 + CONTENT_TOKENS_READ; t++) {
    const tok = toks[t];
    if (tok === undefined) break;
    if (tok.kind === 'quote') quoted++;
    else if (tok.kind === 'word') {
      words++;
      // once a clause shows, the rest of the words are only counted: no more look-ups
      if (!clause && (lex.COMPLEMENTIZERS.has(tok.lower) || (t > c0 && lex.PAST_ENDING.test(tok.lower)) || clauseWords.has(tok.lower))) clause = true;
    }
  }
  const quoteState = quoted === 0 ? 'none' : toks[c0]?.kind === 'quote' ? 'opens' : 'inside';
  const lastWord = toks[end - 1]?.kind === 'punct' ? toks[end - 2] : toks[end - 1];
  const endShape = shapeOf(seg, lastWord, true);
  const cueInQuote = regionOf(seg, f.cue.first) !== undefined ? 'q' : '-';
  const src = f.source;
  const srcTok = src === null ? undefined : toks[src.first];
  const srcShape = src === null ? 'none' : src.end - src.first === 1 && srcTok !== undefined && lex.PERSON_PRONOUNS.has(srcTok.lower) ? srcTok.lower :
    srcTok !== undefined && srcTok.text.length > 1 && srcTok.text === srcTok.text.toUpperCase() && srcTok.kind === 'word' ? 'caps' : srcTok?.cap === true ? 'cap' : 'lower';
  const passive = lex.PASSIVE_AUXILIARIES.has(prevWord) ? 'pass' : '-';
  const blockKind = seg.blocks[block]?.kind ?? 'paragraph';
  const hLemma = hashOf(lemma);
  const hConstruction = hashOf(construction);
  const hSide = hashOf(side);
  const hS0 = hashOf(s0);
  const hS1 = hashOf(s1);
  const hW0 = hashOf(w0);
  const hNext = hashOf(nextWord);
  const hClause = hashOf(clause ? 'clause' : 'no clause');
  const hQuote = hashOf(quoteState);
  const hSource = hashOf(srcShape);
  const hC = hashOf(clause ? 'c' : '-');
  const hLength = hashOf(lengthBand(words));
  out.push(
    key(0, BIAS),
    key(1, hLemma),
    key(2, hConstruction),
    key(3, hConstruction, hLemma),
    key(4, hSide, hS0),
    key(5, hSide, hS0, hS1),
    key(6, hLemma, hS0),
    key(7, hLemma, hS0, hS1),
    key(8, hSide, hW0),
    key(9, hLemma, hW0),
    key(10, hW0, hashOf(w1)),
    key(11, hLemma, hNext),
    key(12, hashOf(prevWord), hLemma),
    key(13, hLemma, hashOf(passive)),
    key(14, hLength),
    key(15, hLemma, hLength),
    key(16, hClause, hSide),
    key(17, hLemma, hClause),
    key(18, hQuote),
    key(19, hLemma, hQuote),
    key(20, hashOf(endShape), hC),
    key(21, hashOf(cueInQuote), hSource),
    key(22, hSource),
    key(23, hLemma, hSource),
    key(24, hashOf(blockKind)),
    key(25, hConstruction, hS0, hC),
    key(26, hS0, hS1, hC, hQuote),
    key(27, hNext),
    key(28, hashOf(cueTok?.lower ?? '')),
  );
  return out;
}

/** The raw score of a frame (before calibration). */
export function rawScore(model: ReportModel, seg: Segmented, f: Frame, scratch: number[] = []): number {
  let s = 0;
  for (const k of featureHashes(seg, f, scratch)) s += model.weights[k] ?? 0;
  return s / model.scale;
}

const SCRATCH: number[] = [];

/** The calibrated probability that `f` is a report. */
export function reportProbability(model: ReportModel, seg: Segmented, f: Frame): number {
  const s = rawScore(model, seg, f, SCRATCH);
  return 1 / (1 + Math.exp(-(model.a * s + model.b)));
}
