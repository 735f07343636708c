/**
 * The span tagger's features of one block: every template's value per token (the words and tags around it, where the
 * rules' cues and the cue words stand, the signals around a cue word and its likely subject, its prior and lemma),
 * as flat integer keys the decoder sums weights over.
 */
import { TAG } from './pos/tagger.js';
import { OUT, roleOfTag } from './span-tags.js';
import {
  band, CLASS_ID, C_BITS, D_BITS, P_AFTER, P_BEFORE, P_BITS, PRIOR_BANDS, R_BITS, R_OUTSIDE, S_BITS, SIG_COLON,
  SIG_COMMA, SIG_DASH, SIG_EDGE, SIG_NONE, SIG_QUOTE_CLOSE, SIG_QUOTE_OPEN, SIG_STOP, SIG_THAT, SIG_TO_VERB, SIG_WH,
  SIGNAL_REACH, SUBJECT_REACH, TEMPLATE_COUNT, TEMPLATE_SHIFT, TEMPLATES, type FeatureSpec,
} from './span-templates.js';
import type { TaggerInput } from './span-input.js';

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
