/**
 * Screenshots of the reader's experience for the README, on our own article in Chromium at 1280 px: the sidebar
 * beside the article, the voices summary close up, the sources sorted by the space they are given, a dark page with
 * the dark sidebar, the three kinds of claim (thoughts shown by their chip, the hover card over one), and the options
 * page.
 * `npm run screenshots` (after the build) writes docs/screenshots/{sidebar,voices,space,dark-page,kinds,options}.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, PROJECT_ROOT } from './browsers.js';
import { sortSourcesBy, waitForSettled } from './page-probes.js';
import { startStaticServer } from './static-server.js';
import { inShadow } from './closed-shadow.js';

const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');
const shot = (name: string) => join(OUT, `${name}.png`) as `${string}.png`;

mkdirSync(OUT, { recursive: true });
const server = await startStaticServer({ '/ui/': join(PROJECT_ROOT, 'tests', 'fixtures', 'ui') });
const launched = await launchChromium();
try {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  await page.goto(`${server.origin}/ui/harbour-article.html`, { waitUntil: 'load' });
  await launched.toggle(page);
  await waitForSettled(page);
  await page.evaluate(() => window.scrollTo(0, 230));
  await page.screenshot({ path: shot('sidebar') });
  console.log(shot('sidebar'));

  // Clips are in page coordinates; the sidebar is fixed, so measure it with the page at its top.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await inShadow(page, (shadow) => {
    const rect = shadow?.querySelector('.ws-voices')?.getBoundingClientRect();
    return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
  });
  if (box) {
    await page.screenshot({ path: shot('voices'), clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } });
    console.log(shot('voices'));
  }

  // Space given, sorted by space, and the first source of the list below with its own bar.
  await sortSourcesBy(page, 'space');
  const spaceBox = await inShadow(page, (shadow) => {
    const section = shadow?.querySelector('.ws-space-section');
    const body = shadow?.querySelector('.ws-body');
    if (!section || !body) return null;
    body.scrollTop += section.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
    const top = section.getBoundingClientRect();
    const bar = shadow?.querySelector('[data-actor-id] .ws-space')?.getBoundingClientRect() ?? top;
    return { x: top.x, y: top.y, width: top.width, height: bar.bottom - top.y };
  });
  if (spaceBox) {
    await page.screenshot({ path: shot('space'), clip: { x: spaceBox.x - 8, y: spaceBox.y - 8, width: spaceBox.width + 16, height: spaceBox.height + 16 } });
    console.log(shot('space'));
  }
  await sortSourcesBy(page, 'claims');
  await inShadow(page, (shadow) => shadow?.querySelector('.ws-body')?.scrollTo(0, 0));

  await page.evaluate(() => window.scrollTo(0, 230));
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await page.screenshot({ path: shot('dark-page') });
  console.log(shot('dark-page'));
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

  // The three kinds: thoughts shown by their chip, the page at the report's finding and the fisher's fear, the
  // pointer resting on the fear so the card names its kind.
  await page.evaluate(() => {
    document.querySelector('whosaid-root')?.shadowRoot?.querySelector<HTMLElement>('.ws-kind-chip[data-kind="thought"]')?.click();
  });
  await page.waitForFunction(() => {
    let thoughts = 0;
    CSS.highlights.forEach((highlight, name) => { if (name.endsWith('-thought')) thoughts += highlight.size; });
    return thoughts > 0;
  }, { polling: 100, timeout: 5_000 });
  /** The first thought's first line box, in the window's coordinates. */
  const thoughtBox = () => page.evaluate(() => {
    const boxes: Array<{ x: number; y: number; top: number }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.endsWith('-thought')) return;
      for (const range of highlight) {
        const box = range instanceof Range ? range.getClientRects()[0] : undefined;
        if (box) boxes.push({ x: box.left + Math.min(60, box.width / 2), y: box.top + box.height / 2, top: box.top });
      }
    });
    return boxes[0] ?? null;
  });
  const before = await thoughtBox();
  if (before !== null) {
    await page.evaluate((top) => window.scrollBy(0, top - 420), before.top);
    const point = await thoughtBox();
    if (point !== null) {
      await page.mouse.move(point.x - 3, point.y);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  }
  await page.screenshot({ path: shot('kinds') });
  console.log(shot('kinds'));

  const extensionId = [...(await launched.browser.extensions()).keys()][0];
  const options = await launched.browser.newPage();
  await options.setViewport({ width: 900, height: 860 });
  await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
  await options.waitForSelector('input[name="palette"]');
  await options.screenshot({ path: shot('options'), fullPage: true });
  console.log(shot('options'));
} finally {
  await launched.close();
  await server.close();
}
