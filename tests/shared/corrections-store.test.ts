/**
 * The corrections store over an in-memory storage area: what is written comes back, an empty list removes the
 * item, and what is read back is validated (corrupt, foreign, other-version or partly bad items) with a problem
 * in words; a full storage on writing is an outcome, not an exception.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleKey } from '../../src/shared/article-key.js';
import type { Correction } from '../../src/shared/corrections.js';
import { correctionsStore, storageKeyOf, type CorrectionsStorageArea } from '../../src/shared/corrections-store.js';

const KEY: ArticleKey = { url: 'https://news.example/a', textHash: '00c0ffee123456' };
const ONE: Correction = { kind: 'not-a-claim', cue: { block: 1, start: 4, end: 8 } };

function memoryArea(items: Record<string, unknown> = {}, failWith?: Error): CorrectionsStorageArea & { items: Record<string, unknown> } {
  return {
    items,
    async get(key) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values) {
      if (failWith) throw failWith;
      Object.assign(items, structuredClone(values));
    },
    async remove(key) {
      delete items[key];
    },
  };
}

describe('correctionsStore', () => {
  it('keeps a list per article version and gives it back', async () => {
    const area = memoryArea();
    const store = correctionsStore(area, () => 1_700_000_000_000);
    expect(await store.save(KEY, [ONE])).toEqual({ ok: true });
    expect(area.items[storageKeyOf(KEY)]).toEqual({ version: 1, url: KEY.url, textHash: KEY.textHash, savedAt: 1_700_000_000_000, corrections: [ONE] });
    expect(await store.load(KEY)).toEqual({ corrections: [ONE], problem: null });
    expect(await store.load({ ...KEY, textHash: '00000000000000' })).toEqual({ corrections: [], problem: null });
    expect(await store.save(KEY, [])).toEqual({ ok: true });
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
    const full = correctionsStore(memoryArea({}, new Error('QUOTA_BYTES quota exceeded')));
    const outcome = await full.save(KEY, [ONE]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.problem).toMatch(/storage for WhoSaid is full/);
    const broken: CorrectionsStorageArea = { get: () => Promise.reject(new Error('gone')), set: async () => undefined, remove: async () => undefined };
    expect((await correctionsStore(broken).load(KEY)).problem).toMatch(/could not be read/);
  });
});
