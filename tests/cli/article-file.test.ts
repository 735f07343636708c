/**
 * The command line's reading of an HTML page (src/cli/article-file.ts) on markup a browser forgives: a page that opens
 * `<html>` twice and writes content before `<body>` is read as the browser reads it, its paragraphs in the body.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../src/cli/article-file.js';

const PARAGRAPHS = [
  'The harbour board said on Monday that the new toll would apply to every boat longer than twelve metres from April.',
  '"We cannot keep the quay open on the old fees," the board\'s chair, Ines Lorca, told the council, adding that repairs were overdue.',
  'Fishing crews said the rise would push the smallest boats out of the old harbour and onto the open beach again.',
];

/** An invented page as some publishers serve it: a second `<html>`, a banner before `<body>`, the story inside it. */
const TWICE_OPENED = '<!DOCTYPE html><html lang="en"><html class="no-js"><head><title>Harbour toll to rise</title></head>' +
  '<div class="overlay"></div><body><main><h1>Harbour toll to rise</h1>' +
  PARAGRAPHS.map((text) => `<p>${text}</p>`).join('') + '</main></body></html>';

describe('reading an HTML page on the command line', () => {
  it('finds the article of a page that opens <html> twice and has content before <body>', async () => {
    const blocks = await blocksFromHtml(TWICE_OPENED, 'twice.html');
    expect(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual(PARAGRAPHS);
  });
});
