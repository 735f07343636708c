/**
 * Turns an article file given on the command line into engine blocks: `.txt` is one paragraph a line (a first
 * line without closing punctuation is the headline); `.html` is parsed with linkedom and its article text read.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { TextBlock } from '../engine/types.js';
import { blocksFromDocument, collapseWhitespace } from './html-blocks.js';

/** Longest first line still read as a headline rather than a paragraph. */
const HEADLINE_MAX_LENGTH = 200;
/** A line ending like this is a sentence, so a paragraph, not a headline. */
const SENTENCE_END = /[.!?…"”’'»)]$/;

export class UsageError extends Error {}

export async function readArticleFile(path: string): Promise<TextBlock[]> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.txt' && extension !== '.html' && extension !== '.htm') {
    throw new UsageError(`${path}: expected a .txt or .html file`);
  }
  const source = await readFile(path, 'utf8');
  return extension === '.txt' ? blocksFromPlainLines(source) : blocksFromHtml(source);
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

export async function blocksFromHtml(source: string): Promise<TextBlock[]> {
  // Loaded on demand: the DOM library is only needed for HTML and costs startup time.
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(source);
  // linkedom implements the DOM subset the finder reads (querySelector, closest, textContent, attributes).
  return blocksFromDocument(document as unknown as Document);
}
