/**
 * Trains the part-of-speech tagger (src/engine/lab/pos/tagger.ts) on the engine's own tokens of PolNeAR train, with
 * Stanford CoreNLP's tags (../shared/corpus/polnear/train.corenlp.jsonl.gz) as the reference, and writes the pruned,
 * quantised weights to src/engine/lab/pos/weights.generated.ts — feature keys and weights only, never corpus text.
 * Deterministic: a fixed shuffling seed and sorted output, so two runs write the same bytes. Prints dev accuracy
 * (measured with the shipped, quantised tagger), training time, speed and the minified+gzipped size.
 *
 *   npx tsx scripts/train-pos.ts            train the default level and write the weights
 *   npx tsx scripts/train-pos.ts --sweep    also train the other pruning levels and print accuracy against size
 *   npx tsx scripts/train-pos.ts --level small|medium|large
 *
 * Alignment: an engine word token takes the tag of the CoreNLP token that starts at, or covers, its first character —
 * so a word the engine keeps whole but CoreNLP splits takes its first part's tag ("Russia's" PROPN, "don't" VBP,
 * "he's" PRON). Tokens that are not words are PUNCT by rule and neither trained nor scored. A word no CoreNLP token
 * overlaps is skipped (not trained on, not scored).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import {
  segment, type Token, blockOffsets, AFTER_END, BEFORE_START, BIAS_KEY, MAX_WEIGHT, POS_TAGS, ROLE_COUNT, START_TAG,
  TAG, TAG_COUNT, WEIGHT_ALPHABET, capContext, capKey, createPosTagger, roleFeatureKeys, tagKey, tagOfPenn,
  tagPairKey, lexiconFor,
} from '../src/engine/lab/index.js';
import { blocksFromPlainText } from '../src/engine/index.js';
import { SHARED_DIR } from '../src/eval/polnear.js';
import { seededRandom } from './seeded-random.js';

const CORPUS = join(SHARED_DIR, 'corpus', 'polnear');
const OUT = new URL('../src/engine/lab/pos/weights.generated.ts', import.meta.url);
const TAGGER = new URL('../src/engine/lab/pos/tagger.ts', import.meta.url);
const SEED = 20240611;
const EPOCHS = 8;

export interface Level {
  name: string;
  /** Word features seen fewer times than this in train are not learned. */
  minCount: number;
  /** Feature templates (a key's first character, see tagger.ts) not used at all. */
  drop: string;
  /** After a first training, weights below this fraction of the largest are removed and the rest trained again. */
  prune: number;
  /** The shipped weights are integers in ±quant (≤ MAX_WEIGHT), the largest weight mapping to quant. */
  quant: number;
}
/**
 * Pruning levels, chosen on dev (`--sweep` prints accuracy against size): the neighbours' suffixes (Q, O) and the
 * words two away (R, M) cost more bytes than the accuracy they buy at these sizes. Unpruned, the same features give
 * about 97.0% at ~150 KB.
 */
export const LEVELS: Level[] = [
  { name: 'small', minCount: 3, drop: 'RMQO', prune: 0.122, quant: 15 },
  { name: 'medium', minCount: 3, drop: 'RMQO', prune: 0.105, quant: 15 },
  { name: 'large', minCount: 3, drop: 'RMQO', prune: 0.08, quant: 15 },
  // for the span tagger's budget (its weights and these ≤ 30 KB gz together)
  { name: 'lean', minCount: 3, drop: 'RMQO', prune: 0.15, quant: 15 },
  { name: 'tiny', minCount: 3, drop: 'RMQO', prune: 0.2, quant: 15 },
];
const DEFAULT_LEVEL = 'tiny';

interface CoreNlpDoc { doc_id: string; tokens: [number, number, string, string, string][] }
interface Doc { id: string; tokens: Token[]; gold: Int8Array }

function readJsonl<T>(path: string, gz: boolean): T[] {
  const raw = readFileSync(path);
  const text = (gz ? gunzipSync(raw) : raw).toString('utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

/** The engine's tokens of one article, each word with its aligned CoreNLP tag (-1: none; PUNCT for non-words). */
export function prepare(split: string): Doc[] {
  const texts = new Map<string, string>();
  for (const d of readJsonl<{ doc_id: string; text: string }>(join(CORPUS, `${split}.jsonl`), false)) texts.set(d.doc_id, d.text);
  const docs: Doc[] = [];
  for (const nlp of readJsonl<CoreNlpDoc>(join(CORPUS, `${split}.corenlp.jsonl.gz`), true)) {
    const text = texts.get(nlp.doc_id);
    if (text === undefined) continue;
    const blocks = blocksFromPlainText(text);
    const { tokens } = segment(blocks, lexiconFor('en'));
    const offsets = blockOffsets(blocks);
    const ref = [...nlp.tokens].sort((a, b) => a[0] - b[0]);
    const gold = new Int8Array(tokens.length);
    let k = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok === undefined) continue;
      if (tok.kind !== 'word') { gold[i] = TAG.PUNCT; continue; }
      const start = (offsets[tok.block] ?? 0) + tok.start;
      const end = (offsets[tok.block] ?? 0) + tok.end;
      while (k < ref.length && (ref[k]?.[1] ?? 0) <= start) k++;
      const r = ref[k];
      gold[i] = r !== undefined && r[0] < end ? tagOfPenn(r[3]) : -1;
    }
    docs.push({ id: nlp.doc_id, tokens, gold });
  }
  return docs;
}

/** Per token: the keys of its word features (all five roles), as the tagger computes them. */
function staticKeys(tokens: readonly Token[], i: number, formKeys: Map<string, string[][]>): string[] {
  const tok = tokens[i];
  if (tok === undefined) return [];
  const out: string[] = [];
  const block = tok.block;
  const neighbours = [i, i - 1, i + 1, i - 2, i + 2];
  for (let role = 0; role < ROLE_COUNT; role++) {
    const j = neighbours[role] ?? i;
    const n = tokens[j];
    const text = n === undefined || n.block !== block ? (j < i ? BEFORE_START : AFTER_END) : n.text;
    const lower = n === undefined || n.block !== block ? text : n.lower;
    let perRole = formKeys.get(text);
    if (perRole === undefined) {
      perRole = [];
      const scratch: string[] = [];
      for (let r = 0; r < ROLE_COUNT; r++) { roleFeatureKeys(r, text, lower, scratch); perRole.push([...scratch]); }
      formKeys.set(text, perRole);
    }
    for (const k of perRole[role] ?? []) out.push(k);
  }
  const prev = i > 0 && tokens[i - 1]?.block === block ? tokens[i - 1] : undefined;
  out.push(capKey(capContext(tok, prev)));
  return out;
}

interface Model { keys: string[]; weights: Float64Array }

/** Trains one level; returns the averaged weights per kept feature. */
export function train(docs: Doc[], level: Level, mask?: Uint8Array): Model {
  const T = TAG_COUNT;
  const formKeys = new Map<string, string[][]>();
  // count word-feature keys over scored word tokens; keep the frequent ones
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (let i = 0; i < d.tokens.length; i++) {
      if (d.tokens[i]?.kind !== 'word' || (d.gold[i] ?? -1) < 0) continue;
      for (const k of staticKeys(d.tokens, i, formKeys)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const idOf = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) { id = keys.length; ids.set(k, id); keys.push(k); }
    return id;
  };
  const biasId = idOf(BIAS_KEY);
  const tagIds: number[] = [];
  const pairIds: number[] = [];
  for (let a = 0; a <= START_TAG; a++) {
    tagIds.push(idOf(tagKey(a)));
    for (let b = 0; b <= START_TAG; b++) pairIds.push(idOf(tagPairKey(a, b)));
  }
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n >= level.minCount && !k.includes('\n') && !level.drop.includes(k.charAt(0))) idOf(k);
  }
  // per document: each word token's feature ids, flattened
  const feats = docs.map((d) => {
    const starts = new Int32Array(d.tokens.length + 1);
    const list: number[] = [];
    for (let i = 0; i < d.tokens.length; i++) {
      starts[i] = list.length;
      if (d.tokens[i]?.kind !== 'word') continue;
      list.push(biasId);
      for (const k of staticKeys(d.tokens, i, formKeys)) {
        const id = ids.get(k);
        if (id !== undefined) list.push(id);
      }
    }
    starts[d.tokens.length] = list.length;
    return { starts, list: Int32Array.from(list) };
  });

  const F = keys.length;
  const w = new Float64Array(F * T);
  const totals = new Float64Array(F * T);
  const stamps = new Float64Array(F * T);
  let clock = 0;
  const bump = (f: number, t: number, v: number): void => {
    const x = f * T + t;
    if (mask !== undefined && mask[x] !== 1) return;
    totals[x] = (totals[x] ?? 0) + (clock - (stamps[x] ?? 0)) * (w[x] ?? 0);
    stamps[x] = clock;
    w[x] = (w[x] ?? 0) + v;
  };
  const scores = new Float64Array(T);
  const rand = seededRandom(SEED);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // Fisher–Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const a = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = a;
    }
    let right = 0;
    let seen = 0;
    for (const di of order) {
      const d = docs[di];
      const fx = feats[di];
      if (d === undefined || fx === undefined) continue;
      let prev2 = START_TAG;
      let prev = START_TAG;
      for (let i = 0; i < d.tokens.length; i++) {
        const tok = d.tokens[i];
        if (tok === undefined) continue;
        if (i === 0 || d.tokens[i - 1]?.block !== tok.block) { prev2 = START_TAG; prev = START_TAG; }
        let guess = TAG.PUNCT;
        if (tok.kind === 'word') {
          const from = fx.starts[i] ?? 0;
          const to = fx.starts[i + 1] ?? 0;
          const tId = tagIds[prev] ?? 0;
          const pId = pairIds[prev2 * (START_TAG + 1) + prev] ?? 0;
          scores.fill(0);
          for (let p = from; p <= to + 1; p++) {
            const f = p < to ? fx.list[p] ?? 0 : p === to ? tId : pId;
            const base = f * T;
            for (let t = 0; t < T; t++) scores[t] = (scores[t] ?? 0) + (w[base + t] ?? 0);
          }
          let best = -Infinity;
          for (let t = 0; t < T; t++) if ((scores[t] ?? 0) > best) { best = scores[t] ?? 0; guess = t; }
          const truth = d.gold[i] ?? -1;
          if (truth >= 0) {
            clock++;
            seen++;
            if (truth === guess) right++;
            else {
              for (let p = from; p <= to + 1; p++) {
                const f = p < to ? fx.list[p] ?? 0 : p === to ? tId : pId;
                bump(f, truth, 1);
                bump(f, guess, -1);
              }
            }
          }
        }
        prev2 = prev;
        prev = guess;
      }
    }
    process.stdout.write(`  epoch ${epoch + 1}: train accuracy ${(100 * right / seen).toFixed(2)}%\n`);
  }
  const avg = new Float64Array(F * T);
  for (let x = 0; x < F * T; x++) avg[x] = ((totals[x] ?? 0) + (clock - (stamps[x] ?? 0)) * (w[x] ?? 0)) / clock;
  return { keys, weights: avg };
}

/** The (feature, tag) weights that survive pruning: only these are learned again. */
export function survivors(model: Model, level: Level): Uint8Array {
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const mask = new Uint8Array(model.weights.length);
  model.weights.forEach((x, i) => { if (Math.abs(x) >= level.prune * maxAbs) mask[i] = 1; });
  return mask;
}

/** Quantises to integer steps of the largest weight / quant, drops those that round to 0, writes the text form. */
export function encode(model: Model, level: Level): { text: string; features: number; weights: number } {
  const T = TAG_COUNT;
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const step = maxAbs / Math.min(level.quant, MAX_WEIGHT);
  const lines: string[] = [];
  let kept = 0;
  model.keys.forEach((key, f) => {
    let pairs = '';
    for (let t = 0; t < T; t++) {
      const q = Math.round((model.weights[f * T + t] ?? 0) / step);
      if (q === 0) continue;
      pairs += String.fromCharCode(65 + t) + WEIGHT_ALPHABET.charAt(q + MAX_WEIGHT);
      kept++;
    }
    if (pairs !== '') lines.push(`${key} ${pairs}`);
  });
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { text: lines.join('\n'), features: lines.length, weights: kept };
}

export function moduleSource(text: string, level: Level, trainDocs: Doc[], features: number): string {
  const words = trainDocs.reduce((n, d) => n + d.gold.filter((g, i) => g >= 0 && d.tokens[i]?.kind === 'word').length, 0);
  return `/**
 * GENERATED by scripts/train-pos.ts from Stanford CoreNLP part-of-speech tags of PolNeAR train (${trainDocs.length}
 * documents, ${words} word tokens), aligned to the engine's tokens. Averaged perceptron, ${EPOCHS} epochs, seed ${SEED};
 * level "${level.name}": word features seen < ${level.minCount} times${level.drop === '' ? '' : ` and templates ${level.drop}`} not
 * learned, weights under ${(100 * level.prune).toFixed(1)}% of the largest pruned and the rest retrained, then quantised
 * to ±${level.quant}; ${features} features. Feature keys and weights only, no corpus text.
 * Do not edit by hand; rerun \`npx tsx scripts/train-pos.ts\`. Format: see tagger.ts ("the weights' text form").
 */
export const POS_WEIGHTS = ${JSON.stringify(text)};
`;
}

/** Minified + gzipped size of tagger.ts bundled with the given weights module. */
export async function bundledSize(source: string): Promise<number> {
  const result = await build({
    entryPoints: [TAGGER.pathname], bundle: true, minify: true, write: false, format: 'esm', target: 'es2022',
    plugins: [{
      name: 'weights',
      setup(b) {
        b.onResolve({ filter: /weights\.generated/ }, () => ({ path: 'weights', namespace: 'weights' }));
        b.onLoad({ filter: /.*/, namespace: 'weights' }, () => ({ contents: source, loader: 'ts' }));
      },
    }],
  });
  const out = result.outputFiles[0];
  return out === undefined ? 0 : gzipSync(out.contents, { level: 9 }).length;
}

interface Scores { accuracy: number; words: number; perTag: { tag: string; gold: number; recall: number; precision: number }[] }

export function evaluate(text: string, docs: Doc[]): Scores {
  const tagger = createPosTagger(text);
  const T = TAG_COUNT;
  const goldN = new Array<number>(T).fill(0);
  const predN = new Array<number>(T).fill(0);
  const hit = new Array<number>(T).fill(0);
  let right = 0;
  let words = 0;
  for (const d of docs) {
    const tags = tagger.tag(d.tokens);
    for (let i = 0; i < d.tokens.length; i++) {
      const g = d.gold[i] ?? -1;
      if (d.tokens[i]?.kind !== 'word' || g < 0) continue;
      const p = tags[i] ?? 0;
      words++;
      goldN[g] = (goldN[g] ?? 0) + 1;
      predN[p] = (predN[p] ?? 0) + 1;
      if (p === g) { right++; hit[g] = (hit[g] ?? 0) + 1; }
    }
  }
  return {
    accuracy: right / words, words,
    perTag: POS_TAGS.map((tag, t) => ({ tag, gold: goldN[t] ?? 0, recall: (hit[t] ?? 0) / Math.max(1, goldN[t] ?? 0),
      precision: (hit[t] ?? 0) / Math.max(1, predN[t] ?? 0) })),
  };
}

/** Tokens per second over all dev tokens: the first pass (empty word-form cache), then warm. */
export function speed(text: string, docs: Doc[]): { cold: number; warm: number } {
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const tagger = createPosTagger(text);
  const outs = docs.map((d) => new Uint8Array(d.tokens.length));
  let t0 = performance.now();
  docs.forEach((d, i) => tagger.tag(d.tokens, 0, d.tokens.length, outs[i]));
  const cold = tokens / ((performance.now() - t0) / 1000);
  for (let r = 0; r < 5; r++) docs.forEach((d, i) => tagger.tag(d.tokens, 0, d.tokens.length, outs[i]));
  const rounds = 30;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) docs.forEach((d, i) => tagger.tag(d.tokens, 0, d.tokens.length, outs[i]));
  const warm = (tokens * rounds) / ((performance.now() - t0) / 1000);
  return { cold, warm };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

async function main(): Promise<void> {
  if (!existsSync(join(CORPUS, 'train.corenlp.jsonl.gz'))) {
    console.log('train-pos: ../shared/corpus/polnear is absent; skipping.');
    return;
  }
  const argv = process.argv.slice(2);
  const sweep = argv.includes('--sweep');
  const levelArg = argv.indexOf('--level');
  const chosen = levelArg >= 0 ? argv[levelArg + 1] ?? DEFAULT_LEVEL : DEFAULT_LEVEL;
  const level = LEVELS.find((l) => l.name === chosen);
  if (level === undefined) throw new Error(`unknown level ${chosen}; one of ${LEVELS.map((l) => l.name).join(', ')}`);

  let t0 = performance.now();
  const trainDocs = prepare('train');
  const devDocs = prepare('dev');
  const skipped = (ds: Doc[]): string => {
    let n = 0; let all = 0;
    for (const d of ds) d.tokens.forEach((t, i) => { if (t.kind === 'word') { all++; if ((d.gold[i] ?? -1) < 0) n++; } });
    return `${all} words, ${n} unaligned`;
  };
  console.log(`read + aligned train (${trainDocs.length} docs, ${skipped(trainDocs)}), dev (${devDocs.length} docs, ${skipped(devDocs)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const levels = sweep ? LEVELS : [level];
  const rows: string[] = [];
  let written: { source: string } | null = null;
  for (const lv of levels) {
    console.log(`level ${lv.name} (min count ${lv.minCount}, templates dropped '${lv.drop}', prune ${lv.prune.toFixed(3)}, ±${lv.quant}):`);
    t0 = performance.now();
    const model = train(trainDocs, lv, survivors(train(trainDocs, lv), lv));
    const trainSeconds = (performance.now() - t0) / 1000;
    const enc = encode(model, lv);
    const source = moduleSource(enc.text, lv, trainDocs, enc.features);
    const scores = evaluate(enc.text, devDocs);
    const size = await bundledSize(source);
    const sp = speed(enc.text, devDocs);
    rows.push(`${lv.name.padEnd(7)} dev ${pct(scores.accuracy)}  ${(size / 1024).toFixed(1)} KB gz  ${enc.features} features, ${enc.weights} weights  ` +
      `train ${trainSeconds.toFixed(1)} s  ${(sp.warm / 1e6).toFixed(1)}M tok/s warm, ${(sp.cold / 1e6).toFixed(1)}M cold`);
    console.log(`  ${rows[rows.length - 1] ?? ''}`);
    if (lv.name === level.name) {
      written = { source };
      console.log(`  dev per tag (${scores.words} word tokens): tag gold recall precision`);
      for (const r of scores.perTag) {
        if (r.gold > 0) console.log(`    ${r.tag.padEnd(6)} ${String(r.gold).padStart(6)}  ${pct(r.recall).padStart(7)}  ${pct(r.precision).padStart(7)}`);
      }
    }
  }
  if (written !== null) {
    writeFileSync(OUT, written.source);
    const sha = createHash('sha256').update(written.source).digest('hex');
    console.log(`wrote ${OUT.pathname} (level ${level.name}, ${written.source.length} bytes, sha256 ${sha.slice(0, 16)}…)`);
  }
  if (rows.length > 1) { console.log('accuracy against size:'); for (const r of rows) console.log(`  ${r}`); }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '-')) await main();
