/**
 * Engine spans become DOM ranges over the live text nodes, across links, <strong> and <em> and over the characters
 * the finder inserted or collapsed: on our demo article (read by the real finder in jsdom) and on hand-made segment maps.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/page/article/find-article.js';
import type { ArticleBlock } from '../../src/page/article/types.js';
import { spanToRange } from '../../src/page/ranges.js';

const DEMO = readFileSync(new URL('../fixtures/demo/tramline-article.html', import.meta.url), 'utf8');

function demoArticle(): { doc: Document; blocks: ArticleBlock[] } {
  const doc = new JSDOM(DEMO).window.document;
  const result = findArticle(doc, { useLayout: false });
  if (result.status !== 'article') throw new Error(`no article: ${JSON.stringify(result)}`);
  return { doc, blocks: result.blocks };
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The block characters in [start, end) that some segment maps to a DOM character (inserted ones dropped). */
function mappedText(block: ArticleBlock, start: number, end: number): string {
  let text = '';
  for (const segment of block.segments) {
    const from = Math.max(start, segment.blockStart);
    const to = Math.min(end, segment.blockStart + segment.length);
    if (from < to) text += block.text.slice(from, to);
  }
  return text;
}

function spanOf(block: ArticleBlock, blockIndex: number, needle: string): { block: number; start: number; end: number } {
  const start = block.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in block ${blockIndex}`);
  return { block: blockIndex, start, end: start + needle.length };
}

describe('spanToRange on the demo article', () => {
  const { doc, blocks } = demoArticle();

  /** The range for the first occurrence of `needle` in the article. */
  const rangeFor = (needle: string): Range | null => {
    const index = blocks.findIndex((block) => block.text.includes(needle));
    const block = blocks[index];
    if (block === undefined) throw new Error(`"${needle}" not found`);
    return spanToRange(blocks, spanOf(block, index, needle), doc);
  };

  it('covers text that runs across a link', () => {
    const range = rangeFor('Councillor Daniel Price, who');
    expect(range?.toString()).toBe('Councillor Daniel Price, who');
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('covers text that starts inside <strong>', () => {
    const range = rangeFor('Nandakumar, leader of the Green group');
    expect(range?.toString()).toBe('Nandakumar, leader of the Green group');
    expect(range?.startContainer.parentElement?.tagName).toBe('STRONG');
  });

  it('maps any span to a range whose text is the span (whitespace as rendered)', () => {
    const spans = fc.integer({ min: 0, max: blocks.length - 1 }).chain((blockIndex) => {
      const length = blocks[blockIndex]?.text.length ?? 0;
      return fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
        .map(([a, b]) => ({ block: blockIndex, start: Math.min(a, b), end: Math.max(a, b) }));
    });
    fc.assert(
      fc.property(spans, (span) => {
        const block = blocks[span.block];
        if (block === undefined) return;
        const expected = collapse(mappedText(block, span.start, span.end));
        const range = spanToRange(blocks, span, doc);
        if (expected === '') expect(range === null || collapse(range.toString()) === '').toBe(true);
        else expect(collapse(range?.toString() ?? '')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses empty spans, spans past the last block, and text nodes that left the document', () => {
    const block = blocks[1];
    if (block === undefined) throw new Error('no second block');
    expect(spanToRange(blocks, { block: 1, start: 5, end: 5 }, doc)).toBeNull();
    expect(spanToRange(blocks, { block: blocks.length, start: 0, end: 3 }, doc)).toBeNull();
    block.segments[0]?.node.remove();
    expect(spanToRange(blocks, { block: 1, start: 0, end: 3 }, doc)).toBeNull();
  });
});

describe('spanToRange over inserted characters', () => {
  const doc = new JSDOM('<p id="p"><a>one</a><a>two</a></p>').window.document;
  const [first, second] = [...doc.querySelectorAll('a')].map((a) => a.firstChild as Text);
  if (first === undefined || second === undefined) throw new Error('fixture broken');
  // Block text "one two": the finder inserted the space between the two inline boxes; it has no DOM character.
  const element = doc.getElementById('p');
  if (element === null) throw new Error('fixture broken');
  const blocks: ArticleBlock[] = [
    {
      kind: 'paragraph',
      text: 'one two',
      element,
      segments: [
        { node: first, nodeStart: 0, blockStart: 0, length: 3 },
        { node: second, nodeStart: 0, blockStart: 4, length: 3 },
      ],
    },
  ];

  it('moves a start in the gap forward and an end in the gap back', () => {
    expect(spanToRange(blocks, { block: 0, start: 3, end: 7 }, doc)?.toString()).toBe('two');
    expect(spanToRange(blocks, { block: 0, start: 0, end: 4 }, doc)?.toString()).toBe('one');
    expect(spanToRange(blocks, { block: 0, start: 1, end: 6 }, doc)?.toString()).toBe('netw');
  });

  it('gives no range for a span made only of inserted characters', () => {
    expect(spanToRange(blocks, { block: 0, start: 3, end: 4 }, doc)).toBeNull();
  });
});
