/**
 * The token queries every step shares (src/engine/tokens.ts): which marks open and close a quotation, how a
 * quotation carries a content over paragraphs, and the text of a range.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import { extendOverQuotes, hasQuote, hasWords, isClosingMark, isOpeningMark, regionOf, textOf } from '../../src/engine/tokens.js';
import type { TextBlock } from '../../src/engine/types.js';
import { english } from '../../src/engine/lexicon/en/index.js';

const paras = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
const indexOf = (seg: ReturnType<typeof segment>, text: string, from = 0): number =>
  seg.tokens.findIndex((t, i) => i >= from && t.text === text);

describe('token queries', () => {
  it('tells an opening mark from a closing one, and a cut-off quotation from a closed one', () => {
    const seg = segment(paras('“It is done,” she said.', 'He said “we will see.', 'Nobody answered.'), english);
    const open = indexOf(seg, '“');
    const close = indexOf(seg, '”');
    expect([isOpeningMark(seg, open), isClosingMark(seg, open)]).toEqual([true, false]);
    expect([isOpeningMark(seg, close), isClosingMark(seg, close)]).toEqual([false, true]);
    expect(regionOf(seg, indexOf(seg, 'done'))).toEqual({ open, close, closed: true });
    expect(regionOf(seg, indexOf(seg, 'she'))).toBeUndefined();
    // the quotation cut off at its paragraph's end has no closing mark
    const cut = regionOf(seg, indexOf(seg, 'see'));
    expect(cut?.closed).toBe(false);
    expect(isClosingMark(seg, cut?.close ?? -1)).toBe(false);
  });

  it('counts words and finds quotation marks in a range', () => {
    const seg = segment(paras('“It is done,” she said.'), english);
    expect(hasWords(seg, 0, seg.tokens.length, 5)).toBe(true);
    expect(hasWords(seg, 0, seg.tokens.length, 6)).toBe(false);
    expect(hasQuote(seg, 0, 2)).toBe(true);
    expect(hasQuote(seg, indexOf(seg, 'she'), seg.tokens.length)).toBe(false);
  });

  it('carries a content on to the closing mark of a quotation that runs over paragraphs', () => {
    const seg = segment(paras('She said: “First we dig.', '“Then we build.”'), english);
    const open = indexOf(seg, '“');
    const lastClose = indexOf(seg, '”');
    expect(extendOverQuotes(seg, open, open + 3)).toBe(lastClose + 1);
  });

  it('reads the text of a range with its own spacing, and nothing across blocks', () => {
    const seg = segment(paras('Mr. Reyes  said no.', 'Next.'), english);
    expect(textOf(seg, 0, 3)).toBe('Mr. Reyes');
    expect(textOf(seg, 0, seg.tokens.length)).toBe('');
  });
});
