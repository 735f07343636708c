/**
 * The background's one per-tab rate limit, in its two uses: open-library drops a burst after the first request
 * (allow), library saves coalesce into one write of the newest at the interval's end (submit). Each tab counts on
 * its own, and a closed tab is forgotten with what it left waiting.
 */
import { describe, expect, it } from 'vitest';
import { PerTabRateLimit, type Timers } from '../../src/background/rate-limit.js';
import { SAVE_INTERVAL_MS } from '../../src/background/save-guard.js';

/** A clock and timers the test moves by hand. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout(run, ms) {
      const id = next++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.run();
    },
  };
}

describe('PerTabRateLimit.allow: open-library', () => {
  it('serves one request per interval per tab', () => {
    const timers = manualTimers();
    const limit = new PerTabRateLimit(2_000, timers);
    const served = [0, 10, 10, 10, 10].map((step) => {
      timers.advance(step);
      return limit.allow(7);
    });
    expect(served).toEqual([true, false, false, false, false]);
    timers.advance(1_959);
    expect(limit.allow(7)).toBe(false);
    timers.advance(1);
    expect(limit.allow(7)).toBe(true);
  });

  it('counts each tab apart', () => {
    const timers = manualTimers();
    const limit = new PerTabRateLimit(2_000, timers);
    expect(limit.allow(1)).toBe(true);
    expect(limit.allow(2)).toBe(true);
    expect(limit.allow(1)).toBe(false);
  });

  it('forgets a closed tab', () => {
    const timers = manualTimers();
    const limit = new PerTabRateLimit(2_000, timers);
    expect(limit.allow(3)).toBe(true);
    limit.forget(3);
    expect(limit.allow(3)).toBe(true);
  });

  it('does not lock a tab out when the clock went back', () => {
    let now = 5_000;
    const limit = new PerTabRateLimit(2_000, { ...manualTimers(), now: () => now });
    expect(limit.allow(3)).toBe(true);
    now = 1_000;
    expect(limit.allow(3)).toBe(true);
  });
});

describe('PerTabRateLimit.submit: library saves', () => {
  it('writes one save per interval per tab; those in between become one write of the newest, at its end', () => {
    const timers = manualTimers();
    const limiter = new PerTabRateLimit<number>(5_000, timers);
    const written: Array<[number, number]> = [];
    const write = (tab: number) => (item: number) => written.push([tab, item]);
    expect(limiter.submit(1, 1, write(1))).toBe('written');
    // twenty saves a second apart, as a flooding page would send them
    for (let n = 2; n <= 21; n++) {
      timers.advance(1_000);
      limiter.submit(1, n, write(1));
    }
    // another tab is not held up by the first
    expect(limiter.submit(2, 100, write(2))).toBe('written');
    timers.advance(10_000);
    const tabOne = written.filter(([tab]) => tab === 1).map(([, item]) => item);
    expect(tabOne.length).toBeLessThanOrEqual(1 + Math.ceil(30_000 / 5_000));
    expect(tabOne.at(-1)).toBe(21);
    expect(written).toContainEqual([2, 100]);
  });

  it('drops a waiting save when its tab closes', () => {
    const timers = manualTimers();
    const limiter = new PerTabRateLimit<string>(5_000, timers);
    const written: string[] = [];
    limiter.submit(7, 'first', (item) => written.push(item));
    limiter.submit(7, 'second', (item) => written.push(item));
    limiter.forget(7);
    timers.advance(10_000);
    expect(written).toEqual(['first']);
  });
});

describe('PerTabRateLimit: the background\'s save interval', () => {
  it('is 5 s: a save 4.9 s after the last waits, one 5 s after is written', () => {
    const timers = manualTimers();
    const limiter = new PerTabRateLimit<string>(SAVE_INTERVAL_MS, timers);
    const written: string[] = [];
    limiter.submit(1, 'a', (item) => written.push(item));
    timers.advance(4_900);
    expect(limiter.submit(1, 'b', (item) => written.push(item))).toBe('coalesced');
    timers.advance(100);
    expect(written).toEqual(['a', 'b']);
    timers.advance(5_000);
    expect(limiter.submit(1, 'c', (item) => written.push(item))).toBe('written');
  });
});
