/**
 * Sliced work: the engine's steps (and the page's article finder) are generators that yield between short slices so
 * a page's main thread stays responsive; `drain` runs one to its end at once, for callers with no page to serve.
 */

/** Runs a sliced step to the end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
