/**
 * Screenshots for the README: the shared seed article with WhoSaid on, in Chromium and in Firefox, with the sidebar
 * open and the hover card showing over a claim. `npm run screenshots` (after `npm run build`) writes
 * docs/screenshots/seed-<browser>.png; needs ../shared.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PROJECT_ROOT, type BrowserName } from './browsers.js';
import { waitForSettled } from './page-probes.js';
import { startStaticServer } from './static-server.js';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');

async function screenshot(browserName: BrowserName, origin: string): Promise<string> {
  const launched = await launch(browserName);
  try {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/shared/articles/seed-article.html`, { waitUntil: 'load' });
    // The cookie banner would cover the article's foot; accept it as a reader would.
    await page.evaluate(() => document.querySelector<HTMLElement>('.cookie button')?.click());
    await launched.toggle(page);
    const settled = await waitForSettled(page);
    if (settled.state !== 'ready') throw new Error(`${browserName}: WhoSaid ended in state ${settled.state}`);
    await page.evaluate(() => window.scrollTo(0, 560));
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
    const file = join(OUT, `seed-${browserName}.png`);
    await page.screenshot({ path: file as `${string}.png` });
    return file;
  } finally {
    await launched.close();
  }
}

if (!existsSync(join(SHARED, 'articles', 'seed-article.html'))) {
  console.log('skipped: ../shared/articles/seed-article.html is absent');
} else {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/shared/': SHARED });
  try {
    for (const name of ['chromium', 'firefox'] satisfies BrowserName[]) console.log(await screenshot(name, server.origin));
  } finally {
    await server.close();
  }
}
