/**
 * The sidebar's three orders of sources within a group, on an analysis where each order differs: by claims (ties:
 * colour rank), by order of appearance (first claim in the text), by space given (words reported).
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../src/engine/index.js';
import { groupActors } from '../../src/ui/sidebar/view-model.js';

const TEXT = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';

/** A paraphrase of the first `words` words of the block. */
function claim(id: string, actorId: string, words: number): Claim {
  const end = TEXT.split(' ').slice(0, words).join(' ').length;
  return { id, kind: 'statement', quote: 'indirect', actorId, source: null, cue: { block: 0, start: 0, end: 0 }, cueLemma: 'say', stance: 'neutral', confidence: 1,
    content: [{ block: 0, start: 0, end }] };
}

const ANALYSIS: Analysis = {
  blocks: [{ kind: 'paragraph', text: TEXT }],
  actors: ['p', 'q', 'r'].map((id) => ({ id, name: id, kind: 'person', mentions: [] })),
  // p speaks first (10 words), q twice (2 + 2 words), r last (20 words)
  claims: [claim('c1', 'p', 10), claim('c2', 'q', 2), claim('c3', 'q', 2), claim('c4', 'r', 20)],
};

const order = (sort: 'claims' | 'order' | 'space') => groupActors(ANALYSIS, undefined, sort)[0]?.actors.map((view) => view.actor.id);

describe('sorting sources', () => {
  it('orders by claims, by appearance or by space', () => {
    expect(order('claims')).toEqual(['q', 'p', 'r']);
    expect(order('order')).toEqual(['p', 'q', 'r']);
    expect(order('space')).toEqual(['r', 'p', 'q']);
  });
});
