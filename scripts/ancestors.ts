import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
const [file, needle] = [process.argv[2] ?? '', process.argv[3] ?? ''];
const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
const walker = doc.createTreeWalker(doc.body, 4);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if ((n as Text).data.includes(needle)) {
    const chain: string[] = [];
    for (let e = n.parentElement; e; e = e.parentElement) chain.push(`${e.localName}${e.id ? '#' + e.id : ''}${e.getAttribute('class') ? '.' + e.getAttribute('class')?.trim().split(/\s+/).join('.') : ''}${e.getAttribute('role') ? '[role=' + e.getAttribute('role') + ']' : ''}${e.getAttribute('itemprop') ? '[itemprop=' + e.getAttribute('itemprop') + ']' : ''}`);
    console.log(chain.join('\n  < '));
    break;
  }
}
