/**
 * The engine on real web text: every page of ../shared/pages/readability (news in seven languages, blogs, edge
 * cases) read by the page's article finder, then analysed; the engine never throws and every invariant holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { TextBlock } from '../../src/engine/index.js';
import { findArticle } from '../../src/page/article/find-article.js';
import { analysisProblems } from './invariants.js';

const PAGES = fileURLToPath(new URL('../../../shared/pages/readability/', import.meta.url));
const present = existsSync(PAGES);
if (!present) console.log(`real-page engine tests skipped: ${PAGES} not found (../shared is absent).`);

function articleBlocks(html: string): TextBlock[] {
  const { document } = parseHTML(html);
  const result = findArticle(document as unknown as Document);
  return result.status === 'article' ? result.blocks.map(({ kind, text }) => ({ kind, text })) : [];
}

describe.skipIf(!present)('engine on the real pages of ../shared/pages/readability', () => {
  it('never throws, and every span, actor and claim is sound on every page', () => {
    const pages = present ? readdirSync(PAGES).filter((name) => existsSync(join(PAGES, name, 'source.html'))) : [];
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    let claims = 0;
    for (const page of pages) {
      const blocks = articleBlocks(readFileSync(join(PAGES, page, 'source.html'), 'utf8'));
      try {
        const analysis = analyze(blocks);
        claims += analysis.claims.length;
        for (const problem of analysisProblems(blocks, analysis)) problems.push(`${page}: ${problem}`);
      } catch (error) {
        problems.push(`${page}: the engine threw ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(claims).toBeGreaterThan(0);
  });
});
