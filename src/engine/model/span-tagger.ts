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

/** Distances as feature values: exact up to 3, then widening bands. */
function band(x: number): string {
  return x < 0 ? 'n' : x <= 3 ? String(x) : x <= 6 ? '4-6' : x <= 12 ? '7-12' : x <= 25 ? '13-25' : 'far';
}

/**
 * The kind of a token, coarse enough to generalise: a quotation mark, a comma, a pronoun, a name, … (word classes
 * from the article's lexicon).
 */
export function tokenClass(lexicon: Lexicon, tok: Token | undefined, sameBlock: boolean): string {
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

/** Everything the features of one article read, worked out once. */
export interface TaggerInput {
  seg: Segmented;
  proposed: ProposedTags;
  /** Part-of-speech tag ids (pos/), one per token. */
  pos: Uint8Array;
  cues: CueConfig;
}

export function taggerInput(seg: Segmented, frames: readonly Frame[], cues: CueConfig): TaggerInput {
  return { seg, proposed: proposedTags(seg, frames), pos: tagTokens(seg.tokens), cues };
}

/**
 * The feature names of every token of one block [first, end), in order: `emit(k, names)` is called once per token
 * with a reused array.
 */
export function blockFeatures(input: TaggerInput, first: number, end: number, emit: (k: number, names: readonly string[]) => void): void {
  const { seg, proposed, pos, cues } = input;
  const { tokens, lexicon } = seg;
  const inBlock = (k: number): boolean => k >= first && k < end;
  const word = (k: number): string => {
    const t = tokens[k];
    return !inBlock(k) || t === undefined ? (k < first ? '<s>' : '</s>') : t.kind === 'word' ? t.lower : t.text;
  };
  const tagOf = (k: number): string => {
    const t = tokens[k];
    if (!inBlock(k) || t === undefined) return k < first ? '<s>' : '</s>';
    return t.kind === 'quote' ? (t.quoteRole ?? 'Q') : POS_TAGS[pos[k] ?? 0] ?? 'X';
  };
  const cls = (k: number): string => tokenClass(lexicon, tokens[k], inBlock(k));
  const rule = (k: number): string => (inBlock(k) ? TAG_NAMES[proposed.tags[k] ?? 0] ?? 'O' : '-');
  const isRuleCue = (k: number): boolean => roleOfTag(proposed.tags[k] ?? OUT) === 'C';
  const isCueWord = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.kind === 'word' && seg.quoteOf[k] === -1 && cues.isCueForm(t.lower);
  };
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
    if (isCueWord(k)) lastWord = k;
  }
  lastRule = -1;
  lastWord = -1;
  for (let k = end - 1; k >= first; k--) {
    if (isRuleCue(k)) lastRule = k;
    ruleRight[k - first] = lastRule < 0 ? -1 : lastRule - k;
    if (k < end - 1 && seg.sentenceOf[k] !== seg.sentenceOf[k + 1]) lastWord = -1;
    wordRight[k - first] = lastWord < 0 ? -1 : lastWord - k;
    if (isCueWord(k)) lastWord = k;
  }
  const names: string[] = [];
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    const sentence = seg.sentences[seg.sentenceOf[k] ?? -1];
    const fromStart = band(k - (sentence?.first ?? k));
    const toEnd = band((sentence?.end ?? k + 1) - 1 - k);
    const w0 = word(k);
    const p0 = tagOf(k);
    const pPrev = tagOf(k - 1);
    const pNext = tagOf(k + 1);
    const r0 = rule(k);
    const quoted = seg.quoteOf[k] !== -1 ? 'q' : '-';
    const cueWords = (isCueWord(k) ? 'cf' : '-') + (k - 1 >= first && isCueWord(k - 1) ? 'cf' : '-') +
      (k + 1 < end && isCueWord(k + 1) ? 'cf' : '-');
    const rl = band(ruleLeft[k - first] ?? -1);
    const rr = band(ruleRight[k - first] ?? -1);
    const wl = band(wordLeft[k - first] ?? -1);
    const wr = band(wordRight[k - first] ?? -1);
    names.length = 0;
    names.push('b', `w=${w0}`, `w-1=${word(k - 1)}`, `w+1=${word(k + 1)}`, `s3=${w0.slice(-3)}`,
      `cap=${t.cap ? 1 : 0}${cls(k)}`,
      `p=${p0}`, `p-1=${pPrev}`, `p+1=${pNext}`, `p-2=${tagOf(k - 2)}`, `p+2=${tagOf(k + 2)}`,
      `pp=${pPrev}|${p0}`, `pn=${p0}|${pNext}`, `ppn=${pPrev}|${p0}|${pNext}`,
      `c-1=${cls(k - 1)}`, `c+1=${cls(k + 1)}`, `c=${cls(k)}`,
      `q=${quoted}`, `qp=${quoted}${p0}`, `sf=${sentence?.first === k ? 'S' : '-'}${p0}`,
      `cf=${cueWords}`,
      `r=${r0}`, `r-1=${rule(k - 1)}`, `r+1=${rule(k + 1)}`, `rr=${rule(k - 1)}${r0}${rule(k + 1)}`,
      `rp=${r0}${p0}`, `rc=${r0}${proposed.construction[k] ?? ''}`,
      `dl=${rl}${r0}`, `dr=${rr}${r0}`, `dlp=${rl}${p0}`, `drp=${rr}${p0}`,
      `cfl=${wl}`, `cfr=${wr}`, `cflr=${wl}|${wr}`, `cflq=${wl}${quoted}`, `cfrq=${wr}${quoted}`,
      `se=${fromStart}|${toEnd}`, `sep=${fromStart}|${toEnd}${p0}`, `dlr=${rl}|${rr}`);
    emit(k, names);
  }
}

/** A trained tagger: weights per feature and tag, transition weights, and the cue-start bias tuned on dev. */
export interface SpanTaggerModel {
  /** Per feature: SPAN_TAG_COUNT weights. */
  weights: ReadonlyMap<string, Int8Array>;
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
 * The weights' text form: one feature a line, its name, a space, then (tag, weight) pairs of two characters — the
 * tag as 'A' + id, the weight as one character of the part-of-speech tagger's WEIGHT_ALPHABET (centre = 0).
 */
export interface SerializedSpanTagger {
  features: string;
  /** (SPAN_TAG_COUNT + 1) × SPAN_TAG_COUNT integers, comma-separated. */
  transitions: string;
  cueBias: number;
  proposedCueBias: number;
}

export function encodeWeights(weights: ArrayLike<number>): string {
  let s = '';
  for (let t = 0; t < weights.length; t++) {
    const w = Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(weights[t] ?? 0)));
    if (w !== 0) s += String.fromCharCode(65 + t) + (WEIGHT_ALPHABET[w + MAX_WEIGHT] ?? '');
  }
  return s;
}

export function parseSpanTagger(s: SerializedSpanTagger): SpanTaggerModel {
  const weights = new Map<string, Int8Array>();
  for (const line of s.features.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space <= 0) continue;
    const row = new Int8Array(SPAN_TAG_COUNT);
    for (let i = space + 1; i + 1 < line.length; i += 2) {
      const tag = line.charCodeAt(i) - 65;
      const w = WEIGHT_ALPHABET.indexOf(line.charAt(i + 1)) - MAX_WEIGHT;
      if (tag >= 0 && tag < SPAN_TAG_COUNT) row[tag] = w;
    }
    weights.set(line.slice(0, space), row);
  }
  const transitions = Int16Array.from(s.transitions.split(',').map(Number));
  return { weights, transitions, cueBias: s.cueBias, proposedCueBias: s.proposedCueBias };
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
  blockFeatures(input, first, end, (k, names) => {
    emission.fill(0);
    emission[B_CUE] = roleOfTag(input.proposed.tags[k] ?? OUT) === 'C' ? model.proposedCueBias : model.cueBias;
    for (const name of names) {
      const row = model.weights.get(name);
      if (row !== undefined) for (let t = 0; t < T; t++) emission[t] = (emission[t] ?? 0) + (row[t] ?? 0);
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
