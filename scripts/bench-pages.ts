/**
 * Bench section "pages": WhoSaid on the 130 real pages of ../shared/pages/readability in Chromium — per page the
 * time from the toolbar click to ready/empty (the first click on the page, untraced), the longest main-thread task
 * (from a performance trace of a second click, or the first click's Long Tasks entries if longer), and, in the
 * same run and page, findArticle alone and Readability's parse of a clone of the page, for comparison.
 * Goals: click→settled median below Readability's parse median, and no task over 50 ms.
 * The times come from WhoSaid's own whosaid:* User Timing marks, which shipped builds do not set (a page must not
 * tell that WhoSaid ran): the bench builds the shipped code with marks into extension/marks/ first and runs that.
 */
import { execFileSync } from 'node:child_process';
import type { BenchSectionModule } from './bench.js';
import { missingBuild, PROJECT_ROOT } from '../tests/browser/browsers.js';
import { writeLargePage } from '../tests/browser/large-page.js';
import { listPages, pagesAvailable, runRealPages, type PageOutcome } from '../tests/browser/real-pages-run.js';

const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(1));

function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

function stats(label: string, values: number[]): string {
  return `${label.padEnd(34)} median ${ms(quantile(values, 0.5)).padStart(7)}  p90 ${ms(quantile(values, 0.9)).padStart(7)}  max ${ms(Math.max(...values)).padStart(7)} ms`;
}

export async function run(): Promise<boolean> {
  if (!pagesAvailable()) {
    console.log('skipped: ../shared/pages/readability is absent');
    return true;
  }
  const buildProblem = missingBuild();
  if (buildProblem !== null) {
    console.log(`skipped: ${buildProblem}`);
    return true;
  }
  // the shipped code plus its marks, apart from the shipped folders (build.mjs writes extension/marks/<name>/)
  execFileSync(process.execPath, ['build.mjs'], { cwd: PROJECT_ROOT, env: { ...process.env, WHOSAID_MARKS: '1', WHOSAID_DEBUG: '' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const only = process.env.WHOSAID_PAGES?.split(',').filter((page) => page.length > 0);
  const pages = only ?? listPages();
  const printRow = (outcome: PageOutcome): void => console.log(`${outcome.page.padEnd(34)} ${outcome.state.padEnd(6)} ${String(outcome.claims).padStart(6)} ${ms(outcome.readyMs).padStart(13)} ${ms(outcome.injectMs).padStart(7)} ${ms(outcome.inPageMs).padStart(8)} ${ms(outcome.longestTaskMs).padStart(12)} ${ms(outcome.findArticleMs).padStart(11)} ${ms(outcome.readabilityMs).padStart(11)}  ${outcome.longestTaskDetail ?? ''}`);
  console.log(`${'page'.padEnd(34)} ${'state'.padEnd(6)} ${'claims'.padStart(6)} ${'click→settled'.padStart(13)} ${'inject'.padStart(7)} ${'in page'.padStart(8)} ${'longest task'.padStart(12)} ${'findArticle'.padStart(11)} ${'Readability'.padStart(11)}  longest task's biggest parts (ms)`);
  const outcomes: PageOutcome[] = await runRealPages('chromium', {
    pages,
    timeParsers: true,
    traceTasks: true,
    withMarks: true,
    onPage: printRow,
  });
  const pick = (key: 'readyMs' | 'injectMs' | 'inPageMs' | 'longestTaskMs' | 'findArticleMs' | 'readabilityMs'): number[] =>
    outcomes.map((outcome) => outcome[key]).filter((value): value is number => typeof value === 'number');
  const ready = pick('readyMs');
  const longest = pick('longestTaskMs');
  const readability = pick('readabilityMs');
  console.log(stats('click → ready/empty', ready));
  console.log(stats('  the browser: click → script start', pick('injectMs')));
  console.log(stats('  WhoSaid: script start → ready', pick('inPageMs')));
  console.log(stats('longest main-thread task', longest));
  console.log(stats('findArticle alone (in page)', pick('findArticleMs')));
  console.log(stats('Readability parse (same pages, run)', readability));
  // a page of our own with over 1 MB of text and thousands of quotes, apart from the medians
  const large = writeLargePage();
  console.log(`\nvery large page (${(large.bytes / 1e6).toFixed(1)} MB of HTML, generated):`);
  const [largeOutcome] = await runRealPages('chromium', { pages: [large.page], pagesDir: large.dir, timeParsers: true, traceTasks: true, withMarks: true, settleTimeoutMs: 120_000 });
  if (largeOutcome !== undefined) printRow(largeOutcome);
  const over = [...outcomes, ...(largeOutcome === undefined ? [] : [largeOutcome])].filter((outcome) => (outcome.longestTaskMs ?? 0) > 50);
  console.log(`pages with a task over 50 ms: ${over.length}${over.length > 0 ? ` (${over.map((outcome) => `${outcome.page} ${ms(outcome.longestTaskMs)}`).join(', ')})` : ''}`);
  const fasterThanReadability = quantile(ready, 0.5) < quantile(readability, 0.5);
  const ownWorkFaster = quantile(pick('inPageMs'), 0.5) < quantile(readability, 0.5);
  console.log(`goal: click→ready median below Readability's parse median: ${fasterThanReadability ? 'met' : 'missed'} (WhoSaid's own part alone, script start → ready: ${ownWorkFaster ? 'below' : 'above'} it); no task over 50 ms: ${over.length === 0 ? 'met' : 'missed'}`);
  return fasterThanReadability && over.length === 0;
}
