/**
 * Shared steps of the sidebar's browser tests: serve our own UI test article from 127.0.0.1, open it (or any page
 * served there) at 1280 px, switch WhoSaid on and wait until it is ready, switch it off again; click inside the
 * sidebar's (closed) shadow root for real.
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

/** Opens `url` in `page` at 1280×900, runs `beforeToggle`, switches WhoSaid on and waits for 'ready'. */
export async function openUrlWithWhoSaid(
  launched: LaunchedBrowser,
  page: Page,
  url: string,
  beforeToggle: () => Promise<void> = async () => undefined,
): Promise<void> {
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await beforeToggle();
  await launched.toggle(page);
  const settled = await waitForSettled(page);
  if (settled.state !== 'ready') throw new Error(`WhoSaid ended in state ${settled.state} on ${url}`);
}

/** Opens our UI article in `page` at 1280×900, runs `beforeToggle`, switches WhoSaid on and waits for 'ready'. */
export function openWithWhoSaid(
  launched: LaunchedBrowser,
  page: Page,
  origin: string,
  beforeToggle: () => Promise<void> = async () => undefined,
): Promise<void> {
  return openUrlWithWhoSaid(launched, page, `${origin}${UI_ARTICLE}`, beforeToggle);
}

/** The reader's click switches WhoSaid off in `page`; resolves once its root has left the page. */
export async function switchOffWhoSaid(launched: LaunchedBrowser, page: Page): Promise<void> {
  await launched.toggle(page);
  await page.waitForFunction(() => document.querySelector('whosaid-root') === null, { polling: 100, timeout: 5_000 });
}

/** Clicks the first element matching `selector` inside the sidebar's shadow root, with a real (trusted) click. */
export function clickInSidebar(page: Page, selector: string): Promise<void> {
  return clickInShadow(page, selector);
}
