/**
 * Launches the real browsers with the built extension, the way every browser test and screenshot script does:
 * Debian's chromium through CDP with the extension loaded at launch, firefox-esr through WebDriver BiDi with the
 * test build installed as a temporary add-on. Also the one `toggle(page)` each browser can drive.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_BUILD = join(PROJECT_ROOT, 'extension', 'chrome');
/** Firefox tests use the test build: the shipped one plus a hook that lets a 127.0.0.1 page request the toggle. */
/** The shipped Firefox build (no test hook), for tests that must not have the test build's localhost access. */
export const FIREFOX_BUILD = join(PROJECT_ROOT, 'extension', 'firefox');
export const FIREFOX_TEST_BUILD = join(PROJECT_ROOT, 'extension', 'firefox-test');
/**
 * The same builds with WhoSaid's whosaid:* User Timing marks (`WHOSAID_MARKS=1 node build.mjs`): the page bench
 * times a click by them. Shipped builds set none, so tests of what a page can see use the builds above.
 */
export const MARKS_CHROME_BUILD = join(PROJECT_ROOT, 'extension', 'marks', 'chrome');
export const MARKS_FIREFOX_TEST_BUILD = join(PROJECT_ROOT, 'extension', 'marks', 'firefox-test');

export type BrowserName = 'chromium' | 'firefox';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** Clicks WhoSaid on (or off) in `page` the way this browser allows automation to. */
  toggle(page: Page): Promise<void>;
  /** The toolbar badge's text for the page's tab, or null where automation cannot read it (Firefox). */
  badgeText(page: Page): Promise<string | null>;
  /** The toolbar button's title (its tooltip) for the page's tab, or null where automation cannot read it (Firefox). */
  actionTitle(page: Page): Promise<string | null>;
  close(): Promise<void>;
}

export function missingBuild(): string | null {
  for (const dir of [CHROME_BUILD, FIREFOX_TEST_BUILD]) {
    if (!existsSync(join(dir, 'manifest.json'))) return `${dir} is not built: run \`npm run build\` first`;
  }
  return null;
}

/** The extension loaded at launch appears in `browser.extensions()` a moment after the browser starts. */
async function waitForExtension(browser: Browser, name: string, timeoutMs = 10_000): Promise<Extension> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = [...(await browser.extensions()).values()].find((candidate) => candidate.name === name);
    // Its service worker must be up too, or the first action click finds no onClicked listener.
    if (found !== undefined && (await found.workers()).length > 0) return found;
    if (Date.now() > deadline) throw new Error(`${name} did not load in Chromium within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface LaunchOptions {
  headless?: boolean;
  /**
   * Real pages reference remote resources: send every request that is not for 127.0.0.1 to this local port as a
   * proxy (the test's own server, which answers 404) and resolve no host names, so nothing leaves the loopback.
   */
  loopbackOnly?: { proxyPort: number };
  /** Chromium only: load this build instead of extension/chrome (the marks build, for the page bench). */
  chromeBuild?: string;
  /** Chromium only: keep the profile in this folder (the library bench reuses a filled library between runs). */
  userDataDir?: string;
  /**
   * The browser's interface language ("fr", "de"): Chromium gets `--lang` and LANGUAGE, Firefox
   * `intl.locale.requested`; WhoSaid's words follow it (_locales/).
   */
  uiLanguage?: string;
  /** Firefox only: install this build instead of the test build, and set these extra preferences. */
  firefoxBuild?: string;
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Firefox only: extra command-line arguments (e.g. -remote-allow-system-access to open extension pages). */
  firefoxArgs?: string[];
}

/** Chromium bypasses the proxy for loopback addresses implicitly; everything else goes to the local proxy. */
function chromiumLoopbackArgs(proxyPort: number): string[] {
  return [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
}

/** Firefox never proxies localhost (network.proxy.allow_hijacking_localhost is false); the rest goes to the proxy. */
function firefoxLoopbackPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
}

interface ChromeBadgeApi {
  tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
}

/** True while WhoSaid's host element is in the page. */
function isOn(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('whosaid-root') !== null);
}

/**
 * Clicks the toolbar button and waits for WhoSaid to switch on or off. In headless Chromium, about one click in
 * six right after a page loads reaches the background without the activeTab grant ("Cannot access contents of
 * the page"), so a click that changed nothing within two seconds is made once more; a second miss fails the test.
 */
async function clickUntilToggled(page: Page, click: () => Promise<void>): Promise<void> {
  const wasOn = await isOn(page);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.bringToFront();
    await click();
    const deadline = Date.now() + 2_000;
    while (Date.now() < deadline) {
      if ((await isOn(page)) !== wasOn) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`the toolbar click did not switch WhoSaid ${wasOn ? 'off' : 'on'}`);
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    enableExtensions: [options.chromeBuild ?? CHROME_BUILD],
    headless: options.headless ?? true,
    pipe: true,
    ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
    args: [
      ...CHROMIUM_ARGS,
      ...(options.loopbackOnly === undefined ? [] : chromiumLoopbackArgs(options.loopbackOnly.proxyPort)),
      ...(options.uiLanguage === undefined ? [] : [`--lang=${options.uiLanguage}`]),
    ],
    ...(options.uiLanguage === undefined ? {} : { env: { ...process.env, LANGUAGE: options.uiLanguage } }),
  });
  const extension = await waitForExtension(browser, 'WhoSaid');
  return {
    name: 'chromium',
    browser,
    // The real toolbar-button click: the action's onClicked fires with activeTab granted.
    toggle: (page) => clickUntilToggled(page, () => extension.triggerAction(page)),
    badgeText: async (page) => {
      await page.bringToFront();
      const [worker] = await extension.workers();
      if (worker === undefined) return null;
      return worker.evaluate(async () => {
        // The service worker's own `chrome` (no @types/chrome here: the two calls used are typed by hand).
        const api = (globalThis as unknown as { chrome: ChromeBadgeApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : api.action.getBadgeText({ tabId: tab.id });
      });
    },
    actionTitle: async (page) => {
      await page.bringToFront();
      const [worker] = await extension.workers();
      if (worker === undefined) return null;
      return worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeBadgeApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : api.action.getTitle({ tabId: tab.id });
      });
    },
    close: () => browser.close(),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    ...(options.firefoxArgs === undefined ? {} : { args: options.firefoxArgs }),
    extraPrefsFirefox: {
      // No updates, telemetry or remote settings: the machine must talk to 127.0.0.1 only.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...(options.loopbackOnly === undefined ? {} : firefoxLoopbackPrefs(options.loopbackOnly.proxyPort)),
      ...(options.uiLanguage === undefined ? {} : { 'intl.locale.requested': options.uiLanguage }),
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(options.firefoxBuild ?? FIREFOX_TEST_BUILD);
  return {
    name: 'firefox',
    browser,
    // Automation cannot click Firefox's toolbar: the test build's hook forwards this page request to the
    // background, which runs the very toggle a click runs (src/page/test-hook.ts).
    toggle: (page) => page.evaluate((request) => window.postMessage(request, window.location.origin), 'whosaid/test-toggle-request'),
    badgeText: async () => null,
    actionTitle: async () => null,
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
