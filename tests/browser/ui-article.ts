/**
 * Shared steps of the sidebar's browser tests: serve our own UI test article from 127.0.0.1, open it at 1280 px,
 * switch WhoSaid on and wait until it is ready; click inside the sidebar's shadow root.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PROJECT_ROOT, type LaunchedBrowser } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer, type StaticServer } from './static-server.js';

export const UI_ARTICLE = '/ui/harbour-article.html';

export function startUiServer(): Promise<StaticServer> {
  return startStaticServer({ '/ui/': join(PROJECT_ROOT, 'tests', 'fixtures', 'ui') });
}

/** Opens the article in `page` at 1280×900, runs `beforeToggle`, switches WhoSaid on and waits for 'ready'. */
export async function openWithWhoSaid(
  launched: LaunchedBrowser,
  page: Page,
  origin: string,
  beforeToggle: () => Promise<void> = async () => undefined,
): Promise<void> {
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}${UI_ARTICLE}`, { waitUntil: 'load' });
  await beforeToggle();
  await launched.toggle(page);
  const settled = await waitForSettled(page);
  if (settled.state !== 'ready') throw new Error(`WhoSaid ended in state ${settled.state}`);
}

/** Clicks the first element matching `selector` inside the sidebar's shadow root. */
export async function clickInSidebar(page: Page, selector: string): Promise<void> {
  const clicked = await page.evaluate((css) => {
    const element = document.querySelector('whosaid-root')?.shadowRoot?.querySelector<HTMLElement>(css);
    element?.click();
    return element !== null && element !== undefined;
  }, selector);
  if (!clicked) throw new Error(`no ${selector} in the sidebar`);
}
