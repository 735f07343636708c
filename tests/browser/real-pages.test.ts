/**
 * The robustness run: WhoSaid on all 130 real pages of ../shared/pages/readability, in real Chromium and Firefox,
 * served from 127.0.0.1 with no other address reachable. Each page must reach ready, empty or an explained error
 * (no hang, no uncaught exception), keep its DOM apart from <whosaid-root>, show only highlights whose text is a span
 * the engine returned, and be exactly as before after the second click. The page's own script must not tell that
 * WhoSaid ran beyond what it paints (issue 19): no whosaid* mark on its timeline, no shadow root or attribute on
 * <whosaid-root>. Prints a table and a summary per browser.
 */
import { describe, expect, it } from 'vitest';
import { missingBuild, type BrowserName } from './browsers.js';
import { formatOutcome, listPages, OUTCOME_HEADER, pagesAvailable, runRealPages, summarise } from './real-pages-run.js';

const available = pagesAvailable();
if (!available) console.log('skipped: ../shared/pages/readability is absent');
const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

/** WHOSAID_PAGES=bbc-1,cnn narrows the run while debugging. */
const only = process.env.WHOSAID_PAGES?.split(',').filter((page) => page.length > 0);

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe.skipIf(!available)(`real pages in ${browserName}`, () => {
    it('every page settles, keeps its DOM, highlights engine spans only and is restored', async () => {
      const pages = only ?? listPages();
      const lines: string[] = [OUTCOME_HEADER];
      const outcomes = await runRealPages(browserName, { pages, onPage: (outcome) => lines.push(formatOutcome(outcome)) });
      console.log([...lines, summarise(browserName, outcomes)].join('\n'));
      const failed = outcomes.filter((outcome) => outcome.problems.length > 0).map((outcome) => `${outcome.page}: ${outcome.problems.join('; ')}`);
      expect(failed).toEqual([]);
      expect(outcomes.length).toBe(pages.length);
    }, 20 * 60_000);
  });
}
