/**
 * Claim kinds and uncertainty as a reader meets them in real Chromium and Firefox, on our own UI article (which has a
 * report's finding and a fisher's fear beside its statements): the sidebar's "Show" chips count each kind, thoughts
 * are neither listed nor highlighted until their chip is pressed and then painted in a lighter style of their own,
 * findings are highlighted like statements, axe-core finds nothing to fault with the chips and badges; and a claim
 * WhoSaid is not sure of is painted in a style of its own (a small page painting claims with WhoSaid's own painter:
 * no article yields an uncertain claim until a model scores confidence).
 */
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, missingBuild, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { clickInSidebar, openWithWhoSaid, startUiServer } from './ui-article.js';
import { highlightedTexts } from './page-probes.js';
import { inShadow } from './closed-shadow.js';
import { renderedContrast, runAxe } from './accessibility-probes.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const THOUGHT = 'the fleet will move to Northport';
const FINDING = 'the old basin had flooded twice a year';

/** The chips' words and pressed states, and the kind of each claim listed. */
function sidebarKinds(page: Page): Promise<{ chips: Array<[string, string]>; listed: string[] }> {
  return inShadow(page, (shadow) => {
    const chips = [...(shadow?.querySelectorAll<HTMLElement>('.ws-kind-chip') ?? [])]
      .map((chip): [string, string] => [(chip.textContent ?? '').replace('✓', ''), chip.getAttribute('aria-pressed') ?? '']);
    const listed = [...(shadow?.querySelectorAll<HTMLElement>('[data-claim-id]') ?? [])].map((claim) => claim.dataset['kind'] ?? '');
    return { chips, listed };
  });
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`claim kinds in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      server = await startUiServer();
      launched = await launch(browserName);
      page = await launched.browser.newPage();
      await openWithWhoSaid(launched, page, server.origin);
    }, 90_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('counts each kind, lists and highlights statements and findings, and leaves thoughts out', async () => {
      const { chips, listed } = await sidebarKinds(page);
      expect(chips).toEqual([['Statements 13', 'true'], ['Findings 1', 'true'], ['What people think or plan 1', 'false']]);
      expect(listed).toContain('finding');
      expect(listed).not.toContain('thought');
      const texts = await highlightedTexts(page);
      expect(texts.some((range) => range.name.endsWith('-content') && range.text.includes(FINDING))).toBe(true);
      expect(texts.filter((range) => range.text.includes(THOUGHT))).toEqual([]);
    });

    it('shows thoughts when their chip is pressed, in a lighter style of their own, and stays accessible', async () => {
      await clickInSidebar(page, '.ws-kind-chip[data-kind="thought"]');
      await page.waitForFunction(
        (thought) => {
          let found = false;
          CSS.highlights.forEach((highlight, name) => {
            if (name.endsWith('-thought')) highlight.forEach((range) => { found ||= range.toString().includes(thought); });
          });
          return found;
        },
        { polling: 100, timeout: 5_000 },
        THOUGHT,
      );
      const { chips, listed } = await sidebarKinds(page);
      expect(chips[2]).toEqual(['What people think or plan 1', 'true']);
      expect(listed).toContain('thought');
      // the thought is painted in its style only, not as a statement's content
      const texts = await highlightedTexts(page);
      expect(texts.filter((range) => range.text.includes(THOUGHT)).map((range) => range.name.replace(/^whosaid-[0-9a-f]+-/, ''))).toEqual(['thought']);
      expect((await runAxe(page)).violations).toEqual([]);
      expect((await renderedContrast(page)).failures).toEqual([]);
      // and hidden again
      await clickInSidebar(page, '.ws-kind-chip[data-kind="thought"]');
      await page.waitForFunction((thought) => {
        let found = false;
        CSS.highlights.forEach((highlight) => highlight.forEach((range) => { found ||= range.toString().includes(thought); }));
        return !found;
      }, { polling: 100, timeout: 5_000 }, THOUGHT);
    });

    it('paints a claim WhoSaid is not sure of, and a thought, each in a style the browser keeps', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'whosaid-claim-styles-'));
      let styles: StaticServer | undefined;
      try {
        await build({
          entryPoints: [join(PROJECT_ROOT, 'tests', 'browser', 'harness', 'claim-styles-page.ts')],
          bundle: true,
          format: 'iife',
          outfile: join(dir, 'claim-styles-page.js'),
          logLevel: 'silent',
        });
        copyFileSync(join(PROJECT_ROOT, 'tests', 'browser', 'harness', 'claim-styles.html'), join(dir, 'claim-styles.html'));
        styles = await startStaticServer({ '/styles/': dir });
        const stylesPage = await launched.browser.newPage();
        await stylesPage.goto(`${styles.origin}/styles/claim-styles.html`, { waitUntil: 'load' });
        await stylesPage.waitForFunction(() => document.documentElement.dataset['painted'] === 'yes', { timeout: 5_000 });
        const seen = await stylesPage.evaluate(() => {
          const painted: Record<string, string[]> = {};
          CSS.highlights.forEach((highlight, name) => {
            painted[name.replace(/^whosaid-[0-9a-f]+-/, '')] = [...highlight].map((range) => range.toString());
          });
          // the rules as the browser parsed them: a property it dropped would be missing here
          const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
          return { painted, rules };
        });
        expect(seen.painted['unsure']).toEqual(['The harbour master reported a record week.']);
        expect(seen.painted['thought']).toEqual(['The captain thinks the new pier will open in June.']);
        expect(seen.painted['content']).toEqual(['The ferry will run every hour, the operator said.']);
        expect(seen.rules.find((rule) => rule.includes('-unsure)'))).toMatch(/wavy/);
        expect(seen.rules.find((rule) => rule.includes('-thought)'))).toMatch(/dashed/);
        await stylesPage.close();
      } finally {
        await styles?.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
