/**
 * Right-to-left text inside an English quotation, in real Chromium and Firefox (issue 18's bad input): on our
 * invented page (tests/fixtures/language/english-quoting-rtl.html), quotations holding a Hebrew phrase in its own
 * `dir="rtl"` element, an Arabic word in running text, and pointed Hebrew between right-to-left marks are each
 * highlighted whole — one content range from the quote's first English word, across the right-to-left words, to its
 * last, painted on screen — credited to their speakers, and shown in the sidebar with the right-to-left words as
 * written; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { missingBuild, type BrowserName } from './browsers.js';
import { highlightedTexts, sidebarActors, waitForSettled } from './page-probes.js';
import { inShadow } from './closed-shadow.js';
import { runAxe } from './accessibility-probes.js';
import { startFixtureSession, type FixtureSession } from './fixture-session.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

/** Each quotation: its first and last English words around the right-to-left ones, and who said it. */
const QUOTES = [
  { rtl: 'גם זה יעבור', before: 'We will rebuild it stone by stone', after: 'this too shall pass', speaker: 'Dana Levin' },
  { rtl: 'صمود', before: 'The word we use here is', after: 'what the fishermen have shown all year', speaker: 'Omar Haddad' },
  { rtl: 'הַחוֹמָה הַחֲדָשָׁה', before: 'People call it', after: 'as if it were already finished', speaker: 'Miriam Cohen' },
];

/** The content highlights' texts, each with the number of boxes the browser paints it in. */
function paintedContents(page: Page): Promise<Array<{ text: string; boxes: number }>> {
  return page.evaluate(() => {
    const found: Array<{ text: string; boxes: number }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-') || !(name.endsWith('-content') || name.endsWith('-unsure'))) return;
      highlight.forEach((range) => {
        if (range instanceof Range) found.push({ text: range.toString(), boxes: [...range.getClientRects()].filter((box) => box.width > 0).length });
      });
    });
    return found;
  });
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`right-to-left words inside English quotations, in ${browserName}`, () => {
    let session: FixtureSession | undefined;
    let page: Page;

    beforeAll(async () => {
      session = await startFixtureSession(browserName, { width: 1280, height: 900 });
      page = session.page;
      await session.open('language/english-quoting-rtl.html');
      await session.launched.toggle(page);
    }, 60_000);

    afterAll(() => session?.close());

    it('highlights each quotation whole, across its right-to-left words, and paints it', async () => {
      expect((await waitForSettled(page)).state).toBe('ready');
      const contents = await paintedContents(page);
      for (const quote of QUOTES) {
        const whole = contents.find((range) => range.text.includes(quote.before) && range.text.includes(quote.rtl) && range.text.includes(quote.after));
        expect(whole, `one content range holds “${quote.before} … ${quote.rtl} … ${quote.after}”`).toBeDefined();
        expect(whole?.boxes ?? 0, quote.rtl).toBeGreaterThan(0);
      }
      const names = new Set((await highlightedTexts(page)).map((range) => range.name));
      for (const part of ['source', 'cue', 'content']) expect([...names].some((name) => name.endsWith(`-${part}`)), part).toBe(true);
    });

    it('credits each quotation to its speaker', async () => {
      const actors = await sidebarActors(page);
      for (const quote of QUOTES) expect(actors.some((actor) => actor.name.includes(quote.speaker) && actor.claims > 0), quote.speaker).toBe(true);
    });

    it('shows the right-to-left words in the sidebar as the page wrote them', async () => {
      const shown = await inShadow(page, (shadow) => [...(shadow?.querySelectorAll('.ws-content') ?? [])].map((content) => content.textContent ?? ''));
      for (const quote of QUOTES) expect(shown.some((text) => text.includes(quote.rtl) && text.includes(quote.after)), quote.rtl).toBe(true);
    });

    it('has no axe-core violations', async () => {
      expect((await runAxe(page)).violations).toEqual([]);
    });
  });
}
