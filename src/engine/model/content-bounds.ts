/**
 * Where a claim's content starts, decided by a small learned model after the frames stand (by the rules or by the
 * span tagger). The constructions start a content right after the cue, but PolNeAR's annotators, like a reader,
 * start it after the words that say how the claim was made ("voiced deep concern about | the policy") and after the
 * when ("announced on Friday | the arrest of …"). So each frame with one content range after its cue, not wholly
 * quoted, gets alternative starts near its proposed start; a linear model (scripts/train-bounds.ts, trained on PolNeAR
 * train) scores each from the words around it and the content's length, and the best start stands if it beats the
 * proposed one by the model's margin. Words passed over right after the cue join the cue. A content before its cue
 * starts where its sentence or quotation does, and is left alone (moving it gained nothing on dev and, on real pages,
 * cut into sentences: "And asphalt is harder to obtain …, he added" → "to obtain …").
 *
 * Ends are left as proposed: a learned end cut contents short of half their gold length often enough to lose more
 * attributions than it gained exact contents (dev, measured when this model was built).
 *
 * Owns the candidates, their features (training and the engine share this one definition), the weights' form and
 * the choice. Bounded work per claim: at most STARTS_BEFORE + STARTS_AFTER + 1 candidates of ten features each, every
 * feature one integer key (no string is built per candidate: a 1 MB article has some 9,000 claims).
 */
import type { Segmented, Token } from '../tokens.js';
import { isOpeningMark, regionOf } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';
import { drain } from '../slices.js';
import { TOKEN_CLASSES, tokenClass } from './token-class.js';

/** Alternative starts lie this many tokens before and after the proposed start. */
const STARTS_BEFORE = 3;
const STARTS_AFTER = 6;
/** Frames handled between two yields of the sliced form. */
const FRAMES_PER_SLICE = 250;

import type { PackedBoundsModel, SerializedBoundsModel } from './serialized.js';
import { boundsModelEntries } from './packed-weights.js';
export type { PackedBoundsModel, SerializedBoundsModel };

/** The strings features read, as ids. */
export interface StringIds {
  /** The string's id, or -1 when the model has none (then no feature of it has a weight). */
  idOf(s: string): number;
}

export interface BoundsModel {
  strings: StringIds;
  /** Per template, the weight of each value (a dense table: a look-up is an index). */
  tables: Float64Array[];
  /** How many features have a weight. */
  size: number;
  margin: number;
}

/**
 * Parses weights of `templates` feature templates (the content starts' by default; source-bounds.ts has its own), as
 * the trainer holds them or packed as the generated files hold them.
 */
export function parseBoundsModel(serialized: SerializedBoundsModel | PackedBoundsModel, templates: number = START_TEMPLATES.length): BoundsModel {
  const { strings, entries } = boundsModelEntries(serialized);
  const ids = new Map(strings.map((s, i) => [s, i]));
  const largest = new Array<number>(templates).fill(-1);
  for (const [key] of entries) {
    const t = templateOfKey(key);
    largest[t] = Math.max(largest[t] ?? -1, valueOfKey(key));
  }
  const tables = largest.map((max) => new Float64Array(max + 1));
  for (const [key, w] of entries) {
    const table = tables[templateOfKey(key)];
    if (table !== undefined) table[valueOfKey(key)] = w;
  }
  return { strings: { idOf: (s) => ids.get(s) ?? -1 }, tables, size: entries.length, margin: serialized.margin };
}

/** The feature templates, in key order; a key is template × 2^24 + value. */
export const START_TEMPLATES = ['s.d', 's.d|construction', 's.w', 's.w-1', 's.c-1|c', 's.c|moved', 's.cue|c', 's.lemma|d',
  'p.len', 'p.marks'] as const;
const TEMPLATE_SHIFT = 2 ** 24;
/** Distance bands (band()). */
export const BANDS = 16;

export function featureKey(template: number, value: number): number {
  return template * TEMPLATE_SHIFT + value;
}
/** A key's template and value: keys are non-negative 32-bit integers, so bit operations split them exactly. */
export function templateOfKey(key: number): number {
  return key >>> 24;
}
export function valueOfKey(key: number): number {
  return key & 0xffffff;
}

/** Templates whose value holds a string's id: the word, the word before, and the lemma (id × BANDS + distance). */
const STRING_TEMPLATES = new Map<number, number>([[2, 1], [3, 1], [7, BANDS]]);

/**
 * For a model whose templates in `stringTemplates` hold a string's id (value = id × per + the rest, per by template):
 * the string id a key holds and a function giving the same key with another id, or null for keys of no string. The
 * trainers keep only the strings their kept features read.
 */
export function stringReader(stringTemplates: ReadonlyMap<number, number>): (key: number) => { id: number; withId: (id: number) => number } | null {
  return (key) => {
    const template = templateOfKey(key);
    const per = stringTemplates.get(template);
    if (per === undefined) return null;
    const value = valueOfKey(key);
    const rest = value % per;
    return { id: Math.floor(value / per), withId: (id) => featureKey(template, id * per + rest) };
  };
}

/** The string id a content-start key holds (stringReader over this model's templates). */
export const stringOfKey = stringReader(STRING_TEMPLATES);

/** One frame's alternatives: its one content range and the starts it may take instead (the proposed one first). */
export interface StartCandidates {
  first: number;
  end: number;
  starts: number[];
  /** Where the region the content may grow into begins: its sentence, after the cue or the speaker before it. */
  low: number;
}

/**
 * The starts the content of `frame` may take, or null (several ranges, wholly quoted, after a speaker's label, or
 * nothing to choose).
 */
export function startCandidates(seg: Segmented, frame: Frame): StartCandidates | null {
  // a speaker's label ("OKAFOR: …", "Sanders: …") gives the whole turn after it
  if (frame.content.length !== 1 || frame.construction === 'colon') return null;
  const range = frame.content[0];
  if (range === undefined || range.end <= range.first) return null;
  const sentence = seg.sentences[seg.sentenceOf[range.first] ?? -1];
  if (sentence === undefined) return null;
  // a content before its cue starts where its sentence or quotation does: only a content after its cue is moved
  if (frame.cueRange.end > range.first) return null;
  let low = sentence.first;
  for (const r of [frame.cueRange, frame.source]) {
    if (r === null) continue;
    if (r.end <= range.first) low = Math.max(low, r.end);
    else if (r.first < range.end) return null;
  }
  const starts: number[] = [range.first];
  for (let s = Math.max(low, range.first - STARTS_BEFORE); s <= Math.min(range.end - 1, range.first + STARTS_AFTER); s++) {
    const t = seg.tokens[s];
    if (s !== range.first && t !== undefined && (t.kind === 'word' || isOpeningMark(seg, s))) starts.push(s);
  }
  if (starts.length === 1 || whollyQuoted(seg, range.first, range.end)) return null;
  return { first: range.first, end: range.end, starts, low };
}

/** Whether tokens [first, end), edge punctuation aside, are one quotation from its opening mark to its closing one. */
function whollyQuoted(seg: Segmented, first: number, end: number): boolean {
  let a = first;
  let b = end;
  while (b > a && seg.tokens[b - 1]?.kind === 'punct') b--;
  while (a < b && seg.tokens[a]?.kind === 'punct') a++;
  const region = seg.tokens[a]?.kind === 'quote' ? regionOf(seg, a) : undefined;
  return region !== undefined && region.open === a && region.close >= b - 1;
}

/** Distances as feature values: exact from -3 to 3, then bands each way (0–13). */
export function band(x: number): number {
  const a = Math.abs(x);
  const b = a <= 3 ? a : a <= 6 ? 4 : a <= 12 ? 5 : a <= 25 ? 6 : 7;
  return x < 0 ? 7 + b : b;
}

const CLASS_ID = new Map<string, number>(TOKEN_CLASSES.map((name, i) => [name, i]));
/** Token classes as feature values fit in 5 bits. */
export const CLASSES = 32;
/** The construction names a frame may carry. */
const CONSTRUCTIONS = ['before', 'after', 'bare', 'participle', 'according', 'colon'];

/** A frame's construction as a feature value (0 for one not listed). */
export function constructionId(frame: Frame): number {
  return Math.max(0, CONSTRUCTIONS.indexOf(frame.construction));
}

function wordOf(t: Token | undefined): string {
  return t === undefined ? '<none>' : t.kind === 'word' ? t.lower : t.text;
}

/**
 * What the features read of each token, worked out on first use and kept for the article: its class and its word's
 * string id (a claim's candidates share most tokens with its neighbours').
 */
export class TokenReadings {
  private readonly classes: Int8Array;
  private readonly words: Int32Array;
  private marksBefore: Int32Array | null = null;
  private scratch = new Int32Array(256);
  constructor(private readonly seg: Segmented, private readonly strings: StringIds) {
    this.classes = new Int8Array(seg.tokens.length).fill(-1);
    this.words = new Int32Array(seg.tokens.length).fill(-2);
  }

  /** A buffer of at least `size` feature keys, reused from claim to claim (filled by the caller, read at once). */
  keyBuffer(size: number): Int32Array {
    if (this.scratch.length < size) this.scratch = new Int32Array(Math.max(size, this.scratch.length * 2));
    return this.scratch;
  }

  /** The quotation marks among tokens [first, end). */
  marks(first: number, end: number): number {
    if (this.marksBefore === null) {
      const { tokens } = this.seg;
      const before = new Int32Array(tokens.length + 1);
      for (let k = 0; k < tokens.length; k++) before[k + 1] = (before[k] ?? 0) + (tokens[k]?.kind === 'quote' ? 1 : 0);
      this.marksBefore = before;
    }
    return (this.marksBefore[end] ?? 0) - (this.marksBefore[first] ?? 0);
  }

  classOf(k: number): number {
    const known = this.classes[k];
    if (known === undefined) return 0;
    if (known >= 0) return known;
    const id = CLASS_ID.get(tokenClass(this.seg.lexicon, this.seg.tokens[k], true)) ?? 0;
    this.classes[k] = id;
    return id;
  }

  wordOf(k: number): number {
    const known = this.words[k];
    if (known === undefined) return this.strings.idOf('<none>');
    if (known > -2) return known;
    const id = this.strings.idOf(wordOf(this.seg.tokens[k]));
    this.words[k] = id;
    return id;
  }
}

const END_CLASS = CLASS_ID.get('END') ?? 0;

/**
 * The feature keys of starting the content of `frame` at each candidate start, in candidate order, one per template
 * per start (keys of strings the model lacks are -1). Per candidate: how far it moved, the words and token kinds at
 * and before it, how far it lies after the cue, the cue's lemma, the content's length and whether it cuts a
 * quotation in two. The keys fill the first starts × templates places of a buffer `readings` lends and reuses: read
 * them before the next call.
 */
export function startFeatureKeys(seg: Segmented, frame: Frame, c: StartCandidates, strings: StringIds,
  readings: TokenReadings = new TokenReadings(seg, strings)): Int32Array {
  const count = START_TEMPLATES.length;
  const keys = readings.keyBuffer(c.starts.length * count);
  const construction = constructionId(frame);
  const lemma = strings.idOf(frame.cue.lemma);
  const edge = strings.idOf('<edge>');
  for (const [i, s] of c.starts.entries()) {
    const d = band(s - c.first);
    const here = readings.classOf(s);
    const before = s - 1 >= c.low ? readings.classOf(s - 1) : END_CLASS;
    const afterCue = s - frame.cueRange.end;
    const marks = readings.marks(s, c.end);
    const word = readings.wordOf(s);
    const previous = s - 1 < c.low ? edge : readings.wordOf(s - 1);
    const at = i * count;
    keys[at] = featureKey(0, d);
    keys[at + 1] = featureKey(1, construction * BANDS + d);
    keys[at + 2] = word < 0 ? -1 : featureKey(2, word);
    keys[at + 3] = previous < 0 ? -1 : featureKey(3, previous);
    keys[at + 4] = featureKey(4, before * CLASSES + here);
    keys[at + 5] = featureKey(5, here * 2 + (s === c.first ? 0 : 1));
    keys[at + 6] = featureKey(6, (afterCue >= 0 ? band(afterCue) : BANDS - 1) * CLASSES + here);
    keys[at + 7] = lemma < 0 ? -1 : featureKey(7, lemma * BANDS + d);
    keys[at + 8] = featureKey(8, band(c.end - s));
    keys[at + 9] = featureKey(9, marks % 2 === 1 ? 1 : marks === 0 ? 0 : 2);
  }
  return keys;
}

/** The best start of one frame's candidates: another than the proposed one must beat it by the model's margin. */
export function bestStart(seg: Segmented, frame: Frame, c: StartCandidates, model: BoundsModel,
  readings: TokenReadings = new TokenReadings(seg, model.strings)): number {
  const keys = startFeatureKeys(seg, frame, c, model.strings, readings);
  const count = START_TEMPLATES.length;
  let best = c.first;
  let bestScore = -Infinity;
  for (const [i, s] of c.starts.entries()) {
    let score = s === c.first ? 0 : -model.margin;
    for (let j = i * count; j < (i + 1) * count; j++) {
      const key = keys[j] ?? -1;
      if (key >= 0) score += model.tables[templateOfKey(key)]?.[valueOfKey(key)] ?? 0;
    }
    if (score > bestScore) { bestScore = score; best = s; }
  }
  return best;
}

/** The frames with each content's start chosen by the model, a thousand frames a slice. */
export function* chooseContentStartsInSlices(seg: Segmented, frames: readonly Frame[], model: BoundsModel): Generator<void, Frame[]> {
  const out: Frame[] = [];
  const readings = new TokenReadings(seg, model.strings);
  for (const [i, frame] of frames.entries()) {
    const c = model.size === 0 ? null : startCandidates(seg, frame);
    const start = c === null ? -1 : bestStart(seg, frame, c, model, readings);
    out.push(c === null || start === c.first ? frame : moveStart(frame, c, start));
    if ((i + 1) % FRAMES_PER_SLICE === 0) yield;
  }
  return out;
}

/**
 * The frame with its content starting at `start`. Words a later start passes over, right after the cue, join the cue
 * ("voiced deep concern about | the policy"), as PolNeAR counts them and a reader reads them: they say how the claim
 * was made, not what it says.
 */
function moveStart(frame: Frame, c: StartCandidates, start: number): Frame {
  const joinsCue = start > c.first && frame.cueRange.end === c.first;
  return {
    ...frame,
    cueRange: joinsCue ? { first: frame.cueRange.first, end: start } : frame.cueRange,
    content: [{ first: start, end: c.end }],
  };
}

/** The same, drained: for callers that do not slice. */
export function chooseContentStarts(seg: Segmented, frames: readonly Frame[], model: BoundsModel): Frame[] {
  return drain(chooseContentStartsInSlices(seg, frames, model));
}
