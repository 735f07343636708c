/**
 * Settings end to end in real Chromium: the options page passes axe-core; unticking "Cue", choosing the left side
 * and ticking "What people think or plan" there (saved to storage.sync) changes what the next WhoSaid run does: no
 * cue highlights, thoughts highlighted, the sidebar on the left with the page moved right so the article stays
 * uncovered.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, missingBuild, type LaunchedBrowser } from './browsers.js';
import type { StaticServer } from './static-server.js';
import { openWithWhoSaid, startUiServer } from './ui-article.js';
import { inShadow, waitInShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('settings in chromium', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let options: Page;

  beforeAll(async () => {
    server = await startUiServer();
    launched = await launchChromium();
    const extensionId = [...(await launched.browser.extensions()).keys()][0];
    options = await launched.browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('input[name="highlight-cue"]');
  }, 60_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('the options page has no axe-core violations', async () => {
    // The extension page's CSP refuses an injected <script>; evaluating the source through DevTools is allowed.
    await options.evaluate(readFileSync(AXE_PATH, 'utf8'));
    const violations = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe;
      return (await axe.run()).violations.map((violation) => `${violation.id}: ${violation.help}`);
    });
    expect(violations).toEqual([]);
  });

  it('what the options page saves is what the next run uses', async () => {
    await options.click('input[name="highlight-cue"]');
    await options.click('input[name="side"][value="left"]');
    await options.click('input[name="show-thoughts"]');
    await options.waitForFunction(
      async () => {
        const stored = await (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } })
          .chrome.storage.sync.get('settings');
        const settings = stored['settings'] as { highlight?: { cue?: boolean }; sidebar?: { side?: string }; claims?: { showThoughts?: boolean } } | undefined;
        return settings?.highlight?.cue === false && settings.sidebar?.side === 'left' && settings.claims?.showThoughts === true;
      },
      { polling: 100, timeout: 5_000 },
    );

    const page = await launched.browser.newPage();
    await openWithWhoSaid(launched, page, server.origin);
    const seen = await inShadow(page, (shadow) => {
      const names: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('whosaid-') && highlight.size > 0) names.push(name);
      });
      const panel = shadow?.querySelector('.ws-panel')?.getBoundingClientRect();
      const lefts = [...document.querySelectorAll('article p')].map((p) => p.getBoundingClientRect().left);
      return { names, panelLeft: panel?.left, panelRight: panel?.right ?? 0, articleLeft: Math.min(...lefts) };
    });
    expect(seen.names.some((name) => name.endsWith('-cue'))).toBe(false);
    expect(seen.names.some((name) => name.endsWith('-content'))).toBe(true);
    expect(seen.names.some((name) => name.endsWith('-source'))).toBe(true);
    // what people think or plan, asked for in the options page: painted from the start, in its own lighter style
    expect(seen.names.some((name) => name.endsWith('-thought'))).toBe(true);
    expect(seen.panelLeft).toBe(0);
    expect(seen.articleLeft).toBeGreaterThanOrEqual(seen.panelRight);
  });
});
