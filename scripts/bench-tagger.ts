/**
 * Span tagger section of `npm run bench` (src/engine/lab/, not shipped yet): what the learned decision would add
 * to a click. CPU per 1,000 words for the rules alone and the rules proposing + the tagger deciding (warm, medians of
 * alternating runs, so a shared machine's load falls on both alike); the cold first call in fresh processes (the
 * weights parsed, the part-of-speech tagger started, the tagger's code run for the first time — what would land on
 * the reader's click); and the bytes: the weights gzipped and what the tagger adds to a minified engine bundle.
 *
 * Text: PolNeAR dev when ../shared is there (real news; the figures the budget speaks of), else the bench's
 * synthetic news text (dense in reported speech, so slower per word than news).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze, blocksFromPlainText, drain, type TextBlock } from '../src/engine/index.js';
import {
  analyzeWith, cueConfigFor, defaultSpanTagger, lexiconFor, taggerDecision, usesPos,
} from '../src/engine/lab/index.js';
import { polnearAvailable, readPolnear } from '../src/eval/polnear.js';
import { syntheticNewsArticle } from './bench-news-text.js';

const ROOT = resolve(import.meta.dirname, '..');
/** The budget: the whole engine on a 1,000-word article. */
const GOAL_MS_PER_1000_WORDS = 10;
/** The brief for the tagger: its weights and the part-of-speech tagger's together. */
const GOAL_WEIGHTS_KB = 30;
/**
 * What the tagger's cold first call may add to a click: the issue lets click→ready grow 20% over today's median
 * (31.6 ms in `npm run bench -- pages`).
 */
const GOAL_CLICK_ADDS_MS = 0.2 * 31.6;
const WARM_RUNS = 9;
const COLD_RUNS = 12;

const words = (blocks: readonly TextBlock[]): number => blocks.reduce((n, b) => n + b.text.split(/\s+/).filter((w) => w !== '').length, 0);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
const mark = (met: boolean): string => (met ? 'ok  ' : 'MISS');

/** Articles to time: PolNeAR dev, or synthetic news cut into ~1,000-word articles. */
function articles(): { label: string; docs: TextBlock[][] } {
  if (polnearAvailable('dev')) return { label: 'PolNeAR dev', docs: readPolnear('dev').map((d) => blocksFromPlainText(d.text)) };
  const all = syntheticNewsArticle(400_000);
  const docs: TextBlock[][] = [];
  let current: TextBlock[] = [];
  for (const block of all) {
    current.push(block);
    if (words(current) >= 1000) { docs.push(current); current = []; }
  }
  return { label: 'synthetic news (dense in quotes)', docs };
}

function warm(): boolean {
  const { label, docs } = articles();
  const total = docs.reduce((n, d) => n + words(d), 0);
  const cues = cueConfigFor(lexiconFor('en'));
  const decide = taggerDecision();
  const rules: number[] = [];
  const tagger: number[] = [];
  for (let run = 0; run < WARM_RUNS + 2; run++) {
    let t0 = cpuMs();
    for (const d of docs) analyze(d);
    if (run >= 2) rules.push((cpuMs() - t0) / total * 1000);
    t0 = cpuMs();
    for (const d of docs) drain(analyzeWith(d, {}, cues, decide));
    if (run >= 2) tagger.push((cpuMs() - t0) / total * 1000);
  }
  const both = median(tagger);
  process.stdout.write(`Warm CPU per 1,000 words on ${label} (${total} words, median of ${WARM_RUNS} alternating runs after 2 warm-ups):\n` +
    `       rules alone            ${median(rules).toFixed(2).padStart(6)} ms\n` +
    `  ${mark(both <= GOAL_MS_PER_1000_WORDS)} rules + span tagger     ${both.toFixed(2).padStart(6)} ms  (goal ≤ ${GOAL_MS_PER_1000_WORDS} ms for everything)\n`);
  return both <= GOAL_MS_PER_1000_WORDS;
}

/**
 * The child process, fresh each time, as a click finds the page: evaluates the bundle, then either runs the rules'
 * first analyze() ('rules') or parses the span weights and runs the rules + tagger's first call ('tagger').
 */
const CHILD = `
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
const [bundlePath, articlePath, mode] = process.argv.slice(2);
const source = readFileSync(bundlePath, 'utf8');
const text = readFileSync(articlePath, 'utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c = cpu();
runInThisContext(source, { filename: 'engine.js' });
const init = cpu() - c;
const e = globalThis.__whosaidTagger;
const blocks = e.blocksFromPlainText(text);
let parse = 0;
c = cpu();
if (mode === 'rules') e.analyze(blocks);
else {
  e.defaultSpanTagger();
  parse = cpu() - c;
  e.drain(e.analyzeWith(blocks, {}, e.cueConfigFor(e.lexiconFor('en')), e.taggerDecision()));
}
const first = cpu() - c;
process.stdout.write(JSON.stringify({ init, parse, first }));
`;

const ENTRY = `
export { analyze, blocksFromPlainText, drain } from './src/engine/index.js';
export { analyzeWith, cueConfigFor, defaultSpanTagger, lexiconFor, taggerDecision } from './src/engine/lab/index.js';
`;

interface ColdRun { init: number; parse: number; first: number }

function isColdRun(value: unknown): value is ColdRun {
  return typeof value === 'object' && value !== null && ['init', 'parse', 'first'].every((k) => typeof Reflect.get(value, k) === 'number');
}

async function bundle(entry: string, outfile: string, format: 'iife' | 'esm'): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format, globalName: '__whosaidTagger',
    target: ['chrome121'], minify: true, outfile, write: false, logLevel: 'warning',
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error('esbuild wrote no bundle');
  writeFileSync(outfile, out.contents);
  return out.contents;
}

async function cold(dir: string): Promise<boolean> {
  const bundlePath = join(dir, 'tagger.js');
  await bundle(ENTRY, bundlePath, 'iife');
  // a ~1,000-word article of synthetic news (no corpus text needed)
  const blocks: TextBlock[] = [];
  for (const block of syntheticNewsArticle(20_000, 7)) { if (words(blocks) >= 1000) break; blocks.push(block); }
  const articlePath = join(dir, 'article.txt');
  writeFileSync(articlePath, blocks.map((b) => b.text).join('\n\n'));
  const childPath = join(dir, 'child.mjs');
  writeFileSync(childPath, CHILD);
  const rules: ColdRun[] = [];
  const tagger: ColdRun[] = [];
  const once = (mode: string): ColdRun | null => {
    const parsed: unknown = JSON.parse(execFileSync(process.execPath, [childPath, bundlePath, articlePath, mode], { encoding: 'utf8' }));
    return isColdRun(parsed) ? parsed : null;
  };
  // alternating, so that the machine's changing load falls on both alike
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = once('rules');
    const t = once('tagger');
    if (r !== null && t !== null) { rules.push(r); tagger.push(t); }
  }
  const ms = (values: number[]): string => `${median(values).toFixed(1).padStart(6)} ms`;
  const adds = tagger.map((r, i) => r.first - (rules[i]?.first ?? 0));
  const met = median(adds) <= GOAL_CLICK_ADDS_MS;
  process.stdout.write(`Cold first call on a ${words(blocks)}-word article, CPU, median of ${rules.length} pairs of fresh node processes:\n` +
    `       bundle evaluated (engine + tagger code and weights)  ${ms(tagger.map((r) => r.init))}\n` +
    `       the rules' first analyze()                            ${ms(rules.map((r) => r.first))}\n` +
    `       rules + tagger's first call                           ${ms(tagger.map((r) => r.first))}` +
    `  (of which the span weights parsed ${median(tagger.map((r) => r.parse)).toFixed(1)} ms)\n` +
    `  ${mark(met)} what the tagger adds to a click                       ${ms(adds)}  (goal ≤ ${GOAL_CLICK_ADDS_MS.toFixed(1)} ms: click→ready ` +
    `at most 20% over today's 31.6 ms)\n`);
  return met;
}

async function sizes(dir: string): Promise<boolean> {
  const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;
  const rules = await bundle(`export { analyze } from './src/engine/index.js';`, join(dir, 'rules.js'), 'esm');
  const withTagger = await bundle(`export { analyze } from './src/engine/index.js';
export { analyzeWith, taggerDecision } from './src/engine/lab/index.js';`, join(dir, 'with.js'), 'esm');
  const span = await bundle(`export { SPAN_TAGGER } from './src/engine/lab/span-weights.generated.js';`, join(dir, 'span.js'), 'esm');
  const readsPos = usesPos(defaultSpanTagger());
  const pos = readsPos ? await bundle(`export { POS_WEIGHTS } from './src/engine/lab/pos/weights.generated.js';`, join(dir, 'pos.js'), 'esm') : '';
  const weights = gz(span) + (readsPos ? gz(pos) : 0);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  process.stdout.write(`Bytes (minified, gzip -9):\n` +
    `  ${mark(weights / 1024 <= GOAL_WEIGHTS_KB)} weights: span tagger ${kb(gz(span))}` +
    (readsPos ? ` + part-of-speech tagger ${kb(gz(pos))} = ${kb(weights)}` : ' (reads no part of speech: no POS tagger)') +
    `  (goal ≤ ${GOAL_WEIGHTS_KB} KB)\n` +
    `       engine bundle ${kb(gz(rules))} → ${kb(gz(withTagger))} with the tagger: it adds ${kb(gz(withTagger) - gz(rules))} to a click\n`);
  return weights / 1024 <= GOAL_WEIGHTS_KB;
}

export async function run(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-tagger-'));
  try {
    const fast = warm();
    const quick = await cold(dir);
    const small = await sizes(dir);
    return fast && quick && small;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
