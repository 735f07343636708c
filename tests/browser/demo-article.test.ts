/**
 * WhoSaid on our own demo article (the page `npm start` opens), in both real browsers: the expected claims are
 * highlighted (findings too, thoughts not until asked for), the rail, comments, related cards, caption and consent
 * banner are not, the sidebar lists the named speakers, and switching off restores the DOM. Expectations: tests/fixtures/demo/tramline-article.expected.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, missingBuild, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { checkSpaceGiven, filterByRole, highlightedElements, spaceRows, highlightedTexts, pageDom, sidebarActors, sidebarRoles, waitForRemoved, waitForSettled } from './page-probes.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { inShadow, waitInShadow } from './closed-shadow.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'demo', 'tramline-article.expected.json'), 'utf8')) as {
  claimContents: string[];
  actors: string[];
  notArticle: string[];
  kinds: { finding: string[]; thought: string[] };
};

/** What strict news sites send: nothing inline, nothing from elsewhere. */
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'";

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`WhoSaid in ${browserName} on the demo article`, () => {
    let server: StaticServer;
    let strictServer: StaticServer;
    let launched: LaunchedBrowser;

    beforeAll(async () => {
      server = await startStaticServer({ '/fixtures/': FIXTURES });
      strictServer = await startStaticServer({ '/fixtures/': FIXTURES }, { htmlHeaders: { 'content-security-policy': STRICT_CSP } });
      launched = await launch(browserName);
    }, 60_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
      await strictServer?.close();
    });

    it('works the same under a strict Content-Security-Policy (no inline styles, no scripts)', async () => {
      const page = await launched.browser.newPage();
      await page.goto(`${strictServer.origin}/fixtures/demo/tramline-article.html`, { waitUntil: 'load' });
      await launched.toggle(page);
      expect((await waitForSettled(page)).state).toBe('ready');
      expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
      // The sidebar's constructed style sheet applies inside the shadow root: its panel is laid out as fixed.
      const position = await inShadow(page, (shadow) => {
        const panel = shadow?.querySelector('.ws-panel');
        return panel ? getComputedStyle(panel).position : null;
      });
      expect(position).toBe('fixed');
      // the space bars' widths and colours are set through the style object, which a strict policy allows
      const bars = await spaceRows(page);
      expect(bars.length).toBeGreaterThan(0);
      expect(bars.filter((row) => row.words > 0 && row.barWidth < 1)).toEqual([]);
      await page.close();
    });

    it('highlights the claims of the article and nothing around it, then restores the page', async () => {
      const page = await launched.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${server.origin}/fixtures/demo/tramline-article.html`, { waitUntil: 'load' });
      const domBefore = await pageDom(page);

      await launched.toggle(page);
      expect((await waitForSettled(page)).state).toBe('ready');
      const contents = (await highlightedTexts(page)).filter((range) => range.name.endsWith('-content'));
      expect(expected.claimContents.filter((anchor) => !contents.some((range) => range.text.includes(anchor)))).toEqual([]);
      expect(await highlightedElements(page, expected.notArticle)).toEqual([]);
      // findings are highlighted like statements; what people think or plan waits for the reader's chip
      expect(expected.kinds.finding.filter((anchor) => !contents.some((range) => range.text.includes(anchor)))).toEqual([]);
      const all = await highlightedTexts(page);
      expect(expected.kinds.thought.filter((anchor) => all.some((range) => range.text.includes(anchor)))).toEqual([]);
      const actors = await sidebarActors(page);
      expect(expected.actors.filter((name) => !actors.some((actor) => actor.name.includes(name) && actor.claims > 0))).toEqual([]);
      // space bars with their text, and the three sorts from the keyboard
      expect((await checkSpaceGiven(page)).length).toBe(actors.length);
      // source roles: a chip per source, read from the article ("Councillor Daniel Price", "who runs a bakery"),
      // counted in the voices summary, each count a filter
      const roles = await sidebarRoles(page);
      const roleOf = (name: string) => roles.chips.find((chip) => chip.name.startsWith(name))?.role;
      expect([roleOf('Daniel Price'), roleOf('Tomasz Zielinski'), roleOf('the city’s chief auditor')]).toEqual(['politician', 'business', 'official']);
      expect(roles.figures).toContain('2 politicians');
      expect(roles.none).toBe('0 affected people');
      expect(new Set(await filterByRole(page, 'politician'))).toEqual(new Set(['politician']));

      await launched.toggle(page);
      await waitForRemoved(page);
      expect(await pageDom(page)).toBe(domBefore);
    });
  });
}
