/**
 * The content-start model (src/engine/model/content-bounds.ts) on its own: which starts it may choose among, that it
 * leaves quotations and a proposed start it cannot beat alone, and that the checked-in model moves a content past
 * the words that only frame it ("deep concern about the policy" → "the policy").
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import type { Segmented } from '../../src/engine/tokens.js';
import type { Frame } from '../../src/engine/constructions/frame.js';
import { chooseContentStarts, featureKey, parseBoundsModel, startCandidates } from '../../src/engine/model/content-bounds.js';
import { defaultBoundsModel } from '../../src/engine/model/default-bounds.js';
import { analyzeWith } from '../../src/engine/analyze.js';
import { cueConfigFor } from '../../src/engine/find-cues.js';
import { english } from '../../src/engine/lexicon/en/index.js';
import { drain } from '../../src/engine/slices.js';

/** A frame over one sentence: cue and content given by their words (first occurrence). */
function frameOf(seg: Segmented, cueWord: string, contentFrom: string): Frame {
  const at = (w: string): number => seg.tokens.findIndex((t) => t.lower === w);
  const cue = at(cueWord);
  const first = at(contentFrom);
  let end = seg.tokens.length;
  while (end > first && seg.tokens[end - 1]?.kind !== 'word' && seg.tokens[end - 1]?.kind !== 'quote') end--;
  return {
    cue: { first: cue, last: cue, form: cueWord, lemma: cueWord, kind: 'verb', context: 'none' },
    cueRange: { first: cue, end: cue + 1 }, construction: 'after', content: [{ first, end }], source: { first: 0, end: 1 },
  };
}

describe('content starts', () => {
  it('offers starts near the proposed one, never over the cue, and none for a wholly quoted content', () => {
    const seg = segment([{ kind: 'paragraph', text: 'Reyes voiced deep concern about the policy on Friday.' }], english);
    const c = startCandidates(seg, frameOf(seg, 'voiced', 'deep'));
    expect(c).not.toBeNull();
    expect(c?.starts[0]).toBe(seg.tokens.findIndex((t) => t.lower === 'deep'));
    expect(c?.starts.every((s) => s > 1)).toBe(true);
    const quoted = segment([{ kind: 'paragraph', text: 'Reyes said: “We are ready.”' }], english);
    const open = quoted.tokens.findIndex((t) => t.kind === 'quote');
    const frame: Frame = { ...frameOf(quoted, 'said', 'we'), content: [{ first: open, end: quoted.tokens.length - 1 }] };
    expect(startCandidates(quoted, frame)).toBeNull();
  });

  it('keeps the proposed start when no other beats it by the margin', () => {
    const seg = segment([{ kind: 'paragraph', text: 'Reyes voiced deep concern about the policy on Friday.' }], english);
    const frame = frameOf(seg, 'voiced', 'deep');
    const empty = parseBoundsModel({ strings: [], weights: {}, margin: 0 });
    expect(chooseContentStarts(seg, [frame], empty)[0]).toBe(frame);
    const pulled = parseBoundsModel({ strings: ['the'], weights: { [String(featureKey(2, 0))]: 10 }, margin: 20 });
    expect(chooseContentStarts(seg, [frame], pulled)[0]).toBe(frame);
  });

  it('moves a content past the words that only frame it, with the checked-in model', () => {
    const text = 'Council members expressed deep concern about the policy.';
    // (concern about a topic is no claim for a reader; the PolNeAR contract keeps it, and the bounds are the same)
    const analysis = drain(analyzeWith([{ kind: 'paragraph', text }], { polnear: true }, cueConfigFor(english)));
    const content = analysis.claims[0]?.content[0];
    const without = drain(analyzeWith([{ kind: 'paragraph', text }], { polnear: true }, cueConfigFor(english), undefined, null)).claims[0]?.content[0];
    expect(without === undefined ? '' : text.slice(without.start, without.end)).toMatch(/^deep concern/);
    expect(content === undefined ? '' : text.slice(content.start, content.end)).toBe('the policy');
    // the words passed over say how the claim was made: they join the cue
    const cue = analysis.claims[0]?.cue;
    expect(cue === undefined ? '' : text.slice(cue.start, cue.end)).toBe('expressed deep concern about');
    expect(defaultBoundsModel().size).toBeGreaterThan(100);
  });
});
