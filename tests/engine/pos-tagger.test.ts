/**
 * The part-of-speech tagger (src/engine/lab/pos/tagger.ts) on sentences written for this test, with the shipped weights:
 * the obvious tags, the range and block rules, and linear time on a large input. Needs nothing from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import type { Token } from '../../src/engine/tokens.js';
import {
  POS_TAGS, TAG, createPosTagger, isVerbTag, tagOfPenn, tagTokens, type PosTag,
} from '../../src/engine/lab/pos/tagger.js';
import type { TextBlock } from '../../src/engine/types.js';
import { english } from '../../src/engine/lexicon/en/index.js';

const paras = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));

/** Each word of the text with its tag's name. */
function tagged(...texts: string[]): Map<string, PosTag> {
  const { tokens } = segment(paras(...texts), english);
  const tags = tagTokens('en', tokens);
  const out = new Map<string, PosTag>();
  tokens.forEach((t, i) => { if (t.kind === 'word' && !out.has(t.text)) out.set(t.text, POS_TAGS[tags[i] ?? 0] ?? 'X'); });
  return out;
}

describe('part-of-speech tagger', () => {
  it('tags a simple reported statement', () => {
    const t = tagged('She said the plan would fail.');
    expect(t.get('She')).toBe('PRON');
    expect(t.get('said')).toBe('VBD');
    expect(t.get('the')).toBe('DET');
    expect(t.get('plan')).toBe('NOUN');
    expect(t.get('would')).toBe('MD');
    expect(t.get('fail')).toBe('VB');
  });

  it('tells verb forms, names and relative words apart', () => {
    const t = tagged('The report, which was released Tuesday, says the senator is planning to resign.');
    expect(t.get('report')).toBe('NOUN');
    expect(t.get('which')).toBe('WH');
    expect(t.get('was')).toBe('VBD');
    expect(t.get('released')).toBe('VBN');
    expect(t.get('Tuesday')).toBe('PROPN');
    expect(t.get('says')).toBe('VBZ');
    expect(t.get('planning')).toBe('VBG');
    expect(t.get('to')).toBe('TO');
    expect(t.get('resign')).toBe('VB');
  });

  it('tags names, possessives, prepositions and numbers', () => {
    const t = tagged('According to Senator Elizabeth Warren, her office received 250 letters from voters in Ohio.');
    expect(t.get('According')).toBe('VBG');
    expect(t.get('Warren')).toBe('PROPN');
    expect(t.get('her')).toBe('PRP$');
    expect(t.get('office')).toBe('NOUN');
    expect(t.get('250')).toBe('NUM');
    expect(t.get('letters')).toBe('NOUNS');
    expect(t.get('from')).toBe('ADP');
    expect(t.get('Ohio')).toBe('PROPN');
    expect(t.get('voters')).toBe('NOUNS');
  });

  it('tags a plural subject with its present verb', () => {
    const t = tagged('Officials say they told reporters that the talks had stalled.');
    expect(t.get('Officials')).toBe('NOUNS');
    expect(t.get('say')).toBe('VBP');
    expect(t.get('they')).toBe('PRON');
    expect(t.get('told')).toBe('VBD');
    expect(t.get('stalled')).toBe('VBN');
    expect(isVerbTag(TAG.VBD)).toBe(true);
    expect(isVerbTag(TAG.NOUN)).toBe(false);
  });

  it('makes every non-word token PUNCT and handles empty input', () => {
    expect(tagTokens('en', [])).toEqual(new Uint8Array(0));
    expect(tagged('').size).toBe(0);
    const { tokens } = segment(paras('“Yes,” he said.'), english);
    const tags = tagTokens('en', tokens);
    tokens.forEach((t, i) => { if (t.kind !== 'word') expect(tags[i]).toBe(TAG.PUNCT); });
    expect(tagOfPenn('NNP')).toBe(TAG.PROPN);
    expect(tagOfPenn('-LRB-')).toBe(TAG.PUNCT);
  });

  it('tags only the range asked for, and the same words alike in one block or two', () => {
    const { tokens } = segment(paras('He said it was late.', 'She said the plan would fail.'), english);
    const all = tagTokens('en', tokens);
    const second = tokens.findIndex((t) => t.block === 1);
    const out = new Uint8Array(tokens.length).fill(255);
    tagTokens('en', tokens, second, tokens.length, out);
    expect(out[0]).toBe(255);
    expect([...out.subarray(second)]).toEqual([...all.subarray(second)]);
    const alone = tagTokens('en', segment(paras('She said the plan would fail.'), english).tokens);
    expect([...all.subarray(second)]).toEqual([...alone]);
  });

  it('works with no weights (every word gets the first tag) and on text without any word', () => {
    const empty = createPosTagger('');
    const { tokens } = segment(paras('She said so.'), english);
    expect(empty.tag(tokens).length).toBe(tokens.length);
    expect([...tagTokens('en', segment(paras('… — !!! “”'), english).tokens)].every((t) => t === TAG.PUNCT)).toBe(true);
  });

  it('runs in linear time on a 1 MB article', () => {
    const sentence = 'The minister told reporters on Monday that the government would not change its plans, a spokesman said. ';
    const small: Token[] = segment(paras(sentence.repeat(100)), english).tokens;
    const bigBlocks = paras(...Array.from({ length: 100 }, () => sentence.repeat(100)));
    expect(bigBlocks.reduce((n, b) => n + b.text.length, 0)).toBeGreaterThan(1_000_000);
    const big: Token[] = segment(bigBlocks, english).tokens;
    tagTokens('en', small);
    const t0 = performance.now();
    tagTokens('en', small);
    const tSmall = performance.now() - t0;
    const t1 = performance.now();
    const tags = tagTokens('en', big);
    const tBig = performance.now() - t1;
    expect(tags.length).toBe(big.length);
    // 100× the tokens: allow generous noise but no super-linear blow-up; and well under a second in absolute terms
    expect(tBig).toBeLessThan(Math.max(500, tSmall * 400));
    // one long block without a full stop: one sequence of ~200k tokens
    const run = segment(paras('word '.repeat(200_000)), english).tokens;
    const t2 = performance.now();
    tagTokens('en', run);
    expect(performance.now() - t2).toBeLessThan(1000);
  });
});
