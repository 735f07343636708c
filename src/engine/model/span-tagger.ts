/**
 * The span tagger: the learned decision over what the constructions proposed. Every token of a paragraph gets one
 * of seven tags — outside, or the beginning or inside of a source, a cue or a content — from an averaged
 * structured perceptron (scripts/train.ts, trained on PolNeAR train) decoded by Viterbi. It reads each token, its
 * part of speech (pos/), the words and tags around it, quotation marks, where cue words stand in its sentence, what
 * stands around a cue word (the first "that", quotation mark, comma, colon, "to" + verb or wh-word after it and
 * before it, its likely subject), its word's precision as a cue in the lexicon's learned table, its lemma, and
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
import { POS_TAGS, TAG, WEIGHT_ALPHABET, MAX_WEIGHT, tagTokens } from '../pos/tagger.js';
import { TOKEN_CLASSES, tokenClass, type TokenClass } from './token-class.js';

export { TOKEN_CLASSES, tokenClass };

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
const T_ = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<TemplateName, number>;
/**
 * Templates whose value is a string of the vocabulary (its id): w, w-1, w+1, s3, lm, and two whose value is the id
 * times a small part's range plus that part: rc (id × 8 + proposed tag) and lmn (id × 16 + what follows the cue word).
 */
export const VOCABULARY_TEMPLATES: readonly number[] = [T_.w, T_['w-1'], T_['w+1'], T_.s3, T_.rc, T_.lm, T_.lmn];
/** Templates that read the part of speech: a model without them needs no part-of-speech tagger. */
export const POS_TEMPLATES: readonly number[] = [T_.p, T_['p-1'], T_['p+1'], T_['p-2'], T_['p+2'], T_.pp, T_.pn, T_.ppn,
  T_.qp, T_.sf, T_.rp, T_.dlp, T_.drp, T_.sep, T_.xn, T_.xp, T_.xpn, T_.prn, T_.prp, T_.prx, T_.lmn];
const TEMPLATE_SHIFT = 2 ** 24;
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

const CLASS_ID = Object.fromEntries(TOKEN_CLASSES.map((name, i) => [name, i])) as Record<TokenClass, number>;
const C_BITS = 32;
/** Proposed tags 0–6, and 7 beyond the block. */
const R_OUTSIDE = SPAN_TAG_COUNT;
const R_BITS = 8;
/** Distance bands (band()). */
const D_BITS = 16;
/** Signals around a cue word (nextSignal, previousSignal); S_BITS values, distances 1–6 below 8. */
const S_BITS = 16;
const SIG_NONE = 0;
const SIG_THAT = 1;
const SIG_QUOTE_OPEN = 2;
const SIG_QUOTE_CLOSE = 3;
const SIG_COMMA = 4;
const SIG_COLON = 5;
const SIG_STOP = 6;
const SIG_DASH = 7;
const SIG_WH = 8;
const SIG_TO_VERB = 9;
const SIG_EDGE = 10;
/** How far a signal is looked for, each side of a cue word, within its sentence. */
const SIGNAL_REACH = 6;
/** How far back a cue word's subject is looked for, past auxiliaries, negations and adverbs. */
const SUBJECT_REACH = 8;
/** Prior bands of a word form in the lexicon's learned cue table (priorBand): 0 unknown, 1–5 precision. */
const PRIOR_BANDS = 6;
/** Values of the vocabulary templates that compose an id with a small part: its range. */
function vocabularyFactor(template: number): number {
  return template === T_.rc ? R_BITS : template === T_.lmn ? S_BITS : 1;
}

/** Distances as feature values: exact up to 3, then widening bands (0 none, 1–4 for 0–3, then 4–6, 7–12, 13–25, far). */
function band(x: number): number {
  return x < 0 ? 0 : x <= 3 ? x + 1 : x <= 6 ? 5 : x <= 12 ? 6 : x <= 25 ? 7 : 8;
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
  /** Per token: 2 a cue word outside quotation marks, 1 a cue word inside them, 0 any other token. */
  cueForm: Uint8Array;
  /** Per token: whether it is a negation ("not", "never"). */
  negation: Uint8Array;
  /**
   * Per token: its form's prior in the lexicon's learned cue table, per construction (content before, after, none):
   * priorBand of each, as b0 × 36 + b1 × 6 + b2; and of the three summed.
   */
  prior: Uint8Array;
  priorAll: Uint8Array;
  /** Per token: the vocabulary id of a cue word's lemma (-1: not a cue word, or not in the vocabulary). */
  lemma: Int32Array;
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

/**
 * A word's precision band as a cue in one construction, from its [matched, extracted] counts: 0 when seen fewer than
 * 3 times, else 1–5 by add-one smoothed precision in fifths.
 */
function priorBand(matched: number, extracted: number): number {
  return extracted < 3 ? 0 : 1 + Math.min(4, Math.floor((5 * matched) / (extracted + 1)));
}

/** A form's prior profile and overall band (TaggerInput.prior, priorAll); a form the table lacks borrows its lemma's. */
function priorOf(lexicon: Lexicon, form: string): [number, number] {
  const table = lexicon.LEARNED_CUES ?? {};
  let counts = Object.hasOwn(table, form) ? table[form] : undefined;
  if (counts === undefined && form.length >= 4) {
    const lemma = lexicon.lemmaOf(form);
    counts = Object.hasOwn(table, lemma) ? table[lemma] : undefined;
  }
  if (counts === undefined) return [0, 0];
  const [m0, e0, m1, e1, m2, e2] = counts;
  const profile = (priorBand(m0, e0) * PRIOR_BANDS + priorBand(m1, e1)) * PRIOR_BANDS + priorBand(m2, e2);
  return [profile, priorBand(m0 + m1 + m2, e0 + e1 + e2)];
}

export function taggerInput(seg: Segmented, frames: readonly Frame[], cues: CueConfig, spec: FeatureSpec): TaggerInput {
  const { tokens, lexicon } = seg;
  const n = tokens.length;
  const vocabulary = spec.vocabulary;
  const proposed = proposedTags(seg, frames);
  const word = new Int32Array(n);
  const suffix = new Int32Array(n);
  const pos = usesPos(spec) ? tagTokens(lexicon.language, tokens) : new Uint8Array(n);
  const cls = new Uint8Array(n);
  const cap = new Uint8Array(n);
  const cueWord = new Uint8Array(n);
  const cueForm = new Uint8Array(n);
  const negation = new Uint8Array(n);
  const prior = new Uint8Array(n);
  const priorAll = new Uint8Array(n);
  const lemma = new Int32Array(n).fill(-1);
  const construction = new Int32Array(n);
  const names = new Map<string, number>();
  // per word form, once an article: its prior (profile × PRIOR_BANDS + overall), whether it is a cue form, its lemma's id
  const forms = new Map<string, { prior: number; cue: boolean; lemma: number }>();
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
    if (t.kind === 'word') {
      let form = forms.get(t.lower);
      if (form === undefined) {
        const [profile, all] = priorOf(lexicon, t.lower);
        const cue = cues.isCueForm(t.lower);
        form = { prior: profile * PRIOR_BANDS + all, cue, lemma: cue ? vocabulary.idOf(lexicon.lemmaOf(t.lower)) : -1 };
        forms.set(t.lower, form);
      }
      const quotedHere = seg.quoteOf[k] !== -1;
      cueWord[k] = form.cue && !quotedHere ? 1 : 0;
      cueForm[k] = form.cue ? (quotedHere ? 1 : 2) : 0;
      prior[k] = Math.floor(form.prior / PRIOR_BANDS);
      priorAll[k] = form.prior % PRIOR_BANDS;
      lemma[k] = form.lemma;
      negation[k] = lexicon.NEGATIONS.has(t.lower) ? 1 : 0;
    }
    const name = proposed.construction[k] ?? '';
    let id = names.get(name);
    if (id === undefined) { id = vocabulary.idOf(name); names.set(name, id); }
    construction[k] = id;
  }
  return {
    seg, proposed, word, suffix, pos, cls, cap, cueWord, cueForm, negation, prior, priorAll, lemma, construction,
    before: vocabulary.idOf(BEFORE), after: vocabulary.idOf(AFTER),
  };
}

/** The feature keys of a block's tokens, flat: token first + i has keys[starts[i] … starts[i + 1]). */
export interface BlockKeys {
  keys: Int32Array;
  starts: Int32Array;
}

/**
 * The feature keys of every token of one block [first, end), in order (features of strings the vocabulary lacks, and
 * of templates the model lacks, left out). One flat array, no call per token: the decoder reads it in a plain loop.
 */
export function blockFeatures(input: TaggerInput, spec: FeatureSpec, first: number, end: number): BlockKeys {
  const { seg, proposed, word, suffix, pos, cls, cap, cueWord, cueForm, negation, prior, priorAll, lemma, construction } = input;
  const on = spec.templates;
  const rtags = proposed.tags;
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
  // per token: the first signal after it and before it within SIGNAL_REACH tokens of its sentence (signal × 8 +
  // distance), and its likely subject: the class of the first token on its left past auxiliaries, negations and
  // adverbs (class × 4 + whether an auxiliary, a negation was passed)
  const after = new Int32Array(width);
  const before = new Int32Array(width);
  const subject = new Int32Array(width);
  const signalOf = (j: number): number => {
    const c = cls[j] ?? 0;
    if (c === CLASS_ID.that) return SIG_THAT;
    if (c === CLASS_ID.QO || c === CLASS_ID.Q) return SIG_QUOTE_OPEN;
    if (c === CLASS_ID.QC) return SIG_QUOTE_CLOSE;
    if (c === CLASS_ID[',']) return SIG_COMMA;
    if (c === CLASS_ID[':']) return SIG_COLON;
    if (c === CLASS_ID['.']) return SIG_STOP;
    if (c === CLASS_ID['-'] || c === CLASS_ID['()']) return SIG_DASH;
    const p = pos[j] ?? 0;
    if (p === TAG.WH) return SIG_WH;
    if (p === TAG.TO && j + 1 < end && pos[j + 1] === TAG.VB) return SIG_TO_VERB;
    return SIG_NONE;
  };
  for (let k = first; k < end; k++) {
    const sentence = seg.sentenceOf[k];
    let next = SIG_NONE * 8;
    for (let j = k + 1; j <= k + SIGNAL_REACH; j++) {
      if (j >= end || seg.sentenceOf[j] !== sentence) { next = SIG_EDGE * 8 + (j - k); break; }
      const sig = signalOf(j);
      if (sig !== SIG_NONE) { next = sig * 8 + (j - k); break; }
    }
    after[k - first] = next;
    let previous = SIG_NONE * 8;
    for (let j = k - 1; j >= k - SIGNAL_REACH; j--) {
      if (j < first || seg.sentenceOf[j] !== sentence) { previous = SIG_EDGE * 8 + (k - j); break; }
      const sig = signalOf(j);
      if (sig !== SIG_NONE) { previous = sig * 8 + (k - j); break; }
    }
    before[k - first] = previous;
    let passed = 0;
    let found: number = CLASS_ID.END;
    for (let j = k - 1; j >= k - SUBJECT_REACH && j >= first && seg.sentenceOf[j] === sentence; j--) {
      const c = cls[j] ?? 0;
      if (c === CLASS_ID.aux) passed |= 1;
      else if (negation[j] === 1) passed |= 2;
      else if (c !== CLASS_ID.ly) { found = c; break; }
    }
    subject[k - first] = found * 4 + passed;
  }
  // per token: every template's value in TEMPLATES order (-1: a string the vocabulary lacks), then the keys of the
  // templates the model has. Plain stores, no call per feature: the first click runs this unoptimised.
  const v = new Int32Array(TEMPLATE_COUNT);
  const active = Int32Array.from(TEMPLATES.keys()).filter((t) => on[t] === 1);
  const keys = new Int32Array(width * active.length);
  const starts = new Int32Array(width + 1);
  let count = 0;
  for (let k = first; k < end; k++) {
    const sentence = seg.sentences[seg.sentenceOf[k] ?? -1];
    const sentenceFirst = sentence?.first ?? k;
    const startsSentence = sentence !== undefined && sentence.first === k ? 1 : 0;
    const fromStart = band(k - sentenceFirst);
    const toEnd = band((sentence?.end ?? k + 1) - 1 - k);
    const p0 = pos[k] ?? 0;
    const pPrev = k - 1 >= first ? pos[k - 1] ?? 0 : P_BEFORE;
    const pNext = k + 1 < end ? pos[k + 1] ?? 0 : P_AFTER;
    const r0 = rtags[k] ?? 0;
    const rPrev = k - 1 >= first ? rtags[k - 1] ?? 0 : R_OUTSIDE;
    const rNext = k + 1 < end ? rtags[k + 1] ?? 0 : R_OUTSIDE;
    const quoted = seg.quoteOf[k] !== -1 ? 1 : 0;
    const cueWords = (cueWord[k] ?? 0) * 4 + (k - 1 >= first ? cueWord[k - 1] ?? 0 : 0) * 2 + (k + 1 < end ? cueWord[k + 1] ?? 0 : 0);
    const i = k - first;
    const rl = band(ruleLeft[i] ?? -1);
    const rr = band(ruleRight[i] ?? -1);
    const wl = band(wordLeft[i] ?? -1);
    const wr = band(wordRight[i] ?? -1);
    const c0 = cls[k] ?? 0;
    const con = construction[k] ?? -1;
    v[0] = 0; // b
    v[1] = word[k] ?? -1; // w
    v[2] = k - 1 >= first ? word[k - 1] ?? -1 : input.before; // w-1
    v[3] = k + 1 < end ? word[k + 1] ?? -1 : input.after; // w+1
    v[4] = suffix[k] ?? -1; // s3
    v[5] = (cap[k] ?? 0) * C_BITS + c0; // cap
    v[6] = p0; // p
    v[7] = pPrev; // p-1
    v[8] = pNext; // p+1
    v[9] = k - 2 >= first ? pos[k - 2] ?? 0 : P_BEFORE; // p-2
    v[10] = k + 2 < end ? pos[k + 2] ?? 0 : P_AFTER; // p+2
    v[11] = pPrev * P_BITS + p0; // pp
    v[12] = p0 * P_BITS + pNext; // pn
    v[13] = (pPrev * P_BITS + p0) * P_BITS + pNext; // ppn
    v[14] = k - 1 >= first ? cls[k - 1] ?? 0 : CLASS_ID.END; // c-1
    v[15] = k + 1 < end ? cls[k + 1] ?? 0 : CLASS_ID.END; // c+1
    v[16] = c0; // c
    v[17] = quoted; // q
    v[18] = quoted * P_BITS + p0; // qp
    v[19] = startsSentence * P_BITS + p0; // sf
    v[20] = cueWords; // cf
    v[21] = r0; // r
    v[22] = rPrev; // r-1
    v[23] = rNext; // r+1
    v[24] = (rPrev * R_BITS + r0) * R_BITS + rNext; // rr
    v[25] = r0 * P_BITS + p0; // rp
    v[26] = con >= 0 ? con * R_BITS + r0 : -1; // rc
    v[27] = rl * R_BITS + r0; // dl
    v[28] = rr * R_BITS + r0; // dr
    v[29] = rl * P_BITS + p0; // dlp
    v[30] = rr * P_BITS + p0; // drp
    v[31] = wl; // cfl
    v[32] = wr; // cfr
    v[33] = wl * D_BITS + wr; // cflr
    v[34] = wl * 2 + quoted; // cflq
    v[35] = wr * 2 + quoted; // cfrq
    v[36] = fromStart * D_BITS + toEnd; // se
    v[37] = (fromStart * D_BITS + toEnd) * P_BITS + p0; // sep
    v[38] = rl * D_BITS + rr; // dlr
    const form = cueForm[k] ?? 0;
    const next = after[i] ?? 0;
    const previous = before[i] ?? 0;
    const nextSignal = next >> 3;
    const previousSignal = previous >> 3;
    const profile = prior[k] ?? 0;
    const all = priorAll[k] ?? 0;
    const lm = lemma[k] ?? -1;
    v[39] = form * S_BITS * 8 + next; // xn
    v[40] = form * S_BITS * 8 + previous; // xp
    v[41] = (form * S_BITS + previousSignal) * S_BITS + nextSignal; // xpn
    v[42] = form * C_BITS * 4 + (subject[i] ?? 0); // xsb
    v[43] = profile; // pr
    v[44] = (profile % (PRIOR_BANDS * PRIOR_BANDS)) * S_BITS + nextSignal; // prn: the content-after bands
    v[45] = Math.floor(profile / (PRIOR_BANDS * PRIOR_BANDS)) * S_BITS + previousSignal; // prp: the content-before band
    v[46] = (all * S_BITS + previousSignal) * S_BITS + nextSignal; // prx
    v[47] = lm; // lm
    v[48] = lm >= 0 ? lm * S_BITS + nextSignal : -1; // lmn
    v[49] = (all * R_BITS + r0) * 4 + form; // prr: a word's prior as a cue and what the rules made of it
    v[50] = (form * R_BITS + r0) * S_BITS + nextSignal; // xr: a cue word, what the rules made of it, what follows
    v[51] = (form * D_BITS + rl) * D_BITS + rr; // cfd: a cue word and the rules' nearest cues on each side
    for (let j = 0; j < active.length; j++) {
      const t = active[j] ?? 0;
      const value = v[t] ?? -1;
      if (value >= 0) keys[count++] = t * TEMPLATE_SHIFT + value;
    }
    starts[i + 1] = count;
  }
  return { keys, starts };
}

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

/**
 * The transitions with the tag grammar applied: a step tagMayFollow forbids scores -Infinity. (previous tag, or
 * SPAN_TAG_COUNT at the start) × tag, as the transitions are laid out; `out` is filled and returned.
 */
export function allowedSteps(transitions: ArrayLike<number>,
  out: Float64Array = new Float64Array((SPAN_TAG_COUNT + 1) * SPAN_TAG_COUNT)): Float64Array {
  for (let u = 0; u <= SPAN_TAG_COUNT; u++) {
    for (let t = 0; t < SPAN_TAG_COUNT; t++) out[u * SPAN_TAG_COUNT + t] = tagMayFollow(u, t) ? transitions[u * SPAN_TAG_COUNT + t] ?? 0 : -Infinity;
  }
  return out;
}

/**
 * Viterbi: the best tag path for `n` tokens given each token's emission scores (`emission[i × SPAN_TAG_COUNT + t]`)
 * and the allowed steps (allowedSteps), written into `out[offset + i]`. The engine's tagBlock and the trainer share it.
 */
export function bestTagPath(emission: Float64Array, n: number, steps: Float64Array, out: Uint8Array, offset = 0): void {
  const T = SPAN_TAG_COUNT;
  if (n <= 0) return;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let i = 0; i < n; i++) {
    const here = i * T;
    const before = here - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) best = steps[T * T + t] ?? -Infinity;
      else if (t === I_SOURCE || t === I_CUE || t === I_CONTENT) {
        // an inside tag follows only its own begin or inside tag (tagMayFollow): two candidates, not seven
        const fromBegin = (score[before + t - 1] ?? -Infinity) + (steps[(t - 1) * T + t] ?? -Infinity);
        const fromInside = (score[before + t] ?? -Infinity) + (steps[t * T + t] ?? -Infinity);
        if (fromBegin > best) { best = fromBegin; arg = t - 1; }
        if (fromInside > best) { best = fromInside; arg = t; }
      } else {
        for (let u = 0; u < T; u++) {
          const v = (score[before + u] ?? -Infinity) + (steps[u * T + t] ?? -Infinity);
          if (v > best) { best = v; arg = u; }
        }
      }
      score[here + t] = best + (emission[here + t] ?? 0);
      back[here + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = OUT;
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t] ?? -Infinity;
    if (s > best) { best = s; arg = t; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[offset + i] = arg;
    arg = back[i * T + arg] ?? OUT;
  }
}

/**
 * The best tag sequence for tokens [first, end) under the model, written into `out`. The emission of each token is
 * the sum of its features' weights; bestTagPath finds the path.
 */
export function tagBlock(model: SpanTaggerModel, input: TaggerInput, first: number, end: number, out: Uint8Array): void {
  const T = SPAN_TAG_COUNT;
  const n = end - first;
  if (n <= 0) return;
  const emission = new Float64Array(n * T);
  const { base, weights } = model;
  const proposedTags = input.proposed.tags;
  const { keys, starts } = blockFeatures(input, model, first, end);
  // one plain loop over the tokens, everything in locals: the first click runs this unoptimised
  for (let i = 0; i < n; i++) {
    // the seven tags' sums, unrolled
    let e0 = 0, e1 = 0, e2 = 0, e4 = 0, e5 = 0, e6 = 0;
    let e3 = roleOfTag(proposedTags[first + i] ?? OUT) === 'C' ? model.proposedCueBias : model.cueBias;
    const last = starts[i + 1] ?? 0;
    for (let f = starts[i] ?? 0; f < last; f++) {
      // the key's template and value: the weights' place in the dense table (the templates extracted are the model's)
      const key = keys[f] ?? 0;
      const at = ((base[key >>> 24] ?? 0) + (key & 0xffffff)) * T;
      e0 += weights[at] ?? 0; e1 += weights[at + 1] ?? 0; e2 += weights[at + 2] ?? 0; e3 += weights[at + 3] ?? 0;
      e4 += weights[at + 4] ?? 0; e5 += weights[at + 5] ?? 0; e6 += weights[at + 6] ?? 0;
    }
    const here = i * T;
    emission[here] = e0; emission[here + 1] = e1; emission[here + 2] = e2; emission[here + 3] = e3;
    emission[here + 4] = e4; emission[here + 5] = e5; emission[here + 6] = e6;
  }
  bestTagPath(emission, n, model.steps, out, first);
}
