/**
 * Per-site auto-run in real Firefox: before a site is allowed, opening an article there runs nothing; the reader
 * types the site on the options page and clicks "Allow" (Firefox's optional-permission prompt is switched to
 * auto-accept, the one thing automation cannot click); from then on opening an article there runs WhoSaid
 * without any click; removing the site stops it again. Uses the shipped Firefox build, not the test build (whose
 * fixed localhost access would make the grant meaningless).
 * Chromium is not covered: its permission prompt is browser UI that no automation can accept, and it has no
 * preference to accept it (see the report in docs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_BUILD, launchFirefox, missingBuild, type LaunchedBrowser } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import type { StaticServer } from './static-server.js';
import { startUiServer, UI_ARTICLE as ARTICLE } from './ui-article.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const ADDON_ID = 'whosaid@whosaid-extension';
/** Fixed so the test knows the options page's address (moz-extension://<uuid>/options.html). */
const UUID = '5b1d7c1e-8a0e-4c55-9d62-2f0d1f2a9e01';

async function whoSaidRan(page: Page, waitMs: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return page.evaluate(() => document.querySelector('whosaid-root') !== null);
}

describe('per-site auto-run in firefox', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startUiServer();
    launched = await launchFirefox({
      firefoxBuild: FIREFOX_BUILD,
      // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
      firefoxArgs: ['-remote-allow-system-access'],
      firefoxPrefs: {
        'extensions.webextOptionalPermissionPrompts': false,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      },
    });
  }, 60_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  const openOptions = async (): Promise<Page> => {
    const page = await launched.browser.newPage();
    // The navigation happens, but Firefox's BiDi never reports moz-extension:// loads as finished: wait for
    // the page's own content instead of the navigation.
    page.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
    await page.waitForSelector('#site-input', { timeout: 10_000 });
    return page;
  };

  it('runs nothing on a site that was not allowed', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    expect(await whoSaidRan(page, 2_000)).toBe(false);
    await page.close();
  });

  it('after "Allow this site" on the options page, an article there runs WhoSaid by itself', async () => {
    const options = await openOptions();
    await options.type('#site-input', '127.0.0.1');
    await options.click('button[type="submit"]');
    await options.waitForSelector('li[data-pattern="*://127.0.0.1/*"]', { timeout: 10_000 });

    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    const settled = await waitForSettled(page);
    expect(settled.state).toBe('ready');
    expect(settled.claims).toBeGreaterThan(5);
    await page.close();
    await options.close();
  });

  it('after "Remove", it stops running by itself', async () => {
    const options = await openOptions();
    await options.waitForSelector('li[data-pattern="*://127.0.0.1/*"]');
    await options.click('li[data-pattern="*://127.0.0.1/*"] button');
    await options.waitForSelector('.empty', { timeout: 10_000 });
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}${ARTICLE}`);
    expect(await whoSaidRan(page, 2_000)).toBe(false);
    await page.close();
    await options.close();
  });
});
