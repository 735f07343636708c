/**
 * Screenshots of the library for the README, in Chromium and in Firefox: the search, a person's page and the
 * charts, over a library of our own fixture articles (analysed by the engine here, filed under made-up sites and
 * dates so the charts have something to compare) plus the two library fixtures analysed by a real click.
 * `npm run screenshots` (after the build) writes docs/screenshots/library-{search,person,charts}-{chromium,firefox}.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/index.js';
import { blocksFromHtml, blocksFromPlainLines } from '../../src/cli/article-file.js';
import { entryFromAnalysis } from '../../src/shared/library/from-analysis.js';
import type { LibraryEntry } from '../../src/shared/library/entry.js';
import { PROJECT_ROOT } from './browsers.js';
import { keepEntries, launchForLibrary, openLibraryPage as openLibrary } from './library-harness.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer } from './static-server.js';

const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');
const FIXTURES = [
  'tests/fixtures/ui/harbour-article.html',
  'tests/fixtures/demo/tramline-article.html',
  'tests/fixtures/article/harbour-scored.html',
  'tests/fixtures/article/dynamic-news.html',
  'tests/fixtures/engine/coreference.txt',
  'tests/fixtures/engine/quotes.txt',
  'tests/fixtures/engine/reported.txt',
  'tests/fixtures/engine/signatures.txt',
  'tests/fixtures/engine/transcript.txt',
];
const SITES = ['westport-herald.example', 'riverside-courier.example', 'the-ledger.example', 'northern-post.example'];

async function fixtureEntries(): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  const start = Date.parse('2026-01-05T09:00:00Z');
  // each fixture read three times over eight weeks on different sites: enough for the charts to compare
  for (let round = 0; round < 3; round++) {
    for (const [index, path] of FIXTURES.entries()) {
      const source = readFileSync(join(PROJECT_ROOT, path), 'utf8');
      const blocks = path.endsWith('.html') ? await blocksFromHtml(source, path) : blocksFromPlainLines(source);
      const n = round * FIXTURES.length + index;
      const site = SITES[n % SITES.length] ?? 'example.org';
      const day = new Date(start + n * 2 * 86_400_000).toISOString().slice(0, 10);
      const title = blocks.find((block) => block.kind === 'headline')?.text ?? path.split('/').pop() ?? path;
      const entry = entryFromAnalysis(analyze(blocks), { url: `https://${site}/${n}`, title, published: day }, start + n * 86_400_000);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}

mkdirSync(OUT, { recursive: true });
const server = await startStaticServer({ '/library/': join(PROJECT_ROOT, 'tests', 'fixtures', 'library') });
const entries = await fixtureEntries();
for (const name of ['chromium', 'firefox'] as const) {
  const launched = await launchForLibrary(name);
  try {
    const seed = await openLibrary(launched);
    await keepEntries(seed, entries);
    await seed.close();
    for (const path of ['/library/bridge.html', '/library/budget.html']) {
      const article = await launched.browser.newPage();
      await article.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await launched.toggle(article);
      await waitForSettled(article);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await article.close();
    }
    const shot = (view: string) => join(OUT, `library-${view}-${name}.png`) as `${string}.png`;
    const charts = await openLibrary(launched);
    await charts.waitForSelector('svg.chart');
    // Chromium's shot shows the source roles, Firefox's the named and unnamed voices: both views in the README
    if (name === 'chromium') {
      await charts.click('input[name="split"][value="roles"]');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await charts.screenshot({ path: shot('charts'), fullPage: false });
    const search = await openLibrary(launched);
    await search.type('#library-search', 'port', { delay: 20 });
    await search.waitForSelector('.results .claims li, .results .people li', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await search.screenshot({ path: shot('search') });
    const person = await openLibrary(launched, '#person=marta%20lindqvist');
    await person.waitForSelector('.person-page .claims li');
    await person.screenshot({ path: shot('person') });
    for (const view of ['charts', 'search', 'person']) console.log(shot(view));
  } finally {
    await launched.close();
  }
}
await server.close();
