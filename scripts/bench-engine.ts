/**
 * Engine section of `npm run bench`: throughput of `analyze` in MB/s on one core over synthetic news text at
 * 100 KB, 1 MB and 10 MB (medians after warm-up), how time grows with size, how long the sliced form holds the
 * page's main thread at a time, and the minified + gzipped bundle size.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze, analyzeInSlices } from '../src/engine/index.js';
import type { TextBlock } from '../src/engine/types.js';
import { syntheticNewsArticle, utf8Bytes } from './bench-news-text.js';

const GOAL_MB_PER_SECOND = 2;
/** 10× the text may cost at most this many times the time. */
const GOAL_TENFOLD_TIME_RATIO = 12;
const GOAL_GZIP_KB = 60;
const SIZES = [
  { label: '100 KB', bytes: 100_000, runs: 15 },
  { label: '1 MB', bytes: 1_000_000, runs: 7 },
  { label: '10 MB', bytes: 10_000_000, runs: 3 },
];
const MEGABYTE = 1_000_000;
/** A task longer than this is a "long task" in the browser's terms: the page stops responding to the reader. */
const LONG_TASK_MS = 50;

/** The first blocks of the article that make up at least `bytes`, so each size is a prefix of the next. */
function prefix(blocks: TextBlock[], bytes: number): TextBlock[] {
  let total = 0;
  let count = 0;
  while (count < blocks.length && total < bytes) {
    total += Buffer.byteLength(blocks[count]?.text ?? '', 'utf8') + 1;
    count += 1;
  }
  return blocks.slice(0, count);
}

/** Frees the previous run's garbage before timing, when node runs with --expose-gc. */
function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') gc();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeAnalyze(blocks: TextBlock[], runs: number): { medianMs: number; claims: number } {
  const times: number[] = [];
  let claims = 0;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const start = performance.now();
    claims = analyze(blocks).claims.length;
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), claims };
}

const mark = (met: boolean): string => (met ? 'ok  ' : 'MISS');

async function throughput(): Promise<boolean> {
  const article = syntheticNewsArticle(SIZES[SIZES.length - 1]?.bytes ?? MEGABYTE);
  const inputs = SIZES.map((size) => ({ ...size, blocks: prefix(article, size.bytes) }));
  // Warm-up: let the JIT compile the hot paths on the small and medium inputs before any timing.
  for (const input of inputs.slice(0, 2)) timeAnalyze(input.blocks, input.label === '100 KB' ? 10 : 2);

  process.stdout.write(`Throughput of analyze() on one core (node ${process.version}), synthetic news text, median of N runs:\n`);
  const results = inputs.map((input) => {
    const bytes = utf8Bytes(input.blocks);
    const { medianMs, claims } = timeAnalyze(input.blocks, input.runs);
    const mbPerSecond = bytes / MEGABYTE / (medianMs / 1000);
    process.stdout.write(
      `  ${mark(mbPerSecond >= GOAL_MB_PER_SECOND)} ${input.label.padEnd(7)} ${(bytes / MEGABYTE).toFixed(2).padStart(6)} MB  ${input.blocks.length.toString().padStart(6)} blocks  ${claims.toString().padStart(6)} claims  N=${input.runs.toString().padEnd(2)}  ${medianMs.toFixed(1).padStart(8)} ms  ${mbPerSecond.toFixed(2).padStart(6)} MB/s  (goal ≥ ${GOAL_MB_PER_SECOND})\n`,
    );
    return { bytes, medianMs, mbPerSecond };
  });

  let met = results.every((result) => result.mbPerSecond >= GOAL_MB_PER_SECOND);
  for (let index = 1; index < results.length; index += 1) {
    const smaller = results[index - 1];
    const larger = results[index];
    if (!smaller || !larger) continue;
    const timeRatio = larger.medianMs / smaller.medianMs;
    const sizeRatio = larger.bytes / smaller.bytes;
    const goal = GOAL_TENFOLD_TIME_RATIO * (sizeRatio / 10);
    met &&= timeRatio <= goal;
    process.stdout.write(
      `  ${mark(timeRatio <= goal)} time(${SIZES[index]?.label})/time(${SIZES[index - 1]?.label}) = ${timeRatio.toFixed(2)} for ${sizeRatio.toFixed(2)}× the text  (goal ≤ ${goal.toFixed(1)})\n`,
    );
  }
  return met;
}

/** The sliced engine on 1 MB: how many slices, and the longest time it keeps the caller busy between two pauses. */
function slices(): void {
  const blocks = syntheticNewsArticle(MEGABYTE);
  analyze(blocks); // warm-up
  const lengths: number[] = [];
  const run = analyzeInSlices(blocks);
  for (let start = performance.now(); ; start = performance.now()) {
    const step = run.next();
    lengths.push(performance.now() - start);
    if (step.done === true) break;
  }
  const longest = Math.max(...lengths);
  process.stdout.write(
    `analyzeInSlices() on 1 MB: ${lengths.length} slices, median ${median(lengths).toFixed(1)} ms, longest ${longest.toFixed(1)} ms  (for reference: a browser long task is > ${LONG_TASK_MS} ms)\n`,
  );
}

async function bundleSize(): Promise<boolean> {
  const result = await build({
    entryPoints: ['src/engine/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle');
  const raw = output.contents.byteLength;
  const gzipped = gzipSync(output.contents, { level: 9 }).byteLength;
  const met = gzipped / 1024 <= GOAL_GZIP_KB;
  process.stdout.write(`Engine bundle (esbuild src/engine/index.ts, minified, esm):\n`);
  process.stdout.write(`  ${mark(met)} ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped  (goal ≤ ${GOAL_GZIP_KB} KB gzipped)\n`);

  // Which folders the bytes come from, so a lexicon or model that grows is visible.
  const byFolder = new Map<string, number>();
  for (const outputMeta of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(outputMeta.inputs)) {
      const folder = path.split('/').slice(0, -1).join('/') || '.';
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + input.bytesInOutput);
    }
  }
  for (const [folder, bytes] of [...byFolder].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`       ${(bytes / 1024).toFixed(1).padStart(7)} KB minified from ${folder}/\n`);
  }
  return met;
}

export async function run(): Promise<boolean> {
  const fast = await throughput();
  slices();
  const small = await bundleSize();
  return fast && small;
}
