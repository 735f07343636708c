/**
 * Runs the engine without holding the page's main thread: between slices of work it yields to the browser so input
 * and painting go on. The engine's `analyzeInSlices` marks where it may pause; this runs slices until a time budget
 * is spent, then yields (scheduler.yield where the browser has it, else a zero timeout).
 */
import { analyzeInSlices } from '../engine/index.js';
import { debugLog } from '../shared/debug-log.js';
import type { Analysis, TextBlock } from '../engine/index.js';

/** When the current task began, as far as this module knows: the script's start or the end of the last yield. */
let taskStartedAt = performance.now();

/** Resolves on a later task, letting the page handle input and paint. */
export function yieldToPage(): Promise<void> {
  const resumed = (): void => {
    taskStartedAt = performance.now();
  };
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (typeof scheduler === 'object' && scheduler !== null) {
    const yieldFn: unknown = Reflect.get(scheduler, 'yield');
    if (typeof yieldFn === 'function') return Promise.resolve(yieldFn.call(scheduler)).then(resumed);
  }
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(resumed);
}

/** Slices of work: each `next()` does a bounded step; the generator's return value is the result. */
export async function runSliced<T>(slices: Generator<void, T>, isCancelled: () => boolean, budgetMs = 8): Promise<T | null> {
  const start = performance.now();
  let tasks = 1;
  for (;;) {
    if (isCancelled()) return null;
    const step = slices.next();
    if (step.done === true) {
      debugLog('analysis', `${(performance.now() - start).toFixed(1)} ms over ${tasks} tasks`);
      return step.value;
    }
    // the budget counts from the start of the task, which may have begun before this run (the script's own start)
    if (performance.now() - taskStartedAt >= budgetMs) {
      await yieldToPage();
      tasks += 1;
    }
  }
}

/**
 * The analysis of `blocks` in `language` (a tag the engine reads: see page/language/readable-languages.ts; English
 * when not given), or null when cancelled (WhoSaid switched off meanwhile).
 */
export function analyzeWithoutBlocking(blocks: TextBlock[], isCancelled: () => boolean, language?: string): Promise<Analysis | null> {
  return runSliced(analyzeInSlices(blocks, language === undefined ? {} : { language }), isCancelled);
}
