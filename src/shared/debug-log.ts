/**
 * Debug logging for the extension's own contexts: a no-op unless built with WHOSAID_DEBUG=1 (build.mjs defines
 * __DEBUG__), so shipped builds print nothing and pay nothing. Also safe where __DEBUG__ is not defined (tests).
 * The User Timing marks are a separate switch (__MARKS__: WHOSAID_DEBUG=1 or WHOSAID_MARKS=1), because the page
 * shares them: a shipped build sets none, so a page cannot tell from its timeline that WhoSaid ran.
 */

const enabled = typeof __DEBUG__ !== 'undefined' && __DEBUG__;
const marking = typeof __MARKS__ !== 'undefined' && __MARKS__;

/** The prefix of every mark WhoSaid sets (builds with marks only). */
export const MARK_PREFIX = 'whosaid:';

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
 * A User Timing mark (`whosaid:<step>`) in builds with marks: the page's own performance timeline then shows where
 * a session's time went (the isolated world shares the page's timeline; the page bench reads `whosaid:started`
 * and `whosaid:state:…`); nothing in shipped builds.
 */
export function debugMark(step: string): void {
  if (marking) performance.mark(`${MARK_PREFIX}${step}`);
}

/** Takes WhoSaid's marks off the page's timeline again (when switched off); nothing to do in shipped builds. */
export function clearDebugMarks(): void {
  if (!marking) return;
  for (const entry of performance.getEntriesByType('mark')) {
    if (entry.name.startsWith(MARK_PREFIX)) performance.clearMarks(entry.name);
  }
}
