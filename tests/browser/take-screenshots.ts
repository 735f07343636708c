/**
 * Screenshots for the README: our own demo article (tests/fixtures/demo/tramline-article.html) with WhoSaid on, in
 * Chromium and in Firefox, with the sidebar open and the hover card showing over a claim. `npm run screenshots`
 * (after `npm run build`) writes docs/screenshots/demo-<browser>.png, and the same with the browser's interface in
 * French (Chromium), German (Firefox), Spanish (Chromium) and Russian (Firefox): docs/screenshots/sidebar-fr-chromium.png,
 * sidebar-de-firefox.png, sidebar-es-chromium.png, sidebar-ru-firefox.png. Then
 * WhoSaid reading our invented German and French news pages (tests/fixtures/language/) with the browser in the
 * page's language: page-de-firefox.png, page-fr-chromium.png. Not the shared seed article or the real pages under
 * ../shared: their text is not ours to copy into the project, pixels included.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PROJECT_ROOT, type BrowserName } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer } from './static-server.js';
import { inShadow } from './closed-shadow.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');
const DEMO = join(FIXTURES, 'demo');
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');

interface Shot {
  browserName: BrowserName;
  /** The page's path on the static server, e.g. /fixtures/demo/tramline-article.html. */
  path: string;
  /** The file under docs/screenshots/. */
  file: string;
  /** The browser's interface language; absent, the browser's English. */
  uiLanguage?: string;
  /** How far down the article the window rests. */
  scrollY: number;
  /**
   * The source the pointer rests on (its highlighted words include this), at its leftmost line; absent, the first
   * source in view.
   */
  hoverSource?: string;
  /** Scroll the sidebar down to its list of sources, to show each speaker with its role, instead of its summary. */
  showSources?: boolean;
}

async function screenshot(shot: Shot, origin: string): Promise<string> {
  const { browserName, uiLanguage } = shot;
  const launched = await launch(browserName, uiLanguage === undefined ? {} : { uiLanguage });
  try {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}${shot.path}`, { waitUntil: 'load' });
    // The consent banner would cover the article; dismiss it as a reader would (it hides itself on click, if at all:
    // removing it keeps the shot about WhoSaid either way).
    await page.evaluate(() => document.querySelector<HTMLElement>('.consent')?.remove());
    await launched.toggle(page);
    const settled = await waitForSettled(page);
    if (settled.state !== 'ready') throw new Error(`${browserName}: WhoSaid ended in state ${settled.state}`);
    await page.evaluate((scrollY) => window.scrollTo(0, scrollY), shot.scrollY);
    if (shot.showSources === true) {
      // The sources list starts at its first group's heading; bring that near the top of the sidebar's body.
      await inShadow(page, (shadow) => {
        const body = shadow?.querySelector('.ws-body');
        const heading = shadow?.querySelector('.ws-group-title');
        if (body && heading) body.scrollTop += heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 12;
      });
    }
    // Rest the pointer on a source so the hover card shows.
    const point = await page.evaluate((wanted) => {
      const candidates: Array<{ x: number; y: number }> = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.endsWith('-source')) return;
        for (const range of highlight) {
          if (!(range instanceof Range)) continue;
          if (wanted !== null && !range.toString().includes(wanted)) continue;
          // a line box, not the range's middle, which for a source broken over two lines is on no word; for the
          // source asked for, its leftmost line box, so the card that opens beside the pointer stays clear of the sidebar
          const boxes = [...range.getClientRects()];
          const rect = wanted === null ? boxes[0] : boxes.sort((a, b) => a.left - b.left)[0];
          if (rect !== undefined && rect.top > 120 && rect.bottom < window.innerHeight - 120) {
            candidates.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
          }
        }
      });
      return candidates[0] ?? null;
    }, shot.hoverSource ?? null);
    if (point !== null) {
      await page.mouse.move(point.x - 3, point.y);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const file = join(OUT, shot.file);
    await page.screenshot({ path: file as `${string}.png` });
    return file;
  } finally {
    await launched.close();
  }
}

if (!existsSync(join(DEMO, 'tramline-article.html'))) {
  console.log('skipped: tests/fixtures/demo/tramline-article.html is absent');
} else {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/fixtures/': FIXTURES });
  const demo = '/fixtures/demo/tramline-article.html';
  const shots: Shot[] = [
    { browserName: 'chromium', path: demo, file: 'demo-chromium.png', scrollY: 240 },
    { browserName: 'firefox', path: demo, file: 'demo-firefox.png', scrollY: 240 },
    // the interface in the reader's language, whatever the article's (Firefox needs its language pack: setup.mjs)
    { browserName: 'chromium', path: demo, file: 'sidebar-fr-chromium.png', uiLanguage: 'fr', scrollY: 240 },
    { browserName: 'firefox', path: demo, file: 'sidebar-de-firefox.png', uiLanguage: 'de', scrollY: 240 },
    { browserName: 'chromium', path: demo, file: 'sidebar-es-chromium.png', uiLanguage: 'es', scrollY: 240 },
    { browserName: 'firefox', path: demo, file: 'sidebar-ru-firefox.png', uiLanguage: 'ru', scrollY: 240 },
    // German and French pages, read with their language's lexicon, the browser in the page's language
    { browserName: 'firefox', path: '/fixtures/language/german-news.html', file: 'page-de-firefox.png', uiLanguage: 'de', scrollY: 0, hoverSource: 'Heike Lorenz', showSources: true },
    { browserName: 'chromium', path: '/fixtures/language/french-news.html', file: 'page-fr-chromium.png', uiLanguage: 'fr', scrollY: 0, hoverSource: 'Paul Kerhervé', showSources: true },
  ];
  try {
    for (const shot of shots) console.log(await screenshot(shot, server.origin));
  } finally {
    await server.close();
  }
}
