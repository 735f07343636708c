/**
 * The span tagger: the learned decision over what the constructions proposed. Every token of a paragraph gets one
 * of seven tags — outside, or the beginning or inside of a source, a cue or a content — from an averaged
 * structured perceptron (scripts/train.ts, trained on PolNeAR train) decoded by Viterbi. It reads each token, its
 * part of speech (pos/), the words and tags around it, quotation marks, where cue words stand in its sentence, and
 * what the rules proposed: the tag the constructions' frames give the token and their construction. So the rules
 * propose and the model decides which of their spans stand, where they start and end, and what they missed.
 *
 * Owns the tag set, the feature templates (training and the engine share this one definition), the weights' text
 * form and the decoder. Linear in the tokens: a bounded window per token, seven tags, one pass each way.
 */
import type { Segmented, Token } from '../tokens.js';
import type { CueConfig } from '../find-cues.js';
import type { Frame } from '../constructions/frame.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { POS_TAGS, WEIGHT_ALPHABET, MAX_WEIGHT, tagTokens } from '../pos/tagger.js';

/** Outside, then begin/inside of source, cue and content. */
export const SPAN_TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const;
export const SPAN_TAG_COUNT = SPAN_TAGS.length;
export const OUT = 0;
export const B_SOURCE = 1;
export const I_SOURCE = 2;
export const B_CUE = 3;
export const I_CUE = 4;
export const B_CONTENT = 5;
export const I_CONTENT = 6;

/** The tag's role: 'S' source, 'C' cue, 'Q' content, or '' outside. */
export function roleOfTag(tag: number): 'S' | 'C' | 'Q' | '' {
  return tag === B_SOURCE || tag === I_SOURCE ? 'S' : tag === B_CUE || tag === I_CUE ? 'C' :
    tag === B_CONTENT || tag === I_CONTENT ? 'Q' : '';
}

/** Whether `tag` may follow `prev` (SPAN_TAG_COUNT for a paragraph's start): an inside tag only after its own kind. */
export function tagMayFollow(prev: number, tag: number): boolean {
  const inside = tag === I_SOURCE || tag === I_CUE || tag === I_CONTENT;
  return !inside || prev === tag || prev === tag - 1;
}

/** What the constructions proposed, per token: the tag their frames give it, and the frame's construction. */
export interface ProposedTags {
  tags: Uint8Array;
  construction: string[];
}

/** Paints the proposed frames onto the tokens; a cue wins over a source, a source over a content. */
export function proposedTags(seg: Segmented, frames: readonly Frame[]): ProposedTags {
  const n = seg.tokens.length;
  const tags = new Uint8Array(n);
  const construction: string[] = new Array<string>(n).fill('');
  const paint = (first: number, end: number, begin: number, rank: number, name: string): void => {
    let previous = -2;
    for (let k = first; k < end; k++) {
      if (tagRank(tags[k] ?? OUT) > rank) { previous = -2; continue; }
      tags[k] = k === previous + 1 ? begin + 1 : begin;
      construction[k] = name;
      previous = k;
    }
  };
  for (const f of frames) {
    for (const r of f.content) paint(r.first, r.end, B_CONTENT, 1, f.construction);
    if (f.source !== null) paint(f.source.first, f.source.end, B_SOURCE, 2, f.construction);
    paint(f.cueRange.first, f.cueRange.end, B_CUE, 3, f.construction);
  }
  return { tags: beginAfterBreaks(tags), construction };
}

/** Where a span was painted over in its middle, the rest of it begins again: an inside tag follows its own kind. */
export function beginAfterBreaks(tags: Uint8Array): Uint8Array {
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k] ?? OUT;
    if (!tagMayFollow(k === 0 ? SPAN_TAG_COUNT : tags[k - 1] ?? OUT, tag)) tags[k] = tag - 1;
  }
  return tags;
}

/** Which tag may overwrite which when spans overlap: cue 3, source 2, content 1, outside 0. */
export function tagRank(tag: number): number {
  const role = roleOfTag(tag);
  return role === 'C' ? 3 : role === 'S' ? 2 : role === 'Q' ? 1 : 0;
}

const TAG_NAMES = ['O', 'BS', 'IS', 'BC', 'IC', 'BQ', 'IQ'];

// ---- feature templates ------------------------------------------------------------------------------------------
// A feature is a template and a value. Its key is one integer, template × 2^24 + value, the value composed of small
// integer parts (a word's id in the model's vocabulary, a part of speech, a token class, a distance band, a proposed
// tag): no string is built per token, and the weights are looked up in a Map keyed by small integers.

/** The templates, in key order; a key's template is `key >>> 24` (TEMPLATES[that] is its name, for reports). */
export const TEMPLATES = [
  'b', 'w', 'w-1', 'w+1', 's3', 'cap', 'p', 'p-1', 'p+1', 'p-2', 'p+2', 'pp', 'pn', 'ppn', 'c-1', 'c+1', 'c', 'q', 'qp',
  'sf', 'cf', 'r', 'r-1', 'r+1', 'rr', 'rp', 'rc', 'dl', 'dr', 'dlp', 'drp', 'cfl', 'cfr', 'cflr', 'cflq', 'cfrq', 'se',
  'sep', 'dlr',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];
export const TEMPLATE_COUNT = TEMPLATES.length;
const T_ = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<TemplateName, number>;
/** Templates whose value is a string of the vocabulary (its id): w, w-1, w+1, s3, and rc (tag × 2^20 + id). */
export const VOCABULARY_TEMPLATES: readonly number[] = [T_.w, T_['w-1'], T_['w+1'], T_.s3, T_.rc];
/** Templates that read the part of speech: a model without them needs no part-of-speech tagger. */
export const POS_TEMPLATES: readonly number[] = [T_.p, T_['p-1'], T_['p+1'], T_['p-2'], T_['p+2'], T_.pp, T_.pn, T_.ppn,
  T_.qp, T_.sf, T_.rp, T_.dlp, T_.drp, T_.sep];
const TEMPLATE_SHIFT = 2 ** 24;
/** rc's value: the proposed tag × 2^20 + the construction's vocabulary id. */
const RC_SHIFT = 2 ** 20;

export function featureKey(template: number, value: number): number {
  return template * TEMPLATE_SHIFT + value;
}
export function templateOfKey(key: number): number {
  return Math.floor(key / TEMPLATE_SHIFT);
}
export function valueOfKey(key: number): number {
  return key % TEMPLATE_SHIFT;
}

/** The strings features read (word forms, suffixes, construction names), as ids. */
export interface Vocabulary {
  /** The string's id, or -1 when the model has none (then no feature of it has a weight). */
  idOf(s: string): number;
}

/** A vocabulary that gives every new string the next id: the trainer's. */
export class GrowingVocabulary implements Vocabulary {
  readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  idOf(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      if (id >= RC_SHIFT) throw new Error('vocabulary over 2^20 strings');
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }
}

/** Words beyond the block's edges. */
const BEFORE = '<s>';
const AFTER = '</s>';

/** Part-of-speech values: POS_TAGS ids, then quotation marks by role, then the block's edges. */
const P_QUOTE_OPEN = POS_TAGS.length;
const P_QUOTE_CLOSE = P_QUOTE_OPEN + 1;
const P_QUOTE_EITHER = P_QUOTE_OPEN + 2;
const P_QUOTE = P_QUOTE_OPEN + 3;
const P_BEFORE = P_QUOTE_OPEN + 4;
const P_AFTER = P_QUOTE_OPEN + 5;
/** Part-of-speech values fit in 5 bits. */
const P_BITS = 32;

/** Token classes (tokenClass); END is a neighbour beyond the block. */
export const TOKEN_CLASSES = ['END', 'QC', 'QO', 'Q', ',', ':', '.', '()', '-', 'P', 'that', 'pron', 'det', 'aux', 'prep',
  'cap', 'ly', 'ing', 'ed', 'num', 'w'] as const;
type TokenClass = (typeof TOKEN_CLASSES)[number];
const CLASS_ID = Object.fromEntries(TOKEN_CLASSES.map((name, i) => [name, i])) as Record<TokenClass, number>;
const C_BITS = 32;
/** Proposed tags 0–6, and 7 beyond the block. */
const R_OUTSIDE = SPAN_TAG_COUNT;
const R_BITS = 8;
/** Distance bands (band()). */
const D_BITS = 16;

/** Distances as feature values: exact up to 3, then widening bands (0 none, 1–4 for 0–3, then 4–6, 7–12, 13–25, far). */
function band(x: number): number {
  return x < 0 ? 0 : x <= 3 ? x + 1 : x <= 6 ? 5 : x <= 12 ? 6 : x <= 25 ? 7 : 8;
}

/**
 * The kind of a token, coarse enough to generalise: a quotation mark, a comma, a pronoun, a name, … (word classes
 * from the article's lexicon).
 */
export function tokenClass(lexicon: Lexicon, tok: Token | undefined, sameBlock: boolean): TokenClass {
  if (tok === undefined || !sameBlock) return 'END';
  if (tok.kind === 'quote') return tok.quoteRole === 'close' ? 'QC' : tok.quoteRole === 'open' ? 'QO' : 'Q';
  if (tok.kind === 'punct') {
    const t = tok.text;
    return t === ',' ? ',' : t === ':' ? ':' : t === '.' || t === '!' || t === '?' || t === ';' ? '.' :
      t === '(' || t === ')' ? '()' : t === '—' || t === '–' || t === '-' || t === '―' ? '-' : 'P';
  }
  const w = tok.lower;
  if (w === 'that') return 'that';
  if (lexicon.MODEL_PRONOUNS.has(w)) return 'pron';
  if (lexicon.CONTEXT_DETERMINERS.has(w)) return 'det';
  if (lexicon.MODEL_AUXILIARIES.has(w)) return 'aux';
  if (lexicon.MODEL_PREPOSITIONS.has(w)) return 'prep';
  if (tok.cap) return 'cap';
  if (w.endsWith('ly')) return 'ly';
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) return 'num';
  return 'w';
}

/** Everything the features of one article read, worked out once per token. */
export interface TaggerInput {
  seg: Segmented;
  proposed: ProposedTags;
  /** Per token: the vocabulary id of its word (lower case) and of its last three characters (-1: not in it). */
  word: Int32Array;
  suffix: Int32Array;
  /** Per token: its part-of-speech value (POS_TAGS id, or a quotation mark's role). */
  pos: Uint8Array;
  /** Per token: its TOKEN_CLASSES id and whether it is capitalised. */
  cls: Uint8Array;
  cap: Uint8Array;
  /** Per token: whether it is a cue word outside quotation marks. */
  cueWord: Uint8Array;
  /** Per token: the vocabulary id of the construction that proposed it (-1: none, or not in the vocabulary). */
  construction: Int32Array;
  /** Vocabulary ids of the block's edges. */
  before: number;
  after: number;
}

/** What the tagger needs to know of its model while extracting features. */
export interface FeatureSpec {
  vocabulary: Vocabulary;
  /** Per template: whether the model has it (features of other templates are not extracted). */
  templates: Uint8Array;
}

export function allTemplates(): Uint8Array {
  return new Uint8Array(TEMPLATE_COUNT).fill(1);
}

export function usesPos(spec: FeatureSpec): boolean {
  return POS_TEMPLATES.some((t) => spec.templates[t] === 1);
}

export function taggerInput(seg: Segmented, frames: readonly Frame[], cues: CueConfig, spec: FeatureSpec): TaggerInput {
  const { tokens, lexicon } = seg;
  const n = tokens.length;
  const vocabulary = spec.vocabulary;
  const proposed = proposedTags(seg, frames);
  const word = new Int32Array(n);
  const suffix = new Int32Array(n);
  const pos = usesPos(spec) ? tagTokens(tokens) : new Uint8Array(n);
  const cls = new Uint8Array(n);
  const cap = new Uint8Array(n);
  const cueWord = new Uint8Array(n);
  const construction = new Int32Array(n);
  const names = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    const w = t.kind === 'word' ? t.lower : t.text;
    word[k] = vocabulary.idOf(w);
    suffix[k] = w.length <= 3 ? word[k] ?? -1 : vocabulary.idOf(w.slice(-3));
    if (t.kind === 'quote') {
      pos[k] = t.quoteRole === 'open' ? P_QUOTE_OPEN : t.quoteRole === 'close' ? P_QUOTE_CLOSE :
        t.quoteRole === 'either' ? P_QUOTE_EITHER : P_QUOTE;
    }
    cls[k] = CLASS_ID[tokenClass(lexicon, t, true)];
    cap[k] = t.cap ? 1 : 0;
    cueWord[k] = t.kind === 'word' && seg.quoteOf[k] === -1 && cues.isCueForm(t.lower) ? 1 : 0;
    const name = proposed.construction[k] ?? '';
    let id = names.get(name);
    if (id === undefined) { id = vocabulary.idOf(name); names.set(name, id); }
    construction[k] = id;
  }
  return { seg, proposed, word, suffix, pos, cls, cap, cueWord, construction, before: vocabulary.idOf(BEFORE), after: vocabulary.idOf(AFTER) };
}

/**
 * The feature keys of every token of one block [first, end), in order: `emit(k, keys, count)` is called once per
 * token with a reused array whose first `count` entries are that token's keys (features of strings the vocabulary
 * lacks, and of templates the model lacks, left out).
 */
export function blockFeatures(input: TaggerInput, spec: FeatureSpec, first: number, end: number,
  emit: (k: number, keys: Int32Array, count: number) => void): void {
  const { seg, proposed, word, suffix, pos, cls, cap, cueWord, construction } = input;
  const on = spec.templates;
  const rtags = proposed.tags;
  const wordAt = (k: number): number => (k < first ? input.before : k >= end ? input.after : word[k] ?? -1);
  const posAt = (k: number): number => (k < first ? P_BEFORE : k >= end ? P_AFTER : pos[k] ?? 0);
  const clsAt = (k: number): number => (k < first || k >= end ? CLASS_ID.END : cls[k] ?? 0);
  const ruleAt = (k: number): number => (k < first || k >= end ? R_OUTSIDE : rtags[k] ?? 0);
  const isRuleCue = (k: number): boolean => roleOfTag(rtags[k] ?? OUT) === 'C';
  const width = end - first;
  // distances to the nearest proposed cue in the block, and to the nearest cue word in the sentence, each side
  const ruleLeft = new Int32Array(width);
  const ruleRight = new Int32Array(width);
  const wordLeft = new Int32Array(width);
  const wordRight = new Int32Array(width);
  let lastRule = -1;
  let lastWord = -1;
  for (let k = first; k < end; k++) {
    if (isRuleCue(k)) lastRule = k;
    ruleLeft[k - first] = lastRule < 0 ? -1 : k - lastRule;
    if (k > first && seg.sentenceOf[k] !== seg.sentenceOf[k - 1]) lastWord = -1;
    wordLeft[k - first] = lastWord < 0 ? -1 : k - lastWord;
    if (cueWord[k] === 1) lastWord = k;
  }
  lastRule = -1;
  lastWord = -1;
  for (let k = end - 1; k >= first; k--) {
    if (isRuleCue(k)) lastRule = k;
    ruleRight[k - first] = lastRule < 0 ? -1 : lastRule - k;
    if (k < end - 1 && seg.sentenceOf[k] !== seg.sentenceOf[k + 1]) lastWord = -1;
    wordRight[k - first] = lastWord < 0 ? -1 : lastWord - k;
    if (cueWord[k] === 1) lastWord = k;
  }
  const keys = new Int32Array(TEMPLATE_COUNT);
  let count = 0;
  const add = (template: number, value: number): void => {
    if (on[template] === 1) keys[count++] = template * TEMPLATE_SHIFT + value;
  };
  const addString = (template: number, id: number): void => {
    if (id >= 0) add(template, id);
  };
  for (let k = first; k < end; k++) {
    const sentence = seg.sentences[seg.sentenceOf[k] ?? -1];
    const sentenceFirst = sentence?.first ?? k;
    const startsSentence = sentence !== undefined && sentence.first === k ? 1 : 0;
    const fromStart = band(k - sentenceFirst);
    const toEnd = band((sentence?.end ?? k + 1) - 1 - k);
    const p0 = posAt(k);
    const pPrev = posAt(k - 1);
    const pNext = posAt(k + 1);
    const r0 = ruleAt(k);
    const rPrev = ruleAt(k - 1);
    const rNext = ruleAt(k + 1);
    const quoted = seg.quoteOf[k] !== -1 ? 1 : 0;
    const cueWords = (cueWord[k] ?? 0) * 4 + (k - 1 >= first ? cueWord[k - 1] ?? 0 : 0) * 2 + (k + 1 < end ? cueWord[k + 1] ?? 0 : 0);
    const rl = band(ruleLeft[k - first] ?? -1);
    const rr = band(ruleRight[k - first] ?? -1);
    const wl = band(wordLeft[k - first] ?? -1);
    const wr = band(wordRight[k - first] ?? -1);
    const c0 = cls[k] ?? 0;
    count = 0;
    add(T_.b, 0);
    addString(T_.w, wordAt(k));
    addString(T_['w-1'], wordAt(k - 1));
    addString(T_['w+1'], wordAt(k + 1));
    addString(T_.s3, suffix[k] ?? -1);
    add(T_.cap, (cap[k] ?? 0) * C_BITS + c0);
    add(T_.p, p0);
    add(T_['p-1'], pPrev);
    add(T_['p+1'], pNext);
    add(T_['p-2'], posAt(k - 2));
    add(T_['p+2'], posAt(k + 2));
    add(T_.pp, pPrev * P_BITS + p0);
    add(T_.pn, p0 * P_BITS + pNext);
    add(T_.ppn, (pPrev * P_BITS + p0) * P_BITS + pNext);
    add(T_['c-1'], clsAt(k - 1));
    add(T_['c+1'], clsAt(k + 1));
    add(T_.c, c0);
    add(T_.q, quoted);
    add(T_.qp, quoted * P_BITS + p0);
    add(T_.sf, startsSentence * P_BITS + p0);
    add(T_.cf, cueWords);
    add(T_.r, r0);
    add(T_['r-1'], rPrev);
    add(T_['r+1'], rNext);
    add(T_.rr, (rPrev * R_BITS + r0) * R_BITS + rNext);
    add(T_.rp, r0 * P_BITS + p0);
    const con = construction[k] ?? -1;
    if (con >= 0) add(T_.rc, r0 * RC_SHIFT + con);
    add(T_.dl, rl * R_BITS + r0);
    add(T_.dr, rr * R_BITS + r0);
    add(T_.dlp, rl * P_BITS + p0);
    add(T_.drp, rr * P_BITS + p0);
    add(T_.cfl, wl);
    add(T_.cfr, wr);
    add(T_.cflr, wl * D_BITS + wr);
    add(T_.cflq, wl * 2 + quoted);
    add(T_.cfrq, wr * 2 + quoted);
    add(T_.se, fromStart * D_BITS + toEnd);
    add(T_.sep, (fromStart * D_BITS + toEnd) * P_BITS + p0);
    add(T_.dlr, rl * D_BITS + rr);
    emit(k, keys, count);
  }
}

/**
 * Feature keys to the offsets of their weights: open addressing over two typed arrays, Fibonacci-hashed. Built
 * without an allocation per entry and read without hashing a string; a Map of numbers cost several times as much to
 * fill on the reader's first click.
 */
export class KeyTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  size = 0;

  /** A table for up to `capacity` keys (all ≥ 0), at most half full. */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  set(key: number, value: number): void {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] ?? -1;
      if (k === key) { this.values[i] = value; return; }
      if (k === -1) { this.keys[i] = key; this.values[i] = value; this.size++; return; }
      i = (i + 1) & this.mask;
    }
  }

  /** The key's value, or -1 when it has none. */
  get(key: number): number {
    if (key < 0) return -1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] ?? -1;
      if (k === key) return this.values[i] ?? -1;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

/** A trained tagger: weights per feature and tag, transition weights, and the cue-start biases tuned on dev. */
export interface SpanTaggerModel extends FeatureSpec {
  /** Per feature key: the offset of its SPAN_TAG_COUNT weights in `weights`. */
  rows: KeyTable;
  weights: Int8Array;
  /** (previous tag, or SPAN_TAG_COUNT at the start) × tag. */
  transitions: Int16Array;
  /**
   * Added to the cue-start score of a token the constructions did not propose as a cue: below zero, the tagger needs
   * more evidence before it opens a cue of its own.
   */
  cueBias: number;
  /** The same for a token the constructions proposed as a cue. */
  proposedCueBias: number;
}

/**
 * The weights' text form, compact and parsed in one scan. `vocabulary`: the strings the features read, one a line,
 * sorted (a string's id is its line). `keys`: the feature keys in increasing order, each as its difference from the
 * one before in base 36, space-separated. `weights`: one character of the part-of-speech tagger's WEIGHT_ALPHABET per
 * feature and tag (centre = 0), tag by tag — all features' outside weights, then all their B-S weights, … (so that
 * gzip sees long runs of a tag's usual values).
 */
export interface SerializedSpanTagger {
  vocabulary: string;
  keys: string;
  weights: string;
  /** (SPAN_TAG_COUNT + 1) × SPAN_TAG_COUNT integers, comma-separated. */
  transitions: string;
  cueBias: number;
  proposedCueBias: number;
}

/** A feature of a model being written: its template, its value's string (vocabulary templates) or number, weights. */
export interface FeatureRow {
  template: number;
  /** For VOCABULARY_TEMPLATES: the string (and for rc, `tag` the proposed tag); otherwise the value itself. */
  value: string | number;
  tag?: number;
  weights: ArrayLike<number>;
}

/** The feature of a key whose strings are ids in `strings` (the trainer's vocabulary), with its weights. */
export function featureRowOfKey(key: number, strings: readonly string[], weights: ArrayLike<number>): FeatureRow {
  const template = templateOfKey(key);
  const value = valueOfKey(key);
  if (!VOCABULARY_TEMPLATES.includes(template)) return { template, value, weights };
  return { template, value: strings[value % RC_SHIFT] ?? '', tag: Math.floor(value / RC_SHIFT), weights };
}

/** The text form of a model given by its features (weights already integers within ±MAX_WEIGHT). */
export function serializeSpanTagger(features: readonly FeatureRow[], transitions: ArrayLike<number>, cueBias: number,
  proposedCueBias: number): SerializedSpanTagger {
  const strings = [...new Set(features.flatMap((f) => (typeof f.value === 'string' ? [f.value] : [])))].sort();
  const ids = new Map(strings.map((s, i) => [s, i]));
  const keyed = features.map((f) => {
    const value = typeof f.value === 'string' ? (f.tag ?? 0) * RC_SHIFT + (ids.get(f.value) ?? 0) : f.value;
    return { key: featureKey(f.template, value), weights: f.weights };
  }).sort((a, b) => a.key - b.key);
  let previous = 0;
  const keys: string[] = [];
  for (const f of keyed) { keys.push((f.key - previous).toString(36)); previous = f.key; }
  let weights = '';
  for (let t = 0; t < SPAN_TAG_COUNT; t++) {
    for (const f of keyed) {
      const w = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(f.weights[t] ?? 0)));
      weights += WEIGHT_ALPHABET.charAt(w + MAX_WEIGHT);
    }
  }
  return { vocabulary: strings.join('\n'), keys: keys.join(' '), weights, transitions: Array.from(transitions).join(','), cueBias, proposedCueBias };
}

/** The vocabulary of a parsed model: its strings by id, looked up lazily through a Map built on first use. */
class FixedVocabulary implements Vocabulary {
  private readonly ids: Map<string, number>;
  constructor(strings: readonly string[]) {
    this.ids = new Map();
    for (let i = 0; i < strings.length; i++) this.ids.set(strings[i] ?? '', i);
  }
  idOf(s: string): number {
    return this.ids.get(s) ?? -1;
  }
}

export function parseSpanTagger(s: SerializedSpanTagger): SpanTaggerModel {
  const strings = s.vocabulary === '' ? [] : s.vocabulary.split('\n');
  const templates = new Uint8Array(TEMPLATE_COUNT);
  const count = s.weights.length / SPAN_TAG_COUNT;
  const rows = new KeyTable(count);
  const weights = new Int8Array(count * SPAN_TAG_COUNT);
  let key = 0;
  let digits = 0;
  let row = 0;
  const text = s.keys;
  for (let i = 0; text !== '' && i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      key += digits;
      digits = 0;
      rows.set(key, row * SPAN_TAG_COUNT);
      templates[templateOfKey(key)] = 1;
      row++;
    } else {
      // base 36: 0-9 are 48-57, a-z 97-122
      digits = digits * 36 + (c <= 57 ? c - 48 : c - 87);
    }
  }
  for (let t = 0; t < SPAN_TAG_COUNT; t++) {
    for (let f = 0; f < count; f++) {
      const code = s.weights.charCodeAt(t * count + f);
      // WEIGHT_ALPHABET is the codes 35…126 without 92
      weights[f * SPAN_TAG_COUNT + t] = code - (code > 92 ? 36 : 35) - MAX_WEIGHT;
    }
  }
  const transitions = Int16Array.from(s.transitions.split(',').map(Number));
  return {
    vocabulary: new FixedVocabulary(strings), templates, rows, weights, transitions,
    cueBias: s.cueBias, proposedCueBias: s.proposedCueBias,
  };
}

/** A feature's weights in a model (all zero when it has none): for tests and reports. */
export function weightsOf(model: SpanTaggerModel, template: TemplateName, value: string | number, tag = 0): number[] {
  const t = T_[template];
  const id = typeof value === 'string' ? model.vocabulary.idOf(value) : 0;
  const at = id < 0 ? -1 : model.rows.get(featureKey(t, typeof value === 'string' ? tag * RC_SHIFT + id : value));
  return Array.from({ length: SPAN_TAG_COUNT }, (_, i) => (at < 0 ? 0 : model.weights[at + i] ?? 0));
}

/**
 * The best tag sequence for tokens [first, end) under the model (Viterbi), written into `out`. The emission of each
 * token is the sum of its features' weights; the transitions forbid an inside tag after another kind.
 */
export function tagBlock(model: SpanTaggerModel, input: TaggerInput, first: number, end: number, out: Uint8Array): void {
  const T = SPAN_TAG_COUNT;
  const n = end - first;
  if (n <= 0) return;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const emission = new Float64Array(T);
  const { rows, weights } = model;
  blockFeatures(input, model, first, end, (k, keys, count) => {
    emission.fill(0);
    emission[B_CUE] = roleOfTag(input.proposed.tags[k] ?? OUT) === 'C' ? model.proposedCueBias : model.cueBias;
    for (let f = 0; f < count; f++) {
      const at = rows.get(keys[f] ?? -1);
      if (at >= 0) for (let t = 0; t < T; t++) emission[t] = (emission[t] ?? 0) + (weights[at + t] ?? 0);
    }
    const i = k - first;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) {
        if (tagMayFollow(T, t)) best = model.transitions[T * T + t] ?? 0;
      } else {
        for (let u = 0; u < T; u++) {
          if (!tagMayFollow(u, t)) continue;
          const s = (score[(i - 1) * T + u] ?? -Infinity) + (model.transitions[u * T + t] ?? 0);
          if (s > best) { best = s; arg = u; }
        }
      }
      score[i * T + t] = best + (emission[t] ?? 0);
      back[i * T + t] = arg;
    }
  });
  let best = -Infinity;
  let arg = OUT;
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t] ?? -Infinity;
    if (s > best) { best = s; arg = t; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[first + i] = arg;
    arg = back[i * T + arg] ?? OUT;
  }
}
