/**
 * The background's one per-tab rate limit (issue 19): at most one request served per interval per tab, in two
 * ways. `allow` drops what comes within the interval (five "Open the library" in a row opened five tabs: now the
 * first opens one); `submit` coalesces it into one write of the newest at the interval's end (a page once made
 * twenty library entries in 17 s by pushState). A closed tab is forgotten, with any write it left waiting. Pure:
 * the clock and timers are given, so tests need no browser and no real time.
 */

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock and timers, for the background. */
export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface TabState<T> {
  /** When this tab was last served. */
  last: number;
  /** The newest item submitted within the interval, waiting for its end. */
  pending: { item: T; write: (item: T) => void } | null;
  timer: unknown;
}

export type SubmitOutcome = 'written' | 'coalesced';

/** At most one request served per `intervalMs` per tab. */
export class PerTabRateLimit<T = never> {
  readonly #tabs = new Map<number, TabState<T>>();
  readonly #intervalMs: number;
  readonly #timers: Timers;

  constructor(intervalMs: number, timers: Timers = realTimers) {
    this.#intervalMs = intervalMs;
    this.#timers = timers;
  }

  /**
   * Whether `tabId` is served now: false within the interval of its last service (or while a write waits); a
   * clock that went back does not lock a tab out.
   */
  #due(state: TabState<T> | undefined, now: number): boolean {
    if (state === undefined) return true;
    if (state.pending !== null) return false;
    return now - state.last >= this.#intervalMs || now < state.last;
  }

  /** True when `tabId` may be served now (and counts it as served); false, and dropped, within the interval. */
  allow(tabId: number): boolean {
    const now = this.#timers.now();
    const state = this.#tabs.get(tabId);
    if (!this.#due(state, now)) return false;
    this.#tabs.set(tabId, { last: now, pending: null, timer: state?.timer ?? null });
    return true;
  }

  /**
   * Writes `item` now when `tabId` is due; else keeps it as the tab's newest, written at the interval's end in
   * place of any item submitted before it.
   */
  submit(tabId: number, item: T, write: (item: T) => void): SubmitOutcome {
    if (this.allow(tabId)) {
      write(item);
      return 'written';
    }
    const state = this.#tabs.get(tabId);
    if (state === undefined) throw new Error('a tab refused by the rate limit has a state');
    state.pending = { item, write };
    if (state.timer === null) {
      const wait = Math.max(0, state.last + this.#intervalMs - this.#timers.now());
      state.timer = this.#timers.setTimeout(() => this.#flush(tabId), wait);
    }
    return 'coalesced';
  }

  #flush(tabId: number): void {
    const state = this.#tabs.get(tabId);
    if (state === undefined) return;
    state.timer = null;
    const pending = state.pending;
    if (pending === null) return;
    state.pending = null;
    state.last = this.#timers.now();
    pending.write(pending.item);
  }

  /** The tab closed: its entry goes, and a write it left waiting is dropped with it. */
  forget(tabId: number): void {
    const state = this.#tabs.get(tabId);
    if (state !== undefined && state.timer !== null) this.#timers.clearTimeout(state.timer);
    this.#tabs.delete(tabId);
  }
}
