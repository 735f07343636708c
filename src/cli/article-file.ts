/**
 * Turns an article file given on the command line into engine blocks: `.txt` is one paragraph a line (a first
 * line without closing punctuation is the headline); `.html` is read by the page's own article finder over linkedom.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { TextBlock } from '../engine/index.js';
import { findArticle } from '../page/article/find-article.js';

/** Longest first line still read as a headline rather than a paragraph. */
const HEADLINE_MAX_LENGTH = 200;
/** A line ending like this is a sentence, so a paragraph, not a headline. */
const SENTENCE_END = /[.!?…"”’'»)]$/;

export class UsageError extends Error {}

/** The file was read but holds no article the engine can analyse (the page finder's own verdict). */
export class NoArticleError extends Error {}

export async function readArticleFile(path: string): Promise<TextBlock[]> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.txt' && extension !== '.html' && extension !== '.htm') {
    throw new UsageError(`${path}: expected a .txt or .html file`);
  }
  const source = await readFile(path, 'utf8');
  return extension === '.txt' ? blocksFromPlainLines(source) : blocksFromHtml(source, path);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function blocksFromPlainLines(source: string): TextBlock[] {
  const lines = source
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '');
  return lines.map((text, index) => ({ kind: index === 0 && looksLikeHeadline(text, lines.length) ? 'headline' : 'paragraph', text }));
}

function looksLikeHeadline(line: string, lineCount: number): boolean {
  return lineCount > 1 && line.length <= HEADLINE_MAX_LENGTH && !SENTENCE_END.test(line);
}

/**
 * Puts what linkedom leaves outside `<body>` into it, where a browser's parser puts it: content between `</head>` and
 * `<body>`, a second `<body>`, or a second `<html>` (HTML's tree construction ignores a repeated `<html>` or `<body>`
 * tag but for its attributes, and opens the body at the first content). elfaro.net opens `<html>` twice and writes
 * content before `<body>`: linkedom nested its paragraphs outside the body and the command line found no article
 * where the browser reads one. Children move in document order; a page with none outside is left as it is.
 */
export function adoptStrayContent(doc: Document): void {
  const body = doc.body;
  const root = doc.documentElement;
  if (body === null || body.parentElement !== root) return;
  const strays = Array.from(root.children).filter((child) => child !== body && child !== doc.head);
  if (strays.length === 0) return;
  const before = strays.filter((child) => (body.compareDocumentPosition(child) & 2) !== 0);
  const moveInto = (child: Element, at: Node | null): void => {
    if (child.localName === 'html' || child.localName === 'body') {
      for (const inner of Array.from(child.children)) if (inner.localName !== 'head') moveInto(inner, at);
      child.remove();
    } else {
      body.insertBefore(child, at);
    }
  };
  const first = body.firstChild;
  for (const child of strays) moveInto(child, before.includes(child) ? first : null);
}

/** The article as the extension finds it in the page, so the command line and the browser agree. */
export async function blocksFromHtml(source: string, path: string): Promise<TextBlock[]> {
  // Loaded on demand: the DOM library is only needed for HTML and costs startup time.
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(source);
  adoptStrayContent(document as unknown as Document);
  // linkedom implements the DOM the finder reads; it has no layout, so visibility is judged from markup.
  const result = findArticle(document as unknown as Document);
  if (result.status === 'no-article') throw new NoArticleError(`${path}: no article found (${result.reason})`);
  if (result.status === 'unsupported-language') throw new NoArticleError(`${path}: the article's language (${result.language}) is not supported`);
  return result.blocks.map(({ kind, text }) => ({ kind, text }));
}
