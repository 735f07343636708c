/**
 * What browser tests read from a page with WhoSaid on it, evaluated in the page's main world: CSS.highlights is one
 * registry per document, so the highlights the content script registers in its isolated world are visible here, and
 * the open shadow root of <whosaid-root> shows the sidebar.
 */
import type { Page } from 'puppeteer-core';

export interface SettledState {
  state: string;
  claims: number;
}

/** Waits until <whosaid-root> reports a final state (ready, empty or error) and returns it. */
export async function waitForSettled(page: Page, timeoutMs = 20_000): Promise<SettledState> {
  await page.waitForFunction(
    () => {
      const state = document.querySelector('whosaid-root')?.getAttribute('data-state');
      return state === 'ready' || state === 'empty' || state === 'error';
    },
    // Polling by interval: a headless page's animation frames may not run while it is not being painted.
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => {
    const host = document.querySelector('whosaid-root');
    return { state: host?.getAttribute('data-state') ?? '', claims: Number(host?.getAttribute('data-claims') ?? '0') };
  });
}

export async function waitForRemoved(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('whosaid-root') === null && CSS.highlights.size === 0, {
    timeout: timeoutMs,
    polling: 100,
  });
}

export interface HighlightedText {
  name: string;
  text: string;
}

/** Every range of every WhoSaid highlight, with its text. */
export function highlightedTexts(page: Page): Promise<HighlightedText[]> {
  return page.evaluate(() => {
    const found: Array<{ name: string; text: string }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-')) return;
      highlight.forEach((range) => found.push({ name, text: range.toString() }));
    });
    return found;
  });
}

/** CSS selectors of the elements (of `selectors`) that some WhoSaid highlight range touches. */
export function highlightedElements(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const touched = new Set<string>();
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-')) return;
      highlight.forEach((range) => {
        if (!(range instanceof Range)) return;
        for (const selector of list) {
          for (const element of document.querySelectorAll(selector)) {
            if (range.intersectsNode(element)) touched.add(selector);
          }
        }
      });
    });
    return [...touched];
  }, selectors);
}

export interface SidebarActor {
  /** The actor's name as the sidebar shows it (with its kind after it). */
  name: string;
  claims: number;
}

/** The sidebar's actors and how many claims each lists. */
export function sidebarActors(page: Page): Promise<SidebarActor[]> {
  return page.evaluate(() => {
    const shadow = document.querySelector('whosaid-root')?.shadowRoot;
    if (!shadow) return [];
    return [...shadow.querySelectorAll('[data-actor-id]')].map((actor) => ({
      name: actor.querySelector('.ws-actor-name')?.textContent?.trim() ?? '',
      claims: actor.querySelectorAll('[data-claim-id]').length,
    }));
  });
}

export function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
