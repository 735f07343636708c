/**
 * Checks and times the article finder alone on the 130 real pages of ../shared/pages/readability in Chromium, page
 * scripts off, served from 127.0.0.1 only (every other address goes to the local server, which answers 404).
 *
 *   npx tsx scripts/find-article-check.ts [--src DIR] [--out FILE.json] [--pages a,b] [--runs N] [--profile PAGE]
 *
 * --src: the `src` folder to bundle the finder from (default ./src), so an older tree (`git archive HEAD src`) can be
 * dumped beside the working one and the two dumps diffed: status, language, each block's kind, text, element path and
 * segment map, and the root's path. --runs: fresh page loads per page for the timing (the median is printed), since
 * the finder runs cold on every click. --profile: writes a Chromium CPU profile of one cold call to PAGE.cpuprofile
 * and prints the functions with the most self time.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, PROJECT_ROOT } from '../tests/browser/browsers.js';
import { startStaticServer } from '../tests/browser/static-server.js';

const PAGES_DIR = join(PROJECT_ROOT, '..', 'shared', 'pages', 'readability');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Runs inside the page: one cold findArticle call, timed, and its result as plain data. */
const PAGE_ENTRY = `
import { findArticle } from './page/article/find-article.ts';
function pathOf(node) {
  const steps = [];
  for (let current = node; current && current.parentNode; current = current.parentNode) {
    steps.push(Array.prototype.indexOf.call(current.parentNode.childNodes, current));
  }
  return steps.reverse().join('/');
}
globalThis.__findArticleCheck = (dump) => {
  const marks = [];
  const started = performance.now();
  const result = findArticle(document, { debug: (step) => marks.push([step, performance.now()]) });
  const ended = performance.now();
  const ms = ended - started;
  const phases = {};
  let last = started;
  for (const [step, at] of [...marks, ['rest', ended]]) { phases[step] = at - last; last = at; }
  if (!dump) return { ms, phases };
  const out = { status: result.status, language: result.language, reason: result.reason };
  if (result.status === 'article') {
    out.root = pathOf(result.root);
    out.blocks = result.blocks.map((block) => ({
      kind: block.kind, text: block.text, element: pathOf(block.element),
      segments: block.segments.map((s) => [pathOf(s.node), s.nodeStart, s.blockStart, s.length].join(':')).join(' '),
    }));
  }
  return { ms, out, phases };
};
`;

async function bundle(srcDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_ENTRY, resolveDir: srcDir, loader: 'ts' },
    bundle: true, write: false, format: 'iife', target: ['chrome121'], logLevel: 'warning',
    define: { __FIREFOX__: 'false', __TEST_HOOKS__: 'false', __DEBUG__: 'false', __MARKS__: 'false' },
  });
  return result.outputFiles[0]?.text ?? '';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

async function main(): Promise<void> {
  // several folders (comma-separated): their bundles take turns on every page load, so load on the machine hits both
  const srcDirs = (option('--src') ?? join(PROJECT_ROOT, 'src')).split(',').map((dir) => resolve(dir));
  const out = option('--out');
  const runs = Number(option('--runs') ?? '1');
  const profilePage = option('--profile');
  const allPages = readdirSync(PAGES_DIR).filter((name) => !name.startsWith('.')).sort();
  const pages = profilePage === 'all' ? allPages : profilePage !== undefined ? profilePage.split(',')
    : option('--pages')?.split(',') ?? allPages;
  const codes = await Promise.all(srcDirs.map((dir) => bundle(dir)));
  const server = await startStaticServer({ '/pages/': PAGES_DIR },
    { htmlHeaders: { 'content-security-policy': "script-src 'none'; object-src 'none'" } });
  const port = new URL(server.origin).port;
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${port}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const dump: Record<string, unknown> = {};
  const times: Array<{ page: string; ms: number[] }> = [];
  const phaseTotals = new Map<string, number>();
  try {
    const page: Page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const name of pages) {
      const samples: number[][] = codes.map(() => []);
      for (let turn = 0; turn < runs * codes.length; turn += 1) {
        const run = Math.floor(turn / codes.length);
        const which = turn % codes.length;
        const code = codes[which] ?? '';
        await page.goto(`${server.origin}/pages/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
        // as in the bench: the reader clicks on a page that is laid out
        await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
        await page.evaluate(code);
        const first = run === 0 && which === 0 && out !== undefined;
        const session = profilePage !== undefined ? await page.createCDPSession() : null;
        if (session !== null) {
          await session.send('Profiler.enable');
          await session.send('Profiler.setSamplingInterval', { interval: 50 });
          await session.send('Profiler.start');
        }
        const answer = await page.evaluate((wantDump) =>
          (Reflect.get(globalThis, '__findArticleCheck') as (dump: boolean) => { ms: number; out?: unknown; phases: Record<string, number> })(wantDump), first);
        if (session !== null) {
          const { profile } = await session.send('Profiler.stop');
          writeFileSync(`${name}.cpuprofile`, JSON.stringify(profile));
          const nodes = profile.nodes as ProfileNode[];
          const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
          const self = new Map<string, number>();
          for (const node of nodes) {
            const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
            self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
          }
          if (pages.length === 1) for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${value.toFixed(2).padStart(8)} ms  ${key}`);
        }
        samples[which]?.push(answer.ms);
        if (which === codes.length - 1) for (const [step, value] of Object.entries(answer.phases)) phaseTotals.set(step, (phaseTotals.get(step) ?? 0) + value / runs);
        if (first) dump[name] = answer.out;
      }
      const ms = samples.map((values) => median(values));
      times.push({ page: name, ms });
      console.log(`${name.padEnd(40)} ${ms.map((value) => `${value.toFixed(1).padStart(7)} ms`).join(' ')}  ${samples.map((values) => `[${values.map((value) => value.toFixed(1)).join(' ')}]`).join(' ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  srcDirs.forEach((dir, index) => {
    const each = times.map((entry) => ({ page: entry.page, ms: entry.ms[index] ?? Number.NaN }));
    const all = each.map((entry) => entry.ms);
    const slowest = [...each].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`${dir}: median ${median(all).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms; slowest: ${slowest.map((entry) => `${entry.page} ${entry.ms.toFixed(1)}`).join(', ')}`);
  });
  console.log(`phases, summed over the pages: ${[...phaseTotals].map(([step, value]) => `${step} ${value.toFixed(0)} ms`).join(', ')}`);
  if (out !== undefined) writeFileSync(out, JSON.stringify(dump, null, 1));
}

await main();
