/**
 * The background's per-tab rate limit: the first request of a burst is served, the rest within the interval are
 * dropped, each tab counts on its own, and a closed tab is forgotten.
 */
import { describe, expect, it } from 'vitest';
import { PerTabRateLimit } from '../../src/background/rate-limit.js';

describe('PerTabRateLimit', () => {
  it('serves one request per interval per tab', () => {
    const limit = new PerTabRateLimit(2_000);
    const served = [0, 10, 20, 30, 40].map((at) => limit.allow(7, at));
    expect(served).toEqual([true, false, false, false, false]);
    expect(limit.allow(7, 1_999)).toBe(false);
    expect(limit.allow(7, 2_000)).toBe(true);
  });

  it('counts each tab apart', () => {
    const limit = new PerTabRateLimit(2_000);
    expect(limit.allow(1, 0)).toBe(true);
    expect(limit.allow(2, 1)).toBe(true);
    expect(limit.allow(1, 2)).toBe(false);
  });

  it('forgets a closed tab, and a clock that went back does not lock a tab out', () => {
    const limit = new PerTabRateLimit(2_000);
    expect(limit.allow(3, 5_000)).toBe(true);
    limit.forget(3);
    expect(limit.allow(3, 5_001)).toBe(true);
    expect(limit.allow(3, 1_000)).toBe(true);
  });
});
