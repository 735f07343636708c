/**
 * `npm run train`: rebuilds the engine's span tagger (src/engine/model/span-tagger.ts) from PolNeAR train
 * annotations, deterministically (fixed seed, fixed order: the same bytes twice), and writes
 * src/engine/model/span-weights.generated.ts with its size.
 *
 * 1. The rules propose: the engine runs over every train article and its constructions' frames are painted onto the
 *    tokens (the features read them). The gold attributions are painted the same way (a cue wins over a source, a
 *    source over a content): one of seven tags per token.
 * 2. Features seen fewer than `minFeatureCount` times are dropped: rare ones overfit train and cost bytes.
 * 3. An averaged structured perceptron, paragraph by paragraph, Viterbi-decoded, seeded shuffles.
 * 4. Weights are quantised to the part-of-speech tagger's one-character alphabet; features left all zero go.
 * 5. The cue bias (how much evidence the tagger needs to open a cue) is tuned on dev: the best attribution F1 at
 *    precision ≥ the floor below.
 *
 * Only feature names (word forms, tags, the kinds of token around them) and weights are written, never corpus text.
 * Skips with a one-line message when ../shared is absent.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { analyzeWith } from '../src/engine/analyze.js';
import { cueConfigFor } from '../src/engine/find-cues.js';
import { english } from '../src/engine/lexicon/en/index.js';
import { segment } from '../src/engine/segment.js';
import { drain } from '../src/engine/slices.js';
import type { Segmented } from '../src/engine/tokens.js';
import type { Frame } from '../src/engine/constructions/frame.js';
import { blockOffsets, blocksFromPlainText } from '../src/engine/polnear-format.js';
import {
  B_CONTENT, B_CUE, B_SOURCE, SPAN_TAG_COUNT, beginAfterBreaks, blockFeatures, encodeWeights, parseSpanTagger, tagMayFollow, tagRank,
  taggerInput, type SerializedSpanTagger, type TaggerInput,
} from '../src/engine/model/span-tagger.js';
import { taggerDecision } from '../src/engine/model/decide-frames.js';
import { MAX_WEIGHT } from '../src/engine/pos/tagger.js';
import { polnearAvailable, readPolnear, scoredAgainstGold, type GoldDocument, type GoldSpan } from '../src/eval/polnear.js';
import { matchAttributions, prf, trimFragment } from '../src/eval/score.js';
import { seededRandom } from './seeded-random.js';

const OUT = new URL('../src/engine/model/span-weights.generated.ts', import.meta.url);

const SETTINGS = {
  /** Features seen on fewer train tokens get no weight. */
  minFeatureCount: 100,
  epochs: 8,
  seed: 20261201,
  /** Cue biases tried on dev, in units of the quantised weights: where the rules proposed a cue, and elsewhere. */
  proposedCueBiases: [0, -10, -20, -30, -40],
  cueBiases: [-30, -40, -50, -60, -80],
  /** Attribution precision the tuned bias must keep on dev. */
  precisionFloor: 0.84,
};

const T = SPAN_TAG_COUNT;
const rules = cueConfigFor(english);

/** One paragraph as the perceptron sees it: feature ids per token and the gold tags. */
interface Sequence {
  features: Int32Array[];
  gold: Uint8Array;
}

/** The engine's tokens and proposed frames for one article, before any decision. */
function proposedOf(doc: GoldDocument): { seg: Segmented; frames: Frame[] } {
  const blocks = blocksFromPlainText(doc.text);
  let seg: Segmented | null = null;
  let frames: Frame[] = [];
  drain(analyzeWith(blocks, {}, rules, function* capture(s, proposed) {
    seg = s;
    frames = proposed;
    return proposed;
  }));
  return { seg: seg ?? segment(blocks, english), frames };
}

/** The gold attributions painted onto the tokens: one tag per token. */
function goldTags(doc: GoldDocument, seg: Segmented): Uint8Array {
  const tags = new Uint8Array(seg.tokens.length);
  const offsets = blockOffsets(seg.blocks);
  const tokensOf = (s: number, e: number): number[] => {
    const trimmed = trimFragment(doc.text, s, e);
    if (trimmed === null) return [];
    const out: number[] = [];
    for (const [b, range] of seg.blockTokens.entries()) {
      const base = offsets[b] ?? 0;
      if (base > trimmed[1] || base + (seg.blocks[b]?.text.length ?? 0) < trimmed[0]) continue;
      for (let k = range.first; k < range.end; k++) {
        const t = seg.tokens[k];
        if (t !== undefined && base + t.start < trimmed[1] && trimmed[0] < base + t.end) out.push(k);
      }
    }
    return out;
  };
  const paint = (span: GoldSpan, begin: number): void => {
    const rank = tagRank(begin);
    for (const [s, e] of span.fragments.length > 0 ? span.fragments : [[span.start, span.end] as [number, number]]) {
      let previous = -2;
      for (const k of tokensOf(s, e)) {
        if (tagRank(tags[k] ?? 0) > rank) { previous = -2; continue; }
        tags[k] = k === previous + 1 ? begin + 1 : begin;
        previous = k;
      }
    }
  };
  for (const a of doc.attributions) paint(a.content, B_CONTENT);
  for (const a of doc.attributions) if (a.source !== null) paint(a.source, B_SOURCE);
  for (const a of doc.attributions) paint(a.cue, B_CUE);
  return beginAfterBreaks(tags);
}

function featureNamesByBlock(input: TaggerInput, visit: (first: number, end: number, names: string[][]) => void): void {
  for (const range of input.seg.blockTokens) {
    if (range.end <= range.first) continue;
    const names: string[][] = [];
    blockFeatures(input, range.first, range.end, (_k, n) => names.push([...n]));
    visit(range.first, range.end, names);
  }
}

/** The averaged perceptron's weights while training (floats), with sums for averaging. */
class Perceptron {
  readonly w: Float64Array;
  readonly sum: Float64Array;
  readonly trans = new Float64Array((T + 1) * T);
  readonly transSum = new Float64Array((T + 1) * T);
  step = 1;
  constructor(readonly featureCount: number) {
    this.w = new Float64Array(featureCount * T);
    this.sum = new Float64Array(featureCount * T);
  }

  viterbi(features: Int32Array[]): Uint8Array {
    const n = features.length;
    const score = new Float64Array(n * T);
    const back = new Uint8Array(n * T);
    const emission = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      emission.fill(0);
      for (const f of features[i] ?? []) for (let t = 0; t < T; t++) emission[t] = (emission[t] ?? 0) + (this.w[f * T + t] ?? 0);
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        if (i === 0) { if (tagMayFollow(T, t)) best = this.trans[T * T + t] ?? 0; }
        else for (let u = 0; u < T; u++) {
          if (!tagMayFollow(u, t)) continue;
          const s = (score[(i - 1) * T + u] ?? 0) + (this.trans[u * T + t] ?? 0);
          if (s > best) { best = s; arg = u; }
        }
        score[i * T + t] = best + (emission[t] ?? 0);
        back[i * T + t] = arg;
      }
    }
    const out = new Uint8Array(n);
    let best = -Infinity;
    let arg = 0;
    for (let t = 0; t < T; t++) if ((score[(n - 1) * T + t] ?? 0) > best) { best = score[(n - 1) * T + t] ?? 0; arg = t; }
    for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * T + arg] ?? 0; }
    return out;
  }

  private bump(array: Float64Array, sums: Float64Array, at: number, by: number): void {
    array[at] = (array[at] ?? 0) + by;
    sums[at] = (sums[at] ?? 0) + by * this.step;
  }

  learn(s: Sequence): number {
    const predicted = this.viterbi(s.features);
    let errors = 0;
    for (let i = 0; i < s.features.length; i++) {
      const g = s.gold[i] ?? 0;
      const p = predicted[i] ?? 0;
      const gp = i === 0 ? T : s.gold[i - 1] ?? 0;
      const pp = i === 0 ? T : predicted[i - 1] ?? 0;
      if (g !== p) {
        errors++;
        for (const f of s.features[i] ?? []) { this.bump(this.w, this.sum, f * T + g, 1); this.bump(this.w, this.sum, f * T + p, -1); }
      }
      if (g !== p || gp !== pp) { this.bump(this.trans, this.transSum, gp * T + g, 1); this.bump(this.trans, this.transSum, pp * T + p, -1); }
    }
    this.step++;
    return errors;
  }

  /** The averaged weights (w − sum/step, the usual lazy form). */
  averaged(): { w: Float64Array; trans: Float64Array } {
    const w = this.w.map((x, i) => x - (this.sum[i] ?? 0) / this.step);
    const trans = this.trans.map((x, i) => x - (this.transSum[i] ?? 0) / this.step);
    return { w, trans };
  }
}

function attributionScore(docs: GoldDocument[], serialized: SerializedSpanTagger): { p: number; r: number; f1: number } {
  const decide = taggerDecision(parseSpanTagger(serialized));
  let hit = 0;
  let pred = 0;
  let gold = 0;
  for (const doc of docs) {
    const scored = scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), {}, rules, decide)));
    const m = matchAttributions(scored.gold, scored.pred);
    hit += m.hit;
    pred += m.pred;
    gold += m.gold;
  }
  return prf({ hit, pred, gold });
}

function main(): void {
  if (!polnearAvailable('train') || !polnearAvailable('dev')) {
    process.stdout.write('train skipped: ../shared/corpus/polnear is absent.\n');
    return;
  }
  const t0 = performance.now();
  const trainDocs = readPolnear('train');
  const devDocs = readPolnear('dev');
  // 1–2. proposals, gold tags and feature names; count the names, keep the frequent ones
  const counts = new Map<string, number>();
  const raw: { names: string[][]; gold: Uint8Array }[] = [];
  for (const doc of trainDocs) {
    const { seg, frames } = proposedOf(doc);
    const gold = goldTags(doc, seg);
    featureNamesByBlock(taggerInput(seg, frames, rules), (first, end, names) => {
      for (const list of names) for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
      raw.push({ names, gold: gold.slice(first, end) });
    });
  }
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const [name, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count >= SETTINGS.minFeatureCount) { ids.set(name, names.length); names.push(name); }
  }
  const sequences: Sequence[] = raw.map((r) => ({
    gold: r.gold,
    features: r.names.map((list) => Int32Array.from(list.map((n) => ids.get(n) ?? -1).filter((i) => i >= 0))),
  }));
  raw.length = 0;
  process.stdout.write(`${trainDocs.length} train documents, ${sequences.length} paragraphs, ${names.length} features ` +
    `(of ${counts.size}); ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  // 3. the averaged perceptron
  const model = new Perceptron(names.length);
  const random = seededRandom(SETTINGS.seed);
  const order = sequences.map((_, i) => i);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    let tokens = 0;
    for (const i of order) {
      const s = sequences[i];
      if (s === undefined) continue;
      errors += model.learn(s);
      tokens += s.gold.length;
    }
    process.stdout.write(`  epoch ${epoch + 1}: ${(100 * errors / tokens).toFixed(1)}% of train tokens mistagged while learning\n`);
  }
  // 4. quantise
  const { w, trans } = model.averaged();
  let largest = 0;
  for (const x of w) largest = Math.max(largest, Math.abs(x));
  const unit = largest / MAX_WEIGHT;
  const lines: string[] = [];
  for (const [id, name] of names.entries()) {
    const row = Array.from(w.subarray(id * T, id * T + T), (x) => x / unit);
    const encoded = encodeWeights(row);
    if (encoded !== '') lines.push(`${name} ${encoded}`);
  }
  const transitions = Array.from(trans, (x) => Math.round(x / unit)).join(',');
  // 5. tune the cue bias on dev
  let best = { bias: 0, proposedBias: 0, p: 0, r: 0, f1: -1 };
  let bestAny = best;
  for (const proposedBias of SETTINGS.proposedCueBiases) {
    for (const bias of SETTINGS.cueBiases) {
      const s = attributionScore(devDocs, { features: lines.join('\n'), transitions, cueBias: bias, proposedCueBias: proposedBias });
      process.stdout.write(`  cue bias ${proposedBias} proposed, ${bias} not: dev attribution P ${(s.p * 100).toFixed(1)} ` +
        `R ${(s.r * 100).toFixed(1)} F1 ${(s.f1 * 100).toFixed(1)}\n`);
      if (s.f1 > bestAny.f1) bestAny = { bias, proposedBias, ...s };
      if (s.p >= SETTINGS.precisionFloor && s.f1 > best.f1) best = { bias, proposedBias, ...s };
    }
  }
  if (best.f1 < 0) best = bestAny;
  const serialized: SerializedSpanTagger = {
    features: lines.join('\n'), transitions, cueBias: best.bias, proposedCueBias: best.proposedBias,
  };
  const body = `/**
 * GENERATED by scripts/train.ts (\`npm run train\`) from PolNeAR train annotations (${trainDocs.length} documents,
 * ${sequences.length} paragraphs): an averaged structured perceptron, ${SETTINGS.epochs} epochs, seed ${SETTINGS.seed}, features seen
 * ${SETTINGS.minFeatureCount}+ times, weights quantised to ±${MAX_WEIGHT}; cue bias tuned on dev. Feature names and weights only, no
 * corpus text. Do not edit by hand. Format: see span-tagger.ts (SerializedSpanTagger).
 */
import type { SerializedSpanTagger } from './span-tagger.js';

export const SPAN_TAGGER: SerializedSpanTagger = ${JSON.stringify(serialized, null, 1)};
`;
  writeFileSync(OUT, body);
  const sha = createHash('sha256').update(body).digest('hex').slice(0, 8);
  process.stdout.write(`wrote ${OUT.pathname}: ${lines.length} features, cue biases ${best.proposedBias} / ${best.bias}, ` +
    `${(body.length / 1024).toFixed(1)} KB, ${(gzipSync(body).length / 1024).toFixed(1)} KB gzipped, sha256 ${sha}…; ` +
    `dev attribution P ${(best.p * 100).toFixed(1)} R ${(best.r * 100).toFixed(1)} F1 ${(best.f1 * 100).toFixed(1)}; ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

main();
