/**
 * The span tagger (src/engine/model/): its tag grammar, how the constructions' frames become per-token proposals,
 * the weights' text form, the decoder back to frames, and the checked-in model on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from '../../src/engine/analyze.js';
import { drain } from '../../src/engine/slices.js';
import { cueConfigFor } from '../../src/engine/find-cues.js';
import { english } from '../../src/engine/lexicon/en/index.js';
import { segment } from '../../src/engine/segment.js';
import type { Frame } from '../../src/engine/constructions/frame.js';
import {
  B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, OUT, SPAN_TAG_COUNT, encodeWeights, parseSpanTagger, proposedTags,
  tagMayFollow, type SerializedSpanTagger,
} from '../../src/engine/model/span-tagger.js';
import { taggerDecision } from '../../src/engine/model/decide-frames.js';
import type { Analysis, TextBlock } from '../../src/engine/types.js';

const cues = cueConfigFor(english);
const paragraphs = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
const textOfSpan = (a: Analysis, s: { block: number; start: number; end: number } | null): string =>
  s === null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end);

/** A model that copies what the constructions proposed: each proposed tag votes for itself. */
function copyingModel(): SerializedSpanTagger {
  const names = ['O', 'BS', 'IS', 'BC', 'IC', 'BQ', 'IQ'];
  const features = names.map((name, tag) => {
    const row = new Array<number>(SPAN_TAG_COUNT).fill(0);
    row[tag] = 10;
    return `r=${name} ${encodeWeights(row)}`;
  }).join('\n');
  return { features, transitions: new Array((SPAN_TAG_COUNT + 1) * SPAN_TAG_COUNT).fill(0).join(','), cueBias: 0, proposedCueBias: 0 };
}

describe('span tags', () => {
  it('lets an inside tag follow only its own kind', () => {
    expect(tagMayFollow(B_CUE, I_CUE)).toBe(true);
    expect(tagMayFollow(I_CUE, I_CUE)).toBe(true);
    expect(tagMayFollow(B_SOURCE, I_CUE)).toBe(false);
    expect(tagMayFollow(OUT, I_CONTENT)).toBe(false);
    expect(tagMayFollow(SPAN_TAG_COUNT, I_SOURCE)).toBe(false);
    expect(tagMayFollow(I_CONTENT, B_CUE)).toBe(true);
  });

  it('paints the proposed frames: cue over source over content', () => {
    const seg = segment(paragraphs('Reyes said the harbour would close.'));
    const frame: Frame = {
      cue: { first: 1, last: 1, form: 'said', lemma: 'say', kind: 'verb', context: 'det' },
      cueRange: { first: 1, end: 2 },
      construction: 'after',
      content: [{ first: 0, end: 6 }],
      source: { first: 0, end: 1 },
    };
    const { tags, construction } = proposedTags(seg, [frame]);
    expect(Array.from(tags.slice(0, 7))).toEqual([B_SOURCE, B_CUE, B_CONTENT, I_CONTENT, I_CONTENT, I_CONTENT, OUT]);
    expect(construction[1]).toBe('after');
  });

  it('keeps its weights through the text form', () => {
    const row = [0, 3, -2, 0, 45, -45, 1];
    const model = parseSpanTagger({ features: `w=said ${encodeWeights(row)}`, transitions: '1,2', cueBias: -3, proposedCueBias: -1 });
    expect(Array.from(model.weights.get('w=said') ?? [])).toEqual(row);
    expect(model.cueBias).toBe(-3);
    expect(model.proposedCueBias).toBe(-1);
  });
});

describe('deciding with the tagger', () => {
  it('gives back the rules’ claims when the model only copies their proposal', () => {
    const blocks = paragraphs('The harbour master, Tomas Reyes, said the quay would close on Friday.',
      '“We have no choice,” Reyes told reporters.', 'According to the port authority, repairs will take a month.');
    const rules = analyze(blocks);
    const copied = drain(analyzeWith(blocks, {}, cues, taggerDecision(parseSpanTagger(copyingModel()))));
    const read = (a: Analysis) => a.claims.map((c) => [textOfSpan(a, c.source), textOfSpan(a, c.cue), c.content.map((s) => textOfSpan(a, s)).join(' … ')]);
    expect(read(copied)).toEqual(read(rules));
    expect(read(rules)).toHaveLength(3);
  });

  it('makes no claim from a cue with no content, and none from an empty article', () => {
    const decide = taggerDecision(parseSpanTagger(copyingModel()));
    expect(drain(analyzeWith([], {}, cues, decide)).claims).toEqual([]);
    expect(drain(analyzeWith(paragraphs('', 'said.'), {}, cues, decide)).claims).toEqual([]);
  });

  it('finds the speaker and the content with the checked-in model', () => {
    const blocks = paragraphs('The harbour master, Tomas Reyes, said the quay would close on Friday.',
      '“We have no choice,” Reyes told reporters on Tuesday.');
    const a = drain(analyzeWith(blocks, {}, cues, taggerDecision()));
    const claims = a.claims.map((c) => ({
      actor: a.actors.find((x) => x.id === c.actorId)?.name,
      cue: textOfSpan(a, c.cue),
      content: c.content.map((s) => textOfSpan(a, s)).join(' '),
      kind: c.kind,
    }));
    expect(claims).toEqual([
      { actor: 'Tomas Reyes', cue: 'said', content: 'the quay would close on Friday', kind: 'indirect' },
      { actor: 'Tomas Reyes', cue: 'told', content: '“We have no choice,”', kind: 'direct' },
    ]);
  });
});
