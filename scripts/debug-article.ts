/**
 * Prints what the article finder reads from one HTML file (jsdom, no layout): how the body was found, then each
 * block's kind, element and text. Usage: npx tsx scripts/debug-article.ts path/to/page.html
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findArticle } from '../src/page/article/find-article.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: npx tsx scripts/debug-article.ts page.html');
  process.exit(2);
}
process.stdout.on('error', () => process.exit(0));
const doc = new JSDOM(readFileSync(path, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
const describe = (element: Element): string => `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).trim().split(/\s+/).join('.')}` : ''}`;
const started = performance.now();
const result = findArticle(doc, {
  debug(step, detail) {
    if (step === 'body' && detail !== null && typeof detail === 'object' && 'roots' in detail && Array.isArray(detail.roots)) {
      console.log(`body (${String((detail as { method?: string }).method)}):`, detail.roots.map((root: Element) => describe(root)).join(', '));
    }
  },
});
console.log(`${(performance.now() - started).toFixed(1)} ms (jsdom, includes warm-up)`);
if (result.status !== 'article') {
  console.log(result);
} else {
  console.log(`language ${result.language}, ${result.blocks.length} blocks, root ${describe(result.root)}`);
  for (const block of result.blocks) console.log(`${block.kind.padEnd(10)} ${describe(block.element).slice(0, 30).padEnd(30)} ${block.text.slice(0, 110)}`);
}
