/**
 * Runs the engine without holding the page's main thread: between slices of work it yields to the browser so input
 * and painting go on. The engine's `analyzeInSlices` marks where it may pause; this runs slices until a time budget
 * is spent, then yields (scheduler.yield where the browser has it, else a zero timeout).
 */
import { analyzeInSlices } from '../engine/index.js';
import { debugLog } from '../shared/debug-log.js';
import type { Analysis, TextBlock } from '../engine/types.js';

/** Resolves on a later task, letting the page handle input and paint. */
export function yieldToPage(): Promise<void> {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (typeof scheduler === 'object' && scheduler !== null) {
    const yieldFn: unknown = Reflect.get(scheduler, 'yield');
    if (typeof yieldFn === 'function') return Promise.resolve(yieldFn.call(scheduler)).then(() => undefined);
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Slices of work: each `next()` does a bounded step; the generator's return value is the result. */
export async function runSliced<T>(slices: Generator<void, T>, isCancelled: () => boolean, budgetMs = 8): Promise<T | null> {
  const start = performance.now();
  let sliceStart = start;
  let tasks = 1;
  for (;;) {
    if (isCancelled()) return null;
    const step = slices.next();
    if (step.done === true) {
      debugLog('analysis', `${(performance.now() - start).toFixed(1)} ms over ${tasks} tasks`);
      return step.value;
    }
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
      tasks += 1;
    }
  }
}

/** The analysis of `blocks`, or null when cancelled (WhoSaid switched off meanwhile). */
export function analyzeWithoutBlocking(blocks: TextBlock[], isCancelled: () => boolean): Promise<Analysis | null> {
  return runSliced(analyzeInSlices(blocks), isCancelled);
}
