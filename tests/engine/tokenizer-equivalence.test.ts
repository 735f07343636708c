/**
 * The hand-written scanner in segment.ts must read text exactly as the sticky Unicode expression it replaced did
 * (kept here as the reference): same tokens, offsets, kinds, lower-case forms, capitals and quote roles, on every
 * BMP character, on astral and lone-surrogate text, and on random mixes of the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeBlock } from '../../src/engine/segment.js';
import type { QuoteRole, Token } from '../../src/engine/tokens.js';

// (the soft hyphen, U+00AD, joins a word's parts and otherwise counts as space)
const REFERENCE_RE = /([\p{L}\p{N}\p{M}]+(?:[’'\-.&/\u00ad][\p{L}\p{N}\p{M}]+)*)|(''|``|[“”„"«»])|([\s\u00ad]+)|([^\s\p{L}\p{N}])/uy;
const OPEN_MARKS = new Set(['“', '„', '«', '``']);
const CLOSE_MARKS = new Set(['”', '»']);

function referenceRole(text: string, start: number, end: number, mark: string): QuoteRole {
  if (OPEN_MARKS.has(mark)) return 'open';
  if (CLOSE_MARKS.has(mark)) return 'close';
  const before = start === 0 ? ' ' : text.charAt(start - 1);
  const after = end >= text.length ? ' ' : text.charAt(end);
  const spaceBefore = /[\s([{\u2014\u2013-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

function lowerWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\u00ad/g, '');
}

/** The tokenizer as it was, before the scanner. */
function referenceTokens(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    REFERENCE_RE.lastIndex = pos;
    const match = REFERENCE_RE.exec(text);
    if (match === null) break;
    const start = match.index;
    const end = start + match[0].length;
    pos = end;
    if (match[3] !== undefined) continue;
    const tokenText = match[0];
    if (match[1] !== undefined) {
      const first = tokenText.charAt(0);
      out.push({ block: 0, start, end, text: tokenText, lower: lowerWord(tokenText), kind: 'word', cap: first !== first.toLowerCase() });
    } else if (match[2] !== undefined) {
      out.push({ block: 0, start, end, text: tokenText, lower: tokenText, kind: 'quote', cap: false,
        quoteRole: referenceRole(text, start, end, tokenText) });
    } else {
      out.push({ block: 0, start, end, text: tokenText, lower: tokenText, kind: 'punct', cap: false });
    }
  }
  return out;
}

function scannerTokens(text: string): Token[] {
  const out: Token[] = [];
  tokenizeBlock(text, 0, out);
  return out;
}

const expectSame = (text: string): void => {
  expect(scannerTokens(text), JSON.stringify(text)).toEqual(referenceTokens(text));
};

describe('the tokenizer reads as the reference expression did', () => {
  it('on every BMP character alone and between letters, spaces and joiners', () => {
    const contexts = ['#', 'a#b', 'A#', '#a', " #'", '"#"', 'x-#', '#-x', "a’#", '# #'];
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      const texts = contexts.map((c) => c.replace('#', ch));
      const ours = texts.map(scannerTokens);
      const theirs = texts.map(referenceTokens);
      // one comparison per code point keeps the failure message readable
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) expect({ cp, ours }).toEqual({ cp, ours: theirs });
    }
  });

  it('on astral characters and lone surrogates', () => {
    for (const text of ['𝐀𝐁c', 'a😀b', '😀', 'x\ud800y', '\udc00a', 'a\ud83d', '𝟘1', 'a-𝐀', '“𝐀”', 'ab\u0301c', '\u0301x']) {
      expectSame(text);
    }
  });

  it('on random news-like text', () => {
    const alphabet = [...'aZ09 \t\n.,;:!?-–—―’‘\'"“”„«»`&/()[]{}…é\u00a0\u2009\u200bßİǅ\u0301٣𝐀😀\ud800'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const text = chars.join('');
      expect(scannerTokens(text)).toEqual(referenceTokens(text));
    }), { numRuns: 3000 });
  });

  it('resumes at a token boundary part-way through a block', () => {
    const text = 'He said: “Ça va, U.S. AT&T’s rep.” ‘Fine’ ``yes\'\' 😀 done';
    const whole = scannerTokens(text);
    const pieces: Token[] = [];
    let pos = 0;
    while (pos < text.length) pos = tokenizeBlock(text, 0, pieces, pos, Math.min(text.length, pos + 5));
    expect(pieces).toEqual(whole);
  });
});
