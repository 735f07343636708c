/**
 * One real browser, one tab and the 127.0.0.1 server of tests/fixtures, as a describe block over an invented page
 * needs them: started in its beforeAll, closed in its afterAll. `openWithWhoSaid` loads a fixture page, clicks
 * WhoSaid on and waits until it has settled, the way a reader would.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer, type StaticServer } from './static-server.js';

export interface FixtureSession {
  server: StaticServer;
  launched: LaunchedBrowser;
  page: Page;
  /** Loads `tests/fixtures/<path>` in the tab. */
  open(path: string): Promise<void>;
  /** Loads `tests/fixtures/<path>`, clicks WhoSaid on and returns what it settled on. */
  openWithWhoSaid(path: string): ReturnType<typeof waitForSettled>;
  close(): Promise<void>;
}

export async function startFixtureSession(
  browserName: BrowserName,
  viewport?: { width: number; height: number },
): Promise<FixtureSession> {
  const server = await startStaticServer({ '/fixtures/': join(PROJECT_ROOT, 'tests', 'fixtures') });
  // A browser that fails to start must not leave the server listening.
  let launched: LaunchedBrowser;
  try {
    launched = await launch(browserName);
  } catch (error) {
    await server.close();
    throw error;
  }
  const page = await launched.browser.newPage();
  if (viewport !== undefined) await page.setViewport(viewport);
  const open = async (path: string): Promise<void> => {
    await page.goto(`${server.origin}/fixtures/${path}`, { waitUntil: 'load' });
  };
  return {
    server,
    launched,
    page,
    open,
    async openWithWhoSaid(path) {
      await open(path);
      await launched.toggle(page);
      return waitForSettled(page);
    },
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
