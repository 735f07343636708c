/**
 * Crafted import files, in real Chromium and Firefox, imported through the library page's own file input as a
 * reader would import a file someone sent them (issue 19): an article analysed "at" 1e300 (the person page threw
 * a RangeError), roles named `constructor`, `toString` and `__proto__` (a chart bar of width NaN with a function's
 * text as its legend), a site that is not the address's (evil.example listed as www.bbc.co.uk), and right-to-left
 * overrides in a name and a site ("ku.oc.cbb" rendered as "bbc.co.uk"). Each is refused, dropped, derived or
 * isolated, and what the reader sees is checked as rendered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { importLibraryFile, keptArticles, launchForLibrary, openLibraryPage, waitInPage } from './library-harness.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const RLO = '\u202E';
/** A week ago: a date every WhoSaid accepts. */
const RECENTLY = Date.now() - 7 * 86_400_000;

/** An export file holding `articles`, as text: written by hand so `__proto__` stays an own key. */
function exportFile(articles: string[]): string {
  return `{"format": "whosaid-library", "version": 1, "exportedAt": "", "articles": [${articles.join(',')}]}`;
}

function article(fields: { url: string; site: string; analysedAt: number; actors: string; claims: string; title?: string }): string {
  return `{"url": ${JSON.stringify(fields.url)}, "title": ${JSON.stringify(fields.title ?? 'A crafted article')}, "site": ${JSON.stringify(fields.site)},
    "published": null, "analysedAt": ${String(fields.analysedAt)}, "actors": ${fields.actors}, "claims": ${fields.claims}}`;
}

/** The left edges of the visible characters under `selector` (the first match), in the DOM's order. */
function characterLefts(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (element === null) return [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lefts: number[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index += 1) {
        // the directional marks themselves take no room
        if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text[index] ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0) lefts.push(rect.left);
      }
    }
    return lefts;
  }, selector);
}

const increasing = (values: readonly number[]): boolean => values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0));

/**
 * Goes to a view of the library page by its address fragment (as a link or Back would) and waits until `selector`
 * shows `text` (the view before may still show a while).
 */
async function showView(page: Page, hash: string, selector: string, text = ''): Promise<void> {
  await page.evaluate((fragment) => {
    location.hash = fragment;
  }, hash);
  await waitInPage(page, selector, 10_000);
  await page.waitForFunction((css, wanted) => [...document.querySelectorAll(css)].some((element) => (element.textContent ?? '').includes(wanted)), { timeout: 10_000 }, selector, text);
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`crafted library imports in ${browserName}`, () => {
    let launched: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      launched = await launchForLibrary(browserName);
      page = await openLibraryPage(launched);
    }, 60_000);

    afterAll(async () => {
      await launched?.close();
    });

    it('an article analysed "at" 1e300 is left out, and the person page and search still show the rest', async () => {
      const actors = '[{"name": "Marta Lindqvist", "kind": "person"}]';
      const file = exportFile([
        article({ url: 'https://news.example/far-future', site: 'news.example', analysedAt: 1e300, actors, claims: '[{"actor": 0, "text": "The harbour zeppelin will fly", "cue": "said", "kind": "indirect", "stance": "neutral"}]' }),
        article({ url: 'https://news.example/today', site: 'news.example', analysedAt: RECENTLY, actors, claims: '[{"actor": 0, "text": "The harbour zeppelin is ready", "cue": "said", "kind": "indirect", "stance": "neutral"}]' }),
      ]);
      expect(await importLibraryFile(page, 'future.json', file)).toBe('Imported 1 article; 1 entry of the file was not valid and left out.');
      await showView(page, '#person=marta%20lindqvist', '.person-page .claims li', 'zeppelin');
      expect(await page.$eval('#person-title', (title) => title.textContent)).toBe('Marta Lindqvist');
      expect(await page.$$eval('.person-page .claim-text', (quotes) => quotes.map((quote) => quote.textContent))).toEqual(['The harbour zeppelin is ready']);
      await showView(page, '#q=zeppelin', '[data-results="search"] .claims li', 'zeppelin');
      expect(await page.$$eval('[data-results="search"] .claim-text', (quotes) => quotes.map((quote) => quote.textContent))).toEqual(['The harbour zeppelin is ready']);
      await showView(page, '', 'main[data-view="home"]');
    });

    it('roles named constructor, toString and __proto__ draw no bar and no legend; the known role does', async () => {
      const actors = `[{"name": "Pia Kask", "kind": "person", "role": "constructor"}, {"name": "Ole Dahl", "kind": "person", "role": "toString"},
        {"name": "Eva Moen", "kind": "person", "role": "__proto__"}, {"name": "Ida Brun", "kind": "person", "role": "official"}]`;
      const claims = `[${[0, 1, 2, 3].map((actor) => `{"actor": ${actor}, "text": "Claim number ${actor}", "cue": "said", "kind": "indirect", "stance": "neutral"}`).join(',')}]`;
      expect(await importLibraryFile(page, 'roles.json', exportFile([article({ url: 'https://roles.example/a', site: 'roles.example', analysedAt: RECENTLY, actors, claims })])))
        .toBe('Imported 1 article.');
      await waitInPage(page, 'input[name="split"][value="roles"]');
      await page.click('input[name="split"][value="roles"]');
      await page.waitForFunction(() => (document.querySelector('input[name="split"][value="roles"]') as HTMLInputElement | null)?.checked === true);
      const legends = await page.$$eval('.chart-figure .legend li', (items) => items.map((item) => item.textContent ?? ''));
      expect(legends.length).toBeGreaterThan(0);
      expect(legends.every((legend) => legend === 'officials')).toBe(true);
      const sizes = await page.$$eval('.chart rect', (rects) => rects.flatMap((rect) => [rect.getAttribute('width') ?? '', rect.getAttribute('height') ?? '']));
      expect(sizes.filter((size) => !Number.isFinite(Number(size)))).toEqual([]);
      expect(await page.$eval('.charts', (charts) => charts.textContent ?? '')).not.toMatch(/function|constructor|toString|NaN/);
      await page.click('input[name="split"][value="mix"]');
    });

    it('a site that is not the address\'s is listed under the address\'s host (evil.example, not www.bbc.co.uk)', async () => {
      const file = exportFile([article({
        url: 'https://evil.example/news/story', site: 'www.bbc.co.uk', analysedAt: RECENTLY, title: 'A story from the BBC, says the file',
        actors: '[{"name": "Kai Lund", "kind": "person"}]', claims: '[{"actor": 0, "text": "Nothing to see", "cue": "said", "kind": "indirect", "stance": "neutral"}]',
      })]);
      expect(await importLibraryFile(page, 'site.json', file)).toBe('Imported 1 article.');
      expect((await keptArticles(page)).find((kept) => kept.url === 'https://evil.example/news/story')?.site).toBe('evil.example');
      await page.waitForFunction(() => [...document.querySelectorAll('.articles li')].some((item) => item.textContent?.includes('A story from the BBC')));
      const facts = await page.$$eval('.articles li', (items) => items.filter((item) => item.textContent?.includes('A story from the BBC')).map((item) => item.querySelector('.article-facts')?.textContent ?? ''));
      expect(facts).toHaveLength(1);
      expect(facts[0]).toMatch(/^evil\.example · /);
      expect(await page.evaluate(() => document.body.textContent ?? '')).not.toContain('bbc.co.uk');
    });

    it('a right-to-left override in a name or a site turns nothing after it: "ku.oc.cbb" reads left to right', async () => {
      const file = exportFile([article({
        url: 'https://ku.oc.cbb/story', site: `${RLO}ku.oc.cbb`, analysedAt: RECENTLY, title: `Mirrored${RLO}`,
        actors: `[{"name": "Anna Berg${RLO}", "kind": "person"}]`,
        claims: '[{"actor": 0, "text": "The quay needs a mirrorglass roof", "cue": "said", "kind": "indirect", "stance": "neutral"}]',
      })]);
      expect(await importLibraryFile(page, 'rlo.json', file)).toBe('Imported 1 article.');
      // the claim found by a word: speaker (with the override), cue, then the site, on one line
      await showView(page, '#q=mirrorglass', '[data-results="search"] .claims li', 'mirrorglass');
      const site = '[data-results="search"] .claims li .site';
      expect(await page.$eval(site, (element) => element.textContent)).toBe('ku.oc.cbb');
      const cue = await characterLefts(page, '[data-results="search"] .claims li .cue');
      const lefts = await characterLefts(page, site);
      expect(lefts).toHaveLength('ku.oc.cbb'.length);
      expect(increasing(lefts)).toBe(true);
      // and the site comes after the cue, as written
      expect((lefts[0] ?? 0) > (cue.at(-1) ?? Infinity)).toBe(true);
      // the articles list: the title holds an override, the site and facts after it still read left to right
      await showView(page, '', 'main[data-view="home"] .articles li', 'Mirrored');
      const facts = await page.$$eval('.articles li', (items) => items.findIndex((item) => item.textContent?.includes('Mirrored')));
      expect(facts).toBeGreaterThanOrEqual(0);
      // "ku.oc.cbb · 7 Dec 2026 · …": its first characters, the site's, as written
      const factLefts = await characterLefts(page, `.articles li:nth-child(${facts + 1}) .article-facts`);
      expect(increasing(factLefts.slice(0, 'ku.oc.cbb'.length))).toBe(true);
    });
  });
}
