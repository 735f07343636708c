/**
 * `npm run train`: rebuilds the engine's learned cue model from PolNeAR train annotations, deterministically (fixed
 * seed, fixed order: the same bytes twice), and writes src/engine/model/cue-weights.generated.ts with its size.
 *
 * 1. Candidate forms: word forms that lie inside a gold cue often enough, and often enough relative to all their
 *    uses, to be worth asking the model about.
 * 2. Decision points: the engine runs over every train article with the candidates switched on everywhere, and
 *    records each question a construction asks ("this word, here, as a cue before its content?"); a second pass
 *    with the first model records the questions it leads to. A point is positive when its word lies in a gold cue.
 * 3. Logistic regression (AdaGrad, L2), seeded shuffles; features with tiny weights are pruned, the rest rounded.
 * 4. The decision threshold is tuned on dev (attribution F1 at precision ≥ the floor below).
 *
 * Only feature names and weights are written (word forms and the kinds of token around them), never corpus text.
 * Skips with a one-line message when ../shared is absent.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyzeWith } from '../src/engine/analyze.js';
import { segment } from '../src/engine/segment.js';
import { learnedCueConfig, type Construction, type CueConfig } from '../src/engine/find-cues.js';
import { cueFeatures } from '../src/engine/model/cue-features.js';
import { modelCueConfig, parseCueModel, type SerializedCueModel } from '../src/engine/model/cue-model.js';
import { claimFilter, type FrameFilter } from '../src/engine/model/claim-model.js';
import { frameFeatures } from '../src/engine/model/frame-features.js';
import { parseLinearModel, type SerializedLinearModel } from '../src/engine/model/linear-model.js';
import { blockOffsets, blocksFromPlainText } from '../src/engine/polnear-format.js';
import { polnearAvailable, readPolnear, scoredAgainstGold, type GoldDocument } from '../src/eval/polnear.js';
import { matchAttributions, prf, scoreCorpus } from '../src/eval/score.js';
import type { Frame } from '../src/engine/constructions/frame.js';
import type { Segmented, Token } from '../src/engine/tokens.js';
import { drain } from '../src/engine/slices.js';
import { seededRandom } from './seeded-random.js';

const OUT = new URL('../src/engine/model/weights.generated.ts', import.meta.url);

const SETTINGS = {
  /** A form is a candidate when at least this many of its train uses lie in a gold cue … */
  minCueUses: 3,
  /** … and at least this share of them. */
  minCueShare: 0.08,
  /** Features seen in fewer decision points get no weight: rare ones overfit train and cost bytes. */
  minFeatureCount: 60,
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 20261201,
  /** Weights below this (absolute) are dropped from the written model. */
  prune: 0.02,
  /** Integer scale of the written weights. */
  scale: 1000,
  /** Strongest weights kept per model. */
  keepCueFeatures: 100_000,
  keepClaimFeatures: 100_000,
  /** The cue threshold at which the claim filter's training claims are proposed. */
  proposeThreshold: -0.5,
  cueThresholds: [-0.5, 0, 0.5, 1],
  claimThresholds: [-1, -0.5, -0.25, 0, 0.5],
  /** Attribution precision the tuned threshold must keep on dev. */
  precisionFloor: 0.84,
};

/** Per document: is the character at each offset inside a gold cue? */
function cueMask(doc: GoldDocument): Uint8Array {
  const mask = new Uint8Array(doc.text.length);
  for (const a of doc.attributions) {
    const frags = a.cue.fragments.length > 0 ? a.cue.fragments : [[a.cue.start, a.cue.end]];
    for (const [s, e] of frags) for (let i = s ?? 0; i < (e ?? 0) && i < mask.length; i++) mask[i] = 1;
  }
  return mask;
}

/** Whether a token of the article lies in a gold cue (by its first character). */
function inGoldCue(mask: Uint8Array, offsets: readonly number[], token: Token | undefined): boolean {
  return token !== undefined && mask[(offsets[token.block] ?? 0) + token.start] === 1;
}

function candidateForms(docs: GoldDocument[]): Set<string> {
  const uses = new Map<string, [number, number]>();
  for (const doc of docs) {
    const mask = cueMask(doc);
    const blocks = blocksFromPlainText(doc.text);
    const offsets = blockOffsets(blocks);
    for (const t of segment(blocks).tokens) {
      if (t.kind !== 'word') continue;
      const row = uses.get(t.lower) ?? [0, 0];
      row[1]++;
      if (inGoldCue(mask, offsets, t)) row[0]++;
      uses.set(t.lower, row);
    }
  }
  const out = new Set<string>();
  for (const [form, [inCue, all]] of uses) {
    if (inCue >= SETTINGS.minCueUses && inCue / all >= SETTINGS.minCueShare && /^[a-z]/.test(form)) out.add(form);
  }
  return out;
}

interface Example {
  features: number[];
  label: 0 | 1;
  /** The train document it comes from (for cross-fitting). */
  doc?: number;
}

class FeatureIndex {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) { id = this.names.length; this.ids.set(name, id); this.names.push(name); }
    return id;
  }
}

/** Runs the engine over `docs` with `config`, collecting each decision asked about a candidate form. */
function collect(docs: GoldDocument[], forms: Set<string>, decide: (seg: Segmented, tok: number, form: string, c: Construction) => boolean,
  index: FeatureIndex, seen: Set<string>, out: Example[]): void {
  const rules = learnedCueConfig();
  const scratch: string[] = [];
  docs.forEach((doc, d) => {
    const mask = cueMask(doc);
    const asked: [number, number][] = [];
    const blocks = blocksFromPlainText(doc.text);
    const offsets = blockOffsets(blocks);
    const config: CueConfig = {
      isCueForm: (form) => rules.isCueForm(form) || forms.has(form),
      allows: (form, construction, context, site) => {
        if (site === undefined || !forms.has(form)) return rules.allows(form, construction, context);
        const key = `${d}:${site.tok}:${construction}`;
        if (!seen.has(key)) {
          seen.add(key);
          const label = inGoldCue(mask, offsets, site.seg.tokens[site.tok]) ? 1 : 0;
          asked.push([out.length, site.tok]);
          out.push({ features: cueFeatures(site.seg, site.tok, form, construction, scratch).map((f) => index.id(f)), label, doc: d });
        }
        return decide(site.seg, site.tok, form, construction);
      },
      requiredNext: (form) => rules.requiredNext?.(form) ?? '',
    };
    let frames: Frame[] = [];
    const analysis = drain(analyzeWith(blocks, {
      debug: (name, detail) => { if (name === 'attach') frames = detail as Frame[]; },
    }, config));
    // a word that became a frame's cue is judged by the frame: right only when it matches a gold attribution
    const scored = scoredAgainstGold(doc, analysis);
    const { matchOf } = matchAttributions(scored.gold, scored.pred);
    const frameHit = new Map<number, boolean>();
    frames.forEach((f, i) => frameHit.set(f.cue.first, (frameHit.get(f.cue.first) ?? false) || (matchOf[i] ?? -1) >= 0));
    for (const [k, tok] of asked) {
      const hit = frameHit.get(tok);
      const ex = out[k];
      if (hit !== undefined && ex !== undefined) ex.label = hit ? 1 : 0;
    }
  });
}

/** Logistic regression by AdaGrad over shuffled examples; returns a weight per feature id. */
function train(examples: Example[], nFeatures: number): Float64Array {
  const w = new Float64Array(nFeatures);
  // a feature seen in fewer than minFeatureCount decision points is noise: it never gets a weight
  const seenCount = new Uint32Array(nFeatures);
  for (const ex of examples) for (const f of ex.features) seenCount[f] = (seenCount[f] ?? 0) + 1;
  examples = examples.map((ex) => ({ label: ex.label, features: ex.features.filter((f) => (seenCount[f] ?? 0) >= SETTINGS.minFeatureCount) }));
  const g2 = new Float64Array(nFeatures).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = seededRandom(SETTINGS.seed);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = tmp;
    }
    for (const k of order) {
      const ex = examples[k];
      if (ex === undefined) continue;
      let z = 0;
      for (const f of ex.features) z += w[f] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const grad = p - ex.label;
      for (const f of ex.features) {
        const g = grad + SETTINGS.l2 * (w[f] ?? 0);
        g2[f] = (g2[f] ?? 0) + g * g;
        w[f] = (w[f] ?? 0) - (SETTINGS.learningRate * g) / Math.sqrt(g2[f] ?? 1);
      }
    }
  }
  return w;
}

/** The strongest `keep` weights, rounded to integers (the rest are dropped: they decide too little for their bytes). */
function serializeLinear(w: Float64Array, index: FeatureIndex, keep: number, threshold: number): SerializedLinearModel {
  const kept = index.names.map((name, i) => ({ name, v: Math.round((w[i] ?? 0) * SETTINGS.scale) }))
    .filter((x) => Math.abs(x.v) >= SETTINGS.prune * SETTINGS.scale && !x.name.includes('\n') && !x.name.includes('\t'))
    .sort((a, b) => Math.abs(b.v) - Math.abs(a.v) || (a.name < b.name ? -1 : 1)).slice(0, keep);
  const lines = kept.map((x) => `${x.name}\t${x.v}`).sort();
  return { weights: lines.join('\n'), scale: SETTINGS.scale, threshold };
}

function serialize(w: Float64Array, index: FeatureIndex, forms: Set<string>, threshold: number): SerializedCueModel {
  return { ...serializeLinear(w, index, SETTINGS.keepCueFeatures, threshold), forms: [...forms].sort().join('\n') };
}

/** Runs the engine with `cues` over `docs` and collects every proposed claim with whether it matched gold. */
function collectFrames(docs: GoldDocument[], cues: CueConfig, index: FeatureIndex, out: Example[]): void {
  const scratch: string[] = [];
  for (const doc of docs) {
    let frames: Frame[] = [];
    // the article's tokens, which the frame features read, reach us through the (keep-all) filter
    let segmented: Segmented | null = null;
    const analysis = drain(analyzeWith(blocksFromPlainText(doc.text), {
      debug: (name, detail) => { if (name === 'attach') frames = detail as Frame[]; },
    }, cues, (seg) => { segmented = seg; return true; }));
    const seg: Segmented | null = segmented;
    if (seg === null) continue;
    const scored = scoredAgainstGold(doc, analysis);
    const { matchOf } = matchAttributions(scored.gold, scored.pred);
    frames.forEach((f, i) => {
      out.push({ features: frameFeatures(seg, f, scratch).map((n) => index.id(n)), label: (matchOf[i] ?? -1) >= 0 ? 1 : 0 });
    });
  }
}

function evaluate(docs: GoldDocument[], config: CueConfig, keep?: FrameFilter): { p: number; r: number; f1: number } {
  const scored = docs.map((doc) => scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), {}, config, keep))));
  const row = scoreCorpus(scored).get('attribution');
  return row === undefined ? { p: 0, r: 0, f1: 0 } : prf(row.all);
}

function main(): void {
  if (!polnearAvailable('train') || !polnearAvailable('dev')) {
    process.stdout.write('train skipped: ../shared/corpus/polnear/{train,dev}.jsonl not found.\n');
    return;
  }
  const t0 = performance.now();
  const trainDocs = readPolnear('train');
  const devDocs = readPolnear('dev');
  const forms = candidateForms(trainDocs);
  process.stdout.write(`${forms.size} candidate cue forms\n`);
  const index = new FeatureIndex();
  const examples: Example[] = [];
  const seen = new Set<string>();
  collect(trainDocs, forms, () => true, index, seen, examples);
  process.stdout.write(`pass 1: ${examples.length} decision points, ${index.names.length} features\n`);
  let w = train(examples, index.names.length);
  const first = parseCueModel(serialize(w, index, forms, 0));
  const firstConfig = modelCueConfig(first);
  collect(trainDocs, forms, (seg, tok, form, c) => firstConfig.allows(form, c, undefined, { seg, tok }), index, seen, examples);
  process.stdout.write(`pass 2: ${examples.length} decision points, ${index.names.length} features\n`);
  w = train(examples, index.names.length);
  // the claim filter learns from the claims the cue model proposes at a permissive threshold
  const claimIndex = new FeatureIndex();
  const claimExamples: Example[] = [];
  // cross-fitted: each half's claims are proposed by a cue model trained on the other half, so the filter learns
  // from the mistakes a model makes on articles it has not seen
  for (const half of [0, 1]) {
    const otherW = train(examples.filter((ex) => (ex.doc ?? 0) % 2 !== half), index.names.length);
    const proposer = modelCueConfig(parseCueModel(serialize(otherW, index, forms, SETTINGS.proposeThreshold)));
    collectFrames(trainDocs.filter((_, d) => d % 2 === half), proposer, claimIndex, claimExamples);
  }
  process.stdout.write(`claims: ${claimExamples.length} proposed on train, ${claimIndex.names.length} features\n`);
  const cw = train(claimExamples, claimIndex.names.length);
  // the thresholds: best dev attribution F1 that keeps the precision floor (else the best F1)
  let best = { cue: 0, claim: 0, f1: -1, p: 0, r: 0 };
  let bestAny = best;
  for (const cue of SETTINGS.cueThresholds) {
    const cues = modelCueConfig(parseCueModel(serialize(w, index, forms, cue)));
    for (const claim of SETTINGS.claimThresholds) {
      const s = evaluate(devDocs, cues, claimFilter(parseLinearModel(serializeLinear(cw, claimIndex, SETTINGS.keepClaimFeatures, claim))));
      process.stdout.write(`  cue ${cue.toFixed(2)} claim ${claim.toFixed(2)}: dev attribution P ${(s.p * 100).toFixed(1)} R ${(s.r * 100).toFixed(1)} F1 ${(s.f1 * 100).toFixed(1)}\n`);
      if (s.f1 > bestAny.f1) bestAny = { cue, claim, ...s };
      if (s.p >= SETTINGS.precisionFloor && s.f1 > best.f1) best = { cue, claim, ...s };
    }
  }
  if (best.f1 < 0) best = bestAny;
  const model = serialize(w, index, forms, best.cue);
  const claimModel = serializeLinear(cw, claimIndex, SETTINGS.keepClaimFeatures, best.claim);
  const body = `/**
 * GENERATED by scripts/train.ts (\`npm run train\`) from PolNeAR train annotations (${trainDocs.length} documents,
 * ${examples.length} decision points), threshold tuned on dev. Feature names and integer weights only, no corpus
 * text. Do not edit by hand.
 */
import type { SerializedCueModel } from './cue-model.js';
import type { SerializedLinearModel } from './linear-model.js';

export const CUE_MODEL: SerializedCueModel = ${JSON.stringify(model, null, 1)};

export const CLAIM_MODEL: SerializedLinearModel = ${JSON.stringify(claimModel, null, 1)};
`;
  writeFileSync(OUT, body);
  const lines = model.weights.split('\n').length + claimModel.weights.split('\n').length;
  process.stdout.write(`wrote ${OUT.pathname}: ${lines} weights, ${forms.size} forms, thresholds ${best.cue} / ${best.claim}, ` +
    `${(body.length / 1024).toFixed(1)} KB, ${(gzipSync(body).length / 1024).toFixed(1)} KB gzipped; ` +
    `dev attribution P ${(best.p * 100).toFixed(1)} R ${(best.r * 100).toFixed(1)} F1 ${(best.f1 * 100).toFixed(1)}; ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

main();
