/**
 * Runs WhoSaid over the 130 real pages of ../shared/pages/readability in one real browser, served from 127.0.0.1
 * with page scripts off (a CSP header, so the page's DOM stays still and any exception is ours) and every other
 * address unreachable. Per page: click, wait for ready/empty/error, check the DOM and the highlights, click off,
 * check the page is as before. Shared by tests/browser/real-pages.test.ts and the page bench.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { launch, MARKS_CHROME_BUILD, MARKS_FIREFOX_TEST_BUILD, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import type { ProbeInspection } from './real-pages-probe.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { inShadow, waitInShadow, whoSaidState } from './closed-shadow.js';

export const PAGES_DIR = join(PROJECT_ROOT, '..', 'shared', 'pages', 'readability');

export function pagesAvailable(): boolean {
  return existsSync(PAGES_DIR);
}

export function listPages(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

export interface PageOutcome {
  page: string;
  /** ready, empty or error; "timeout" when WhoSaid never settled. */
  state: string;
  claims: number;
  blocks: number;
  /** From the click (page clock, just before the toolbar click) to the final state. */
  readyMs: number | null;
  /**
   * From the click to the content script's first line (its "whosaid:started" mark, marks build only): the browser's part, from the
   * toolbar to the page (the service worker's injection and the script's compilation).
   */
  injectMs?: number | null;
  /** From the content script's first line to the final state: WhoSaid's own work in the page. */
  inPageMs?: number | null;
  /**
   * Longest main-thread task between click and final state: Chromium's Long Tasks API reports tasks over 50 ms
   * only, so 0 means none over 50 ms (the bench's trace measures every task); null in Firefox, which has no such API.
   */
  longestTaskMs: number | null;
  /** Readability's own parse of this page in this run (bench only). */
  readabilityMs?: number;
  /** findArticle alone on this page in this run (bench only). */
  findArticleMs?: number;
  /** What the longest task spent most time on (traced runs only). */
  longestTaskDetail?: string;
  /** What went wrong, empty when the page passed every check. */
  problems: string[];
}

export interface RunOptions {
  pages: string[];
  /** The folder the pages are in (each page a folder with source.html); default: the shared Readability pages. */
  pagesDir?: string;
  /** Also time Readability's parse and findArticle in the page (the bench). */
  timeParsers?: boolean;
  /**
   * Chromium: measure the longest main-thread task from a performance trace (every task, not only those over
   * 50 ms that the Long Tasks API reports), and name what the longest one spent its time on.
   */
  traceTasks?: boolean;
  settleTimeoutMs?: number;
  /**
   * Load the marks build (extension/marks/, `WHOSAID_MARKS=1 node build.mjs`), whose whosaid:* marks time each
   * click (the bench); default: the shipped builds, whose times stay empty.
   */
  withMarks?: boolean;
  onPage?(outcome: PageOutcome): void;
}

let probeSource: Promise<string> | null = null;

/** The main-world probe, bundled once per process. */
function probeBundle(): Promise<string> {
  probeSource ??= build({
    entryPoints: [join(PROJECT_ROOT, 'tests', 'browser', 'real-pages-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome121', 'firefox140'],
    logLevel: 'warning',
    define: { __FIREFOX__: 'false', __TEST_HOOKS__: 'false', __DEBUG__: 'false', __MARKS__: 'false' },
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return probeSource;
}

/** Page scripts off: the DOM stays as served, so any change or exception is WhoSaid's. */
const PAGE_HEADERS = { 'content-security-policy': "script-src 'none'; object-src 'none'" };

interface Timing {
  click: number;
  /** When the content script began (its performance mark). */
  startedAt: number | null;
  settledAt: number | null;
  longest: number | null;
  state: string | null;
  /** The names of every whosaid* mark the page's timeline showed after the click: none from a shipped build. */
  marks: string[];
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Top-level work on a renderer's main thread: a task, and the microtask checkpoint the scheduler runs after it. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** A checkpoint that starts within this many microseconds of a task's end belongs to that task. */
const CHECKPOINT_GAP_US = 100;

/**
 * The longest task on a renderer main thread in a Chromium trace, and its three biggest kinds of work inside. A
 * task is a RunTask event together with the microtask checkpoint right after it: promise continuations (a
 * scheduler.yield() resumed, an await) run in that checkpoint, which the trace records outside the RunTask, so
 * counting RunTask alone would miss work done after an await.
 */
export function longestTask(json: string): { ms: number; detail: string } | null {
  if (json.length === 0) return null;
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const onMain = events.filter((event) => event.ph === 'X' && event.dur !== undefined && mainThreads.has(`${event.pid}:${event.tid}`));
  const threadOf = (event: TraceEvent): string => `${event.pid}:${event.tid}`;
  const taskEvents = onMain.filter((event) => TASK_EVENTS.has(event.name)).sort((a, b) => a.ts - b.ts);
  // tasks with their checkpoints; a nested event (a task run inside a task) is part of the outer one
  const tasks: { start: number; end: number; thread: string }[] = [];
  for (const event of taskEvents) {
    const start = event.ts;
    const end = event.ts + (event.dur ?? 0);
    const last = [...tasks].reverse().find((task) => task.thread === threadOf(event));
    const nested = last !== undefined && end <= last.end;
    const checkpointAfter = last !== undefined && event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && start >= last.end - 1 && start <= last.end + CHECKPOINT_GAP_US;
    if (last !== undefined && (nested || checkpointAfter)) {
      last.end = Math.max(last.end, end);
      continue;
    }
    tasks.push({ start, end, thread: threadOf(event) });
  }
  let task: { start: number; end: number; thread: string } | null = null;
  for (const candidate of tasks) if (task === null || candidate.end - candidate.start > task.end - task.start) task = candidate;
  if (task === null) return null;
  const { start, end, thread } = task;
  const byName = new Map<string, number>();
  for (const event of onMain) {
    if (TASK_EVENTS.has(event.name) || event.name === 'RunMicrotasks' || event.ts < start || event.ts >= end || threadOf(event) !== thread) continue;
    byName.set(event.name, Math.max(byName.get(event.name) ?? 0, event.dur ?? 0));
  }
  const detail = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, dur]) => `${name} ${(dur / 1000).toFixed(0)}`).join(', ');
  return { ms: (end - start) / 1000, detail };
}

/**
 * Main world: note the click time, when WhoSaid reports a final state, and the longest task since. The state and
 * the script's start come from WhoSaid's own User Timing marks (whosaid:started, whosaid:state:…), which only the
 * marks build sets (RunOptions.withMarks): a shipped build shows the page nothing, and its times stay empty.
 */
function armTiming(page: Page): Promise<void> {
  return page.evaluate(() => {
    const timing = { click: performance.now(), startedAt: null as number | null, settledAt: null as number | null, longest: null as number | null, state: null as string | null, marks: [] as string[] };
    Reflect.set(window, '__whosaidTiming', timing);
    const marks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime < timing.click) continue;
        if (entry.name.toLowerCase().startsWith('whosaid')) timing.marks.push(entry.name);
        if (entry.name === 'whosaid:started' && timing.startedAt === null) timing.startedAt = entry.startTime;
        const state = /^whosaid:state:(ready|empty|error)$/.exec(entry.name)?.[1];
        if (state !== undefined && timing.settledAt === null) {
          timing.settledAt = entry.startTime;
          timing.state = state;
          marks.disconnect();
        }
      }
    });
    marks.observe({ type: 'mark', buffered: false });
    // no Long Tasks API in Firefox: its column stays empty
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) timing.longest = Math.max(timing.longest ?? 0, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      timing.longest = 0;
    }
    timing.click = performance.now();
  });
}

function readTiming(page: Page): Promise<Timing> {
  return page.evaluate(() => Reflect.get(window, '__whosaidTiming') as Timing);
}

interface Fingerprint {
  length: number;
  hash: number;
  hasRoot: boolean;
}

async function callProbe<T>(page: Page, method: 'domFingerprint' | 'prepare' | 'inspect' | 'readabilityParseMs' | 'findArticleMs', ...args: unknown[]): Promise<T> {
  const source = await probeBundle();
  return page.evaluate((code, name, rest) => {
    if (Reflect.get(window, '__whosaidProbe') === undefined) (0, eval)(code);
    const probe = Reflect.get(window, '__whosaidProbe') as Record<string, (...values: unknown[]) => unknown>;
    const fn = probe[name];
    if (fn === undefined) throw new Error(`probe has no ${name}`);
    return fn.call(probe, ...rest);
  }, source, method, args) as Promise<T>;
}

async function settledState(page: Page, timeoutMs: number): Promise<string> {
  try {
    await waitInShadow(page, (shadow) => {
      const state = shadow?.querySelector('.ws-state')?.getAttribute('data-state');
      return state === 'ready' || state === 'empty' || state === 'error';
    }, { timeout: timeoutMs, polling: 50 });
    return await inShadow(page, (shadow) => shadow?.querySelector('.ws-state')?.getAttribute('data-state') ?? '');
  } catch {
    return 'timeout';
  }
}

async function removed(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(() => document.querySelector('whosaid-root') === null && CSS.highlights.size === 0, { timeout: timeoutMs, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

async function runPage(launched: LaunchedBrowser, page: Page, origin: string, name: string, options: RunOptions, errors: string[]): Promise<PageOutcome> {
  const outcome: PageOutcome = { page: name, state: 'not run', claims: 0, blocks: 0, readyMs: null, longestTaskMs: null, problems: [] };
  errors.length = 0;
  const url = `${origin}/pages/${name}/source.html`;
  // Firefox's navigate command fails when a remote iframe of the page shows an error page ("Address rejected"),
  // although the page itself loads: then wait for the page itself, and navigate again only if it did not load
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(async () => {
    const loaded = await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete',
      { timeout: 15_000, polling: 100 }, url).then(() => true, () => false);
    if (!loaded) await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  });
  // a reader clicks on a page that has been laid out: do the page's first style and layout now, not in the click
  await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  if (options.timeParsers === true) {
    outcome.readabilityMs = await callProbe<number>(page, 'readabilityParseMs');
    outcome.findArticleMs = await callProbe<number>(page, 'findArticleMs');
  }
  const before = await callProbe<Fingerprint>(page, 'domFingerprint');
  await callProbe<void>(page, 'prepare');
  const tracing = options.traceTasks === true && launched.name === 'chromium';
  await armTiming(page);
  await launched.toggle(page);
  outcome.state = await settledState(page, options.settleTimeoutMs ?? 20_000);
  // long-task entries arrive asynchronously: give the observer a moment
  await new Promise((resolve) => setTimeout(resolve, 60));
  const timing = await readTiming(page);
  outcome.readyMs = timing.settledAt === null ? null : timing.settledAt - timing.click;
  outcome.injectMs = timing.startedAt === null ? null : timing.startedAt - timing.click;
  outcome.inPageMs = timing.startedAt === null || timing.settledAt === null ? null : timing.settledAt - timing.startedAt;
  outcome.longestTaskMs = timing.longest;
  // issue 19: the page cannot tell that WhoSaid ran from its timeline
  if (options.withMarks !== true && timing.marks.length > 0) outcome.problems.push(`the shipped build set marks the page reads: ${timing.marks.slice(0, 3).join(', ')}`);
  if (tracing && outcome.state !== 'timeout') {
    // Tracing slows the page by half as much again: the times above come from this first, untraced click (the
    // reader's first click on the page); the longest task comes from a second, traced click.
    await launched.toggle(page);
    if (!(await removed(page, 10_000))) outcome.problems.push('toggling off left <whosaid-root> or highlights behind');
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await launched.toggle(page);
    outcome.state = await settledState(page, options.settleTimeoutMs ?? 20_000);
    // the painting after ready belongs in the trace too
    await new Promise((resolve) => setTimeout(resolve, 150));
    const trace = await page.tracing.stop();
    const longest = longestTask(trace === undefined ? '' : new TextDecoder().decode(trace));
    // the first click's Long Tasks entries (every task over 50 ms) stand if they are longer than the traced one's
    if (longest !== null && longest.ms >= (outcome.longestTaskMs ?? 0)) {
      outcome.longestTaskMs = longest.ms;
      outcome.longestTaskDetail = longest.detail;
    } else if (longest !== null) {
      outcome.longestTaskDetail = `first click (Long Tasks API); traced second click ${longest.ms.toFixed(1)} ms: ${longest.detail}`;
    }
  }
  if (outcome.state === 'timeout') {
    outcome.problems.push('never reached ready, empty or error');
    return outcome;
  }
  const host = {
    claims: (await whoSaidState(page)).claims,
    count: await page.evaluate(() => document.querySelectorAll('whosaid-root').length),
    // what the page's own script sees of WhoSaid's root: no shadow root, no attribute
    seen: await page.evaluate(() => {
      const root = document.querySelector('whosaid-root');
      return { shadowRoot: root !== null && root.shadowRoot !== null, attributes: root?.getAttributeNames() ?? [] };
    }),
  };
  outcome.claims = host.claims;
  if (host.count !== 1) outcome.problems.push(`${host.count} <whosaid-root> elements`);
  if (host.seen.shadowRoot || host.seen.attributes.length > 0) outcome.problems.push(`the page reads WhoSaid's root: ${JSON.stringify(host.seen)}`);
  if (outcome.state === 'error') {
    const message = await inShadow(page, (shadow) => shadow?.textContent ?? '');
    if (message.trim().length === 0) outcome.problems.push('error state without an explanation');
  }
  const during = await callProbe<Fingerprint>(page, 'domFingerprint');
  if (during.length !== before.length || during.hash !== before.hash) outcome.problems.push('page DOM changed beyond <whosaid-root>');
  const nearViewportOnly = (await whoSaidState(page)).highlights === 'near-viewport';
  const inspection = await callProbe<ProbeInspection>(page, 'inspect', nearViewportOnly);
  outcome.blocks = inspection.blocks;
  if (inspection.unexpected.length > 0) outcome.problems.push(`highlights that are no engine span: ${JSON.stringify(inspection.unexpected)}`);
  if (inspection.missing.length > 0) outcome.problems.push(`engine spans not highlighted: ${JSON.stringify(inspection.missing)}`);
  if (outcome.state === 'ready' && inspection.claims !== outcome.claims) outcome.problems.push(`data-claims ${outcome.claims}, independent analysis ${inspection.claims}`);
  if (inspection.nearViewportOnly) {
    // painted near the viewport only: the reader scrolls to the end, and the claims there are painted too
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const atEnd = await callProbe<ProbeInspection>(page, 'inspect', true);
    if (atEnd.unexpected.length > 0) outcome.problems.push(`after scrolling, highlights that are no engine span: ${JSON.stringify(atEnd.unexpected)}`);
    if (atEnd.missing.length > 0) outcome.problems.push(`after scrolling, engine spans on screen not highlighted: ${JSON.stringify(atEnd.missing)}`);
    if (atEnd.highlightedRanges === 0) outcome.problems.push('after scrolling, nothing highlighted');
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await launched.toggle(page);
  if (!(await removed(page, 10_000))) outcome.problems.push('toggling off left <whosaid-root> or highlights behind');
  const after = await callProbe<Fingerprint>(page, 'domFingerprint');
  if (after.hasRoot || after.length !== before.length || after.hash !== before.hash) outcome.problems.push('toggling off did not restore the DOM');
  if (errors.length > 0) outcome.problems.push(`uncaught: ${errors.slice(0, 3).join(' | ')}`);
  return outcome;
}

/** Opens a fresh tab that can reach 127.0.0.1 only (Chromium: aborted by interception too) and records exceptions. */
async function openTab(launched: LaunchedBrowser, origin: string, errors: string[]): Promise<Page> {
  const page = await launched.browser.newPage();
  page.on('pageerror', (error) => {
    // Page scripts are off, but Firefox also reports the page's failed loads (CSP, CORS, fonts, error pages of
    // remote iframes) as page errors: an exception is WhoSaid's when its stack runs through the extension's code
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (text.includes('-extension://')) errors.push(text.split('\n').slice(0, 3).join(' | '));
  });
  if (launched.name === 'chromium') {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
  }
  return page;
}

/**
 * The browser's first toolbar click can come before the extension is ready to receive it (seen in Chromium): one
 * click on and off on a small page, retried, before the pages that count.
 */
async function warmUp(launched: LaunchedBrowser, page: Page, origin: string, first: string): Promise<void> {
  await page.goto(`${origin}/pages/${first}/source.html`, { waitUntil: 'load', timeout: 30_000 });
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await launched.toggle(page);
    if ((await settledState(page, 3000)) !== 'timeout') {
      await launched.toggle(page);
      await removed(page, 5000);
      return;
    }
  }
}

/** Runs every page in one browser; a page that hangs or crashes the tab gets a fresh tab for the next one. */
export async function runRealPages(browserName: BrowserName, options: RunOptions): Promise<PageOutcome[]> {
  const server: StaticServer = await startStaticServer({ '/pages/': options.pagesDir ?? PAGES_DIR }, { htmlHeaders: PAGE_HEADERS });
  const launched = await launch(browserName, {
    loopbackOnly: { proxyPort: Number(new URL(server.origin).port) },
    ...(options.withMarks === true ? { chromeBuild: MARKS_CHROME_BUILD, firefoxBuild: MARKS_FIREFOX_TEST_BUILD } : {}),
  });
  const outcomes: PageOutcome[] = [];
  const errors: string[] = [];
  try {
    let page = await openTab(launched, server.origin, errors);
    const first = options.pages[0];
    if (first !== undefined) await warmUp(launched, page, server.origin, first);
    for (const name of options.pages) {
      let outcome: PageOutcome;
      try {
        outcome = await runPage(launched, page, server.origin, name, options, errors);
      } catch (error) {
        outcome = { page: name, state: 'failed', claims: 0, blocks: 0, readyMs: null, longestTaskMs: null, problems: [`run failed: ${error instanceof Error ? error.message : String(error)}`] };
      }
      if (outcome.problems.length > 0) {
        await page.close().catch(() => undefined);
        page = await openTab(launched, server.origin, errors);
      }
      outcomes.push(outcome);
      options.onPage?.(outcome);
    }
    await page.close().catch(() => undefined);
  } finally {
    await launched.close().catch(() => undefined);
    await server.close();
  }
  return outcomes;
}

const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(1));

export const OUTCOME_HEADER = `${'page'.padEnd(40)} ${'state'.padEnd(7)} ${'blocks'.padStart(6)} ${'claims'.padStart(6)} ${'ready ms'.padStart(9)} ${'longest'.padStart(8)}  problems`;

export function formatOutcome(outcome: PageOutcome): string {
  return `${outcome.page.padEnd(40)} ${outcome.state.padEnd(7)} ${String(outcome.blocks).padStart(6)} ${String(outcome.claims).padStart(6)} ${ms(outcome.readyMs).padStart(9)} ${ms(outcome.longestTaskMs).padStart(8)}  ${outcome.problems.join('; ')}`;
}

function percentile(values: number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? null;
}

export function summarise(browserName: string, outcomes: PageOutcome[]): string {
  const passed = outcomes.filter((outcome) => outcome.problems.length === 0).length;
  const states = ['ready', 'empty', 'error'].map((state) => `${outcomes.filter((outcome) => outcome.state === state).length} ${state}`).join(', ');
  const ready = outcomes.map((outcome) => outcome.readyMs).filter((value): value is number => value !== null);
  const longest = outcomes.map((outcome) => outcome.longestTaskMs).filter((value): value is number => value !== null);
  const longTasks = longest.length === 0 ? 'longest task n/a' : `longest task max ${ms(Math.max(...longest))} ms, ${longest.filter((value) => value > 50).length} pages with a task > 50 ms`;
  return `${browserName}: ${passed}/${outcomes.length} pages passed (${states}); click→settled median ${ms(percentile(ready, 0.5))} ms, p90 ${ms(percentile(ready, 0.9))} ms, max ${ms(percentile(ready, 1))} ms; ${longTasks}`;
}
