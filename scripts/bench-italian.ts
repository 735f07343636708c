/**
 * The engine's throughput on Italian: `analyze` with `language: 'it'` over the Italian news pages of ../shared (the
 * judged ones, tests/fixtures/news-gold/it/), read at run time as the article finder reads them (never copied into
 * the repo), the set analysed again and again until `--mb` megabytes of article text (default 3). Prints the median
 * wall and CPU MB/s over `--runs` timed runs after one warm-up:
 *
 *   node --expose-gc --import tsx scripts/bench-italian.ts [--mb 3] [--runs 5]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type TextBlock } from '../src/engine/index.js';
import { registerToolLanguages } from '../src/engine/lab/index.js';
import { readArticleFile } from '../src/cli/article-file.js';

const ROOT = new URL('../', import.meta.url);
const SHARED = new URL('../shared/', ROOT);
const GOLD = new URL('tests/fixtures/news-gold/it/', ROOT);

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const bytesOf = (blocks: TextBlock[]): number => blocks.reduce((sum, b) => sum + Buffer.byteLength(b.text, 'utf8'), 0);

registerToolLanguages();
if (!existsSync(SHARED)) {
  process.stdout.write(`Italian bench skipped: ${fileURLToPath(SHARED)} not found (../shared is absent).\n`);
  process.exit(0);
}
const pages: TextBlock[][] = [];
for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
  const gold: unknown = JSON.parse(readFileSync(new URL(file, GOLD), 'utf8'));
  const path: unknown = typeof gold === 'object' && gold !== null ? Reflect.get(gold, 'path') : undefined;
  if (typeof path === 'string') pages.push(await readArticleFile(fileURLToPath(new URL(path, SHARED))));
}
const target = Number(argument('mb', '3')) * 1_000_000;
const articles: TextBlock[][] = [];
let bytes = 0;
while (bytes < target && pages.length > 0) {
  for (const page of pages) {
    articles.push(page);
    bytes += bytesOf(page);
  }
}
const runs = Number(argument('runs', '5'));
const gc: unknown = Reflect.get(globalThis, 'gc');
const wall: number[] = [];
const cpu: number[] = [];
let claims = 0;
for (let run = 0; run <= runs; run++) {
  if (typeof gc === 'function') gc();
  const startWall = performance.now();
  const startCpu = process.cpuUsage();
  claims = 0;
  for (const blocks of articles) claims += analyze(blocks, { language: 'it' }).claims.length;
  const used = process.cpuUsage(startCpu);
  const ms = performance.now() - startWall;
  if (run === 0) continue;
  wall.push(bytes / 1e6 / (ms / 1000));
  cpu.push(bytes / 1e6 / ((used.user + used.system) / 1e6));
}
process.stdout.write(`Italian engine: ${pages.length} pages × ${articles.length / Math.max(1, pages.length)} = ${(bytes / 1e6).toFixed(2)} MB, ` +
  `${claims} claims a run; median of ${runs} runs: ${median(wall).toFixed(2)} MB/s wall, ${median(cpu).toFixed(2)} MB/s CPU\n`);
