/**
 * `npm run train` (second step): rebuilds the content-start model (src/engine/model/content-bounds.ts) from PolNeAR
 * train annotations, deterministically, and writes src/engine/model/bounds-weights.generated.ts with its size.
 *
 * 1. The rules propose and decide (no tagger): for every train frame whose content start may move, the gold
 *    attribution whose cue shares a character with the frame's cue gives the target, when its content is one
 *    fragment and one candidate start, with the proposed end, trims to exactly it (the exact measure's trimming).
 * 2. An averaged perceptron over the candidate starts, loss-augmented (a start that leaves under half the gold
 *    content costs more), seeded shuffles; features seen fewer than `minCount` times dropped; weights quantised to
 *    integers, zeros dropped.
 * 3. The margin a moved start must win by is tuned on dev: the best exact content F1 that loses no attribution F1.
 *
 * Only feature keys, the word forms and cue lemmas they read, and weights are written, never corpus text. Skips with a
 * one-line message when ../shared is absent.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { analyzeWith } from '../src/engine/analyze.js';
import { cueConfigFor } from '../src/engine/find-cues.js';
import { english } from '../src/engine/lexicon/en/index.js';
import { drain } from '../src/engine/slices.js';
import type { Segmented } from '../src/engine/tokens.js';
import type { Frame } from '../src/engine/constructions/frame.js';
import { blockOffsets, blocksFromPlainText } from '../src/engine/polnear-format.js';
import {
  parseBoundsModel, startCandidates, startFeatureKeys, START_TEMPLATES, stringOfKey, type SerializedBoundsModel,
} from '../src/engine/model/content-bounds.js';
import { polnearAvailable, readPolnear, scoredAgainstGold, type GoldDocument } from '../src/eval/polnear.js';
import { formatScoreboard, prf, scoreCorpus, trimFragment, type Scoreboard } from '../src/eval/score.js';
import { seededRandom } from './seeded-random.js';

const OUT = new URL('../src/engine/model/bounds-weights.generated.ts', import.meta.url);
const SETTINGS = {
  epochs: 10, seed: 20261202, minCount: 20, quant: 100,
  /** Loss-augmented learning: a start's loss, times this, is added to its score while learning. */
  margin: 1,
  /** The loss of a content that covers under half the gold content (the attribution measure then misses it). */
  shortLoss: 3,
  /** Margins tried on dev (in quantised weight units). */
  margins: [0, 25, 50, 75, 100, 150, 200, 300],
};
const rules = cueConfigFor(english);

/** The engine's tokens and final frames (rules deciding) for one article, before any bounds are chosen. */
function framesOf(doc: GoldDocument): { seg: Segmented; frames: Frame[] } | null {
  let captured: { seg: Segmented; frames: Frame[] } | null = null;
  drain(analyzeWith(blocksFromPlainText(doc.text), {}, rules, function* capture(seg, proposed) {
    captured = { seg, frames: proposed };
    return proposed;
  }, null));
  return captured;
}

/** One training example: the candidate starts' features (ids) and which start is gold. */
interface Example {
  /** Per candidate start: its feature ids. */
  pairs: Int32Array[];
  gold: number;
  /** Per candidate: what choosing it costs (0 the gold start; more when it covers under half the gold content). */
  loss: Float64Array;
}

interface Extracted {
  examples: Example[];
  /** Per feature id: its key (startFeatureKeys), and how many candidates had it. */
  keys: number[];
  counts: number[];
  /** The strings the keys read, by id. */
  strings: string[];
  framesSeen: number;
  goldMissing: number;
}

function extract(docs: GoldDocument[]): Extracted {
  const ids = new Map<number, number>();
  const keys: number[] = [];
  const counts: number[] = [];
  const idOf = (key: number): number => {
    let id = ids.get(key);
    if (id === undefined) { id = keys.length; ids.set(key, id); keys.push(key); counts.push(0); }
    counts[id] = (counts[id] ?? 0) + 1;
    return id;
  };
  const stringIds = new Map<string, number>();
  const strings: string[] = [];
  const growing = {
    idOf(s: string): number {
      let id = stringIds.get(s);
      if (id === undefined) { id = strings.length; stringIds.set(s, id); strings.push(s); }
      return id;
    },
  };
  const examples: Example[] = [];
  let framesSeen = 0;
  let goldMissing = 0;
  for (const doc of docs) {
    const found = framesOf(doc);
    if (found === null) continue;
    const { seg, frames } = found;
    const offsets = blockOffsets(seg.blocks);
    const at = (k: number): number => (offsets[seg.tokens[k]?.block ?? 0] ?? 0) + (seg.tokens[k]?.start ?? 0);
    const endAt = (k: number): number => (offsets[seg.tokens[k]?.block ?? 0] ?? 0) + (seg.tokens[k]?.end ?? 0);
    for (const frame of frames) {
      const c = startCandidates(seg, frame);
      if (c === null) continue;
      framesSeen++;
      const cueStart = at(frame.cueRange.first);
      const cueEnd = endAt(frame.cueRange.end - 1);
      const gold = doc.attributions.find((a) => {
        const fr = a.cue.fragments.length > 0 ? a.cue.fragments : [[a.cue.start, a.cue.end] as [number, number]];
        return fr.some(([s, e]) => s < cueEnd && cueStart < e);
      });
      const goldFragments = gold === undefined ? [] : gold.content.fragments.length > 0 ? gold.content.fragments :
        [[gold.content.start, gold.content.end] as [number, number]];
      const trimmedGold = goldFragments.length === 1 && goldFragments[0] !== undefined ?
        trimFragment(doc.text, goldFragments[0][0], goldFragments[0][1]) : null;
      if (trimmedGold === null) { goldMissing++; continue; }
      const pairs: Int32Array[] = [];
      const loss: number[] = [];
      let goldPair = -1;
      const featureKeys = startFeatureKeys(seg, frame, c, growing);
      const count = START_TEMPLATES.length;
      for (const [i, s] of c.starts.entries()) {
        const t = trimFragment(doc.text, at(s), endAt(c.end - 1));
        const exact = t !== null && t[0] === trimmedGold[0] && t[1] === trimmedGold[1];
        if (exact && goldPair < 0) goldPair = pairs.length;
        const covered = t === null ? 0 : Math.max(0, Math.min(t[1], trimmedGold[1]) - Math.max(t[0], trimmedGold[0]));
        loss.push(exact ? 0 : covered * 2 >= trimmedGold[1] - trimmedGold[0] ? 1 : SETTINGS.shortLoss);
        pairs.push(Int32Array.from(featureKeys.subarray(i * count, (i + 1) * count).filter((k) => k >= 0), idOf));
      }
      if (goldPair < 0) { goldMissing++; continue; }
      examples.push({ pairs, gold: goldPair, loss: Float64Array.from(loss) });
    }
  }
  return { examples, keys, counts, strings, framesSeen, goldMissing };
}

/** Trains; returns the serialized weights (margin 0) with only the strings their features read. */
function train(data: Extracted): SerializedBoundsModel {
  const kept = data.counts.map((n) => n >= SETTINGS.minCount);
  const n = data.keys.length;
  const w = new Float64Array(n);
  const sum = new Float64Array(n);
  let step = 1;
  const score = (features: Int32Array): number => {
    let s = 0;
    for (const f of features) if (kept[f] === true) s += w[f] ?? 0;
    return s;
  };
  const bump = (features: Int32Array, by: number): void => {
    for (const f of features) {
      if (kept[f] !== true) continue;
      w[f] = (w[f] ?? 0) + by;
      sum[f] = (sum[f] ?? 0) + by * step;
    }
  };
  const random = seededRandom(SETTINGS.seed);
  const order = data.examples.map((_, i) => i);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let wrong = 0;
    for (const i of order) {
      const ex = data.examples[i];
      if (ex === undefined) continue;
      let best = 0;
      let bestScore = -Infinity;
      for (const [p, features] of ex.pairs.entries()) {
        const s = score(features) + SETTINGS.margin * (ex.loss[p] ?? 0);
        if (s > bestScore) { bestScore = s; best = p; }
      }
      if (best !== ex.gold) {
        wrong++;
        const gold = ex.pairs[ex.gold];
        const predicted = ex.pairs[best];
        if (gold !== undefined) bump(gold, 1);
        if (predicted !== undefined) bump(predicted, -1);
      }
      step++;
    }
    process.stdout.write(`  epoch ${epoch + 1}: ${(100 * wrong / data.examples.length).toFixed(1)}% of train contents started wrongly while learning\n`);
  }
  const averaged = w.map((x, i) => x - (sum[i] ?? 0) / step);
  let largest = 0;
  for (const x of averaged) largest = Math.max(largest, Math.abs(x));
  const unit = largest / SETTINGS.quant;
  const weights = new Map<number, number>();
  const strings: string[] = [];
  const newIds = new Map<number, number>();
  for (const [i, key] of data.keys.entries()) {
    const q = Math.round((averaged[i] ?? 0) / unit);
    if (q === 0) continue;
    const read = stringOfKey(key);
    if (read === null) { weights.set(key, q); continue; }
    let id = newIds.get(read.id);
    if (id === undefined) { id = strings.length; newIds.set(read.id, id); strings.push(data.strings[read.id] ?? ''); }
    weights.set(read.withId(id), q);
  }
  const sorted = [...weights].sort((a, b) => a[0] - b[0]);
  return { strings, weights: Object.fromEntries(sorted.map(([k, w]) => [String(k), w])), margin: 0 };
}

function devScoreboard(docs: GoldDocument[], serialized: SerializedBoundsModel | null): Scoreboard {
  const model = serialized === null ? null : parseBoundsModel(serialized);
  return scoreCorpus(docs.map((doc) => scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), {}, rules, undefined, model)))));
}

function main(): void {
  if (!polnearAvailable('train') || !polnearAvailable('dev')) {
    process.stdout.write('train-bounds skipped: ../shared/corpus/polnear is absent.\n');
    return;
  }
  const t0 = performance.now();
  const data = extract(readPolnear('train'));
  process.stdout.write(`content bounds: ${data.framesSeen} train frames may move their content's start; ${data.examples.length} have their ` +
    `gold content among the candidates (${data.goldMissing} not); ${data.keys.length} features seen\n`);
  const trained = train(data);
  const featureCount = Object.keys(trained.weights).length;
  // the margin: the one that gives dev's best exact content F1 without losing attribution F1 to the bounds as proposed
  const dev = readPolnear('dev');
  const without = devScoreboard(dev, null);
  const f1 = (board: Scoreboard, m: string): number => { const row = board.get(m); return row === undefined ? 0 : prf(row.all).f1; };
  let serialized: SerializedBoundsModel = trained;
  let withModel = without;
  let bestContent = -1;
  for (const margin of SETTINGS.margins) {
    const candidate: SerializedBoundsModel = { ...trained, margin };
    const board = devScoreboard(dev, candidate);
    const content = f1(board, 'exact content');
    process.stdout.write(`  margin ${margin}: dev exact content F1 ${(content * 100).toFixed(1)}, attribution ${(f1(board, 'attribution') * 100).toFixed(1)}\n`);
    if (f1(board, 'attribution') >= f1(without, 'attribution') - 0.001 && content > bestContent) {
      bestContent = content;
      serialized = candidate;
      withModel = board;
    }
  }
  const module = `/**
 * GENERATED by scripts/train-bounds.ts (\`npm run train\`) from PolNeAR train annotations (${data.examples.length} contents): an
 * averaged perceptron over candidate starts, ${SETTINGS.epochs} epochs, seed ${SETTINGS.seed}, features seen ${SETTINGS.minCount}+ times,
 * weights quantised to ±${SETTINGS.quant}; ${featureCount} features, margin ${serialized.margin} tuned on dev. Feature keys,
 * the word forms and cue lemmas they read, and weights only, no corpus text. Do not edit by hand. Format: see content-bounds.ts (SerializedBoundsModel).
 */
import type { SerializedBoundsModel } from './content-bounds.js';

export const CONTENT_BOUNDS: SerializedBoundsModel = ${JSON.stringify(serialized, null, 1)};
`;
  writeFileSync(OUT, module);
  const pct = (board: Scoreboard, m: string): string => {
    const row = board.get(m);
    return row === undefined ? '–' : (prf(row.all).f1 * 100).toFixed(1);
  };
  process.stdout.write(`dev, rules deciding, exact content F1 ${pct(without, 'exact content')} → ${pct(withModel, 'exact content')}, ` +
    `attribution F1 ${pct(without, 'attribution')} → ${pct(withModel, 'attribution')}\n${formatScoreboard(withModel)}\n`);
  const sha = createHash('sha256').update(module).digest('hex').slice(0, 8);
  process.stdout.write(`wrote ${OUT.pathname}: ${featureCount} features, ${(module.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(module, { level: 9 }).length / 1024).toFixed(1)} KB gzipped, sha256 ${sha}…; ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

main();
