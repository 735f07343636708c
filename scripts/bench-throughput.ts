/**
 * What the throughput benches share: their command-line arguments, the median, and the timed loop — `analyze` over
 * the same articles `runs` times after one warm-up, garbage collected before each run (with --expose-gc), giving
 * the median MB/s by the wall clock and by CPU time. scripts/bench-engine-paired.ts (two checkouts side by side)
 * and scripts/bench-languages.ts (every language on its own text) time through here.
 */
import type { Analysis, TextBlock } from '../src/engine/index.js';
import { utf8Bytes } from './bench-news-text.js';

export function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Articles repeated in turn until they hold at least `bytes` of text (the articles themselves when they do). */
export function repeatedTo(articles: readonly TextBlock[][], bytes: number): TextBlock[][] {
  const out: TextBlock[][] = [];
  let total = 0;
  while (total < bytes && articles.length > 0) {
    for (const blocks of articles) {
      out.push(blocks);
      total += utf8Bytes(blocks);
    }
  }
  return out;
}

export interface Throughput {
  /** UTF-8 bytes of article text a run analyses. */
  bytes: number;
  /** Claims found in one run. */
  claims: number;
  /** Each timed run's wall and CPU milliseconds. */
  wallMs: number[];
  cpuMs: number[];
  /** The medians, in MB/s. */
  wallMbPerSecond: number;
  cpuMbPerSecond: number;
}

/** Times `analyze` over the articles: one warm-up, then `runs` timed runs. */
export function timeAnalyze(articles: readonly TextBlock[][], analyze: (blocks: TextBlock[]) => Analysis, runs: number): Throughput {
  const bytes = articles.reduce((sum, blocks) => sum + utf8Bytes(blocks), 0);
  const gc: unknown = Reflect.get(globalThis, 'gc');
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let claims = 0;
  for (let run = 0; run <= runs; run++) {
    if (typeof gc === 'function') gc();
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    claims = 0;
    for (const blocks of articles) claims += analyze(blocks).claims.length;
    const wall = performance.now() - wallStart;
    const used = process.cpuUsage(cpuStart);
    if (run === 0) continue;
    wallMs.push(wall);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const mbPerSecond = (ms: number) => (ms > 0 ? bytes / 1_000_000 / (ms / 1000) : 0);
  return { bytes, claims, wallMs, cpuMs, wallMbPerSecond: mbPerSecond(median(wallMs)), cpuMbPerSecond: mbPerSecond(median(cpuMs)) };
}
