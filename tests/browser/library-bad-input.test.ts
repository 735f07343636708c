/**
 * The library under bad input, in real Chromium and Firefox, on the extension page where its IndexedDB runs: an
 * import file that is not ours (or holds some invalid articles), a full quota in the middle of a write, a database
 * in an older layout, one stamped by a newer WhoSaid, damaged records, the background's note of a failed write, and
 * two tabs writing at once. Each gets a clear message, and nothing already stored is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { LibraryEntry } from '../../src/shared/library/entry.js';
import { missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { importLibraryFile, launchForLibrary, openLibraryPage, storeBundle, storeCounts, waitInPage } from './library-harness.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

function entry(n: number, speaker = 'Marta Lindqvist'): LibraryEntry {
  return {
    url: `https://news${n % 3}.example/story/${n}`,
    title: `Story ${n}`,
    site: `news${n % 3}.example`,
    published: `2026-02-${String(1 + (n % 27)).padStart(2, '0')}`,
    analysedAt: 1_770_000_000_000 + n,
    actors: [{ name: speaker, kind: 'person' }, { name: 'officials', kind: 'unnamed' }],
    claims: [
      { actor: 0, text: `The bridge will open in spring, story ${n}`, cue: 'said', kind: 'indirect', stance: 'neutral' },
      { actor: 1, text: 'The budget is tight', cue: 'said', kind: 'indirect', stance: 'neutral' },
    ],
  };
}

interface StoreApi {
  openLibrary(): Promise<{
    saveMany(entries: LibraryEntry[], policy: 'replace' | 'newer'): Promise<number[]>;
    totals(): Promise<{ articles: number; claims: number; people: number }>;
    forgetAll(): Promise<void>;
    close(): void;
  }>;
}

/** Runs `work` with the real store inside an extension page (the code bundled from src/shared/library/store.ts). */
async function withStore<T, A>(page: Page, code: string, work: (api: StoreApi, arg: A) => Promise<T>, arg: A): Promise<T> {
  await page.evaluate(code);
  return page.evaluate(
    async (source, given) => {
      const api = Reflect.get(globalThis, 'whosaidStore') as StoreApi;
      // the work arrives as source text: puppeteer serialises functions, not closures
      const run = (0, eval)(`(${source})`) as (store: StoreApi, value: unknown) => Promise<unknown>;
      return run(api, given);
    },
    work.toString(),
    arg as unknown,
  ) as Promise<T>;
}

/** Reloads the library page and waits for its new first view (Firefox's BiDi never reports the load done). */
async function reload(page: Page, selector = 'main[data-ready="true"]'): Promise<void> {
  await page.evaluate(() => {
    Reflect.set(window, 'whosaidBeforeReload', true);
    location.reload();
  });
  // the old document may answer first: wait until the new one (without the mark) shows the selector
  for (let attempt = 0; attempt < 50; attempt++) {
    await waitInPage(page, selector);
    if (await page.evaluate(() => Reflect.get(window, 'whosaidBeforeReload') === undefined).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the library page did not reload');
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`the library under bad input in ${browserName}`, () => {
    let launched: LaunchedBrowser;
    let code: string;

    beforeAll(async () => {
      code = await storeBundle();
      launched = await launchForLibrary(browserName);
    }, 60_000);

    afterAll(async () => {
      await launched?.close();
    });

    it('imports our file (invalid articles left out, counted) and refuses a file that is not ours, changing nothing', async () => {
      const page = await openLibraryPage(launched);
      const ours = { format: 'whosaid-library', version: 1, exportedAt: '', articles: [entry(1), entry(2), { url: 'javascript:alert(1)' }] };
      expect(await importLibraryFile(page, 'ours.json', JSON.stringify(ours))).toBe('Imported 2 articles; 1 entry of the file was not valid and left out.');
      expect(await storeCounts(page)).toEqual([2, 4, 1]);
      expect(await importLibraryFile(page, 'other.json', '{"hello": "world"}')).toBe('This file is not a WhoSaid library export. Nothing was changed.');
      expect(await importLibraryFile(page, 'notes.txt', 'not json at all')).toContain('it is not JSON');
      expect(await storeCounts(page)).toEqual([2, 4, 1]);
      await page.close();
    });

    it('a full quota mid-write: a clear message, and the library as it was', async () => {
      const page = await openLibraryPage(launched);
      const outcome = await withStore(page, code, async (api, entries: LibraryEntry[]) => {
        const store = await api.openLibrary();
        const put = IDBObjectStore.prototype.put;
        let calls = 0;
        // the browser's quota, simulated: the fifth record written fails as a full disk makes it fail
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          calls += 1;
          if (calls === 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
        try {
          await store.saveMany(entries, 'replace');
          return 'saved';
        } catch (error) {
          return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        } finally {
          IDBObjectStore.prototype.put = put;
          store.close();
        }
      }, [entry(3), entry(4), entry(5)]);
      expect(outcome).toMatch(/^LibraryError: The browser’s storage for WhoSaid is full, so this was not kept\. Everything kept before is still there/);
      expect(await storeCounts(page)).toEqual([2, 4, 1]);
      await page.close();
    });

    it('two tabs writing at once: every article kept once, the totals right', async () => {
      const [first, second] = [await openLibraryPage(launched), await openLibraryPage(launched)];
      const write = (page: Page, from: number) => withStore(page, code, async (api, entries: LibraryEntry[]) => {
        const store = await api.openLibrary();
        // one transaction per article, interleaving with the other tab's
        for (const one of entries) await store.saveMany([one], 'replace');
        const totals = await store.totals();
        store.close();
        return totals;
      }, Array.from({ length: 20 }, (_, i) => entry(from + i)));
      // 10 to 29 and 20 to 39: twenty addresses in common
      await Promise.all([write(first, 10), write(second, 20)]);
      const counts = await storeCounts(first);
      expect(counts).toEqual([2 + 30, 4 + 60, 1]);
      const totals = await withStore(first, code, async (api) => {
        const store = await api.openLibrary();
        const found = await store.totals();
        store.close();
        return found;
      }, null);
      expect(totals).toEqual({ articles: counts[0], claims: counts[1], people: counts[2] });
      await first.close();
      await second.close();
    });

    it('damaged records are left out of what is shown and exported, and said so', async () => {
      const page = await openLibraryPage(launched);
      await page.evaluate(() => new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('whosaid-library');
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          tx.objectStore('articles').put({ seq: 1, url: 42 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }));
      await reload(page, 'main[data-ready="true"] .articles li');
      await page.click('.manage .actions button');
      await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Exported'), { timeout: 10_000 });
      expect(await page.$eval('.status', (status) => status.textContent)).toBe('Exported 32 articles (1 damaged record could not be read and was left out).');
      await page.close();
    });

    it('a database stamped by a newer WhoSaid is refused untouched, with a message', async () => {
      const setSchema = (page: Page, value: number) => page.evaluate((schema) => new Promise<void>((resolve) => {
        const open = indexedDB.open('whosaid-library');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'schema', value: schema });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }), value);
      const page = await openLibraryPage(launched);
      await setSchema(page, 99);
      await reload(page, 'main[data-ready="true"] .error');
      expect(await page.$eval('.error', (error) => error.textContent)).toContain('written by a newer version of WhoSaid');
      expect((await storeCounts(page))[0]).toBe(33);
      await setSchema(page, 1);
      await page.close();
    });

    it('a database in an older layout is completed in place, its records kept', async () => {
      const page = await openLibraryPage(launched);
      await page.evaluate(() => new Promise<void>((resolve, reject) => {
        const remove = indexedDB.deleteDatabase('whosaid-library');
        remove.onerror = () => reject(remove.error);
        remove.onsuccess = () => {
          // the older layout: no people or meta stores, and the person index by date rather than rank
          const open = indexedDB.open('whosaid-library', 1);
          open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('articles', { keyPath: 'seq' }).put({
              seq: 2 ** 36, url: 'https://old.example/a', title: 'Kept from before', site: 'old.example', published: null,
              analysedAt: 1, when: 1, actors: [], counts: { claims: 0, named: 0, unnamed: 0, unattributed: 0, roles: {} },
            });
            db.createObjectStore('claims', { keyPath: 'id' }).createIndex('person', ['person', 'when']);
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        };
      }));
      await page.close();
      const fresh = await openLibraryPage(launched);
      await fresh.waitForSelector('.articles li');
      expect(await fresh.$eval('.articles li .article-title', (title) => title.textContent)).toBe('Kept from before');
      const layout = await fresh.evaluate(() => new Promise<string>((resolve) => {
        const open = indexedDB.open('whosaid-library');
        open.onsuccess = () => {
          const db = open.result;
          const index = db.transaction('claims').objectStore('claims').index('person');
          resolve(`${[...db.objectStoreNames].join(',')} ${JSON.stringify(index.keyPath)}`);
          db.close();
        };
      }));
      expect(layout).toBe('articles,claims,meta,people ["person","rank"]');
      await fresh.close();
    });

    it('shows the note a failed background write left, until dismissed', async () => {
      const page = await openLibraryPage(launched);
      await page.evaluate(() => {
        const api = (globalThis as unknown as { chrome?: { storage: { local: { set(items: object): Promise<void> } } }; browser?: { storage: { local: { set(items: object): Promise<void> } } } });
        const storage = (api.browser ?? api.chrome)?.storage.local;
        return storage?.set({ libraryProblem: { message: 'The browser’s storage for WhoSaid is full, so this was not kept.', title: 'A story', at: 1 } });
      });
      await reload(page, '.problem');
      expect(await page.$eval('.problem p', (note) => note.textContent)).toBe('“\u2068A story\u2069” was not kept. The browser’s storage for WhoSaid is full, so this was not kept.');
      await page.click('.problem button');
      await page.waitForFunction(() => document.querySelector('.problem') === null);
      await reload(page);
      expect(await page.$('.problem')).toBeNull();
      await page.close();
    });
  });
}
