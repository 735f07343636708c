/**
 * Issue 19, as a hostile page acts, in real Chromium and Firefox: the page's own script tries to correct the
 * analysis for the reader (opens a claim's and a source's Correct form with click(), types a name by setting the
 * input's value and sending `input`, calls requestSubmit(), clicks the submit button, sends Escape, types in the
 * search box, keys), to show the hover card with a synthetic pointer, to open the library five times, and to read the
 * sidebar, the reader's corrections and any sign that WhoSaid ran. Each attack runs twice: as the page can (through
 * `host.shadowRoot`, null now that the root is closed), and again with the sidebar's elements handed to the same
 * script (the test driver's reference, closed-shadow.ts), so the gate for untrusted input is proven on its own.
 * Nothing may change: no correction listed or kept, no tab opened, the sidebar open and unfiltered, no card shown,
 * nothing to read. The reader's own clicks still work, and five in a row open one library tab (the background's
 * rate limit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { inShadow, pointInShadow, whoSaidState } from './closed-shadow.js';
import { launchForLibrary, openLibraryPage } from './library-harness.js';
import { sidebarActors, waitForSettled } from './page-probes.js';
import type { StaticServer } from './static-server.js';
import { openWithWhoSaid, startUiServer, switchOffWhoSaid } from './ui-article.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const FORGED_NAME = 'Anna Berg';

/**
 * The page's script against the sidebar: `given` is the shadow root handed to it, else it takes what the page can
 * reach itself. Returns what it reached, for the test's message. Self-contained: it is sent to the page as source.
 */
async function forgeCorrections(given: ShadowRoot | null, forgedName: string): Promise<string[]> {
  const root = given ?? document.querySelector('whosaid-root')?.shadowRoot ?? null;
  if (root === null) return ['no shadow root'];
  const reached: string[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
  const type = (input: HTMLInputElement | null | undefined, text: string) => {
    if (!input) return;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
  // a source: rename it
  root.querySelector<HTMLElement>('.ws-actor-row .ws-fix-open')?.click();
  await settle();
  const actorForm = root.querySelector<HTMLFormElement>('form.ws-fix');
  if (actorForm) reached.push('source form open');
  type(actorForm?.querySelector<HTMLInputElement>('input[type="text"]'), forgedName);
  await settle();
  actorForm?.requestSubmit();
  await settle();
  actorForm?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settle();
  // a claim: give it to a name typed, then "not a claim"
  root.querySelector<HTMLElement>('.ws-claim .ws-fix-open')?.click();
  await settle();
  const claimForm = root.querySelector<HTMLFormElement>('.ws-claim form.ws-fix');
  if (claimForm) reached.push('claim form open');
  const select = claimForm?.querySelector('select');
  if (select) {
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await settle();
  type(claimForm?.querySelector<HTMLInputElement>('input[type="text"]'), forgedName);
  await settle();
  claimForm?.requestSubmit();
  await settle();
  claimForm?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settle();
  [...(claimForm?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Not a claim')?.click();
  await settle();
  if ((root.textContent ?? '').includes(forgedName)) reached.push('forged name shown');
  return reached;
}

/** The page's script: types in the search box, presses a list key and Escape (which closes the sidebar). */
async function forgeKeys(given: ShadowRoot | null): Promise<string[]> {
  const root = given ?? document.querySelector('whosaid-root')?.shadowRoot ?? null;
  if (root === null) return ['no shadow root'];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
  const search = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (search) {
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settle();
  const key = (target: Element | null, name: string) => target?.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
  key(root.querySelector('.ws-list [data-key]'), 'End');
  key(root.querySelector('.ws-panel'), 'Escape');
  await settle();
  return search === null ? ['no search box'] : [];
}

/** The page's script: five clicks on "Open the library". */
async function clickOpenLibrary(given: ShadowRoot | null): Promise<number> {
  const root = given ?? document.querySelector('whosaid-root')?.shadowRoot ?? null;
  const button = [...(root?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === 'Open the library');
  for (let click = 0; click < 5; click++) button?.click();
  return button === undefined ? 0 : 5;
}

/** The page's script: a synthetic pointer resting on a highlighted claim; resolves whether the card then shows. */
async function pointAtClaim(given: ShadowRoot | null): Promise<boolean> {
  const root = given ?? document.querySelector('whosaid-root')?.shadowRoot ?? null;
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.endsWith('-content')) return;
    highlight.forEach((range) => {
      if (range instanceof Range) ranges.push(range);
    });
  });
  const range = ranges[0];
  if (range === undefined) return false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  // the middle of the claim's first line box: on its text
  const box = range.getClientRects()[0];
  if (box === undefined) return false;
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true };
  document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new PointerEvent('pointermove', at));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const card = root?.querySelector<HTMLElement>('.hover-card');
  return card !== null && card !== undefined && !card.hidden;
}

/** What the test driver sees of the sidebar: its corrections, whether it is open, and its claims listed. */
function sidebarView(page: Page): Promise<{ corrections: string[]; open: boolean; claims: number; forged: boolean }> {
  return inShadow(page, (shadow, forged) => ({
    corrections: [...(shadow?.querySelectorAll('.ws-fix-line > span') ?? [])].map((line) => line.textContent ?? ''),
    open: shadow?.querySelector('.ws-panel') !== null && shadow?.querySelector('.ws-panel') !== undefined,
    claims: shadow?.querySelectorAll('[data-claim-id]').length ?? 0,
    forged: (shadow?.textContent ?? '').includes(forged),
  }), FORGED_NAME);
}

/**
 * Library tabs open in the browser: Chromium lists them as targets; Firefox hands automation none, so a library
 * page of the test's own is opened for the count (not counting itself) and closed again.
 */
async function libraryTabs(launched: LaunchedBrowser): Promise<number> {
  if (launched.name === 'chromium') return launched.browser.targets().filter((target) => target.url().endsWith('/library.html')).length;
  const counter = await openLibraryPage(launched);
  const count = await counter.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: { query(filter: object): Promise<Array<{ url?: string }>> } } }).browser;
    return (await api.tabs.query({})).filter((tab) => (tab.url ?? '').endsWith('/library.html')).length;
  });
  await counter.close();
  return count - 1;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** WhoSaid clicked off and on again: a fresh session, its sidebar open (whatever an attack before did to it). */
async function freshSession(launched: LaunchedBrowser, page: Page): Promise<void> {
  await switchOffWhoSaid(launched, page);
  await launched.toggle(page);
  expect((await waitForSettled(page)).state).toBe('ready');
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`a hostile page in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let page: Page;
    let globalsBefore: string[];

    beforeAll(async () => {
      server = await startUiServer();
      launched = await launchForLibrary(browserName);
      page = await launched.browser.newPage();
      await openWithWhoSaid(launched, page, server.origin, async () => {
        globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));
      });
    }, 90_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('cannot read the sidebar, the corrections or any sign of WhoSaid beyond its paint', async () => {
      const seen = await page.evaluate(() => {
        const host = document.querySelector('whosaid-root');
        return {
          shadowRoot: host?.shadowRoot === null ? null : 'open',
          attributes: host?.getAttributeNames() ?? [],
          html: host?.getHTML({ serializableShadowRoots: true }) ?? '',
          marks: performance.getEntries().map((entry) => entry.name).filter((name) => name.toLowerCase().includes('whosaid')),
          globals: Object.getOwnPropertyNames(window),
        };
      });
      expect({
        shadowRoot: seen.shadowRoot,
        attributes: seen.attributes,
        html: seen.html,
        marks: seen.marks,
        // (puppeteer's own query helpers excepted: the test driver adds them, not WhoSaid)
        newGlobals: seen.globals.filter((name) => (!globalsBefore.includes(name) || name.toLowerCase().includes('whosaid')) && !/ariaQuerySelector/.test(name)),
      }).toEqual({ shadowRoot: null, attributes: [], html: '', marks: [], newGlobals: [] });
      // the sidebar is there all the same, for the reader
      expect((await whoSaidState(page)).state).toBe('ready');
    });

    it('cannot correct the analysis: synthetic clicks, typed values, requestSubmit and keys change nothing, now or on the next visit', async () => {
      const actorsBefore = await sidebarActors(page);
      const before = await sidebarView(page);
      expect(before.corrections).toEqual([]);
      // as the page can: through host.shadowRoot
      const byPage = await page.evaluate(forgeCorrections, null, FORGED_NAME);
      // and with the sidebar's elements in its hands
      const withElements = await inShadow(page, forgeCorrections, FORGED_NAME);
      await pause(500);
      const after = await sidebarView(page);
      expect({ byPage, withElements, ...after }).toEqual({
        byPage: ['no shadow root'],
        withElements: [],
        corrections: [],
        open: true,
        claims: before.claims,
        forged: false,
      });
      expect(await sidebarActors(page)).toEqual(actorsBefore);
      // nothing kept: WhoSaid clicked off and on applies what storage holds for the article
      await freshSession(launched, page);
      expect((await sidebarView(page)).corrections).toEqual([]);
      expect(await sidebarActors(page)).toEqual(actorsBefore);
    });

    it('cannot search, move in the list or close the sidebar with synthetic input and keys', async () => {
      await freshSession(launched, page);
      const before = await sidebarView(page);
      const byPage = await page.evaluate(forgeKeys, null);
      const withElements = await inShadow(page, forgeKeys);
      const after = await sidebarView(page);
      expect({ byPage, withElements, open: after.open, claims: after.claims }).toEqual({
        byPage: ['no shadow root'],
        withElements: [],
        open: true,
        claims: before.claims,
      });
    });

    it('cannot show the hover card with a synthetic pointer', async () => {
      await freshSession(launched, page);
      const byPage = await page.evaluate(pointAtClaim, null);
      const withElements = await inShadow(page, pointAtClaim);
      expect({ byPage, withElements }).toEqual({ byPage: false, withElements: false });
    });

    it('cannot open the library: five synthetic clicks on "Open the library" open no tab', async () => {
      await freshSession(launched, page);
      const before = await libraryTabs(launched);
      await page.bringToFront();
      const byPage = await page.evaluate(clickOpenLibrary, null);
      const withElements = await inShadow(page, clickOpenLibrary);
      await pause(1_500);
      // clicks: how many the page's script made; opened: library tabs opened by them
      expect({ byPage, withElements, opened: (await libraryTabs(launched)) - before }).toEqual({ byPage: 0, withElements: 5, opened: 0 });
    });

    it('five of the reader\'s own clicks on "Open the library" in a row open one tab (one per 2 s per tab)', async () => {
      await freshSession(launched, page);
      const before = await libraryTabs(launched);
      // the tab the background opens comes to the front: the article is brought back before each click
      await page.bringToFront();
      const button = await pointInShadow(page, 'button', 'Open the library');
      for (let click = 0; click < 5; click++) {
        await page.bringToFront();
        await page.mouse.click(button.x, button.y);
      }
      await pause(1_500);
      expect((await libraryTabs(launched)) - before).toBe(1);
    });
  });
}
