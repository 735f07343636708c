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
import {
  analyzeWith, parseBoundsModel, startCandidates, startFeatureKeys, START_TEMPLATES, stringOfKey,
  type SerializedBoundsModel,
  packBoundsModel,
} from '../src/engine/lab/index.js';
import { drain, blocksFromPlainText } from '../src/engine/index.js';
import { polnearAvailable, readPolnear, scoredAgainstGold, type GoldDocument } from '../src/eval/polnear.js';
import { formatScoreboard, prf, scoreCorpus, trimFragment, type Scoreboard } from '../src/eval/score.js';
import { charOffsets, FeatureTable, framesOf, goldSpanFor, rules, trainRanking, type Example } from './ranking-perceptron.js';

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
interface Extracted {
  examples: Example[];
  /** The feature keys (startFeatureKeys) seen, their counts, and the strings they read. */
  table: FeatureTable;
  framesSeen: number;
  goldMissing: number;
}

function extract(docs: GoldDocument[]): Extracted {
  const table = new FeatureTable();
  const examples: Example[] = [];
  let framesSeen = 0;
  let goldMissing = 0;
  for (const doc of docs) {
    const found = framesOf(doc);
    if (found === null) continue;
    const { seg, frames } = found;
    const offsets = charOffsets(seg);
    const { at, endAt } = offsets;
    for (const frame of frames) {
      const c = startCandidates(seg, frame);
      if (c === null) continue;
      framesSeen++;
      const trimmedGold = goldSpanFor(doc, frame, 'content', offsets);
      if (trimmedGold === null) { goldMissing++; continue; }
      const pairs: Int32Array[] = [];
      const loss: number[] = [];
      let goldPair = -1;
      const featureKeys = startFeatureKeys(seg, frame, c, table.growing);
      const count = START_TEMPLATES.length;
      for (const [i, s] of c.starts.entries()) {
        const t = trimFragment(doc.text, at(s), endAt(c.end - 1));
        const exact = t !== null && t[0] === trimmedGold[0] && t[1] === trimmedGold[1];
        if (exact && goldPair < 0) goldPair = pairs.length;
        const covered = t === null ? 0 : Math.max(0, Math.min(t[1], trimmedGold[1]) - Math.max(t[0], trimmedGold[0]));
        loss.push(exact ? 0 : covered * 2 >= trimmedGold[1] - trimmedGold[0] ? 1 : SETTINGS.shortLoss);
        pairs.push(Int32Array.from(featureKeys.subarray(i * count, (i + 1) * count).filter((k) => k >= 0), (k) => table.idOf(k)));
      }
      if (goldPair < 0) { goldMissing++; continue; }
      examples.push({ pairs, gold: goldPair, loss: Float64Array.from(loss) });
    }
  }
  return { examples, table, framesSeen, goldMissing };
}

function devScoreboard(docs: GoldDocument[], serialized: SerializedBoundsModel | null): Scoreboard {
  const model = serialized === null ? null : parseBoundsModel(serialized);
  return scoreCorpus(docs.map((doc) => scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), {}, rules, undefined,
    { contentStarts: model, sources: null })))));
}

function main(): void {
  if (!polnearAvailable('train') || !polnearAvailable('dev')) {
    process.stdout.write('train-bounds skipped: ../shared/corpus/polnear is absent.\n');
    return;
  }
  const t0 = performance.now();
  const data = extract(readPolnear('train'));
  process.stdout.write(`content bounds: ${data.framesSeen} train frames may move their content's start; ${data.examples.length} have their ` +
    `gold content among the candidates (${data.goldMissing} not); ${data.table.keys.length} features seen\n`);
  const trained = trainRanking(data.examples, data.table, SETTINGS, stringOfKey, 'train contents started');
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
 * the word forms and cue lemmas they read, and weights only, no corpus text. Do not edit by hand. Format: see serialized.ts
 * (PackedBoundsModel) and packed-weights.ts.
 */
import type { PackedBoundsModel } from './serialized.js';

export const CONTENT_BOUNDS: PackedBoundsModel = ${JSON.stringify(packBoundsModel(serialized), null, 1)};
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
