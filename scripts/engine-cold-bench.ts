/**
 * Cold-start benchmark of the engine, the situation a reader meets: the extension injects its content script fresh
 * on every toolbar click, so the engine's module initialisation (lexicon tables, regular expressions) and its first
 * analyze() run in freshly parsed, unoptimised JavaScript. Warm throughput (`npm run bench -- engine`) says nothing
 * about that.
 *
 *   npx tsx scripts/engine-cold-bench.ts [--runs N] [--articles N] [--prof DIR] [--readable] [--baseline REV]
 *
 * Bundles src/engine/index.ts with esbuild as build.mjs does (iife, minified, Chrome's target), picks articles of
 * median length from ../shared/corpus/polnear/train.jsonl (read at run time; no corpus text enters the repo), and
 * for each run starts a fresh `node` process that times (a) compiling and evaluating the bundle and (b) the first
 * analyze() of one article. A fresh process, not a node:vm context: V8 shares compiled code and its regular
 * expression cache across contexts of one isolate, which would make every run after the first warm.
 * `--prof DIR` writes a V8 CPU profile of each run to DIR (node --cpu-prof) for looking at the cold path;
 * `--readable` skips minification so the profile keeps the engine's function names. `--baseline REV` also bundles
 * src/engine as it was at git revision REV and alternates runs of the two, so that a shared machine's changing
 * load falls on both alike; it prints both and their ratio.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'polnear', 'train.jsonl');

interface Options {
  runs: number;
  articles: number;
  profDir: string | null;
  minify: boolean;
  baseline: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 60, articles: 20, profDir: null, minify: true, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--runs' && value !== undefined) { options.runs = Number(value); i++; }
    else if (argv[i] === '--articles' && value !== undefined) { options.articles = Number(value); i++; }
    else if (argv[i] === '--prof' && value !== undefined) { options.profDir = resolve(value); i++; }
    else if (argv[i] === '--readable') options.minify = false;
    else if (argv[i] === '--baseline' && value !== undefined) { options.baseline = value; i++; }
  }
  return options;
}

/** The article sizes the extension meets on news pages (the corpus's median, ~3.5 KB, is shorter than most pages). */
const MIN_CHARS = 5_000;
const MAX_CHARS = 30_000;

/** The `count` article texts of 5–30 KB whose lengths sit around that band's median. */
function medianArticles(count: number): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record: unknown = JSON.parse(line);
    const text: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, 'text') : undefined;
    if (typeof text === 'string' && text.length >= MIN_CHARS && text.length <= MAX_CHARS) texts.push(text);
  }
  texts.sort((a, b) => a.length - b.length);
  const from = Math.max(0, Math.floor(texts.length / 2) - Math.floor(count / 2));
  return texts.slice(from, from + count);
}

/**
 * The child: plain JavaScript so nothing but node itself is loaded before the timing. Reads the bundle and the
 * article first, then times the bundle's compile-and-evaluate and the first analyze(), and prints both as JSON.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
const [bundlePath, articlePath] = process.argv.slice(2);
const source = readFileSync(bundlePath, 'utf8');
const text = readFileSync(articlePath, 'utf8');
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const c0 = process.cpuUsage();
const t0 = performance.now();
runInThisContext(source, { filename: 'engine.js' });
const t1 = performance.now();
const c1 = process.cpuUsage();
const engine = globalThis.__whosaidEngine;
const blocks = engine.blocksFromPlainText(text);
const c2 = process.cpuUsage();
const t2 = performance.now();
const analysis = engine.analyze(blocks);
const t3 = performance.now();
const c3 = process.cpuUsage();
process.stdout.write(JSON.stringify({ initMs: t1 - t0, analyzeMs: t3 - t2, initCpuMs: cpuMs(c1) - cpuMs(c0),
  analyzeCpuMs: cpuMs(c3) - cpuMs(c2), claims: analysis.claims.length }));
`;

interface RunResult {
  /** Wall-clock milliseconds. */
  initMs: number;
  analyzeMs: number;
  /** CPU milliseconds of the process (all its threads, so compiler and GC helpers count): steadier under load. */
  initCpuMs: number;
  analyzeCpuMs: number;
  claims: number;
}

function isRunResult(value: unknown): value is RunResult {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'initMs') === 'number' &&
    typeof Reflect.get(value, 'analyzeMs') === 'number' && typeof Reflect.get(value, 'initCpuMs') === 'number' &&
    typeof Reflect.get(value, 'analyzeCpuMs') === 'number' && typeof Reflect.get(value, 'claims') === 'number';
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Bundles an engine entry as the extension's build does, exposing it as `globalThis.__whosaidEngine`. */
async function bundleEngine(entry: string, outfile: string, minify: boolean): Promise<void> {
  await build({
    entryPoints: [entry], bundle: true, format: 'iife', globalName: '__whosaidEngine',
    target: ['chrome121'], minify, outfile, logLevel: 'warning',
  });
}

/** Writes src/engine as it was at `rev` under `dir` and returns its entry. */
function engineAt(rev: string, dir: string): string {
  const archive = execFileSync('git', ['archive', rev, 'src/engine'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return join(dir, 'src', 'engine', 'index.ts');
}

const summary = (label: string, values: number[]): string =>
  `${label.padEnd(22)} median ${quantile(values, 0.5).toFixed(2).padStart(6)} ms   p90 ${quantile(values, 0.9).toFixed(2).padStart(6)} ms`;

const MEASURES: { label: string; of: (r: RunResult) => number }[] = [
  { label: 'cold module init', of: (r) => r.initMs },
  { label: 'cold first analyze', of: (r) => r.analyzeMs },
  { label: 'init + analyze', of: (r) => r.initMs + r.analyzeMs },
  { label: 'cpu: module init', of: (r) => r.initCpuMs },
  { label: 'cpu: first analyze', of: (r) => r.analyzeCpuMs },
];

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(CORPUS)) {
    process.stdout.write(`engine-cold-bench: ${CORPUS} is absent; nothing to measure\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-cold-'));
  try {
    const bundles = [{ name: 'this tree', path: join(dir, 'engine.js') }];
    await bundleEngine(join(ROOT, 'src/engine/index.ts'), join(dir, 'engine.js'), options.minify);
    if (options.baseline !== null) {
      bundles.push({ name: options.baseline, path: join(dir, 'baseline.js') });
      await bundleEngine(engineAt(options.baseline, join(dir, 'baseline')), join(dir, 'baseline.js'), options.minify);
    }
    const childPath = join(dir, 'child.mjs');
    writeFileSync(childPath, CHILD);
    const articles = medianArticles(options.articles);
    const articlePaths = articles.map((text, i) => {
      const path = join(dir, `article-${i}.txt`);
      writeFileSync(path, text);
      return path;
    });
    const lengths = articles.map((text) => text.length);
    process.stdout.write(`${bundles.map((b) => `${b.name}: ${(readFileSync(b.path).length / 1000).toFixed(1)} KB`).join(', ')}` +
      `${options.minify ? ' minified' : ''}; ${articles.length} articles of ${(Math.min(...lengths) / 1000).toFixed(1)}–` +
      `${(Math.max(...lengths) / 1000).toFixed(1)} KB; ${options.runs} fresh processes each\n`);
    const results: RunResult[][] = bundles.map(() => []);
    for (let run = 0; run < options.runs; run++) {
      const articlePath = articlePaths[run % articlePaths.length] ?? '';
      const flags = options.profDir === null ? [] : ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', options.profDir];
      bundles.forEach((bundle, b) => {
        const out = execFileSync(process.execPath, [...flags, childPath, bundle.path, articlePath], { encoding: 'utf8' });
        const parsed: unknown = JSON.parse(out);
        if (!isRunResult(parsed)) throw new Error(`unexpected child output: ${out}`);
        results[b]?.push(parsed);
      });
    }
    const [mine = [], baseline] = results;
    for (const measure of MEASURES) {
      const ours = mine.map(measure.of);
      let line = summary(measure.label, ours);
      if (baseline !== undefined) {
        const theirs = baseline.map(measure.of);
        line += `   | baseline median ${quantile(theirs, 0.5).toFixed(2).padStart(6)} ms` +
          `   ×${(quantile(theirs, 0.5) / Math.max(0.001, quantile(ours, 0.5))).toFixed(2)} faster`;
      }
      process.stdout.write(`${line}\n`);
    }
    process.stdout.write(`claims per article (first ${Math.min(articles.length, mine.length)}): ` +
      `${mine.slice(0, articles.length).map((r) => r.claims).join(' ')}\n`);
    if (baseline !== undefined && baseline.some((r, i) => r.claims !== mine[i]?.claims)) {
      process.stdout.write('WARNING: the baseline found a different number of claims on some article\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
