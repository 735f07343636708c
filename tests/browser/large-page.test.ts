/**
 * A very large page of our own (over 1 MB of text, thousands of quotes) in real Chromium and Firefox: WhoSaid still
 * reaches ready, every highlight is an engine span, the page's DOM is kept, and toggling off restores it.
 * (How long its longest task is goes to `npm run bench -- pages`, not to a timed test.)
 */
import { describe, expect, it } from 'vitest';
import { missingBuild, type BrowserName } from './browsers.js';
import { writeLargePage } from './large-page.js';
import { formatOutcome, OUTCOME_HEADER, runRealPages } from './real-pages-run.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`a page with over 1 MB of text in ${browserName}`, () => {
    it('settles with thousands of claims, all highlighted as the engine returned them, and restores the page', async () => {
      const large = writeLargePage();
      expect(large.bytes).toBeGreaterThan(1_000_000);
      const [outcome] = await runRealPages(browserName, { pages: [large.page], pagesDir: large.dir, settleTimeoutMs: 120_000 });
      console.log(`${OUTCOME_HEADER}\n${outcome === undefined ? '' : formatOutcome(outcome)}`);
      expect(outcome?.problems).toEqual([]);
      expect(outcome?.state).toBe('ready');
      expect(outcome?.claims ?? 0).toBeGreaterThan(3000);
    }, 300_000);
  });
}
