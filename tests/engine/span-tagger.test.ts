/**
 * The span tagger (src/engine/lab/span-*.ts): its tag grammar, how the constructions' frames become per-token proposals,
 * the weights' text form, the decoder back to frames, and the checked-in model on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze, drain, type Analysis, type TextBlock } from '../../src/engine/index.js';
import {
  analyzeWith, cueConfigFor, lexiconFor, segment, type Frame, SPAN_TAGGER, taggerDecision, B_CONTENT, B_CUE, B_SOURCE,
  GrowingVocabulary, I_CONTENT, I_CUE, I_SOURCE, OUT, POS_TEMPLATES, SPAN_TAG_COUNT, TEMPLATES, TEMPLATE_COUNT,
  TOKEN_CLASSES, allTemplates, blockFeatures, featureRowOfKey, parseSpanTagger, proposedTags, serializeSpanTagger,
  tagMayFollow, taggerInput, templateOfKey, templateValues, usesPos, valueOfKey, weightsOf, type SerializedSpanTagger,
} from '../../src/engine/lab/index.js';

const cues = cueConfigFor(lexiconFor('en'));
const paragraphs = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
const textOfSpan = (a: Analysis, s: { block: number; start: number; end: number } | null): string =>
  s === null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end);

/** A model that copies what the constructions proposed: each proposed tag votes for itself. */
function copyingModel(): SerializedSpanTagger {
  const r = TEMPLATES.indexOf('r');
  const features = Array.from({ length: SPAN_TAG_COUNT }, (_, tag) => {
    const weights = new Array<number>(SPAN_TAG_COUNT).fill(0);
    weights[tag] = 10;
    return { template: r, value: tag, weights };
  });
  return serializeSpanTagger(features, new Array<number>((SPAN_TAG_COUNT + 1) * SPAN_TAG_COUNT).fill(0), 0, 0);
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
    const seg = segment(paragraphs('Reyes said the harbour would close.'), lexiconFor('en'));
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
    const other = [1, 0, 0, 0, 0, 0, -7];
    const w = TEMPLATES.indexOf('w');
    const rc = TEMPLATES.indexOf('rc');
    const serialized = serializeSpanTagger([
      { template: w, value: 'said', weights: row },
      { template: rc, value: 'after', tag: B_CUE, weights: other },
      { template: TEMPLATES.indexOf('cf'), value: 5, weights: other },
    ], [1, 2], -3, -1);
    const model = parseSpanTagger(serialized);
    expect(weightsOf(model, 'w', 'said')).toEqual(row);
    expect(weightsOf(model, 'rc', 'after', B_CUE)).toEqual(other);
    expect(weightsOf(model, 'rc', 'after', B_SOURCE)).toEqual(new Array(SPAN_TAG_COUNT).fill(0));
    expect(weightsOf(model, 'cf', 5)).toEqual(other);
    expect(weightsOf(model, 'w', 'told')).toEqual(new Array(SPAN_TAG_COUNT).fill(0));
    expect(Array.from(model.transitions)).toEqual([1, 2]);
    expect(model.cueBias).toBe(-3);
    expect(model.proposedCueBias).toBe(-1);
    // only the templates it has are extracted, and without part-of-speech templates no tagger runs
    expect(Array.from(model.templates).flatMap((on, t) => (on === 1 ? [TEMPLATES[t]] : []))).toEqual(['w', 'cf', 'rc']);
    expect(usesPos(model)).toBe(false);
  });

  it('parses an empty model', () => {
    const model = parseSpanTagger(serializeSpanTagger([], [0], 0, 0));
    expect(model.features).toBe(0);
    expect(model.vocabulary.idOf('said')).toBe(-1);
  });
});

describe('feature keys', () => {
  const seg = segment(paragraphs('Reyes said the harbour would close.', '“We have no choice,” Reyes told reporters.'), lexiconFor('en'));
  const keysOf = (templates: Uint8Array) => {
    const vocabulary = new GrowingVocabulary();
    const spec = { vocabulary, templates };
    const input = taggerInput(seg, [], cues, spec);
    const out: number[][] = [];
    for (const range of seg.blockTokens) {
      const { keys, starts } = blockFeatures(input, spec, range.first, range.end);
      for (let i = 0; i + 1 < starts.length; i++) out.push(Array.from(keys.subarray(starts[i], starts[i + 1])));
    }
    return { out, vocabulary };
  };

  it('gives every token one key per template, and tells words apart only through the vocabulary', () => {
    const { out, vocabulary } = keysOf(allTemplates());
    expect(out).toHaveLength(seg.tokens.length);
    for (const keys of out) {
      expect(keys.map(templateOfKey)).toEqual([...new Set(keys.map(templateOfKey))]);
      expect(keys.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 31)).toBe(true);
    }
    // every value within its template's range: the model's dense table has room for it
    for (const keys of out) for (const k of keys) expect(valueOfKey(k)).toBeLessThan(templateValues(templateOfKey(k), vocabulary.strings.length));
    const w = TEMPLATES.indexOf('w');
    const said = out[1]?.find((k) => templateOfKey(k) === w) ?? -1;
    expect(featureRowOfKey(said, vocabulary.strings, []).value).toBe('said');
    // the same word in the same context has the same key; "said" and "told" differ
    const told = out[seg.tokens.findIndex((t) => t.lower === 'told')]?.find((k) => templateOfKey(k) === w);
    expect(told).not.toBe(said);
  });

  it('leaves out the templates the model lacks', () => {
    const templates = allTemplates();
    for (const t of POS_TEMPLATES) templates[t] = 0;
    const { out } = keysOf(templates);
    const lemma = TEMPLATES.indexOf('lm');
    out.forEach((keys, k) => {
      // only a cue word has a lemma key
      const cueWord = ['said', 'told'].includes(seg.tokens[k]?.lower ?? '');
      expect(keys).toHaveLength(TEMPLATE_COUNT - POS_TEMPLATES.length - (cueWord ? 0 : 1));
      expect(keys.some((key) => templateOfKey(key) === lemma)).toBe(cueWord);
      expect(keys.some((key) => POS_TEMPLATES.includes(templateOfKey(key)))).toBe(false);
    });
  });

  it('reads what stands around a cue word: the signal after it and before it, its subject, its prior, its lemma', () => {
    const { out, vocabulary } = keysOf(allTemplates());
    const valueAt = (token: number, name: string): number => {
      const key = out[token]?.find((k) => templateOfKey(k) === TEMPLATES.indexOf(name as (typeof TEMPLATES)[number]));
      return key === undefined ? -1 : valueOfKey(key);
    };
    // "Reyes said the harbour would close.": said (token 1) is a cue word (form 2: outside quotation marks); before
    // it no signal but the paragraph's edge, two tokens back; after it a stop, five tokens on; its subject a name
    const said = 1;
    const told = seg.tokens.findIndex((t) => t.lower === 'told');
    const xp = valueAt(said, 'xp');
    const xn = valueAt(said, 'xn');
    expect(Math.floor(xp / 128)).toBe(2);
    expect(xp % 8).toBe(2);
    expect(xn % 8).toBe(5);
    expect(valueAt(said, 'xsb')).toBe((2 * 32 + TOKEN_CLASSES.indexOf('cap')) * 4);
    // "”, Reyes told": the quotation's closing mark two tokens before told
    expect(valueAt(told, 'xp') % 128).toBe(valueAt(told, 'xp') % 8 + 8 * 3);
    expect(valueAt(told, 'xp') % 8).toBe(2);
    // both words are known cue words in the learned table: a prior profile, and their lemmas
    expect(valueAt(said, 'pr')).toBeGreaterThan(0);
    expect(vocabulary.strings[valueAt(said, 'lm')]).toBe('say');
    expect(vocabulary.strings[valueAt(told, 'lm')]).toBe('tell');
    // a word that is no cue has no lemma key, and its form part is 0
    expect(valueAt(0, 'lm')).toBe(-1);
    expect(Math.floor(valueAt(0, 'xn') / 128)).toBe(0);
  });

  it('reads the checked-in weights, every feature with its seven weights (its speed is `npm run bench -- tagger`)', () => {
    const model = parseSpanTagger(SPAN_TAGGER);
    expect(model.features).toBeGreaterThan(0);
    expect(model.features * SPAN_TAG_COUNT).toBe(SPAN_TAGGER.weights.length);
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

  it('keeps the quotations the constructions read whole, even from a model that tags nothing', () => {
    const r = TEMPLATES.indexOf('r');
    const outside = Array.from({ length: SPAN_TAG_COUNT }, (_, tag) => {
      const weights = new Array<number>(SPAN_TAG_COUNT).fill(0);
      weights[OUT] = 10;
      return { template: r, value: tag, weights };
    });
    const silent = parseSpanTagger(serializeSpanTagger(outside, new Array<number>((SPAN_TAG_COUNT + 1) * SPAN_TAG_COUNT).fill(0), 0, 0));
    const blocks = paragraphs('“We have no choice,” Reyes told reporters.', 'Reyes said the quay would close on Friday.',
      'The harbour master, Tomas Reyes: “The wall comes first.”');
    const a = drain(analyzeWith(blocks, {}, cues, taggerDecision(silent)));
    expect(a.claims.map((c) => [c.quote, textOfSpan(a, c.cue)])).toEqual([['direct', 'told'], ['direct', ':']]);
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
      kind: c.quote,
    }));
    expect(claims).toEqual([
      { actor: 'Tomas Reyes', cue: 'said', content: 'the quay would close on Friday', kind: 'indirect' },
      { actor: 'Tomas Reyes', cue: 'told', content: '“We have no choice,”', kind: 'direct' },
    ]);
  });
});
