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
export const FIREFOX_TEST_BUILD = join(PROJECT_ROOT, 'extension', 'firefox-test');

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

export async function launchChromium(options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    enableExtensions: [CHROME_BUILD],
    headless: options.headless ?? true,
    pipe: true,
    args: CHROMIUM_ARGS,
  });
  const extension = await waitForExtension(browser, 'WhoSaid');
  return {
    name: 'chromium',
    browser,
    // The real toolbar-button click: the action's onClicked fires with activeTab granted.
    toggle: (page) => extension.triggerAction(page),
    close: () => browser.close(),
  };
}

export async function launchFirefox(options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    extraPrefsFirefox: {
      // No updates, telemetry or remote settings: the machine must talk to 127.0.0.1 only.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(FIREFOX_TEST_BUILD);
  return {
    name: 'firefox',
    browser,
    // Automation cannot click Firefox's toolbar: the test build's hook forwards this page request to the
    // background, which runs the very toggle a click runs (src/page/test-hook.ts).
    toggle: (page) => page.evaluate((request) => window.postMessage(request, window.location.origin), 'whosaid/test-toggle-request'),
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
