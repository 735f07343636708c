/**
 * The span tagger's feature templates: their names and key layout (a feature is a template and a value, its key one
 * integer, template × 2^24 + value; training and the engine share this one definition), the vocabulary that turns the
 * strings features read into ids, the small integer parts values are composed of, and how many values each template
 * can take.
 */
import { POS_TAGS } from './pos/tagger.js';
import { TOKEN_CLASSES, type TokenClass } from '../model/token-class.js';
import { SPAN_TAG_COUNT } from './span-tags.js';

// A feature is a template and a value. Its key is one integer, template × 2^24 + value, the value composed of small
// integer parts (a word's id in the model's vocabulary, a part of speech, a token class, a distance band, a proposed
// tag): no string is built per token, and the weights are looked up in a Map keyed by small integers.

/**
 * The templates, in key order; a key's template is `key >>> 24` (TEMPLATES[that] is its name, for reports). The
 * cue-word templates, each with whether the token is a cue word (outside or inside quotation marks) where it says
 * "form": xn/xp the first signal after/before it and how far, xpn both signals, xsb its subject's class, xr the rules'
 * tag and the signal after, cfd the rules' nearest cues each side; pr the word's prior profile over the three
 * constructions, prn/prp the after/before priors with the signal on that side, prx the overall prior with both
 * signals, prr the overall prior with the rules' tag; lm the lemma, lmn the lemma and the signal after it.
 */
export const TEMPLATES = [
  'b', 'w', 'w-1', 'w+1', 's3', 'cap', 'p', 'p-1', 'p+1', 'p-2', 'p+2', 'pp', 'pn', 'ppn', 'c-1', 'c+1', 'c', 'q', 'qp',
  'sf', 'cf', 'r', 'r-1', 'r+1', 'rr', 'rp', 'rc', 'dl', 'dr', 'dlp', 'drp', 'cfl', 'cfr', 'cflr', 'cflq', 'cfrq', 'se',
  'sep', 'dlr', 'xn', 'xp', 'xpn', 'xsb', 'pr', 'prn', 'prp', 'prx', 'lm', 'lmn', 'prr', 'xr', 'cfd',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];
export const TEMPLATE_COUNT = TEMPLATES.length;
export const T_ = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<TemplateName, number>;
/**
 * Templates whose value is a string of the vocabulary (its id): w, w-1, w+1, s3, lm, and two whose value is the id
 * times a small part's range plus that part: rc (id × 8 + proposed tag) and lmn (id × 16 + what follows the cue word).
 */
export const VOCABULARY_TEMPLATES: readonly number[] = [T_.w, T_['w-1'], T_['w+1'], T_.s3, T_.rc, T_.lm, T_.lmn];
/** Templates that read the part of speech: a model without them needs no part-of-speech tagger. */
export const POS_TEMPLATES: readonly number[] = [T_.p, T_['p-1'], T_['p+1'], T_['p-2'], T_['p+2'], T_.pp, T_.pn, T_.ppn,
  T_.qp, T_.sf, T_.rp, T_.dlp, T_.drp, T_.sep, T_.xn, T_.xp, T_.xpn, T_.prn, T_.prp, T_.prx, T_.lmn];
export const TEMPLATE_SHIFT = 2 ** 24;
/** A vocabulary holds fewer strings than this (so that a value stays under 2^24 in lmn, id × 16 + signal). */
const VOCABULARY_LIMIT = 2 ** 20;

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
      if (id >= VOCABULARY_LIMIT) throw new Error('vocabulary over 2^20 strings');
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }
}

/** Words beyond the block's edges. */
export const BEFORE = '<s>';
export const AFTER = '</s>';

/** Part-of-speech values: POS_TAGS ids, then quotation marks by role, then the block's edges. */
export const P_QUOTE_OPEN = POS_TAGS.length;
export const P_QUOTE_CLOSE = P_QUOTE_OPEN + 1;
export const P_QUOTE_EITHER = P_QUOTE_OPEN + 2;
export const P_QUOTE = P_QUOTE_OPEN + 3;
export const P_BEFORE = P_QUOTE_OPEN + 4;
export const P_AFTER = P_QUOTE_OPEN + 5;
/** Part-of-speech values fit in 5 bits. */
export const P_BITS = 32;

export const CLASS_ID = Object.fromEntries(TOKEN_CLASSES.map((name, i) => [name, i])) as Record<TokenClass, number>;
export const C_BITS = 32;
/** Proposed tags 0–6, and 7 beyond the block. */
export const R_OUTSIDE = SPAN_TAG_COUNT;
export const R_BITS = 8;
/** Distance bands (band()). */
export const D_BITS = 16;
/** Signals around a cue word (nextSignal, previousSignal); S_BITS values, distances 1–6 below 8. */
export const S_BITS = 16;
export const SIG_NONE = 0;
export const SIG_THAT = 1;
export const SIG_QUOTE_OPEN = 2;
export const SIG_QUOTE_CLOSE = 3;
export const SIG_COMMA = 4;
export const SIG_COLON = 5;
export const SIG_STOP = 6;
export const SIG_DASH = 7;
export const SIG_WH = 8;
export const SIG_TO_VERB = 9;
export const SIG_EDGE = 10;
/** How far a signal is looked for, each side of a cue word, within its sentence. */
export const SIGNAL_REACH = 6;
/** How far back a cue word's subject is looked for, past auxiliaries, negations and adverbs. */
export const SUBJECT_REACH = 8;
/** Prior bands of a word form in the lexicon's learned cue table (priorBand): 0 unknown, 1–5 precision. */
export const PRIOR_BANDS = 6;
/** Values of the vocabulary templates that compose an id with a small part: its range. */
export function vocabularyFactor(template: number): number {
  return template === T_.rc ? R_BITS : template === T_.lmn ? S_BITS : 1;
}

/** Distances as feature values: exact up to 3, then widening bands (0 none, 1–4 for 0–3, then 4–6, 7–12, 13–25, far). */
export function band(x: number): number {
  return x < 0 ? 0 : x <= 3 ? x + 1 : x <= 6 ? 5 : x <= 12 ? 6 : x <= 25 ? 7 : 8;
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

/**
 * How many values template t can take (vocabulary templates: per string of the vocabulary, rc per string and proposed
 * tag): the parts' ranges multiplied, as blockFeatures composes them.
 */
export function templateValues(t: number, vocabulary: number): number {
  const D = D_BITS;
  const sizes: Record<TemplateName, number> = {
    b: 1, w: vocabulary, 'w-1': vocabulary, 'w+1': vocabulary, s3: vocabulary, cap: 2 * C_BITS, p: P_BITS, 'p-1': P_BITS,
    'p+1': P_BITS, 'p-2': P_BITS, 'p+2': P_BITS, pp: P_BITS ** 2, pn: P_BITS ** 2, ppn: P_BITS ** 3, 'c-1': C_BITS,
    'c+1': C_BITS, c: C_BITS, q: 2, qp: 2 * P_BITS, sf: 2 * P_BITS, cf: 8, r: R_BITS, 'r-1': R_BITS, 'r+1': R_BITS,
    rr: R_BITS ** 3, rp: R_BITS * P_BITS, rc: vocabulary * R_BITS, dl: D * R_BITS, dr: D * R_BITS, dlp: D * P_BITS,
    drp: D * P_BITS, cfl: D, cfr: D, cflr: D * D, cflq: D * 2, cfrq: D * 2, se: D * D, sep: D * D * P_BITS, dlr: D * D,
    xn: 4 * S_BITS * 8, xp: 4 * S_BITS * 8, xpn: 4 * S_BITS * S_BITS, xsb: 4 * C_BITS * 4, pr: PRIOR_BANDS ** 3,
    prn: PRIOR_BANDS ** 2 * S_BITS, prp: PRIOR_BANDS * S_BITS, prx: PRIOR_BANDS * S_BITS * S_BITS, lm: vocabulary,
    lmn: vocabulary * S_BITS, prr: PRIOR_BANDS * R_BITS * 4, xr: 4 * R_BITS * S_BITS, cfd: 4 * D * D,
  };
  return sizes[TEMPLATES[t] ?? 'b'];
}
