/**
 * Pages that change, in real Chromium and Firefox: on a fixture page of our own that adds paragraphs after load,
 * re-renders a paragraph and navigates to another article with history.pushState, WhoSaid's highlights follow —
 * new claims appear, re-rendered text stays highlighted, the old article's highlights go — and WhoSaid never
 * wakes itself up (no re-analysis without a page change). Toggling off still restores the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { highlightedTexts, waitForRemoved } from './page-probes.js';
import { startFixtureSession, type FixtureSession } from './fixture-session.js';
import { inShadow, waitInShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

/** Content highlights (text of each range), with connected ranges only: a range on a removed node shows nothing. */
function contentTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-') || !name.endsWith('-content')) return;
      highlight.forEach((range) => {
        if (range instanceof Range && range.startContainer.isConnected) texts.push(range.toString());
      });
    });
    return texts;
  });
}

async function waitForContent(page: Page, fragment: string, present: boolean, timeoutMs = 10_000): Promise<void> {
  await waitInShadow(page, (shadow, text, wanted) => {
    let found = false;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-') || !name.endsWith('-content')) return;
      highlight.forEach((range) => {
        if (range instanceof Range && range.startContainer.isConnected && range.toString().includes(text)) found = true;
      });
    });
    return found === wanted && shadow?.querySelector('.ws-state')?.getAttribute('data-state') === 'ready';
  }, { timeout: timeoutMs, polling: 100 }, fragment, present);
}

/**
 * Counts changes of WhoSaid's state from now on (every re-analysis passes through 'analyzing'): an observer on the
 * state element inside the closed root, set up through the test's own reference to it.
 */
function countStateChanges(page: Page): Promise<void> {
  return inShadow(page, (shadow) => {
    const counter = { changes: 0 };
    Reflect.set(window, '__whosaidStateChanges', counter);
    const state = shadow?.querySelector('.ws-state');
    if (!state) return;
    new MutationObserver((records) => { counter.changes += records.length; }).observe(state, { attributes: true, attributeFilter: ['data-state'] });
  });
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`WhoSaid in ${browserName} on a page that changes`, () => {
    let session: FixtureSession | undefined;
    let launched: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      session = await startFixtureSession(browserName);
      ({ launched, page } = session);
      expect((await session.openWithWhoSaid('article/dynamic-news.html')).state).toBe('ready');
    }, 60_000);

    afterAll(() => session?.close());

    it('highlights the first article', async () => {
      const texts = await contentTexts(page);
      expect(texts.some((text) => text.includes('the island’s heart'))).toBe(true);
    });

    it('does not re-analyse on its own: no state change while the page is still', async () => {
      await countStateChanges(page);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await page.evaluate(() => (Reflect.get(window, '__whosaidStateChanges') as { changes: number }).changes)).toBe(0);
    });

    it('highlights claims in paragraphs added after load ("show more")', async () => {
      const before = await inShadow(page, (shadow) => Number(shadow?.querySelector('.ws-state')?.getAttribute('data-claims')));
      await page.evaluate(() => (Reflect.get(window, 'addMore') as () => void)());
      await waitForContent(page, 'automatic beacon would be tested', true);
      const after = await inShadow(page, (shadow) => Number(shadow?.querySelector('.ws-state')?.getAttribute('data-claims')));
      expect(after).toBeGreaterThan(before);
      expect((await contentTexts(page)).some((text) => text.includes('the island’s heart'))).toBe(true);
    });

    it('keeps highlighting a paragraph the page re-renders with the same text', async () => {
      await page.evaluate(() => (Reflect.get(window, 'rerenderFirst') as () => void)());
      // the first paragraph's claim content now lives in new text nodes; the highlight must follow them
      await page.waitForFunction(() => {
        const first = document.querySelector('#story p');
        let onNewNode = false;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('whosaid-')) return;
          highlight.forEach((range) => {
            if (range instanceof Range && first !== null && first.contains(range.startContainer)) onNewNode = true;
          });
        });
        return onNewNode;
      }, { timeout: 10_000, polling: 100 });
    });

    it('follows a pushState navigation: the new article’s claims appear, the old one’s go', async () => {
      await page.evaluate(() => (Reflect.get(window, 'goToNext') as () => void)());
      await waitForContent(page, 'Nobody wants to strand passengers', true);
      const texts = await contentTexts(page);
      expect(texts.some((text) => text.includes('the island’s heart'))).toBe(false);
      expect(texts.some((text) => text.includes('automatic beacon'))).toBe(false);
      const names = (await highlightedTexts(page)).map((range) => range.text);
      expect(names.some((text) => text.includes('Marta Quist'))).toBe(false);
      const title = await inShadow(page, (shadow) => shadow?.textContent ?? '');
      expect(title).toContain('Petra Lund');
    });

    it('switches off cleanly after all that', async () => {
      await launched.toggle(page);
      await waitForRemoved(page);
      expect(await page.evaluate(() => document.querySelectorAll('whosaid-root').length)).toBe(0);
    });
  });
}
