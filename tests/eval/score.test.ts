import { describe, expect, it } from 'vitest';
import {
  exactCounts, matchAttributions, overlapCounts, prf, scoreCorpus, trimFragment, type ScoredAttribution,
} from '../../src/eval/score.js';

// "Taxes will rise," the minister said.   (offsets below index this string)
const TEXT = '"Taxes will rise," the minister said.';
const gold: ScoredAttribution[] = [{ source: [[18, 30]], cue: [[31, 35]], content: [[0, 17]], type: 'direct' }];

describe('trimFragment', () => {
  it('drops whitespace and the edge punctuation .,;:"“”\' but keeps other marks', () => {
    expect(trimFragment(' “Yes,” ', 0, 8)).toEqual([2, 5]);
    expect(trimFragment('(Yes)', 0, 5)).toEqual([0, 5]);
    expect(trimFragment('.,;', 0, 3)).toBeNull();
  });
});

describe('exact measure', () => {
  it('counts a content span equal after trimming as a hit', () => {
    const pred: ScoredAttribution[] = [{ source: [[18, 30]], cue: [[31, 35]], content: [[1, 16]], type: 'direct' }];
    expect(exactCounts(TEXT, gold, pred, 'content')).toEqual({ pred: 1, gold: 1, hit: 1 });
  });
  it('misses a source that is one word short', () => {
    const pred: ScoredAttribution[] = [{ source: [[22, 30]], cue: [[31, 35]], content: [[0, 17]], type: 'direct' }];
    expect(exactCounts(TEXT, gold, pred, 'source')).toEqual({ pred: 1, gold: 1, hit: 0 });
  });
  it('treats each fragment of a split content as its own span', () => {
    const split: ScoredAttribution[] = [{ source: null, cue: [[31, 35]], content: [[0, 7], [8, 17]], type: 'direct' }];
    expect(exactCounts(TEXT, split, split, 'content')).toEqual({ pred: 2, gold: 2, hit: 2 });
  });
});

describe('overlap measure', () => {
  it('counts shared characters over predicted and over gold', () => {
    const pred: ScoredAttribution[] = [{ source: [[22, 35]], cue: [[31, 35]], content: [[0, 17]], type: 'direct' }];
    // predicted source 13 chars, gold 12 chars, shared 8 ("minister")
    expect(overlapCounts(gold, pred, 'source')).toEqual({ pred: 13, gold: 12, hit: 8 });
  });
});

describe('attribution-level matching', () => {
  it('matches when cues share a character and content covers at least half the gold content', () => {
    const pred: ScoredAttribution[] = [{ source: null, cue: [[33, 36]], content: [[0, 9]], type: 'direct' }];
    expect(matchAttributions(gold, pred).hit).toBe(1);
  });
  it('does not match when the content covers less than half', () => {
    const pred: ScoredAttribution[] = [{ source: null, cue: [[31, 35]], content: [[0, 8]], type: 'direct' }];
    expect(matchAttributions(gold, pred).hit).toBe(0);
  });
  it('does not match without a shared cue character', () => {
    const pred: ScoredAttribution[] = [{ source: null, cue: [[18, 21]], content: [[0, 17]], type: 'direct' }];
    expect(matchAttributions(gold, pred).hit).toBe(0);
  });
  it('uses each gold attribution once', () => {
    const twice: ScoredAttribution[] = [gold[0] as ScoredAttribution, gold[0] as ScoredAttribution];
    const m = matchAttributions(gold, twice);
    expect(m.hit).toBe(1);
    expect(m.matchOf).toEqual([0, -1]);
    expect(prf(m)).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
  });
});

describe('scoreCorpus', () => {
  it('breaks the figures down by type', () => {
    const indirectPred: ScoredAttribution[] = [{ ...(gold[0] as ScoredAttribution), type: 'indirect' }];
    const board = scoreCorpus([{ text: TEXT, gold, pred: indirectPred }]);
    expect(board.get('attribution')?.all).toEqual({ pred: 1, gold: 1, hit: 1 });
    expect(board.get('attribution')?.direct).toEqual({ pred: 0, gold: 1, hit: 0 });
    expect(board.get('attribution')?.indirect).toEqual({ pred: 1, gold: 0, hit: 0 });
  });
});
