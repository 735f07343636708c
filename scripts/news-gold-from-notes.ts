/**
 * Turns a judge's notes on one real page into its news gold (tests/fixtures/news-gold/PAGE.json): the notes quote
 * the article's words to say where things are, the gold keeps only block indices, offsets, hashes and keys. Keep the
 * notes outside the repository (they hold page text). Usage:
 *
 *   npx tsx scripts/news-gold-from-notes.ts NOTES.txt [more notes …]     (the page is the file name before the first dot)
 *
 * The page is ../shared/pages/readability/PAGE/source.html unless a line "@path FILE" names another file of ../shared.
 * A page in another language than English says so in a line "@language de": its gold goes to news-gold/de/ (French: fr) and the
 * article is read as that language reads it.
 *
 * One line per judgement, fields split by " | " (see tests/fixtures/news-gold/README.md for the meaning):
 *   S [statement|finding|thought] | cue block | cue words | content block | content | speaker[; other name; …]
 *   + | block | content                 another fragment of the statement above (a split or continued quote)
 *   L deed|thought|writer|topic|other | block | words     a look-alike: the words a highlight would wrongly start from
 *   F | block | words                   page furniture
 * "content" is the words themselves, "first words...last words", or "*" for the whole block. An empty cue marks a quoted paragraph without
 * one. A speaker "?" is no speaker at all; a two- or three-word capitalised name also finds its last word alone
 * ("Theresa May" → "May"). Further fields on L and F lines are ignored, so a pre-filled S line can be turned into
 * either by changing its first field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFile } from '../src/cli/article-file.js';
import { registerToolLanguages } from '../src/engine/lab/index.js';
import {
  blockHash, formatNewsGold, LOOKALIKE_REASONS, speakerKey, type GoldKind, type GoldSpan, type LookalikeReason, type NewsGold,
} from '../src/eval/news-gold.js';

const ROOT = new URL('../', import.meta.url);
const SHARED = new URL('../shared/', ROOT);
const OUT = new URL('tests/fixtures/news-gold/', ROOT);

const KINDS: readonly string[] = ['statement', 'finding', 'thought'];

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

function wordBounded(text: string, at: number, length: number): boolean {
  return !WORD.test(text[at - 1] ?? ' ') && !WORD.test(text[at + length] ?? ' ');
}

async function convert(notesPath: string): Promise<void> {
  const page = basename(notesPath).split('.')[0] ?? '';
  const notes = readFileSync(notesPath, 'utf8').split('\n');
  // a page outside pages/readability names its file: "@path articles/seed-article.html"
  const path = notes.find((l) => l.startsWith('@path '))?.slice('@path '.length).trim() ?? `pages/readability/${page}/source.html`;
  const blocks = (await readArticleFile(fileURLToPath(new URL(path, SHARED)))).map((b) => b.text);
  const problems: string[] = [];
  const blockText = (b: number, line: string): string => {
    const text = blocks[b];
    if (text === undefined) throw new Error(`${page}: no block ${b} (line: ${line})`);
    return text;
  };
  /** "first...last" or the words themselves, nearest to `near` when they occur more than once. */
  const find = (b: number, words: string, line: string, near = 0): GoldSpan | null => {
    const text = blockText(b, line);
    if (words === '*') return [b, 0, text.length];
    const [head = '', tail] = words.split('...');
    const starts = occurrences(text, head.trim());
    if (starts.length === 0) { problems.push(`block ${b}: "${head}" not found (line: ${line})`); return null; }
    const start = starts.reduce((best, s) => (Math.abs(s - near) < Math.abs(best - near) ? s : best));
    if (tail === undefined) return [b, start, start + head.trim().length];
    const endAt = text.indexOf(tail.trim(), start + head.trim().length);
    if (endAt < 0) { problems.push(`block ${b}: "${tail}" not found after "${head}" (line: ${line})`); return null; }
    return [b, start, endAt + tail.trim().length];
  };
  const gold: NewsGold = {
    page, path, blocks: blocks.map(blockHash), speakers: {}, statements: [], lookalikes: [], furniture: [],
  };
  const speaker = (field: string, line: string): string => {
    const names = field.split(';').map((n) => n.trim()).filter((n) => n !== '');
    const [name] = names;
    if (name === undefined || name === '?') return '';
    const words = name.split(/\s+/);
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|L'|L’|Un|Une)$/.test(words[0] ?? '')) {
      names.push(words[words.length - 1] ?? name);
    }
    const key = speakerKey(name);
    const spans: GoldSpan[] = [];
    blocks.forEach((text, b) => {
      for (const n of new Set(names)) {
        for (const at of occurrences(text, n)) if (wordBounded(text, at, n.length)) spans.push([b, at, at + n.length]);
      }
    });
    if (spans.length === 0) problems.push(`speaker "${name}" never named in the article (line: ${line})`);
    const known = gold.speakers[key] ?? { names: [key], mentions: [] };
    const seen = new Set(known.mentions.map((s) => s.join(',')));
    // only the names the judge wrote, not the short form found for them, name the speaker for the key test
    const given = field.split(';').map((n) => n.trim()).filter((n) => n !== '').map(speakerKey);
    gold.speakers[key] = {
      names: [...new Set([...known.names, ...given])],
      mentions: [...known.mentions, ...spans.filter((s) => !seen.has(s.join(',')))].sort((x, y) => x[0] - y[0] || x[1] - y[1]),
    };
    return key;
  };
  for (const raw of notes) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('@path ') || line.startsWith('@language ')) continue;
    const fields = line.split(' | ').map((f) => f.trim());
    const [head = '', f1 = '', f2 = '', f3 = '', f4 = '', f5 = ''] = fields;
    const [tag = '', detail = ''] = head.split(/\s+/);
    if (tag === 'S') {
      const kind = (detail === '' ? 'statement' : detail) as GoldKind;
      if (!KINDS.includes(kind)) { problems.push(`unknown kind "${detail}" (line: ${line})`); continue; }
      const content = find(Number(f3), f4, line, 0);
      if (content === null) continue;
      const cue = f2 === '' ? [content[0], content[1], content[1] + 1] as GoldSpan : find(Number(f1), f2, line, content[1]);
      if (cue === null) continue;
      gold.statements.push({ kind, cue, content: [content], speaker: speaker(f5, line) });
    } else if (tag === '+') {
      const last = gold.statements[gold.statements.length - 1];
      const fragment = find(Number(f1), f2, line);
      if (last === undefined) problems.push(`a "+" line before any statement (line: ${line})`);
      else if (fragment !== null) last.content.push(fragment);
    } else if (tag === 'L') {
      if (!(LOOKALIKE_REASONS as readonly string[]).includes(detail)) { problems.push(`unknown look-alike reason "${detail}" (line: ${line})`); continue; }
      // a pre-filled line still carries the claim's content: it tells which of two equal words is meant
      const near = f4 === '' ? 0 : (find(Number(f3), f4, line)?.[1] ?? 0);
      const span = find(Number(f1), f2, line, near);
      if (span !== null) gold.lookalikes.push({ span, reason: detail as LookalikeReason });
    } else if (tag === 'F') {
      const span = find(Number(f1), f2, line);
      if (span !== null) gold.furniture.push(span);
      if (f4 !== '') { const rest = find(Number(f3), f4, line); if (rest !== null) gold.furniture.push(rest); }
    } else {
      problems.push(`not judged yet (line: ${line})`);
    }
  }
  if (problems.length > 0) {
    console.error(`${page}: ${problems.length} problem(s), gold not written:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const language = notes.find((l) => l.startsWith('@language '))?.slice('@language '.length).trim() ?? 'en';
  writeFileSync(new URL(language === 'en' ? `${page}.json` : `${language}/${page}.json`, OUT), formatNewsGold(gold));
  console.log(`${page}: ${gold.statements.length} statements, ${Object.keys(gold.speakers).length} speakers, ` +
    `${gold.lookalikes.length} look-alikes, ${gold.furniture.length} furniture spans`);
}

// the pages of every language the tools read (a German or French page is refused by a finder that knows English alone)
registerToolLanguages();
for (const notes of process.argv.slice(2)) await convert(notes);
