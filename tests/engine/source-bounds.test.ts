/**
 * The source-bounds model (src/engine/model/source-bounds.ts) on its own: which starts and ends a speaker phrase may
 * take, that an empty or outweighed model keeps the proposed phrase, and that the checked-in model drops a
 * participle clause after the name ("Reyes, speaking to a farmers group in Ohio, said …" → "Reyes").
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import type { Segmented } from '../../src/engine/tokens.js';
import type { Frame } from '../../src/engine/constructions/frame.js';
import { featureKey, TokenReadings } from '../../src/engine/model/content-bounds.js';
import {
  parseSourceBoundsModel, SourceBoundsChooser, sourceCandidates,
} from '../../src/engine/model/source-bounds.js';
import { defaultSourceBoundsModel } from '../../src/engine/model/default-bounds.js';
import { analyzeWith } from '../../src/engine/analyze.js';
import { cueConfigFor } from '../../src/engine/find-cues.js';
import { english } from '../../src/engine/lexicon/en/index.js';
import { drain } from '../../src/engine/slices.js';

const at = (seg: Segmented, w: string): number => seg.tokens.findIndex((t) => t.lower === w);

/** A frame whose speaker runs from the first token to just before the cue word, and whose content follows it. */
function frameOf(seg: Segmented, cueWord: string): Frame {
  const cue = at(seg, cueWord);
  const cueRange = { first: cue, end: cue + 1 };
  return {
    cue: { first: cue, last: cue, form: cueWord, lemma: cueWord, kind: 'verb', context: 'none' },
    cueRange, construction: 'before', content: [{ first: cue + 1, end: seg.tokens.length - 1 }], source: { first: 0, end: cue - 1 },
  };
}

const sourceOf = (text: string, learned?: null): string => {
  const claims = drain(analyzeWith([{ kind: 'paragraph', text }], {}, cueConfigFor(english), undefined, learned)).claims;
  const s = claims[0]?.source;
  return s === undefined || s === null ? '' : text.slice(s.start, s.end);
};

describe('source bounds', () => {
  const text = 'Reyes, speaking to a farmers group in Ohio, said the plan would work.';

  it('offers cuts inside the phrase and moved starts, never over the cue or into the content', () => {
    const seg = segment([{ kind: 'paragraph', text }], english);
    const frame = frameOf(seg, 'said');
    const readings = new TokenReadings(seg, { idOf: () => -1 });
    const c = sourceCandidates(seg, frame, { first: 0, end: at(seg, 'said') - 1 }, readings);
    expect(c).not.toBeNull();
    expect(c?.starts[0]).toBe(0);
    expect(c?.ends[0]).toBe(at(seg, 'said') - 1);
    // the cut before ", speaking" is offered; no end reaches the cue, no start goes before the sentence
    expect(c?.ends).toContain(1);
    expect(c?.ends.every((e) => e <= at(seg, 'said'))).toBe(true);
    expect(c?.starts.every((s) => s >= 0)).toBe(true);
    // a lone pronoun has nothing to choose
    const she = segment([{ kind: 'paragraph', text: 'She said the plan would work.' }], english);
    expect(sourceCandidates(she, frameOf(she, 'said'), { first: 0, end: 1 }, new TokenReadings(she, { idOf: () => -1 }))).toBeNull();
  });

  it('keeps the proposed phrase when the model is empty or no other pair beats it by the margin', () => {
    const seg = segment([{ kind: 'paragraph', text }], english);
    const frame = frameOf(seg, 'said');
    const range = { first: 0, end: at(seg, 'said') - 1 };
    const empty = parseSourceBoundsModel({ strings: [], weights: {}, margin: 0 });
    expect(new SourceBoundsChooser(seg, empty).choose(frame, range)).toBe(range);
    // a weight for cutting the end one token short (template 7, 'E.d', distance -1 is band 8) outweighed by the margin
    const pulled = parseSourceBoundsModel({ strings: [], weights: { [String(featureKey(7, 8))]: 10 }, margin: 20 });
    expect(new SourceBoundsChooser(seg, pulled).choose(frame, range)).toBe(range);
  });

  it('drops the participle clause after the name, with the checked-in model (and only with it)', () => {
    expect(sourceOf(text, null)).toBe('Reyes, speaking to a farmers group in Ohio');
    expect(sourceOf(text)).toBe('Reyes');
    const mayor = 'Mayor Lena Ortiz, visiting the harbour on Monday, said the wall would be rebuilt.';
    expect(sourceOf(mayor)).toBe('Mayor Lena Ortiz');
    expect(defaultSourceBoundsModel().size).toBeGreaterThan(100);
  });
});
