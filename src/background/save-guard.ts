/**
 * The background's checks on a library save before it is written (issue 19): the entry must be for the very page
 * that sent it (its address is the sender's, its site read from that address), and a tab saves at most once per
 * SAVE_INTERVAL_MS, later saves within the interval coalesced into one written when it ends (the newest wins). A
 * page once made twenty entries in 17 s by pushState; the content script no longer sends those, and this is the
 * second wall. Pure (clock and timers given), so it is tested without a browser.
 */
import { httpUrl } from '../shared/article-key.js';
import { siteOf, type LibraryEntry } from '../shared/library/entry.js';

/** The least time between two writes of one tab's saves. */
export const SAVE_INTERVAL_MS = 5_000;

/**
 * The entry when it is for the page that sent it: its address (without fragment) is the sender's frame's, else the
 * tab's; the site is read from that address, whatever the entry says. Null for any other address.
 */
export function entryFromSender(entry: LibraryEntry, senderUrl: string | undefined, tabUrl: string | undefined): LibraryEntry | null {
  const from = httpUrl(senderUrl ?? tabUrl ?? '');
  if (from === null || from.href !== entry.url) return null;
  return { ...entry, site: siteOf(from.href) };
}

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface TabState<T> {
  /** When this tab's last save was written. */
  last: number;
  /** The newest save that came within the interval, waiting for its end. */
  pending: { item: T; write: (item: T) => void } | null;
  timer: unknown;
}

export type SubmitOutcome = 'written' | 'coalesced';

/** At most one write per `intervalMs` per tab; what comes in between is coalesced into one write at its end. */
export class PerTabLimiter<T> {
  readonly #tabs = new Map<number, TabState<T>>();
  readonly #intervalMs: number;
  readonly #timers: Timers;

  constructor(intervalMs: number, timers: Timers) {
    this.#intervalMs = intervalMs;
    this.#timers = timers;
  }

  submit(tabId: number, item: T, write: (item: T) => void): SubmitOutcome {
    const now = this.#timers.now();
    const state = this.#tabs.get(tabId);
    if (state === undefined || (state.pending === null && now - state.last >= this.#intervalMs)) {
      this.#tabs.set(tabId, { last: now, pending: null, timer: state?.timer ?? null });
      write(item);
      return 'written';
    }
    state.pending = { item, write };
    if (state.timer === null) {
      state.timer = this.#timers.setTimeout(() => this.#flush(tabId), Math.max(0, state.last + this.#intervalMs - now));
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

  /** The tab closed: its waiting save is dropped with it. */
  forget(tabId: number): void {
    const state = this.#tabs.get(tabId);
    if (state !== undefined && state.timer !== null) this.#timers.clearTimeout(state.timer);
    this.#tabs.delete(tabId);
  }
}
