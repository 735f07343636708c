/**
 * Debug logging for the extension's own contexts: a no-op unless built with WHOSAID_DEBUG=1 (build.mjs defines
 * __DEBUG__), so shipped builds print nothing and pay nothing. Also safe where __DEBUG__ is not defined (tests).
 */

const enabled = typeof __DEBUG__ !== 'undefined' && __DEBUG__;

export function debugLog(step: string, detail?: unknown): void {
  if (enabled) console.debug(`[WhoSaid] ${step}`, detail ?? '');
}

/** Runs `work`, logging how long it took under `step` when debugging. */
export function timed<T>(step: string, work: () => T): T {
  if (!enabled) return work();
  const start = performance.now();
  const result = work();
  debugLog(step, `${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

/**
 * A User Timing mark (`whosaid:<step>`) when debugging: the page's own performance timeline then shows where a
 * session's time went (the isolated world shares the page's timeline); nothing in shipped builds.
 */
export function debugMark(step: string): void {
  if (enabled) performance.mark(`whosaid:${step}`);
}
