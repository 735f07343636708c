/**
 * Engine section of `npm run bench`: throughput of `analyze` in MB/s on one core over synthetic news text at
 * 100 KB, 1 MB and 10 MB (medians after warm-up), how time grows with size, how long the sliced form holds the
 * page's main thread at a time, and the minified + gzipped bundle size.
 */
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { build, type Metafile, type Plugin } from 'esbuild';
import { analyze, analyzeInSlices } from '../src/engine/index.js';
import type { TextBlock } from '../src/engine/index.js';
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

interface Timing {
  /** Wall-clock milliseconds: what a reader waits, but inflated when other processes share the cores. */
  wallMs: number;
  /** CPU milliseconds of this process (main thread plus GC helpers): barely moved by other processes' load. */
  cpuMs: number;
}

function timeOnce<T>(work: () => T): { result: T; timing: Timing } {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const result = work();
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { result, timing: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 } };
}

function timeAnalyze(blocks: TextBlock[], runs: number): Timing & { claims: number } {
  const timings: Timing[] = [];
  let claims = 0;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const { result, timing } = timeOnce(() => analyze(blocks));
    claims = result.claims.length;
    timings.push(timing);
  }
  return { wallMs: median(timings.map((timing) => timing.wallMs)), cpuMs: median(timings.map((timing) => timing.cpuMs)), claims };
}

const mark = (met: boolean): string => (met ? 'ok  ' : 'MISS');
const cell = (value: number, width: number, digits = 1): string => value.toFixed(digits).padStart(width);

async function throughput(): Promise<boolean> {
  const article = syntheticNewsArticle(SIZES[SIZES.length - 1]?.bytes ?? MEGABYTE);
  const inputs = SIZES.map((size) => ({ ...size, blocks: prefix(article, size.bytes) }));
  // Warm-up: let the JIT compile the hot paths on the small and medium inputs before any timing.
  for (const input of inputs.slice(0, 2)) timeAnalyze(input.blocks, input.label === '100 KB' ? 10 : 2);

  const [load1] = loadavg();
  process.stdout.write(
    `Throughput of analyze() on one thread (node ${process.version}; ${cpus().length} cores, load average ${cell(load1 ?? 0, 0, 2)}), synthetic news text, median of N runs.\n` +
      `Goals are judged on CPU time, which other processes' load barely moves; wall clock is shown beside it.\n`,
  );
  const results = inputs.map((input) => {
    const bytes = utf8Bytes(input.blocks);
    const { wallMs, cpuMs, claims } = timeAnalyze(input.blocks, input.runs);
    const megabytes = bytes / MEGABYTE;
    const cpuRate = megabytes / (cpuMs / 1000);
    process.stdout.write(
      `  ${mark(cpuRate >= GOAL_MB_PER_SECOND)} ${input.label.padEnd(7)} ${cell(megabytes, 6, 2)} MB ${input.blocks.length.toString().padStart(6)} blocks ${claims.toString().padStart(6)} claims  N=${input.runs.toString().padEnd(2)}` +
        ` cpu ${cell(cpuMs, 7)} ms = ${cell(cpuRate, 5, 2)} MB/s   wall ${cell(wallMs, 7)} ms = ${cell(megabytes / (wallMs / 1000), 5, 2)} MB/s  (goal ≥ ${GOAL_MB_PER_SECOND} MB/s)\n`,
    );
    return { bytes, cpuMs, cpuRate };
  });

  let met = results.every((result) => result.cpuRate >= GOAL_MB_PER_SECOND);
  for (let index = 1; index < results.length; index += 1) {
    const smaller = results[index - 1];
    const larger = results[index];
    if (!smaller || !larger) continue;
    const timeRatio = larger.cpuMs / smaller.cpuMs;
    const sizeRatio = larger.bytes / smaller.bytes;
    const goal = GOAL_TENFOLD_TIME_RATIO * (sizeRatio / 10);
    met &&= timeRatio <= goal;
    process.stdout.write(
      `  ${mark(timeRatio <= goal)} cpu time(${SIZES[index]?.label}) / time(${SIZES[index - 1]?.label}) = ${timeRatio.toFixed(2)} for ${sizeRatio.toFixed(2)}× the text  (goal ≤ ${goal.toFixed(1)})\n`,
    );
  }
  return met;
}

/** The budget for one slice of the sliced engine: the longest the caller's thread is kept between pauses. */
const GOAL_SLICE_MS = 8;
const SLICE_RUNS = 5;

/** One sliced run: each slice's wall span on the main thread, and each garbage-collection pause inside it. */
async function slicedRun(blocks: TextBlock[]): Promise<{ wall: number[]; cpu: number[]; gc: number[] }> {
  const pauses: { start: number; end: number }[] = [];
  // the collector's pauses stop the main thread whoever allocated; they are timed apart so that a slice's own work
  // and the pause that happened to land in it can both be read
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  collectGarbage();
  const spans: { start: number; end: number }[] = [];
  const cpu: number[] = [];
  const run = analyzeInSlices(blocks);
  for (;;) {
    const start = performance.now();
    const { result: step, timing } = timeOnce(() => run.next());
    spans.push({ start, end: start + timing.wallMs });
    cpu.push(timing.cpuMs);
    if (step.done === true) break;
  }
  // the observer hears of the last pauses on a later task
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gc = spans.map(({ start, end }) => pauses.reduce((sum, p) => sum + Math.max(0, Math.min(end, p.end) - Math.max(start, p.start)), 0));
  return { wall: spans.map(({ start, end }) => end - start), cpu, gc };
}

/**
 * The sliced engine on 1 MB: how many slices, and the longest time it keeps the caller busy between two pauses,
 * over several runs (median of each run's longest), with the garbage collector's pauses counted apart.
 */
async function slices(): Promise<boolean> {
  const blocks = syntheticNewsArticle(MEGABYTE);
  analyze(blocks); // warm-up
  const longestWall: number[] = [];
  const longestWork: number[] = [];
  const longestCpu: number[] = [];
  const longestGc: number[] = [];
  let count = 0;
  let medianWall = 0;
  for (let index = 0; index < SLICE_RUNS; index += 1) {
    const { wall, cpu, gc } = await slicedRun(blocks);
    count = wall.length;
    medianWall = median(wall);
    longestWall.push(Math.max(...wall));
    longestWork.push(Math.max(...wall.map((w, i) => w - (gc[i] ?? 0))));
    longestCpu.push(Math.max(...cpu));
    longestGc.push(Math.max(...gc));
  }
  const work = median(longestWork);
  const met = work <= GOAL_SLICE_MS;
  process.stdout.write(
    `analyzeInSlices() on 1 MB: ${count} slices, wall median ${cell(medianWall, 0)} ms; median of ${SLICE_RUNS} runs' longest:
` +
    `  ${mark(met)} the engine's own work in a slice  ${cell(work, 0)} ms wall  (goal ≤ ${GOAL_SLICE_MS} ms)
` +
    `       a slice with the collector's pauses in it  ${cell(median(longestWall), 0)} ms wall, ${cell(median(longestCpu), 0)} ms cpu; longest pause in one slice ${cell(median(longestGc), 0)} ms  (a browser long task is > ${LONG_TASK_MS} ms)
`,
  );
  return met;
}

/** Files generated from training data ("*.generated.ts"): the learned part of the bundle. */
const LEARNED_FILE = /\.generated\.ts$/;

/** A plugin that swaps each generated file for empty tables of the same names: the bundle without what was learned. */
const withoutLearnedData: Plugin = {
  name: 'without-learned-data',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: LEARNED_FILE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = [...source.matchAll(/^export const (\w+)/gm)].map((match) => match[1] ?? '');
      return { contents: names.map((name) => `export const ${name} = {};`).join('\n'), loader: 'ts' };
    });
  },
};

async function engineBundle(plugins: Plugin[]): Promise<{ raw: number; gzipped: number; metafile: Metafile }> {
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
    plugins,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle');
  return { raw: output.contents.byteLength, gzipped: gzipSync(output.contents, { level: 9 }).byteLength, metafile: result.metafile };
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function bundleSize(): Promise<boolean> {
  const whole = await engineBundle([]);
  const met = whole.gzipped / 1024 <= GOAL_GZIP_KB;
  process.stdout.write(`Engine bundle (esbuild src/engine/index.ts, minified, esm):\n`);
  process.stdout.write(`  ${mark(met)} ${kilobytes(whole.raw)} raw, ${kilobytes(whole.gzipped)} gzipped, lexicons included  (goal ≤ ${GOAL_GZIP_KB} KB gzipped)\n`);
  const learnedFiles = Object.keys(whole.metafile.inputs).filter((path) => LEARNED_FILE.test(path));
  if (learnedFiles.length > 0) {
    const rules = await engineBundle([withoutLearnedData]);
    process.stdout.write(
      `       ${kilobytes(rules.raw)} raw, ${kilobytes(rules.gzipped)} gzipped without the data learned from train (${learnedFiles.join(', ')}): it costs ${kilobytes(whole.gzipped - rules.gzipped)} gzipped\n`,
    );
  }

  // Which folders the bytes come from, so a lexicon or model that grows is visible.
  const byFolder = new Map<string, number>();
  for (const outputMeta of Object.values(whole.metafile.outputs)) {
    for (const [path, input] of Object.entries(outputMeta.inputs)) {
      const folder = path.split('/').slice(0, -1).join('/') || '.';
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + input.bytesInOutput);
    }
  }
  for (const [folder, bytes] of [...byFolder].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`       ${kilobytes(bytes).padStart(8)} minified from ${folder}/\n`);
  }
  return met;
}

export async function run(): Promise<boolean> {
  const fast = await throughput();
  const short = await slices();
  const small = await bundleSize();
  return fast && short && small;
}
