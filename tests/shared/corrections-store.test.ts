/**
 * The corrections store over an in-memory storage area: what is written comes back, an empty list removes the
 * item, and what is read back is validated (corrupt, foreign, other-version or partly bad items) with a problem
 * in words; a full storage on writing is an outcome, not an exception. The storage is bounded (a page once filled
 * it through megabyte addresses): capped keys, capped items, the least recently written evicted for the reader's
 * next correction, and words for the reader only when even that cannot make room.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleKey } from '../../src/shared/article-key.js';
import type { Correction } from '../../src/shared/corrections.js';
import { articleKey, MAX_KEY_URL_LENGTH } from '../../src/shared/article-key.js';
import {
  correctionsStore,
  itemBytes,
  MAX_STORED_ARTICLES,
  MAX_TOTAL_BYTES,
  storageKeyOf,
  type CorrectionsStorageArea,
} from '../../src/shared/corrections-store.js';
import { memoryArea } from './memory-storage-area.js';

const KEY: ArticleKey = { url: 'https://news.example/a', textHash: '00c0ffee123456' };
const ONE: Correction = { kind: 'not-a-claim', cue: { block: 1, start: 4, end: 8 } };

describe('correctionsStore', () => {
  it('keeps a list per article version and gives it back', async () => {
    const area = memoryArea();
    const store = correctionsStore(area, () => 1_700_000_000_000);
    expect(await store.save(KEY, [ONE])).toEqual({ ok: true, evicted: 0 });
    expect(area.items[storageKeyOf(KEY)]).toEqual({ version: 1, url: KEY.url, textHash: KEY.textHash, savedAt: 1_700_000_000_000, corrections: [ONE] });
    expect(await store.load(KEY)).toEqual({ corrections: [ONE], problem: null });
    expect(await store.load({ ...KEY, textHash: '00000000000000' })).toEqual({ corrections: [], problem: null });
    expect(await store.save(KEY, [])).toEqual({ ok: true, evicted: 0 });
    expect(Object.keys(area.items)).toEqual([]);
  });

  it('reads corrupt, foreign and other-version items as none, and says so', async () => {
    const stored = (value: unknown) => correctionsStore(memoryArea({ [storageKeyOf(KEY)]: value })).load(KEY);
    for (const value of ['garbage', 42, null, [], { version: 2, url: KEY.url, textHash: KEY.textHash, corrections: [ONE] }, { version: 1, url: 'https://other.example/', textHash: KEY.textHash, corrections: [ONE] }]) {
      const loaded = await stored(value);
      expect(loaded.corrections).toEqual([]);
      expect(loaded.problem).toMatch(/could not be read/);
    }
  });

  it('keeps the valid corrections of a partly bad item and counts the rest', async () => {
    const loaded = await correctionsStore(
      memoryArea({ [storageKeyOf(KEY)]: { version: 1, url: KEY.url, textHash: KEY.textHash, savedAt: 1, corrections: [ONE, { kind: 'x' }, 'y'] } }),
    ).load(KEY);
    expect(loaded).toEqual({ corrections: [ONE], problem: '2 corrections kept for this article could not be read and are not applied.' });
  });

  it('reports a full storage in words, and a storage that fails to read as unreadable', async () => {
    const full = correctionsStore(memoryArea({}, () => new Error('QUOTA_BYTES quota exceeded')));
    const outcome = await full.save(KEY, [ONE]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.problem).toMatch(/storage for WhoSaid is full/);
    const broken: CorrectionsStorageArea = { get: () => Promise.reject(new Error('gone')), set: async () => undefined, remove: async () => undefined };
    expect((await correctionsStore(broken).load(KEY)).problem).toMatch(/could not be read/);
  });

  it('caps a key\'s address: a megabyte address makes an item of about two kilobytes, one per address', async () => {
    const long = (tag: string) => `https://attacker.example/page?q=${tag}${'x'.repeat(1_000_000)}`;
    const key = articleKey(long('a'), [{ kind: 'paragraph', text: 'The same text.' }]);
    const other = articleKey(long('b'), [{ kind: 'paragraph', text: 'The same text.' }]);
    expect(key?.url.length).toBeLessThanOrEqual(MAX_KEY_URL_LENGTH);
    expect(key?.url).not.toBe(other?.url);
    if (key === null || other === null) throw new Error('no key');
    const area = memoryArea();
    const store = correctionsStore(area, () => 1);
    await store.save(key, [ONE]);
    await store.save(other, [ONE]);
    const [first] = Object.keys(area.items);
    expect(first === undefined ? 0 : itemBytes(first, area.items[first])).toBeLessThan(3_000);
    expect(await store.load(key)).toEqual({ corrections: [ONE], problem: null });
    expect(articleKey('https://news.example/a', [])?.url).toBe('https://news.example/a');
  });

  it('keeps at most MAX_STORED_ARTICLES items: the least recently written goes, and the new one is kept', async () => {
    const area = memoryArea({ unrelated: { keep: 'me' } });
    let clock = 1_000;
    const store = correctionsStore(area, () => clock);
    const keyOf = (n: number): ArticleKey => ({ url: `https://news.example/${n}`, textHash: '00c0ffee123456' });
    for (let n = 0; n < MAX_STORED_ARTICLES; n++) {
      clock += 1;
      await store.save(keyOf(n), [ONE]);
    }
    // article 0 corrected again: now the most recent
    clock += 1;
    await store.save(keyOf(0), [ONE, { kind: 'not-a-claim', cue: { block: 2, start: 0, end: 3 } }]);
    clock += 1;
    expect(await store.save(keyOf(MAX_STORED_ARTICLES), [ONE])).toEqual({ ok: true, evicted: 1 });
    const kept = Object.keys(area.items).filter((key) => key.startsWith('whosaid-corrections:'));
    expect(kept).toHaveLength(MAX_STORED_ARTICLES);
    expect(kept).not.toContain(storageKeyOf(keyOf(1)));
    expect(kept).toContain(storageKeyOf(keyOf(0)));
    expect(area.items['unrelated']).toEqual({ keep: 'me' });
  });

  it('keeps all items within MAX_TOTAL_BYTES, evicting the oldest, and never refuses the reader\'s next correction', async () => {
    const area = memoryArea();
    let clock = 0;
    const store = correctionsStore(area, () => ++clock);
    const many: Correction[] = Array.from({ length: 400 }, (_, i) => ({ kind: 'speaker', cue: { block: i, start: 0, end: 4 }, to: { id: null, name: `A reader-named speaker ${'n'.repeat(60)} ${i}` } }));
    for (let n = 0; n < 40; n++) {
      expect((await store.save({ url: `https://flood.example/${n}`, textHash: '00000000000000' }, many)).ok).toBe(true);
    }
    const total = () => Object.entries(area.items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    expect(total()).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
    expect(await store.save(KEY, [ONE])).toMatchObject({ ok: true });
    expect(await store.load(KEY)).toEqual({ corrections: [ONE], problem: null });
    expect(total()).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });

  it('refuses one article\'s item past its cap in words, keeping what was kept', async () => {
    const area = memoryArea();
    const store = correctionsStore(area);
    const huge: Correction[] = Array.from({ length: 500 }, (_, i) => ({ kind: 'rename', actor: { id: `a${i}`, name: '名'.repeat(120) }, name: '前'.repeat(120) }));
    const outcome = await store.save(KEY, huge);
    expect(outcome.ok ? '' : outcome.problem).toMatch(/more than WhoSaid keeps for one article/);
    expect(area.items).toEqual({});
  });

  it('when the browser\'s storage is full of other things, gives up older items of ours; when even that fails, says so', async () => {
    const area = memoryArea();
    const store = correctionsStore(area);
    await store.save({ url: 'https://old.example/1', textHash: '00000000000000' }, [ONE]);
    await store.save({ url: 'https://old.example/2', textHash: '00000000000000' }, [ONE]);
    let failures = 1;
    const full = correctionsStore(memoryArea(area.items, () => (failures-- > 0 ? new Error('QUOTA_BYTES quota exceeded') : null)));
    expect(await full.save(KEY, [ONE])).toEqual({ ok: true, evicted: 1 });
    expect(await full.load(KEY)).toEqual({ corrections: [ONE], problem: null });
    const never = correctionsStore(memoryArea(area.items, () => new Error('QUOTA_BYTES quota exceeded')));
    const outcome = await never.save({ ...KEY, url: 'https://news.example/b' }, [ONE]);
    expect(outcome.ok ? '' : outcome.problem).toMatch(/full, even after removing the corrections of the articles you corrected longest ago/);
  });
});
