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
 * Linear in the tokens: a bounded window per token, seven tags, one pass each way.
 *
 * This module is the decoder; the tag set is span-tags.ts, the templates span-templates.ts, what it reads per token
 * span-input.ts, the features per block span-features.ts, the model and its text form span-model.ts.
 */
import { I_CONTENT, I_CUE, I_SOURCE, OUT, roleOfTag, SPAN_TAG_COUNT } from './span-tags.js';
import type { TaggerInput } from './span-input.js';
import { blockFeatures } from './span-features.js';
import type { SpanTaggerModel } from './span-model.js';

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
