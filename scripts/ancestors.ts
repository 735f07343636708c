/**
 * Prints the ancestor chain (tag#id.classes[role][itemprop]) of the first text node containing a phrase, to see why
 * the article finder keeps or drops a paragraph. Usage: npx tsx scripts/ancestors.ts page.html "a phrase"
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

const [file, needle] = [process.argv[2] ?? '', process.argv[3] ?? ''];
if (file === '' || needle === '') {
  console.error('usage: npx tsx scripts/ancestors.ts page.html "a phrase"');
  process.exit(2);
}
const doc = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = element.getAttribute('class')?.trim().split(/\s+/).map((name) => `.${name}`).join('') ?? '';
  const role = element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : '';
  const itemprop = element.getAttribute('itemprop') ? `[itemprop=${element.getAttribute('itemprop')}]` : '';
  return `${element.localName}${id}${classes}${role}${itemprop}`;
}

const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
  if (!(node.textContent ?? '').includes(needle)) continue;
  const chain: string[] = [];
  for (let element = node.parentElement; element !== null; element = element.parentElement) chain.push(describe(element));
  console.log(chain.join('\n  < '));
  process.exit(0);
}
console.log('not found');
