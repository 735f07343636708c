/**
 * Where a claim's source starts and ends, chosen by a small learned model as the speaker phrase is read (step 4,
 * resolve-actors.ts). The constructions and speaker-phrase.ts hand over a noun phrase that PolNeAR's annotators
 * often bound otherwise: they leave out a participle or relative clause after a comma ("Reyes, speaking to a farmers
 * group in Ohio" → "Reyes"), a time or an adjunct ("council officials in April"), the words that only frame the name
 * ("rival Lena Ortiz" → "Lena Ortiz"), and they keep a complement the rules stopped short of ("A group" → "A group of
 * fishermen"). So each speaker phrase gets alternative starts (1–3 words dropped, 1–2 taken in before it)
 * and ends (cut before a comma, bracket or lower-case word inside it; 1–4 words taken in after it, never over a comma,
 * the cue or the content, ending on a name or a prepositional phrase's noun); a linear model (scripts/train-source-bounds.ts, trained on PolNeAR train) scores each pair
 * and the best stands if it beats the proposed phrase by the model's margin. The caller keeps it only when
 * speakerPhrase() reads it back unchanged, so the actor's name stays a clean noun phrase.
 *
 * Owns the candidates, their features (training and the engine share this one definition) and the choice. The score
 * of a pair is a start part, an end part and a small joint part, so the work per phrase is one feature lookup per
 * start and end plus two per pair; every feature is one integer key (no string built per candidate).
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Segmented, TokenRange } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';
import {
  band, BANDS, CLASSES, constructionId, featureKey, parseBoundsModel, stringReader, templateOfKey, TokenReadings, valueOfKey,
  type BoundsModel, type PackedBoundsModel, type SerializedBoundsModel, type StringIds,
} from './content-bounds.js';
import { TOKEN_CLASSES } from './token-class.js';

/** How far a source's start may move right (dropping words) and left (taking words in). */
const DROP_AT_MOST = 3;
const TAKE_AT_MOST = 2;
/** How many words an end may take in after the phrase, and how many cuts inside it are tried (from the left). */
const EXTEND_AT_MOST = 4;
const CUTS_AT_MOST = 10;

/** The feature templates, in key order; a key is template × 2^24 + value (content-bounds.ts featureKey). */
export const SOURCE_TEMPLATES = [
  // the start (per start candidate)
  'S.d', 'S.d|construction', 'S.w|moved', 'S.w-1|moved', 'S.c-1|c|d', 'S.head|way', 'S.caps|c|way',
  // the end (per end candidate)
  'E.d', 'E.d|construction', 'E.w|moved', 'E.wlast|moved', 'E.c-1|c|c+1|moved', 'E.w+1|moved', 'E.tail|way',
  'E.caps|comma|way',
  // the pair
  'J.side|dS|dE', 'J.len',
] as const;
export const START_COUNT = 7;
export const END_COUNT = 8;
export const JOINT_COUNT = 2;
/** Templates whose value holds a string's id (id × per + the rest), with their per. */
const STRING_TEMPLATES: ReadonlyMap<number, number> = new Map([[2, 2], [3, 2], [5, 3], [9, 2], [10, 2], [12, 2], [13, 3]]);
const END_CLASS = TOKEN_CLASSES.indexOf('END');
const PRON_CLASS = TOKEN_CLASSES.indexOf('pron');
const THAT_CLASS = TOKEN_CLASSES.indexOf('that');
const CAP_CLASS = TOKEN_CLASSES.indexOf('cap');
const COMMA_CLASS = TOKEN_CLASSES.indexOf(',');
const NUM_CLASS = TOKEN_CLASSES.indexOf('num');
const WORD_CLASS = TOKEN_CLASSES.indexOf('w');
const DET_CLASS = TOKEN_CLASSES.indexOf('det');
const PREP_CLASS = TOKEN_CLASSES.indexOf('prep');
/** The classes of words a start may take in before the phrase. */
const TAKEN_IN: ReadonlySet<number> = new Set([DET_CLASS, CAP_CLASS, NUM_CLASS, WORD_CLASS]);

export function parseSourceBoundsModel(serialized: SerializedBoundsModel | PackedBoundsModel): BoundsModel {
  return parseBoundsModel(serialized, SOURCE_TEMPLATES.length);
}

/** The string id a source-bounds key holds and the same key with another id, or null (for the trainer). */
export const sourceStringOfKey = stringReader(STRING_TEMPLATES);

/** One speaker phrase's alternatives: the proposed range and the starts and ends it may take instead (proposed first). */
export interface SourceCandidates {
  first: number;
  end: number;
  starts: number[];
  ends: number[];
  /** Where the region the source may grow into begins and ends (its sentence, less the cue and the content). */
  low: number;
  high: number;
  /** 0 when the source stands before the cue, 1 after it. */
  side: number;
}

/**
 * The starts and ends the speaker phrase `range` of `frame` may take, or null when there is nothing to choose (a lone
 * pronoun, a phrase inside the cue or content).
 */
export function sourceCandidates(seg: Segmented, frame: Frame, range: TokenRange, readings: TokenReadings): SourceCandidates | null {
  if (range.end <= range.first) return null;
  if (range.end - range.first === 1) {
    const c = readings.classOf(range.first);
    if (c === PRON_CLASS || c === THAT_CLASS) return null;
  }
  // "the expression which seemed": resolve-actors.ts reads a phrase ending in a relative word through its antecedent
  if (seg.lexicon.RELATIVE_WORDS.has(seg.tokens[range.end - 1]?.lower ?? '')) return null;
  const sentence = seg.sentences[seg.sentenceOf[range.first] ?? -1];
  if (sentence === undefined) return null;
  let low = sentence.first;
  let high = sentence.end;
  for (let k = -1; k < frame.content.length; k++) {
    const r = k < 0 ? frame.cueRange : frame.content[k];
    if (r === undefined) continue;
    if (r.end <= range.first) low = Math.max(low, r.end);
    else if (r.first >= range.end) high = Math.min(high, r.first);
    else return null;
  }
  const { tokens } = seg;
  const block = tokens[range.first]?.block;
  const isWord = (k: number): boolean => { const t = tokens[k]; return t !== undefined && t.kind === 'word' && t.block === block; };
  const starts = [range.first];
  for (let s = range.first + 1; s <= range.first + DROP_AT_MOST && s < range.end; s++) if (isWord(s)) starts.push(s);
  // words taken in before the phrase are determiners, names, numbers or plain words: never a verb, adverb or
  // preposition ("Rather than wasting time", "need to use …"), nor a time the rules dropped ("Last year 40 officials")
  for (let s = range.first - 1; s >= range.first - TAKE_AT_MOST && s >= low && isWord(s) && TAKEN_IN.has(readings.classOf(s)) &&
    !opensNoName(seg, s); s--) starts.push(s);
  const ends = [range.end];
  let cuts = 0;
  for (let e = range.first + 1; e < range.end && cuts < CUTS_AT_MOST; e++) {
    // a cut never splits a name: it falls before punctuation or a word that is no name's
    if (readings.classOf(e) === CAP_CLASS) continue;
    const before = tokens[e - 1];
    if (before === undefined || (before.kind !== 'word' && before.text !== ')') || seg.lexicon.RELATIVE_WORDS.has(before.lower)) continue;
    ends.push(e);
    cuts++;
  }
  // words taken in end on a name or number ("Democratic" → "Democratic presidential nominee Hillary Clinton"), or on
  // a word right after a preposition or determiner ("A group" → "A group of fishermen"); they stop before a lower-case
  // -s form right after a name, a verb the phrase scanners missed ("The agreement with Verizon allows Yahoo")
  // and past a preposition only on a common noun: "chief inspector Jennifer Mattinson from the West Mercia" would
  // name the body, not the person
  let prepositional = false;
  for (let e = range.end + 1; e <= range.end + EXTEND_AT_MOST && e <= high && isWord(e - 1); e++) {
    const last = readings.classOf(e - 1);
    if (last === WORD_CLASS && readings.classOf(e - 2) === CAP_CLASS && presentVerbLike(seg.lexicon, tokens[e - 1]?.lower ?? '')) break;
    if (last === PREP_CLASS) prepositional = true;
    const before = readings.classOf(e - 2);
    const onName = !prepositional && (last === CAP_CLASS || last === NUM_CLASS);
    if (onName || (last === WORD_CLASS && (before === DET_CLASS || before === PREP_CLASS))) ends.push(e);
  }
  if (starts.length === 1 && ends.length === 1) return null;
  return { first: range.first, end: range.end, starts, ends, low, high, side: frame.cueRange.first >= range.end ? 0 : 1 };
}

/** Whether the word at `k` opens a clause or is a time: never taken into a source before it. */
function opensNoName(seg: Segmented, k: number): boolean {
  const tok = seg.tokens[k];
  if (tok === undefined) return true;
  const lex = seg.lexicon;
  return lex.CLAUSE_OPENERS.has(tok.lower) || lex.WH_WORDS.has(tok.lower) || lex.TIME_WORDS.has(tok.lower) || lex.DURATION_NOUNS.has(tok.lower) ||
    lex.MONTHS_AND_DAYS.has(tok.text) || /^(?:1[89]|20)\d\d$/.test(tok.text);
}

/** A lower-case -s form that is no possessive ("allows", "says"): after a name, a verb more often than a plural. */
function presentVerbLike(lex: Lexicon, lower: string): boolean {
  return lower.length > 2 && lex.PLURAL_ENDING.test(lower) && !lex.POSSESSIVE_ENDING.test(lower);
}

/**
 * The feature keys of each start, each end and each pair of `c` (keys of strings the model lacks are -1): starts
 * first (START_COUNT each), then ends (END_COUNT each), then pairs in start-major order (JOINT_COUNT each).
 */
export function sourceFeatureKeys(frame: Frame, c: SourceCandidates, strings: StringIds, readings: TokenReadings): Int32Array {
  const starts = c.starts.length;
  const ends = c.ends.length;
  const keys = readings.keyBuffer(starts * START_COUNT + ends * END_COUNT + starts * ends * JOINT_COUNT);
  const construction = constructionId(frame);
  const edge = strings.idOf('<edge>');
  const head = readings.wordOf(c.first);
  const tail = readings.wordOf(c.end - 1);
  let at = 0;
  for (let i = 0; i < starts; i++) {
    const s = c.starts[i] ?? c.first;
    const d = band(s - c.first);
    const moved = s === c.first ? 0 : 1;
    const here = readings.classOf(s);
    const before = s - 1 >= c.low ? readings.classOf(s - 1) : END_CLASS;
    const w = way(c.first - s);
    keys[at] = featureKey(0, d);
    keys[at + 1] = featureKey(1, construction * BANDS + d);
    keys[at + 2] = withWord(2, readings.wordOf(s), moved, 2);
    keys[at + 3] = withWord(3, s - 1 >= c.low ? readings.wordOf(s - 1) : edge, moved, 2);
    keys[at + 4] = featureKey(4, (before * CLASSES + here) * BANDS + d);
    keys[at + 5] = withWord(5, head, w, 3);
    keys[at + 6] = featureKey(6, (Math.min(3, capsBetween(readings, s, c.first)) * CLASSES + here) * 3 + w);
    at += START_COUNT;
  }
  for (let j = 0; j < ends; j++) {
    const e = c.ends[j] ?? c.end;
    const d = band(e - c.end);
    const moved = e === c.end ? 0 : 1;
    const next = e < c.high ? readings.classOf(e) : END_CLASS;
    const after = e + 1 < c.high ? readings.classOf(e + 1) : END_CLASS;
    const w = way(e - c.end);
    keys[at] = featureKey(7, d);
    keys[at + 1] = featureKey(8, construction * BANDS + d);
    keys[at + 2] = withWord(9, e < c.high ? readings.wordOf(e) : edge, moved, 2);
    keys[at + 3] = withWord(10, readings.wordOf(e - 1), moved, 2);
    keys[at + 4] = featureKey(11, ((readings.classOf(e - 1) * CLASSES + next) * CLASSES + after) * 2 + moved);
    keys[at + 5] = withWord(12, e + 1 < c.high ? readings.wordOf(e + 1) : edge, moved, 2);
    keys[at + 6] = withWord(13, tail, w, 3);
    keys[at + 7] = featureKey(14, ((Math.min(3, capsBetween(readings, e, c.end)) * 2 + commaBetween(readings, e, c.end)) * 3 + w));
    at += END_COUNT;
  }
  for (let i = 0; i < starts; i++) {
    const s = c.starts[i] ?? c.first;
    const dS = band(s - c.first);
    for (let j = 0; j < ends; j++) {
      const e = c.ends[j] ?? c.end;
      keys[at] = featureKey(15, (c.side * BANDS + dS) * BANDS + band(e - c.end));
      keys[at + 1] = featureKey(16, band(e - s));
      at += JOINT_COUNT;
    }
  }
  return keys;
}

/** A word feature's key: the word's id times `per` plus the rest, or -1 for a word the model lacks. */
function withWord(template: number, id: number, rest: number, per: number): number {
  return id < 0 ? -1 : featureKey(template, id * per + rest);
}

/** Which way an edge moved: 0 it dropped words, 1 it stayed, 2 it took words in. */
function way(x: number): number {
  return x < 0 ? 0 : x === 0 ? 1 : 2;
}

/** The names (capitalised words) between two positions: what a move drops or takes in. */
function capsBetween(readings: TokenReadings, a: number, b: number): number {
  let caps = 0;
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (readings.classOf(k) === CAP_CLASS) caps++;
  return caps;
}

/** 1 when a comma lies between two positions. */
function commaBetween(readings: TokenReadings, a: number, b: number): number {
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (readings.classOf(k) === COMMA_CLASS) return 1;
  return 0;
}

function sumOf(keys: Int32Array, from: number, count: number, tables: Float64Array[]): number {
  let score = 0;
  for (let j = from; j < from + count; j++) {
    const key = keys[j] ?? -1;
    if (key >= 0) score += tables[templateOfKey(key)]?.[valueOfKey(key)] ?? 0;
  }
  return score;
}

/** The best range among `c`'s pairs: another than the proposed one must beat it by the model's margin. */
export function bestSource(frame: Frame, c: SourceCandidates, model: BoundsModel, readings: TokenReadings): TokenRange {
  const keys = sourceFeatureKeys(frame, c, model.strings, readings);
  const starts = c.starts.length;
  const ends = c.ends.length;
  const endsAt = starts * START_COUNT;
  const pairsAt = endsAt + ends * END_COUNT;
  const endScores = new Float64Array(ends);
  for (let j = 0; j < ends; j++) endScores[j] = sumOf(keys, endsAt + j * END_COUNT, END_COUNT, model.tables);
  let bestFirst = c.first;
  let bestEnd = c.end;
  let bestScore = -Infinity;
  for (let i = 0; i < starts; i++) {
    const s = c.starts[i] ?? c.first;
    const startScore = sumOf(keys, i * START_COUNT, START_COUNT, model.tables);
    for (let j = 0; j < ends; j++) {
      const e = c.ends[j] ?? c.end;
      if (e <= s) continue;
      const proposed = s === c.first && e === c.end;
      const score = startScore + (endScores[j] ?? 0) + sumOf(keys, pairsAt + (i * ends + j) * JOINT_COUNT, JOINT_COUNT, model.tables) -
        (proposed ? 0 : model.margin);
      // the proposed pair comes first, so a tie keeps it
      if (score > bestScore) { bestScore = score; bestFirst = s; bestEnd = e; }
    }
  }
  return { first: bestFirst, end: bestEnd };
}

/**
 * The source-bounds step as find-sources.ts (step 4) calls it, one speaker phrase at a time: the article's token
 * readings are kept between calls.
 */
export class SourceBoundsChooser {
  private readonly readings: TokenReadings;
  constructor(readonly seg: Segmented, readonly model: BoundsModel) {
    this.readings = new TokenReadings(seg, model.strings);
  }

  /** The range chosen for the speaker phrase `range` of `frame` (the same object when the proposal stands). */
  choose(frame: Frame, range: TokenRange): TokenRange {
    if (this.model.size === 0) return range;
    const c = sourceCandidates(this.seg, frame, range, this.readings);
    if (c === null) return range;
    const best = bestSource(frame, c, this.model, this.readings);
    return best.first === range.first && best.end === range.end ? range : best;
  }
}

export type { SerializedBoundsModel };
