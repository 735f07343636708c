/**
 * Screenshots for the README: our own demo article (tests/fixtures/demo/tramline-article.html) with WhoSaid on, in
 * Chromium and in Firefox, with the sidebar open and the hover card showing over a claim. `npm run screenshots`
 * (after `npm run build`) writes docs/screenshots/demo-<browser>.png, and the same with the browser's interface in
 * French (Chromium) and German (Firefox): docs/screenshots/sidebar-fr-chromium.png, sidebar-de-firefox.png. Not the
 * shared seed article: its text is not ours to copy into the project, pixels included.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PROJECT_ROOT, type BrowserName } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer } from './static-server.js';

const DEMO = join(PROJECT_ROOT, 'tests', 'fixtures', 'demo');
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');

async function screenshot(browserName: BrowserName, origin: string, uiLanguage?: string): Promise<string> {
  const launched = await launch(browserName, uiLanguage === undefined ? {} : { uiLanguage });
  try {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/demo/tramline-article.html`, { waitUntil: 'load' });
    // The consent banner would cover the article; dismiss it as a reader would (it hides itself on click, if at all:
    // removing it keeps the shot about WhoSaid either way).
    await page.evaluate(() => document.querySelector<HTMLElement>('.consent')?.remove());
    await launched.toggle(page);
    const settled = await waitForSettled(page);
    if (settled.state !== 'ready') throw new Error(`${browserName}: WhoSaid ended in state ${settled.state}`);
    await page.evaluate(() => window.scrollTo(0, 240));
    // Rest the pointer on a source so the hover card shows.
    const point = await page.evaluate(() => {
      const candidates: Array<{ x: number; y: number }> = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.endsWith('-source')) return;
        for (const range of highlight) {
          if (!(range instanceof Range)) continue;
          const rect = range.getBoundingClientRect();
          if (rect.top > 120 && rect.bottom < window.innerHeight - 120) {
            candidates.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
          }
        }
      });
      return candidates[0] ?? null;
    });
    if (point !== null) {
      await page.mouse.move(point.x - 3, point.y);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const file = join(OUT, uiLanguage === undefined ? `demo-${browserName}.png` : `sidebar-${uiLanguage}-${browserName}.png`);
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
  const server = await startStaticServer({ '/demo/': DEMO });
  try {
    for (const name of ['chromium', 'firefox'] satisfies BrowserName[]) console.log(await screenshot(name, server.origin));
    // the interface in the reader's language, whatever the article's (Firefox needs its language pack: setup.mjs)
    console.log(await screenshot('chromium', server.origin, 'fr'));
    console.log(await screenshot('firefox', server.origin, 'de'));
  } finally {
    await server.close();
  }
}
