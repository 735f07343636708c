/**
 * Shared steps of the sidebar's browser tests: serve our own UI test article from 127.0.0.1, open it at 1280 px,
 * switch WhoSaid on and wait until it is ready; click inside the sidebar's (closed) shadow root for real.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PROJECT_ROOT, type LaunchedBrowser } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { clickInShadow } from './closed-shadow.js';

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

/** Clicks the first element matching `selector` inside the sidebar's shadow root, with a real (trusted) click. */
export function clickInSidebar(page: Page, selector: string): Promise<void> {
  return clickInShadow(page, selector);
}
