/**
 * Compares our article with Mozilla Readability's extraction of the same page (both in jsdom): the share of
 * Readability's words we cover, and the share of our words Readability also has (its title and excerpt count too).
 * Used by the coverage test and by scripts/article-coverage.ts, which prints the full table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from '../../../src/page/article/find-article.js';
import { withoutFurnitureText } from '../../../src/page/article/furniture-text.js';
import type { ArticleBlock } from '../../../src/page/article/types.js';

export const PAGES_DIR = new URL('../../../../shared/pages/readability/', import.meta.url);

/** The English news pages of the Readability test set: the pages the coverage goal is about. */
export const ENGLISH_NEWS_PAGES = [
  'aclu', 'ars-1', 'bbc-1', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnn', 'engadget', 'guardian-1',
  'herald-sun-1', 'medicalnewstoday', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4', 'quanta-1',
  'salon-1', 'schema-org-context-object', 'seattletimes-1', 'telegraph', 'theverge', 'tmz-1', 'wapo-1', 'wapo-2',
  'webmd-1', 'webmd-2', 'wikia', 'yahoo-1', 'yahoo-3',
];

export interface CoverageRow {
  page: string;
  status: string;
  blocks: number;
  ourWords: number;
  readabilityWords: number;
  /** Share of Readability's words found in ours. */
  coverage: number;
  /** Share of our words found in Readability's (content, title, excerpt). */
  precision: number;
  /** Words of Readability's we miss and words of ours it does not have, a sample each, for diagnosis. */
  missed: string;
  extra: string;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function counts(list: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Multiset intersection size, and the words of `a` beyond `b`. */
function overlap(a: Map<string, number>, b: Map<string, number>): { shared: number; beyond: string[] } {
  let shared = 0;
  const beyond: string[] = [];
  for (const [word, count] of a) {
    const other = b.get(word) ?? 0;
    shared += Math.min(count, other);
    if (count > other) beyond.push(word);
  }
  return { shared, beyond };
}

export function pagesAvailable(): boolean {
  return existsSync(PAGES_DIR);
}

function loadDocument(page: string): Document {
  const html = readFileSync(new URL(`${page}/source.html`, PAGES_DIR), 'utf8');
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: `http://127.0.0.1/${page}/`, virtualConsole }).window.document;
}

/**
 * The words of Readability's paragraphs that we leave out on purpose as furniture text (print notes, newsletter
 * prompts, the closing author bio: furniture-text.ts): Readability keeps them, but missing them is no loss.
 */
function furnitureWords(content: string): Map<string, number> {
  const theirs = new JSDOM(content).window.document;
  const paragraphs: ArticleBlock[] = [];
  for (const element of Array.from(theirs.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre, td, div'))) {
    if (element.querySelector('p, li, div, td') !== null) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push({ kind: 'paragraph', text, segments: [], element });
  }
  const kept = new Set(withoutFurnitureText(paragraphs));
  return counts(paragraphs.filter((paragraph) => !kept.has(paragraph)).flatMap((paragraph) => words(paragraph.text)));
}

export function compareWithReadability(page: string): CoverageRow {
  const doc = loadDocument(page);
  const result = findArticle(doc);
  const ourText = result.status === 'article' ? result.blocks.map((block) => block.text).join('\n') : '';
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const theirContent = counts(words(parsed?.textContent ?? ''));
  for (const [word, count] of furnitureWords(parsed?.content ?? '')) {
    const left = (theirContent.get(word) ?? 0) - count;
    if (left > 0) theirContent.set(word, left);
    else theirContent.delete(word);
  }
  const theirAll = counts(words(`${parsed?.textContent ?? ''} ${parsed?.title ?? ''} ${parsed?.excerpt ?? ''}`));
  const ours = counts(words(ourText));
  const ourTotal = Array.from(ours.values()).reduce((a, b) => a + b, 0);
  const theirTotal = Array.from(theirContent.values()).reduce((a, b) => a + b, 0);
  const covered = overlap(theirContent, ours);
  const kept = overlap(ours, theirAll);
  return {
    page,
    status: result.status,
    blocks: result.status === 'article' ? result.blocks.length : 0,
    ourWords: ourTotal,
    readabilityWords: theirTotal,
    coverage: theirTotal === 0 ? 1 : covered.shared / theirTotal,
    precision: ourTotal === 0 ? 0 : kept.shared / ourTotal,
    missed: covered.beyond.slice(0, 12).join(' '),
    extra: kept.beyond.slice(0, 12).join(' '),
  };
}

/** Readability's paragraphs we miss and our blocks it lacks (first 100 characters of each), for diagnosis. */
export function paragraphDifferences(page: string): { missing: string[]; extra: string[] } {
  const doc = loadDocument(page);
  const result = findArticle(doc);
  const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const ours = result.status === 'article' ? result.blocks.map((block) => block.text).join('\n') : '';
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const theirs = new JSDOM(parsed?.content ?? '').window.document;
  const theirText = normal(parsed?.textContent ?? '');
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const element of Array.from(theirs.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre, td, div'))) {
    if (element.querySelector('p, li, div, td') !== null) continue;
    const text = normal(element.textContent ?? '');
    if (text.length < 15 || seen.has(text)) continue;
    seen.add(text);
    if (!ours.includes(text.slice(0, 60))) missing.push(`${element.localName}: ${text.slice(0, 100)}`);
  }
  const extra = result.status === 'article'
    ? result.blocks.filter((block) => !theirText.includes(block.text.slice(0, 50))).map((block) => `${block.kind}: ${block.text.slice(0, 100)}`)
    : [];
  return { missing, extra };
}

export function formatRow(row: CoverageRow): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  return `${row.page.padEnd(26)} ${row.status.padEnd(8).slice(0, 8)} ${String(row.blocks).padStart(4)} ${String(row.ourWords).padStart(6)} ${String(row.readabilityWords).padStart(6)} ${percent(row.coverage)} ${percent(row.precision)}`;
}

export const TABLE_HEADER = `${'page'.padEnd(26)} ${'status'.padEnd(8)} ${'blk'.padStart(4)} ${'ours'.padStart(6)} ${'theirs'.padStart(6)} ${'cover'.padStart(7)} ${'precis'.padStart(7)}`;
