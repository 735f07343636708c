/**
 * Measures how the engine's time grows when its input grows 4×, robustly on a busy shared machine: the base size
 * doubles until a run is long enough to time, runs of both sizes are interleaved, and the minimum of each is compared.
 */
import type { TextBlock } from '../../src/engine/types.js';

export interface Growth {
  baseSize: number;
  baseMs: number;
  largeMs: number;
  ratio: number;
}

export interface GrowthOptions {
  startSize?: number;
  /** The base size stops doubling here even if runs are still short. */
  maxBaseSize?: number;
  /** A run shorter than this is mostly timer and scheduler noise. */
  longEnoughMs?: number;
}

const RUNS_EACH = 3;

function timeOnce(run: (blocks: TextBlock[]) => unknown, blocks: TextBlock[]): number {
  const start = performance.now();
  run(blocks);
  return performance.now() - start;
}

export function measureGrowth(make: (size: number) => TextBlock[], run: (blocks: TextBlock[]) => unknown, options: GrowthOptions = {}): Growth {
  const { startSize = 25_000, maxBaseSize = 400_000, longEnoughMs = 20 } = options;
  let baseSize = startSize;
  let base = make(baseSize);
  timeOnce(run, base); // warm-up: compile the hot paths first
  while (timeOnce(run, base) < longEnoughMs && baseSize < maxBaseSize) {
    baseSize *= 2;
    base = make(baseSize);
  }
  const large = make(baseSize * 4);
  let baseMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < RUNS_EACH; round += 1) {
    baseMs = Math.min(baseMs, timeOnce(run, base));
    largeMs = Math.min(largeMs, timeOnce(run, large));
  }
  return { baseSize, baseMs, largeMs, ratio: largeMs / Math.max(baseMs, 0.05) };
}
