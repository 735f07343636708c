/**
 * Space given, on analyses whose words were counted by hand (the counts are written out beside each fixture):
 * quoted and paraphrased words per claim and per actor, mixed claims split at their quotation marks, shares of
 * reported speech, and the article's share with overlapping contents counted once.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeBlock, type Token } from '../../src/engine/lab/index.js';
import type { Analysis, Claim, QuoteKind, Span, TextBlock } from '../../src/engine/index.js';
import {
  claimWords,
  countWords,
  describeActorSpace,
  describeArticleSpace,
  formatCount,
  percentText,
  scanWords,
  spaceGiven,
} from '../../src/shared/space.js';
import { FIXTURE_ANALYSIS } from '../ui/fixture-analysis.js';

describe('words', () => {
  it('counts words as the engine tokenizes them: joined words are one, punctuation and quote marks none', () => {
    // Russia’s | well-known | U.S | 4m | A1 | don't — "$", "=", "(", ")", "—" and the marks are not words
    expect(countWords('Russia’s well-known U.S. firm lost $4m — "don\'t" =SUM(A1)')).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords(' — “ ” ')).toBe(0);
  });

  it('counts exactly the word tokens the engine’s tokenizer makes, and the quoted ones, over any stretch of any text', () => {
    const tokensOf = (text: string, from: number, until: number): Token[] => {
      const tokens: Token[] = [];
      tokenizeBlock(text, 0, tokens, from, until);
      return tokens;
    };
    const tokenizerWords = (text: string, from: number, until: number): number =>
      tokensOf(text, from, until).filter((token) => token.kind === 'word').length;
    /** The rule of src/shared/space.ts's header, read off the tokenizer's own tokens and quote roles. */
    const tokenizerQuoted = (text: string, from: number, until: number): number => {
      let quoted = 0;
      let before = 0;
      let inside: boolean | null = null;
      for (const token of tokensOf(text, from, until)) {
        if (token.kind === 'word') {
          if (inside === null) before += 1;
          else if (inside) quoted += 1;
        } else if (token.kind === 'quote') {
          const role = token.quoteRole ?? 'either';
          if (inside === null) {
            if (role === 'close') quoted += before;
            inside = role !== 'close';
          } else inside = role === 'open' ? true : role === 'close' ? false : !inside;
        }
      }
      return quoted;
    };
    // the characters that matter: letters, digits, marks, joiners, quotes, spaces, astral letters and emoji, a lone surrogate
    const pieces = ['a', 'Z', '9', 'é', 'e\u0301', 'ß', 'Я', '中', '’', "'", '-', '.', '&', '/', '"', '“', '”', '„', '«', '»', "''", '``', '`',
      ' ', '\u00a0', '\n', ',', '(', '—', '!', '$', '𝐀', '😀', '\ud800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const until = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        expect(countWords(text, from, until)).toBe(tokenizerWords(text, from, until));
        expect(scanWords(text, from, until, true).quoted).toBe(tokenizerQuoted(text, from, until));
      }),
      { numRuns: 3000, seed: 10 },
    );
    for (const block of FIXTURE_ANALYSIS.blocks) expect(countWords(block.text)).toBe(tokenizerWords(block.text, 0, block.text.length));
  });
});

/**
 * The shared UI fixture (tests/ui/fixture-analysis.ts), counted by hand:
 *   article 99 words: 7 + 14 + 12 + 13 + 12 + 11 + 11 + 11 + 8 by block
 *   c1 mixed   a1  "the harbour expansion would" 4 paraphrased, "pay for itself within a decade" 6 quoted
 *   c2 direct  a1  "We have studied every number" 5 + "and every number works" 4 = 9 quoted
 *   c3 para    a2  dredging costs estimated at 4m had been underestimated = 8
 *   c4 para    a3  the project could displace 40 fishing families = 7
 *   c5 para    a4  the contract was rushed = 4
 *   c6 mixed   a5  "SUM A1 was" 3 paraphrased, "a farce plain and simple" 5 quoted
 *   c7 para    unknown  b risky b by investors = 5 (the tags are page text, read as words)
 *   c8 para    a1  the port will double its traffic = 6
 */
describe('space given on the UI fixture', () => {
  const space = spaceGiven(FIXTURE_ANALYSIS);
  const of = (actorId: string) => space.actors.find((entry) => entry.actorId === actorId);
  const claim = (id: string): Claim => {
    const found = FIXTURE_ANALYSIS.claims.find((entry) => entry.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('splits each claim: direct all quoted, paraphrase none, mixed at its marks', () => {
    expect(claimWords(FIXTURE_ANALYSIS, claim('c1'))).toEqual({ quoted: 6, paraphrased: 4 });
    expect(claimWords(FIXTURE_ANALYSIS, claim('c2'))).toEqual({ quoted: 9, paraphrased: 0 });
    expect(claimWords(FIXTURE_ANALYSIS, claim('c3'))).toEqual({ quoted: 0, paraphrased: 8 });
    expect(claimWords(FIXTURE_ANALYSIS, claim('c6'))).toEqual({ quoted: 5, paraphrased: 3 });
    expect(claimWords(FIXTURE_ANALYSIS, claim('c7'))).toEqual({ quoted: 0, paraphrased: 5 });
  });

  it('sums per actor, in the analysis order, and shares out all reported words', () => {
    expect(space.actors.map((entry) => [entry.actorId, entry.quoted, entry.paraphrased])).toEqual([
      ['a1', 15, 10],
      ['a2', 0, 8],
      ['a3', 0, 7],
      ['a4', 0, 4],
      ['a5', 5, 3],
      ['unknown', 0, 5],
    ]);
    expect(space.reportedWords).toBe(57);
    expect(space.quoted).toBe(20);
    expect(space.paraphrased).toBe(37);
    expect(of('a1')?.share).toBeCloseTo(25 / 57);
    expect(space.actors.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1);
    // the council (a6) says nothing itself: it has no entry
    expect(of('a6')).toBeUndefined();
  });

  it('gives the article’s share of reported speech', () => {
    expect(space.articleWords).toBe(99);
    expect(space.coveredWords).toBe(57);
    expect(space.articleShare).toBeCloseTo(57 / 99);
    expect(describeArticleSpace(space)).toBe('Reported speech is 58% of the article: 57 of 99 words');
  });

  it('says each actor’s space in words a screen reader can read out', () => {
    const a1 = of('a1');
    expect(a1 && describeActorSpace(a1)).toBe('25 words, 44% of reported speech: 15 quoted, 10 paraphrased');
  });
});

function spanOf(blocks: TextBlock[], block: number, text: string): Span {
  const start = blocks[block]?.text.indexOf(text) ?? -1;
  if (start < 0) throw new Error(`"${text}" not in block ${block}`);
  return { block, start, end: start + text.length };
}

function make(blocks: TextBlock[], claims: Array<{ kind: QuoteKind; actorId: string; content: Span[] }>): Analysis {
  return {
    blocks,
    actors: [
      { id: 'a1', name: 'Ana', kind: 'person', mentions: [] },
      { id: 'a2', name: 'Ben', kind: 'person', mentions: [] },
    ],
    claims: claims.map(({ kind, ...entry }, index) => ({
      id: `c${index + 1}`,
      kind: 'statement' as const,
      quote: kind,
      source: null,
      cue: { block: 0, start: 0, end: 0 },
      cueLemma: 'say',
      stance: 'neutral', confidence: 1,
      ...entry,
    })),
  };
}

describe('edge cases', () => {
  it('splits a mixed claim with straight quotes, and one whose fragment starts inside a quotation', () => {
    const blocks: TextBlock[] = [
      { kind: 'paragraph', text: 'Ana said the plan was "dead on arrival" and "unfixable" now.' },
      { kind: 'paragraph', text: 'Ben said it would "work, in the end," he thought, "given time" anyway.' },
    ];
    const analysis = make(blocks, [
      // the plan was | dead on arrival | and | unfixable | now → 5 paraphrased, 4 quoted
      { kind: 'mixed', actorId: 'a1', content: [spanOf(blocks, 0, 'the plan was "dead on arrival" and "unfixable" now')] },
      // fragment 1: it would | work in the end → 2 + 4; fragment 2 starts inside its quotation:
      // given time" anyway → the words before the closing mark quoted (2), "anyway" paraphrased (1)
      { kind: 'mixed', actorId: 'a2', content: [spanOf(blocks, 1, 'it would "work, in the end,"'), spanOf(blocks, 1, 'given time" anyway')] },
    ]);
    const [first, second] = analysis.claims;
    expect(first && claimWords(analysis, first)).toEqual({ quoted: 4, paraphrased: 5 });
    expect(second && claimWords(analysis, second)).toEqual({ quoted: 6, paraphrased: 3 });
  });

  it('counts a direct quote over two paragraphs in full, and overlapping contents once for the article', () => {
    const blocks: TextBlock[] = [
      { kind: 'paragraph', text: '“We will not stop,” Ana said. “Not now.' },
      { kind: 'paragraph', text: 'Not ever.” Ben agreed the fight was long.' },
    ];
    const analysis = make(blocks, [
      // We will not stop | Not now | Not ever → 8 quoted
      { kind: 'direct', actorId: 'a1', content: [spanOf(blocks, 0, '“We will not stop,”'), spanOf(blocks, 0, '“Not now.'), spanOf(blocks, 1, 'Not ever.”')] },
      // the fight was long → 4; "was long" again in a second (overlapping) claim → 2 more reported, none more covered
      { kind: 'indirect', actorId: 'a2', content: [spanOf(blocks, 1, 'the fight was long')] },
      { kind: 'indirect', actorId: 'a2', content: [spanOf(blocks, 1, 'was long')] },
    ]);
    const space = spaceGiven(analysis);
    expect(space.actors).toEqual([
      { actorId: 'a1', quoted: 8, paraphrased: 0, words: 8, share: 8 / 14 },
      { actorId: 'a2', quoted: 0, paraphrased: 6, words: 6, share: 6 / 14 },
    ]);
    // article: We will not stop Ana said Not now (8) + Not ever Ben agreed the fight was long (8)
    expect(space.articleWords).toBe(16);
    expect(space.reportedWords).toBe(14);
    expect(space.coveredWords).toBe(12);
    expect(space.articleShare).toBeCloseTo(12 / 16);
  });

  it('is all zeros for an article without claims or words', () => {
    const space = spaceGiven({ blocks: [], actors: [], claims: [] });
    expect(space).toEqual({ actors: [], quoted: 0, paraphrased: 0, reportedWords: 0, articleWords: 0, coveredWords: 0, articleShare: 0 });
    expect(describeArticleSpace(space)).toBe('Reported speech is 0% of the article: 0 of 0 words');
  });

  it('formats counts and shares as a reader reads them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1084)).toBe('1,084');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(percentText(0)).toBe('0%');
    expect(percentText(0.004)).toBe('<1%');
    expect(percentText(0.315)).toBe('32%');
    expect(describeActorSpace({ actorId: 'x', quoted: 0, paraphrased: 1, words: 1, share: 1 })).toBe('1 word, 100% of reported speech: 0 quoted, 1 paraphrased');
  });
});
