/**
 * At most one request per interval per tab: how the background refuses a burst of the same request from one page
 * (five "Open the library" in a row opened five tabs). Only the first request of a burst is served; the rest are
 * dropped, not queued. Time is passed in, so tests need no clock.
 */
export class PerTabRateLimit {
  readonly #intervalMs: number;
  readonly #lastServed = new Map<number, number>();

  constructor(intervalMs: number) {
    this.#intervalMs = intervalMs;
  }

  /** True when `tabId` may be served at `now` (and counts it as served); false within the interval of the last. */
  allow(tabId: number, now: number): boolean {
    const last = this.#lastServed.get(tabId);
    if (last !== undefined && now - last < this.#intervalMs && now >= last) return false;
    this.#lastServed.set(tabId, now);
    return true;
  }

  /** The tab closed: its entry goes. */
  forget(tabId: number): void {
    this.#lastServed.delete(tabId);
  }
}
