/**
 * What the span tagger reads of one article, worked out once per token before any block is tagged: its word and
 * suffix ids, part of speech, class, capital, whether it is a cue word and its form's prior as one in the lexicon's
 * learned table, its lemma, and the tags and constructions the rules proposed for it.
 */
import type { Segmented } from '../tokens.js';
import type { CueConfig } from '../cue.js';
import type { Frame } from '../constructions/frame.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tagTokens } from './pos/tagger.js';
import { tokenClass } from '../model/token-class.js';
import { proposedTags, type ProposedTags } from './span-tags.js';
import {
  AFTER, BEFORE, CLASS_ID, P_QUOTE, P_QUOTE_CLOSE, P_QUOTE_EITHER, P_QUOTE_OPEN, PRIOR_BANDS, usesPos, type FeatureSpec,
} from './span-templates.js';

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
