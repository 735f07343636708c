/**
 * Shared steps of the library's browser tests and screenshots: launching a browser whose extension pages the test
 * can open (Firefox: a fixed UUID and system access for moz-extension:// navigation), opening the library page and
 * waiting for its first view, the store's code bundled for evaluation inside an extension page (the page's CSP
 * refuses injected scripts; code evaluated through the protocol runs in its origin), the stores' record counts and
 * kept articles, and an import through the page's own file input.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';

const FIREFOX_TEST_ID = 'whosaid-test@whosaid-extension';
const FIREFOX_UUID = '7c0f4d2e-5b1a-4e8f-9a3c-1d2e3f4a5b6c';

/** `firefoxPrefs`: more Firefox preferences (a forced colour scheme). */
export function launchForLibrary(name: BrowserName, firefoxPrefs: Record<string, string | number | boolean> = {}): Promise<LaunchedBrowser> {
  if (name === 'chromium') return launchChromium();
  return launchFirefox({
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed
    firefoxArgs: ['-remote-allow-system-access'],
    firefoxPrefs: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_TEST_ID]: FIREFOX_UUID }), ...firefoxPrefs },
  });
}

export async function libraryUrl(launched: LaunchedBrowser): Promise<string> {
  if (launched.name === 'firefox') return `moz-extension://${FIREFOX_UUID}/library.html`;
  const extensionId = [...(await launched.browser.extensions()).keys()][0] ?? '';
  return `chrome-extension://${extensionId}/library.html`;
}

/** Opens the library page and waits for its first view (Firefox's BiDi never reports moz-extension loads done). */
export async function openLibraryPage(launched: LaunchedBrowser, hash = ''): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const url = `${await libraryUrl(launched)}${hash}`;
  page.goto(url).catch(() => undefined);
  try {
    await waitInPage(page, 'main[data-ready="true"]', 10_000);
  } catch {
    // a loaded machine has seen Firefox drop the first navigation of a fresh tab: ask once more
    page.goto(url).catch(() => undefined);
    await waitInPage(page, 'main[data-ready="true"]', 20_000);
  }
  return page;
}

/**
 * Waits for `selector` while the page may still be swapping documents: Firefox's BiDi then fails an evaluation with
 * a protocol error instead of waiting, so such an error is waited out rather than reported.
 */
export async function waitInPage(page: Page, selector: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      // the protocol's error may sit two causes deep ("Waiting for selector failed" ← "Waiting failed" ← it)
      const causes: string[] = [];
      for (let cause: unknown = error; cause instanceof Error && causes.length < 5; cause = cause.cause) causes.push(cause.message);
      const swapping = /protocol error|context|destroyed|detached/i.test(causes.join(' '));
      if (!swapping || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The store module, bundled: evaluated in an extension page it sets `globalThis.whosaidStore` (openLibrary). */
export async function storeBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { openLibrary } from './src/shared/library/store.ts';\nReflect.set(globalThis, 'whosaidStore', { openLibrary });",
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Keeps `entries` straight in the library through the real store, from an extension page (seeding a test). */
export async function keepEntries(page: Page, entries: readonly unknown[]): Promise<void> {
  await page.evaluate(await storeBundle());
  await page.evaluate(async (kept) => {
    const api = Reflect.get(globalThis, 'whosaidStore') as { openLibrary(): Promise<{ saveMany(items: unknown, policy: string): Promise<unknown>; close(): void }> };
    const store = await api.openLibrary();
    await store.saveMany(kept, 'replace');
    store.close();
  }, entries);
}

/** The record counts of the articles, claims and people stores, read from an extension page. */
export function storeCounts(page: Page): Promise<number[]> {
  return page.evaluate(() => new Promise<number[]>((resolve, reject) => {
    const open = indexedDB.open('whosaid-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['articles', 'claims', 'people'], 'readonly');
      const counts = ['articles', 'claims', 'people'].map((name) => tx.objectStore(name).count());
      tx.oncomplete = () => {
        db.close();
        resolve(counts.map((request) => request.result));
      };
    };
  }));
}

/** One kept article as the stores hold it: its address, title, site and its claims' texts in order. */
export interface KeptArticle {
  url: string;
  title: string;
  site: string;
  claims: string[];
}

/** Every kept article with its claims, read straight from the stores from an extension page. */
export function keptArticles(page: Page): Promise<KeptArticle[]> {
  return page.evaluate(() => new Promise<KeptArticle[]>((resolve, reject) => {
    const open = indexedDB.open('whosaid-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['articles', 'claims'], 'readonly');
      const articles = tx.objectStore('articles').getAll();
      const claims = tx.objectStore('claims').getAll();
      tx.oncomplete = () => {
        db.close();
        const bySeq = new Map<number, Array<{ i: number; text: string }>>();
        for (const claim of claims.result as Array<{ seq: number; i: number; text: string }>) {
          bySeq.set(claim.seq, [...(bySeq.get(claim.seq) ?? []), claim]);
        }
        resolve((articles.result as Array<{ seq: number; url: string; title: string; site: string }>).map((article) => ({
          url: article.url,
          title: article.title,
          site: article.site,
          claims: (bySeq.get(article.seq) ?? []).sort((a, b) => a.i - b.i).map((claim) => claim.text),
        })));
      };
    };
  }));
}

/** Imports `text` as the file `name` through the library page's own file input; returns the status it shows. */
export async function importLibraryFile(page: Page, name: string, text: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-import-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const input = await page.$('input[type="file"]');
  if (input === null) throw new Error('no file input');
  const before = await page.$eval('.status', (status) => status.textContent ?? '');
  await input.uploadFile(path);
  // done when the status changed, or (the same words as the import before) when the page emptied its file input
  await page.waitForFunction(
    (previous) => {
      const status = document.querySelector('.status')?.textContent ?? '';
      const emptied = document.querySelector<HTMLInputElement>('input[type="file"]')?.files?.length === 0;
      return (status !== previous || emptied) && /Imported|not|cannot/.test(status);
    },
    { timeout: 10_000 },
    before,
  );
  return page.$eval('.status', (status) => status.textContent ?? '');
}
