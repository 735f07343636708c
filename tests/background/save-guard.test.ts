/**
 * The background's checks on a library save: the entry's address must be the sending page's (its site read from
 * it), and one tab writes at most once per interval, the saves in between coalesced into one (the newest).
 */
import { describe, expect, it } from 'vitest';
import { entryFromSender, PerTabLimiter, type Timers } from '../../src/background/save-guard.js';
import type { LibraryEntry } from '../../src/shared/library/entry.js';

const ENTRY: LibraryEntry = {
  url: 'https://news.example/victim/story',
  title: 'A story',
  site: 'news.example',
  published: null,
  analysedAt: 1_770_000_000_000,
  actors: [{ name: 'Ella Pamfilova', kind: 'person' }],
  claims: [{ actor: 0, text: 'Turnout was high', cue: 'said', kind: 'indirect', stance: 'neutral' }],
};

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

describe('the sender check', () => {
  it('takes an entry for the sending page only, with the site read from its address', () => {
    expect(entryFromSender(ENTRY, 'https://news.example/victim/story#comments', undefined)).toEqual(ENTRY);
    expect(entryFromSender({ ...ENTRY, site: 'www.bbc.co.uk' }, 'https://news.example/victim/story', undefined)?.site).toBe('news.example');
    // /attacker/page claiming /victim/story, another site, or no address at all
    expect(entryFromSender(ENTRY, 'https://news.example/attacker/page', undefined)).toBeNull();
    expect(entryFromSender(ENTRY, 'https://evil.example/victim/story', undefined)).toBeNull();
    expect(entryFromSender(ENTRY, undefined, undefined)).toBeNull();
    expect(entryFromSender(ENTRY, undefined, 'https://news.example/victim/story')).toEqual(ENTRY);
  });
});

describe('the per-tab save limit', () => {
  it('writes one save per interval per tab; those in between become one write of the newest, at its end', () => {
    const timers = manualTimers();
    const limiter = new PerTabLimiter<number>(5_000, timers);
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
    const limiter = new PerTabLimiter<string>(5_000, timers);
    const written: string[] = [];
    limiter.submit(7, 'first', (item) => written.push(item));
    limiter.submit(7, 'second', (item) => written.push(item));
    limiter.forget(7);
    timers.advance(10_000);
    expect(written).toEqual(['first']);
  });
});
