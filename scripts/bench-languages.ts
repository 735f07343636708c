/**
 * The engine's throughput in every language it has (`npm run bench -- languages`, or `--languages`): one line per
 * registered language, `analyze` with that language over invented text of it — our own fixture page
 * tests/fixtures/language/<language>-news.html ("german-news.html", or else the invented articles of
 * tests/fixtures/engine/<tag>/), English the seeded synthetic article of
 * `npm run bench -- engine` — repeated to `--mb` megabytes (default 1), median MB/s by wall clock and CPU over
 * `--runs` timed runs after a warm-up. The goal is issue 18's: at least 3 MB/s in each language (judged on CPU time,
 * which a shared machine disturbs least). A language without an invented page yet says so.
 *
 * Run alone, `--text judged` times the hand-judged real pages of ../shared instead (tests/fixtures/news-gold/<tag>/,
 * read at run time, never copied into the repo), for one language or all:
 *
 *   node --expose-gc --import tsx scripts/bench-languages.ts [--language fr] [--text invented|judged] [--mb 3] [--runs 5]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, supportedLanguages, type TextBlock } from '../src/engine/index.js';
import { registerToolLanguages } from '../src/engine/languages.js';
import { readArticleFile } from '../src/cli/article-file.js';
import { syntheticNewsArticle } from './bench-news-text.js';
import { argument, repeatedTo, timeAnalyze } from './bench-throughput.js';

const GOAL_MB_PER_SECOND = 3;
const ROOT = new URL('../', import.meta.url);
const SHARED = new URL('../shared/', ROOT);
const INVENTED = new URL('tests/fixtures/language/', ROOT);
const JUDGED = new URL('tests/fixtures/news-gold/', ROOT);
const ENGINE_FIXTURES = new URL('tests/fixtures/engine/', ROOT);

/** "de" → "German", the name its invented page is filed under (lower-cased). */
function englishName(tag: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
}

/**
 * The invented text of a language, or why there is none: its fixture page, or else the invented articles the
 * engine's tests read (tests/fixtures/engine/<tag>/*.txt).
 */
async function inventedText(tag: string): Promise<TextBlock[][] | string> {
  if (tag === 'en') return [syntheticNewsArticle(200_000)];
  const page = new URL(`${englishName(tag).toLowerCase()}-news.html`, INVENTED);
  if (existsSync(page)) return [await readArticleFile(fileURLToPath(page))];
  const folder = new URL(`${tag}/`, ENGINE_FIXTURES);
  const articles = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort() : [];
  if (articles.length === 0) return `no invented page yet (${fileURLToPath(page)} not found, nor ${fileURLToPath(folder)}*.txt)`;
  return Promise.all(articles.map((name) => readArticleFile(fileURLToPath(new URL(name, folder)))));
}

/** The hand-judged real pages of a language in ../shared, or why there are none. */
async function judgedText(tag: string): Promise<TextBlock[][] | string> {
  if (!existsSync(SHARED)) return `${fileURLToPath(SHARED)} not found (../shared is absent)`;
  const dir = tag === 'en' ? JUDGED : new URL(`${tag}/`, JUDGED);
  if (!existsSync(dir)) return `no pages judged (${fileURLToPath(dir)} not found)`;
  const pages: TextBlock[][] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const gold: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const path: unknown = typeof gold === 'object' && gold !== null ? Reflect.get(gold, 'path') : undefined;
    if (typeof path === 'string' && existsSync(new URL(path, SHARED))) pages.push(await readArticleFile(fileURLToPath(new URL(path, SHARED))));
  }
  return pages.length > 0 ? pages : `none of the judged pages found in ${fileURLToPath(SHARED)}`;
}

/** Prints one line per language; returns whether each language measured reached the goal. */
export async function benchLanguages(options: { languages?: string[]; text?: 'invented' | 'judged'; mb?: number; runs?: number } = {}): Promise<boolean> {
  registerToolLanguages();
  const languages = options.languages ?? supportedLanguages();
  const text = options.text ?? 'invented';
  const bytes = (options.mb ?? 1) * 1_000_000;
  const runs = options.runs ?? 3;
  process.stdout.write(`analyze() per language on ${text} text, each repeated to ${(bytes / 1e6).toFixed(1)} MB; median of ${runs} runs ` +
    `(goal: ≥ ${GOAL_MB_PER_SECOND} MB/s of CPU time in each language)\n`);
  let met = true;
  for (const tag of languages) {
    const pages = text === 'judged' ? await judgedText(tag) : await inventedText(tag);
    const label = `${englishName(tag)} (${tag})`.padEnd(18);
    if (typeof pages === 'string') {
      process.stdout.write(`${label} ${pages}\n`);
      continue;
    }
    const articles = repeatedTo(pages, bytes);
    const result = timeAnalyze(articles, (blocks) => analyze(blocks, { language: tag }), runs);
    const reached = result.cpuMbPerSecond >= GOAL_MB_PER_SECOND;
    met &&= reached;
    process.stdout.write(`${label} ${String(pages.length).padStart(2)} page${pages.length === 1 ? ' ' : 's'} × ${Math.round(articles.length / pages.length)}` +
      ` = ${(result.bytes / 1e6).toFixed(2)} MB, ${result.claims} claims: ${result.wallMbPerSecond.toFixed(2)} MB/s wall, ` +
      `${result.cpuMbPerSecond.toFixed(2)} MB/s CPU ${reached ? 'ok' : 'MISS'}\n`);
  }
  return met;
}

/** The section of `npm run bench`. */
export function run(): Promise<boolean> {
  return benchLanguages();
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const language = argument('language', '');
  const text = argument('text', 'invented');
  await benchLanguages({
    languages: language === '' ? undefined : [language],
    text: text === 'judged' ? 'judged' : 'invented',
    mb: Number(argument('mb', '1')),
    runs: Number(argument('runs', '3')),
  });
}
