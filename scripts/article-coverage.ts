/**
 * Prints, per English news page of ../shared/pages/readability, how our article compares with Readability's
 * extraction (coverage of its words, precision of ours), with the words missed/extra when a page falls short.
 * Usage: npx tsx scripts/article-coverage.ts [--detail] [page …]   (--detail: list the paragraphs that differ)
 */
import {
  compareWithReadability, ENGLISH_NEWS_PAGES, formatRow, pagesAvailable, paragraphDifferences, TABLE_HEADER,
} from '../tests/page/article/readability-reference.js';

if (!pagesAvailable()) {
  console.log('skipped: ../shared/pages/readability is absent');
  process.exit(0);
}
const args = process.argv.slice(2);
const detail = args.includes('--detail');
const named = args.filter((arg) => arg !== '--detail');
const pages = named.length > 0 ? named : ENGLISH_NEWS_PAGES;
console.log(TABLE_HEADER);
const rows = pages.map((page) => {
  const row = compareWithReadability(page);
  console.log(formatRow(row));
  if (row.coverage < 0.9 || row.precision < 0.85) console.log(`    missed: ${row.missed}\n    extra:  ${row.extra}`);
  if (detail) {
    const differences = paragraphDifferences(page);
    for (const line of differences.missing) console.log(`    MISSING ${line}`);
    for (const line of differences.extra) console.log(`    EXTRA   ${line}`);
  }
  return row;
});
const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const passing = rows.filter((row) => row.coverage >= 0.9 && row.precision >= 0.85).length;
console.log(`${passing}/${rows.length} pages with coverage ≥ 90% and precision ≥ 85%; median coverage ${(median(rows.map((r) => r.coverage)) * 100).toFixed(1)}%, median precision ${(median(rows.map((r) => r.precision)) * 100).toFixed(1)}%`);
