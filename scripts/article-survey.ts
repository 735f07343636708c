/**
 * Runs the article finder (jsdom, no layout) over every page of ../shared/pages/readability and prints a line per
 * page: status, language (declared → found), blocks, words, first block. A quick look before the browser run.
 * Usage: npx tsx scripts/article-survey.ts [page …]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from '../src/page/article/find-article.js';
import { declaredLanguage } from '../src/page/language/detect-language.js';

const dir = new URL('../../shared/pages/readability/', import.meta.url);
if (!existsSync(dir)) {
  console.log('skipped: ../shared/pages/readability is absent');
  process.exit(0);
}
process.stdout.on('error', () => process.exit(0));
const pages = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).sort();
for (const page of pages) {
  const doc = new JSDOM(readFileSync(new URL(`${page}/source.html`, dir), 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
  const result = findArticle(doc);
  const declared = declaredLanguage(doc) ?? '-';
  if (result.status === 'article') {
    const words = result.blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
    const first = result.blocks.find((block) => block.kind === 'paragraph')?.text.slice(0, 60) ?? '';
    console.log(`${page.padEnd(40)} article  ${declared.padStart(3)}→${result.language.padEnd(3)} ${String(result.blocks.length).padStart(4)} blk ${String(words).padStart(6)} w  ${first}`);
  } else if (result.status === 'no-article') {
    console.log(`${page.padEnd(40)} none     ${declared.padStart(3)}→${result.language.padEnd(3)} ${result.reason}`);
  } else {
    console.log(`${page.padEnd(40)} language ${declared.padStart(3)}→${result.language}`);
  }
}
