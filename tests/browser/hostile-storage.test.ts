/**
 * A hostile page against WhoSaid's storage and library, in real Chromium and Firefox (issue 19), each attack
 * written as the page's own script would do it, and each of the reader's acts done with real input (the toolbar
 * click, the mouse and the keyboard through puppeteer):
 *   - pushState flooding: the page moves to megabyte addresses and rewrites its text again and again, forging a
 *     correction at each where it can reach the sidebar; storage.local stays within WhoSaid's bounds, and the
 *     reader's next correction, on another article, is kept;
 *   - same-site spoofing: the reader analyses /victim/story, then on /attacker/page the page pushState-s to
 *     /victim/story and rewrites a paragraph: the reader's /victim/story entry is unchanged;
 *   - twenty pushState + text changes after one click make one library entry, not twenty;
 *   - a storage such a flood left full before the bounds existed: the reader's next correction makes room in it.
 * The pages are our own invented articles (tests/fixtures/hostile/), served from 127.0.0.1.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { missingBuild, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { clickInShadow, inShadow, waitInShadow } from './closed-shadow.js';
import { keptArticles, launchForLibrary, openLibraryPage } from './library-harness.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { openUrlWithWhoSaid, switchOffWhoSaid } from './ui-article.js';
import { MAX_TOTAL_BYTES } from '../../src/shared/corrections-store.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const HOSTILE = join(PROJECT_ROOT, 'tests', 'fixtures', 'hostile');
const VICTIM = '/victim/story.html';
const ATTACKER = '/attacker/page.html';
const FLOOD = '/flood/page.html';
/** Longer than the background's per-tab save interval (5 s): a save it coalesced has been written by then. */
const SAVES_SETTLE_MS = 6_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until some WhoSaid highlight holds `text`: the page's change was read and painted. */
function waitForHighlighted(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction((needle) => {
    let found = false;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-')) return;
      highlight.forEach((range) => {
        if (range instanceof Range && range.toString().includes(needle)) found = true;
      });
    });
    return found;
  }, { polling: 100, timeout }, text);
}

/** The kept article at `path` (any origin), once it is there, or null after `timeoutMs`. */
async function waitForKept(library: Page, path: string, timeoutMs = 10_000): Promise<Awaited<ReturnType<typeof keptArticles>>[number] | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await keptArticles(library)).find((article) => new URL(article.url).pathname === path);
    if (found !== undefined || Date.now() > deadline) return found ?? null;
    await sleep(200);
  }
}

/** WhoSaid's corrections items in storage.local: their keys and what each takes (key and value, as JSON bytes). */
function correctionItems(library: Page): Promise<Array<{ key: string; bytes: number; corrections: number }>> {
  return library.evaluate(async () => {
    const api = globalThis as unknown as { browser?: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } }; chrome?: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };
    const storage = (api.browser ?? api.chrome)?.storage.local;
    const all = (await storage?.get(null)) ?? {};
    const encoder = new TextEncoder();
    return Object.entries(all)
      .filter(([key]) => key.startsWith('whosaid-corrections:'))
      .map(([key, value]) => ({
        key,
        bytes: encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length,
        corrections: Array.isArray((value as { corrections?: unknown }).corrections) ? ((value as { corrections: unknown[] }).corrections.length) : 0,
      }));
  });
}

/**
 * The page's own script forges a correction the way it could when the sidebar acted on synthetic events in an open
 * shadow root: a synthetic click on the first claim's "Correct", then on "Not a claim". `given` is the shadow root
 * handed to it, else it takes what the page can reach itself (`host.shadowRoot`, null now that the root is closed).
 * Returns what it reached. Self-contained: it is sent to the page as source.
 */
async function forgeNotAClaim(given: ShadowRoot | null): Promise<string[]> {
  const root = given ?? document.querySelector('whosaid-root')?.shadowRoot ?? null;
  if (root === null) return ['no shadow root'];
  const reached: string[] = [];
  const button = root.querySelector<HTMLElement>('[data-claim-id] .ws-fix-open');
  if (button === null) return ['no Correct button'];
  button.click();
  await new Promise((resolve) => setTimeout(resolve, 150));
  const form = root.querySelector('.ws-fix');
  if (form !== null) reached.push('form open');
  [...(root.querySelectorAll<HTMLButtonElement>('.ws-fix button'))].find((candidate) => candidate.textContent?.trim() === 'Not a claim')?.click();
  await new Promise((resolve) => setTimeout(resolve, 150));
  return reached;
}

/**
 * The page forges a correction twice: as it can (through `host.shadowRoot`, which gives it nothing), and again with
 * the sidebar's elements handed to the same script by the test driver, so the gate for untrusted input is proven
 * on its own. Resolves what each attempt reached.
 */
async function pageForgesCorrection(page: Page): Promise<{ own: string[]; handed: string[] }> {
  const own = await page.evaluate(forgeNotAClaim, null);
  const handed = await inShadow(page, forgeNotAClaim);
  return { own, handed };
}

/**
 * The reader marks a claim "not a claim" by hand: the real mouse on its "Correct" button, then Enter on the form's
 * first control, "Not a claim", which takes the focus. The test finds the button in the closed root through the
 * automation protocol (closed-shadow.ts); the click and the key are puppeteer's real, trusted input.
 */
async function readerMarksNotAClaim(page: Page, buttonName: string): Promise<void> {
  await clickInShadow(page, `.ws-fix-open[aria-label="${buttonName}"]`);
  // the form opens with the focus on "Not a claim"
  await waitInShadow(page, (shadow) => shadow?.activeElement?.textContent?.trim() === 'Not a claim', { polling: 50, timeout: 5_000 });
  await page.keyboard.press('Enter');
}

/** The sidebar's text, as the test driver reads it from the closed root. */
function sidebarText(page: Page): Promise<string> {
  return inShadow(page, (shadow) => shadow?.textContent ?? '');
}

/**
 * Replaces WhoSaid's corrections items in storage.local with `items` (from an extension page); where the browser
 * has a quota for it (Chromium's 10 MB), one more item fills it to within 50 bytes, as a flood would.
 */
function setCorrectionItems(library: Page, items: Record<string, unknown>): Promise<void> {
  return library.evaluate(async (wanted) => {
    type Local = {
      get(keys: null): Promise<Record<string, unknown>>;
      remove(keys: string[]): Promise<void>;
      set(items: object): Promise<void>;
      QUOTA_BYTES?: number;
      getBytesInUse?(keys: null): Promise<number>;
    };
    const api = globalThis as unknown as { browser?: { storage: { local: Local } }; chrome?: { storage: { local: Local } } };
    const storage = (api.browser ?? api.chrome)?.storage.local;
    if (storage === undefined) throw new Error('no storage.local');
    await storage.remove(Object.keys(await storage.get(null)).filter((key) => key.startsWith('whosaid-corrections:')));
    // one at a time: Chromium refuses a single set larger than its quota allows at once
    for (const [key, value] of Object.entries(wanted)) await storage.set({ [key]: value });
    if (storage.QUOTA_BYTES === undefined || storage.getBytesInUse === undefined) return;
    const room = storage.QUOTA_BYTES - (await storage.getBytesInUse(null));
    const key = 'whosaid-corrections:00000000000000:http://127.0.0.1/fill';
    // Chromium counts a key's length and its value's JSON: a string's two quotes
    if (room > key.length + 52) await storage.set({ [key]: 'x'.repeat(room - key.length - 2 - 50) });
  }, items);
}

/** Waits until the corrections item of `url` holds some corrections, and returns how many (0: none in time). */
async function keptCorrectionsOf(library: Page, url: string, timeoutMs = 15_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const kept = (await correctionItems(library)).filter((item) => item.key.endsWith(url)).map((item) => item.corrections);
    if (kept.length > 0 || Date.now() > deadline) return kept;
    await sleep(200);
  }
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`a hostile page against storage and the library in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let library: Page;

    beforeAll(async () => {
      server = await startStaticServer({ '/victim/': HOSTILE, '/attacker/': HOSTILE, '/flood/': HOSTILE });
      launched = await launchForLibrary(browserName);
      library = await openLibraryPage(launched);
    }, 60_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('same-site spoofing: /attacker/page pushState-ing to /victim/story and rewriting text leaves the reader\'s entry unchanged', async () => {
      const page = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, page, `${server.origin}${VICTIM}`);
      const before = await waitForKept(library, VICTIM);
      expect(before?.claims.length).toBeGreaterThan(0);
      await switchOffWhoSaid(launched, page);

      await openUrlWithWhoSaid(launched, page, `${server.origin}${ATTACKER}`);
      // the page's own script
      await page.evaluate((victim) => {
        history.pushState(null, '', victim);
        const paragraph = document.getElementById('rewritten');
        if (paragraph !== null) paragraph.textContent = '“The ferry company is bankrupt and the boats are unsafe,” said Ingrid Solberg.';
      }, VICTIM);
      await waitForHighlighted(page, 'The ferry company is bankrupt');
      await sleep(SAVES_SETTLE_MS);
      const after = (await keptArticles(library)).filter((article) => new URL(article.url).pathname === VICTIM);
      expect(after).toHaveLength(1);
      expect(after[0]?.claims).toEqual(before?.claims);
      expect(after[0]?.title).toBe(before?.title);
      await page.close();

      // the page moves to /victim/story before the reader's first click there: what WhoSaid reads at that address
      // is a new entry only where none is kept, never a replacement of the reader's /victim/story
      const spoofed = await launched.browser.newPage();
      await spoofed.setViewport({ width: 1280, height: 900 });
      await spoofed.goto(`${server.origin}${ATTACKER}`, { waitUntil: 'load' });
      await spoofed.evaluate((victim) => {
        history.pushState(null, '', victim);
        const paragraph = document.getElementById('rewritten');
        if (paragraph !== null) paragraph.textContent = '“The ferry company is bankrupt and the boats are unsafe,” said Ingrid Solberg.';
      }, VICTIM);
      await launched.toggle(spoofed);
      await waitForHighlighted(spoofed, 'The ferry company is bankrupt');
      await sleep(SAVES_SETTLE_MS);
      const clickedThere = (await keptArticles(library)).filter((article) => new URL(article.url).pathname === VICTIM);
      expect(clickedThere).toHaveLength(1);
      expect(clickedThere[0]?.claims).toEqual(before?.claims);
      await spoofed.close();
    }, 90_000);

    it('a same-document navigation the reader then clicks on is a new entry under its new address', async () => {
      const page = await launched.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${server.origin}${ATTACKER}`, { waitUntil: 'load' });
      // as a single-page news site moves to its next article
      await page.evaluate(() => {
        history.pushState(null, '', '/victim/next-story.html');
        const paragraph = document.getElementById('rewritten');
        if (paragraph !== null) paragraph.textContent = '“The new quay opens in May,” said Ingrid Solberg.';
      });
      await launched.toggle(page);
      await waitForHighlighted(page, 'The new quay opens in May');
      const kept = await waitForKept(library, '/victim/next-story.html', SAVES_SETTLE_MS);
      expect(kept?.claims.some((claim) => claim.includes('The new quay opens in May'))).toBe(true);
      await page.close();
    }, 60_000);

    it('twenty pushState + text changes after one click make one library entry, not twenty', async () => {
      const page = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, page, `${server.origin}${FLOOD}`);
      expect(await waitForKept(library, FLOOD)).not.toBeNull();
      for (let n = 1; n <= 20; n++) {
        await page.evaluate((step) => {
          history.pushState(null, '', `/flood/story-${step}.html`);
          const paragraph = document.getElementById('rewritten');
          if (paragraph !== null) paragraph.textContent = `“The mill will close in ${step} weeks,” said Rosa Lindgren.`;
        }, n);
        await waitForHighlighted(page, `close in ${n} weeks`);
      }
      await sleep(SAVES_SETTLE_MS);
      const flooded = (await keptArticles(library)).filter((article) => new URL(article.url).pathname.startsWith('/flood/'));
      expect(flooded.map((article) => new URL(article.url).pathname)).toEqual([FLOOD]);
      await page.close();
    }, 120_000);

    it('pushState flooding with megabyte addresses keeps storage bounded, and the reader\'s next correction is kept', async () => {
      const attacker = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, attacker, `${server.origin}${ATTACKER}`);
      for (let n = 1; n <= 8; n++) {
        // the page's own script: a new address of about a megabyte (Firefox's limit for one), new text
        await attacker.evaluate((step) => {
          history.pushState(null, '', `/attacker/page.html?q=${step}${'x'.repeat(900_000)}`);
          const paragraph = document.getElementById('rewritten');
          if (paragraph !== null) paragraph.textContent = `“The mill will be sold in ${step} days,” said Henrik Aalto.`;
        }, n);
        await waitForHighlighted(attacker, `sold in ${n} days`);
        const forged = await pageForgesCorrection(attacker);
        // the page cannot reach the closed root; handed its elements, its clicks open a form at most
        expect(forged.own).toEqual(['no shadow root']);
        expect(forged.handed).not.toContain('no Correct button');
        await sleep(300);
      }
      const flooded = await correctionItems(library);
      // not one forged correction was kept, under any of the megabyte addresses
      expect(flooded.filter((item) => item.key.includes('/attacker/'))).toEqual([]);
      const total = (items: Array<{ bytes: number }>) => items.reduce((sum, item) => sum + item.bytes, 0);
      expect(total(flooded)).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
      await attacker.close();

      // the reader, on another article, corrects a claim by hand
      const reader = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, reader, `${server.origin}${VICTIM}`);
      await readerMarksNotAClaim(reader, 'Correct this claim: Ingrid Solberg, said');
      expect(await keptCorrectionsOf(library, `${server.origin}${VICTIM}`)).toEqual([1]);
      expect(total(await correctionItems(library))).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
      // and the sidebar says nothing of a full storage
      expect(await sidebarText(reader)).not.toMatch(/storage for WhoSaid is full/);
      await reader.close();
    }, 180_000);

    it('a storage such a flood left full (before the bounds) makes room for the reader\'s next correction', async () => {
      // what the flood left behind in a WhoSaid without bounds: five items of about 1.8 MB each, and the rest of
      // Chromium's 10 MB filled
      const left: Record<string, unknown> = {};
      for (let n = 1; n <= 5; n++) {
        const url = `${server.origin}${ATTACKER}?q=${n}${'x'.repeat(900_000)}`;
        left[`whosaid-corrections:00000000000000:${url}`] = { version: 1, url, textHash: '00000000000000', savedAt: 1_000 + n, corrections: [{ kind: 'not-a-claim', cue: { block: 0, start: 0, end: 4 } }] };
      }
      await setCorrectionItems(library, left);
      const reader = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, reader, `${server.origin}${VICTIM}`);
      await readerMarksNotAClaim(reader, 'Correct this claim: Pavel Novak, told');
      expect(await keptCorrectionsOf(library, `${server.origin}${VICTIM}`)).toEqual([1]);
      const items = await correctionItems(library);
      expect(items.reduce((sum, item) => sum + item.bytes, 0)).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
      expect(await sidebarText(reader)).not.toMatch(/storage for WhoSaid is full/);
      await reader.close();
    }, 90_000);
  });
}
