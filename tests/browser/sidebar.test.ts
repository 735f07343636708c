/**
 * The sidebar as a reader meets it in real Chromium and Firefox, on our own article at 1280 px: it never covers
 * the article text, axe-core finds no accessibility violation in it (light, and dark in Chromium), selecting an
 * actor leaves only that actor's highlights in colour (the rest dimmed), search filters the claims, and the keyboard alone works: Tab reaches
 * the list, arrows move through actors and claims, Enter jumps to the claim, Back returns, Escape closes and gives
 * focus back to where it was in the page, leaving the page's layout as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import type { StaticServer } from './static-server.js';
import { clickInSidebar, openWithWhoSaid, startUiServer } from './ui-article.js';
import { renderedContrast, runAxe } from './accessibility-probes.js';
import { clickInShadow, inShadow, waitInShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

/** What has focus, looking into the sidebar's shadow root: a list item's data-key, a class, or a page element id. */
function focused(page: Page): Promise<string> {
  return inShadow(page, (shadow) => {
    const shadowActive = shadow?.activeElement;
    if (shadowActive instanceof HTMLElement) return shadowActive.dataset['key'] ?? `.${shadowActive.className}`;
    return `#${document.activeElement?.id ?? ''}`;
  });
}

function shownClaims(page: Page): Promise<string[]> {
  return inShadow(page, (shadow) => {
    return [...(shadow?.querySelectorAll<HTMLElement>('[data-claim-id]') ?? [])].map((el) => el.dataset['claimId'] ?? '');
  });
}

/** Names of the WhoSaid highlights that hold at least one range. */
function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('whosaid-') && highlight.size > 0) names.push(name);
    });
    return names.sort();
  });
}

async function waitForScrollToSettle(page: Page): Promise<void> {
  let last = -1;
  for (let tries = 0; tries < 30; tries += 1) {
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`the sidebar in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let page: Page;
    let rootStyleBefore: string | null = null;

    beforeAll(async () => {
      server = await startUiServer();
      launched = await launch(browserName);
      page = await launched.browser.newPage();
      await openWithWhoSaid(launched, page, server.origin, async () => {
        // The reader was on a link in the article when they opened WhoSaid; focus must come back there.
        await page.focus('#reader-place');
        rootStyleBefore = await page.evaluate(() => document.documentElement.getAttribute('style'));
      });
    }, 90_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('does not cover the article text on a 1280 px window', async () => {
      const overlap = await inShadow(page, (shadow) => {
        const panel = shadow?.querySelector('.ws-panel');
        const panelLeft = panel?.getBoundingClientRect().left ?? 0;
        const rights = [...document.querySelectorAll('article p, article h1')].map((p) => p.getBoundingClientRect().right);
        return { panelLeft, widest: Math.max(...rights), windowWidth: window.innerWidth };
      });
      expect(overlap.windowWidth).toBe(1280);
      expect(overlap.panelLeft).toBeGreaterThan(800);
      expect(overlap.widest).toBeLessThanOrEqual(overlap.panelLeft);
    });

    it('has no axe-core violations', async () => {
      const result = await runAxe(page);
      expect(result.violations).toEqual([]);
      // The check really looked inside the shadow root.
      expect(result.passes).toEqual(expect.arrayContaining(['button-name', 'aria-allowed-attr', 'list', 'label']));
    });

    it('renders every text in the sidebar at contrast ≥ 4.5:1 against what is behind it', async () => {
      const { checked, failures } = await renderedContrast(page);
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(40);
    });

    it.runIf(browserName === 'chromium')('has no axe-core violations on a dark page with a dark sidebar', async () => {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      try {
        const background = await inShadow(page, (shadow) => {
          const panel = shadow?.querySelector('.ws-panel');
          return panel ? getComputedStyle(panel).backgroundColor : '';
        });
        expect(background).toBe('rgb(29, 31, 35)');
        expect((await runAxe(page)).violations).toEqual([]);
        expect((await renderedContrast(page)).failures).toEqual([]);
      } finally {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      }
    });

    it('selecting an actor keeps only its highlights in colour (others dimmed) and lists only its claims; again shows all', async () => {
      const allNames = await highlightNames(page);
      const allClaims = await shownClaims(page);
      const actorId = await inShadow(page, (shadow) => shadow?.querySelector<HTMLElement>('[data-actor-id]')?.dataset['actorId'] ?? '',
      );
      expect(actorId).not.toBe('');
      await clickInSidebar(page, `[data-actor-id="${actorId}"] .ws-actor-btn`);
      await page.waitForFunction(
        () => {
          const names: string[] = [];
          CSS.highlights.forEach((highlight, name) => {
            if (name.startsWith('whosaid-') && name !== 'whosaid-focus' && highlight.size > 0) names.push(name);
          });
          // Only this actor keeps its coloured highlights (named by its colour: whosaid-0072b2-content); everyone
          // else's claims share the grey "dimmed" one.
          const coloured = names.filter((name) => name !== 'whosaid-dimmed');
          const colours = new Set(coloured.map((name) => name.replace(/-(content|source|cue)$/, '')));
          return coloured.length > 0 && colours.size === 1 && names.includes('whosaid-dimmed');
        },
        { polling: 100, timeout: 5_000 },
      );
      const onlyClaims = await shownClaims(page);
      expect(onlyClaims.length).toBeGreaterThan(0);
      expect(onlyClaims.length).toBeLessThan(allClaims.length);
      await clickInSidebar(page, `[data-actor-id="${actorId}"] .ws-actor-btn`);
      await page.waitForFunction((count) => {
        let names = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('whosaid-') && highlight.size > 0) names += 1;
        });
        return names >= count;
      }, { polling: 100, timeout: 5_000 }, allNames.length);
      expect(await shownClaims(page)).toEqual(allClaims);
    });

    it('search filters the claims by their words; Escape in the box clears it', async () => {
      const before = (await shownClaims(page)).length;
      await clickInShadow(page, 'input[type="search"]');
      await page.keyboard.type('dredging');
      const countIs = (test: string, count: number) =>
        waitInShadow(page, (shadow, kind, n) => {
            const shown = shadow?.querySelectorAll('[data-claim-id]').length ?? 0;
            return kind === 'fewer' ? shown > 0 && shown < n : shown === n;
          },
          { polling: 100, timeout: 5_000 },
          test,
          count,
        );
      await countIs('fewer', before);
      const texts = await inShadow(page, (shadow) =>
        [...(shadow?.querySelectorAll('[data-claim-id]') ?? [])].map(
          (el) => el.textContent ?? '',
        ),
      );
      expect(texts.every((text) => text.toLowerCase().includes('dredging'))).toBe(true);
      await page.keyboard.press('Escape');
      await countIs('same', before);
    });

    it('works with the keyboard alone: Tab to the list, arrows, Enter jumps, Back returns, Escape closes', async () => {
      const claimCount = (await shownClaims(page)).length;
      expect(claimCount).toBeGreaterThan(5);
      // Tab from wherever focus is in the sidebar until the list's one tab stop.
      let key = await focused(page);
      for (let presses = 0; presses < 40 && !key.startsWith('actor:') && !key.startsWith('claim:'); presses += 1) {
        await page.keyboard.press('Tab');
        key = await focused(page);
      }
      expect(key).toMatch(/^actor:/);
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatch(/^claim:/);
      await page.keyboard.press('ArrowLeft');
      expect(await focused(page)).toBe(key);
      await page.keyboard.press('End');
      const lastKey = await focused(page);
      expect(lastKey).toMatch(/^claim:/);
      await page.keyboard.press('Home');
      expect(await focused(page)).toBe(key);
      await page.keyboard.press('End');

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.scrollY > 100 && CSS.highlights.has('whosaid-focus'), { polling: 100, timeout: 5_000 });
      expect(await focused(page)).toBe(lastKey);

      // Let the (smooth) scroll to the claim finish; Back returns the page, and focus to the claim jumped from.
      await waitForScrollToSettle(page);
      await clickInSidebar(page, '.ws-back');
      await page.waitForFunction(() => window.scrollY === 0, { polling: 100, timeout: 5_000 });
      expect(await focused(page)).toBe(lastKey);

      await page.keyboard.press('Escape');
      await waitInShadow(page, (shadow) => shadow?.querySelector('.ws-panel') === null,
        { polling: 100, timeout: 5_000 },
      );
      expect(await focused(page)).toBe('#reader-place');
      const after = await page.evaluate(() => ({
        style: document.documentElement.getAttribute('style'),
        margin: getComputedStyle(document.documentElement).marginRight,
        highlights: CSS.highlights.size,
      }));
      expect(after.style).toBe(rootStyleBefore);
      expect(after.margin).toBe('0px');
      // Closing the sidebar keeps the highlights.
      expect(after.highlights).toBeGreaterThan(0);
    });
  });
}
