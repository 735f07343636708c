/**
 * The engine on any text at all: random and adversarial input never makes it throw, every span stays inside its
 * block, claims point at existing actors, the result is deterministic (and the same when computed in slices), and
 * time grows linearly with the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSlices } from '../../src/engine/index.js';
import { syntheticNewsArticle } from '../../scripts/bench-news-text.js';
import type { BlockKind, TextBlock } from '../../src/engine/index.js';
import { ADVERSARIAL_TEXTS } from './adversarial-text.js';
import { measureGrowth } from './growth.js';
import { expectSound } from './invariants.js';

const BLOCK_KINDS: BlockKind[] = ['headline', 'standfirst', 'paragraph', 'blockquote', 'listItem'];

/** Pieces of news prose and of everything that can go wrong around it, for fast-check to string together. */
const NEWS_PIECES = [
  'said', 'told', 'reporters', 'that', 'according to', 'claimed', 'insisted', 'believes', 'in a statement', 'was quoted as saying',
  'called on', 'she', 'he', 'they', 'it', 'the document', 'the appeal', 'officials', 'sources familiar with the matter',
  'Ella Pamfilova', 'Pamfilova', 'Central Election Commission', '(CEC)', 'CEC', 'the head of the commission', 'Federation Council',
  'the lives of 140 people', 'show that', 'has not', '.', ',', ':', ';', '—', '–', '…', '?', '!', '(', ')',
  '"', '“', '”', "'", '‘', '’', '«', '»', '„', ' ', ' ', ' ', '\n', '\t', '\u00a0',
  // Words that are Object.prototype keys: a word-keyed plain-object lexicon would find functions under them.
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
  '😀', '👩‍👩‍👧', '🇺🇦', 'قال', 'שלום', '\u200f', '\u202e', '\u200d', 'é', 'e\u0301', '\ud800', '\udfff', '\u0000', 'ÅNGSTRÖM', 'İ', 'ß',
];

// fast-check keeps arrays and strings small unless told otherwise ('small' is about ten items); news-like text
// needs room for a speaker, a cue and a quote to meet, so it asks for more.
const newsLikeText = fc
  .tuple(fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 200, size: 'medium' }), fc.constantFrom(' ', ''))
  .map(([pieces, separator]) => pieces.join(separator));
const anyText = fc.oneof(
  newsLikeText,
  fc.string({ unit: 'binary', maxLength: 200, size: 'medium' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', ' ', 'said', ',', '.', 'He', '\n'), maxLength: 120, size: 'medium' }),
  // Any UTF-16 code unit, lone surrogates included: page text is not guaranteed to be well formed.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 120, size: 'medium' }),
);
const anyBlocks = fc.array(fc.record({ kind: fc.constantFrom(...BLOCK_KINDS), text: anyText }), { maxLength: 8, size: 'small' });

describe('engine on random text', () => {
  it('never throws and keeps every span inside its block, for any blocks', () => {
    fc.assert(
      fc.property(anyBlocks, (blocks) => {
        expectSound(blocks);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same analysis twice for the same input', () => {
    fc.assert(
      fc.property(anyBlocks, (blocks) => {
        expect(analyze(blocks)).toEqual(analyze(blocks));
      }),
      { numRuns: 100 },
    );
  });

  it('does not change the blocks it is given', () => {
    fc.assert(
      fc.property(anyBlocks, (blocks) => {
        const copy = structuredClone(blocks);
        analyze(blocks);
        expect(blocks).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});

/** Runs the sliced engine to the end, counting the pauses it offers its caller. */
function drainSlices(blocks: TextBlock[]): { analysis: ReturnType<typeof analyze>; pauses: number } {
  const run = analyzeInSlices(blocks);
  for (let pauses = 0; ; pauses += 1) {
    const step = run.next();
    if (step.done === true) return { analysis: step.value, pauses };
  }
}

describe('engine in slices', () => {
  it('returns exactly what analyze returns, for any blocks', () => {
    fc.assert(
      fc.property(anyBlocks, (blocks) => {
        expect(drainSlices(blocks).analysis).toEqual(analyze(blocks));
      }),
      { numRuns: 100 },
    );
  });

  it('pauses several times on a long article and still returns what analyze returns', () => {
    const blocks = syntheticNewsArticle(300_000, 11);
    const { analysis, pauses } = drainSlices(blocks);
    expect(pauses).toBeGreaterThan(3);
    expect(analysis).toEqual(analyze(blocks));
  });
});

describe('engine on adversarial text', () => {
  it('handles no blocks and empty blocks', () => {
    expectSound([]);
    expectSound([{ kind: 'paragraph', text: '' }]);
    expectSound(BLOCK_KINDS.map((kind) => ({ kind, text: '' })));
  });

  it('handles a megabyte of quote marks', () => {
    expectSound([{ kind: 'paragraph', text: '“”"\''.repeat(250_000) }]);
  });

  it.each(ADVERSARIAL_TEXTS.map((text) => [text.name, text] as const))('handles %s', (_name, text) => {
    expectSound(text.make(50_000));
  });
});

describe('engine time grows linearly with the text', () => {
  // 4× the text may take at most 8× the time: generous, so a busy machine does not fail it, yet a quadratic step
  // (16× and more) cannot pass. Each case times the minimum of interleaved runs, and re-measures a
  // suspicious ratio at twice the size; see growth.ts.
  it.each(ADVERSARIAL_TEXTS.map((text) => [text.name, text] as const))('on %s', (name, text) => {
    const growth = measureGrowth(text.make, analyze);
    expect(growth.ratio, `${name}: ${growth.attempts.join('; then ')}`).toBeLessThan(8);
  });
});
