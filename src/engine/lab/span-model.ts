/**
 * A trained span tagger and its weights' text form: the dense weight table the decoder indexes, how the trainer
 * writes a model (span-weights.generated.ts, `npm run train`) and how the engine parses it in one scan.
 */
import { MAX_WEIGHT, WEIGHT_ALPHABET } from './pos/tagger.js';
import { allowedSteps, SPAN_TAG_COUNT } from './span-tags.js';
import {
  featureKey, T_, TEMPLATE_COUNT, templateOfKey, templateValues, valueOfKey, VOCABULARY_TEMPLATES, vocabularyFactor,
  type FeatureSpec, type TemplateName, type Vocabulary,
} from './span-templates.js';

/** A trained tagger: weights per feature and tag, transition weights, and the cue-start biases tuned on dev. */
export interface SpanTaggerModel extends FeatureSpec {
  /**
   * Every feature's SPAN_TAG_COUNT weights, dense: template t's values start at feature `base[t]`, so a key's weights
   * are at (base[template] + value) × SPAN_TAG_COUNT — an index, not a hash look-up.
   */
  base: Int32Array;
  weights: Int8Array;
  /** How many features have weights (for reports and tests). */
  features: number;
  /** (previous tag, or SPAN_TAG_COUNT at the start) × tag. */
  transitions: Int16Array;
  /** The transitions as the decoder adds them: −∞ where the tag may not follow (tagMayFollow). */
  steps: Float64Array;
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
  /**
   * For VOCABULARY_TEMPLATES: the string (and for rc, `tag` the proposed tag; for lmn, what follows the cue word);
   * otherwise the value itself.
   */
  value: string | number;
  tag?: number;
  weights: ArrayLike<number>;
}

/** The feature of a key whose strings are ids in `strings` (the trainer's vocabulary), with its weights. */
export function featureRowOfKey(key: number, strings: readonly string[], weights: ArrayLike<number>): FeatureRow {
  const template = templateOfKey(key);
  const value = valueOfKey(key);
  if (!VOCABULARY_TEMPLATES.includes(template)) return { template, value, weights };
  const factor = vocabularyFactor(template);
  if (factor === 1) return { template, value: strings[value] ?? '', weights };
  return { template, value: strings[Math.floor(value / factor)] ?? '', tag: value % factor, weights };
}

/** The text form of a model given by its features (weights already integers within ±MAX_WEIGHT). */
export function serializeSpanTagger(features: readonly FeatureRow[], transitions: ArrayLike<number>, cueBias: number,
  proposedCueBias: number): SerializedSpanTagger {
  const strings = [...new Set(features.flatMap((f) => (typeof f.value === 'string' ? [f.value] : [])))].sort();
  const ids = new Map(strings.map((s, i) => [s, i]));
  const keyed = features.map((f) => {
    const value = typeof f.value === 'string' ? (ids.get(f.value) ?? 0) * vocabularyFactor(f.template) + (f.tag ?? 0) : f.value;
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

/** Parses the text form in one scan of each string: the weights go straight into their dense places. */
export function parseSpanTagger(s: SerializedSpanTagger): SpanTaggerModel {
  const strings = s.vocabulary === '' ? [] : s.vocabulary.split('\n');
  const templates = new Uint8Array(TEMPLATE_COUNT);
  const count = s.weights.length / SPAN_TAG_COUNT;
  // the keys first (which templates there are, so that only those get room), then the weights
  const keys = new Int32Array(count);
  let key = 0;
  let digits = 0;
  let row = 0;
  const text = s.keys;
  for (let i = 0; text !== '' && i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      key += digits;
      digits = 0;
      keys[row++] = key;
      templates[templateOfKey(key)] = 1;
    } else {
      // base 36: 0-9 are 48-57, a-z 97-122
      digits = digits * 36 + (c <= 57 ? c - 48 : c - 87);
    }
  }
  const base = new Int32Array(TEMPLATE_COUNT);
  let total = 0;
  for (let t = 0; t < TEMPLATE_COUNT; t++) {
    base[t] = total;
    if (templates[t] === 1) total += templateValues(t, strings.length);
  }
  const weights = new Int8Array(total * SPAN_TAG_COUNT);
  for (let f = 0; f < count; f++) {
    const k = keys[f] ?? 0;
    const at = ((base[templateOfKey(k)] ?? 0) + valueOfKey(k)) * SPAN_TAG_COUNT;
    for (let t = 0; t < SPAN_TAG_COUNT; t++) {
      const code = s.weights.charCodeAt(t * count + f);
      // WEIGHT_ALPHABET is the codes 35…126 without 92
      weights[at + t] = code - (code > 92 ? 36 : 35) - MAX_WEIGHT;
    }
  }
  const transitions = Int16Array.from(s.transitions.split(',').map(Number));
  const steps = allowedSteps(transitions);
  return {
    vocabulary: new FixedVocabulary(strings), templates, base, weights, features: count, transitions, steps,
    cueBias: s.cueBias, proposedCueBias: s.proposedCueBias,
  };
}

/** Where key's weights start in the model's dense table. */
function weightsAt(model: SpanTaggerModel, key: number): number {
  return ((model.base[templateOfKey(key)] ?? 0) + valueOfKey(key)) * SPAN_TAG_COUNT;
}

/** A feature's weights in a model (all zero when it has none): for tests and reports. */
export function weightsOf(model: SpanTaggerModel, template: TemplateName, value: string | number, tag = 0): number[] {
  const t = T_[template];
  const id = typeof value === 'string' ? model.vocabulary.idOf(value) : 0;
  const at = id < 0 || model.templates[t] !== 1 ? -1 :
    weightsAt(model, featureKey(t, typeof value === 'string' ? id * vocabularyFactor(t) + tag : value));
  return Array.from({ length: SPAN_TAG_COUNT }, (_, i) => (at < 0 ? 0 : model.weights[at + i] ?? 0));
}
