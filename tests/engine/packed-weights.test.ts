/**
 * The packed form of the shipped numbers (model/packed-weights.ts): the bounds models and the learned cue table come
 * back exactly as the trainers held them, so packing changes no decision; the checked-in files are packed.
 */
import { describe, expect, it } from 'vitest';
import { boundsModelEntries, packBoundsModel, packCueCounts, packVarint, unpackCueCounts, unpackVarints } from '../../src/engine/model/packed-weights.js';
import { featureKey, parseBoundsModel } from '../../src/engine/model/content-bounds.js';
import { CONTENT_BOUNDS } from '../../src/engine/model/bounds-weights.generated.js';
import { SOURCE_BOUNDS } from '../../src/engine/model/source-bounds-weights.generated.js';
import type { CueCounts } from '../../src/engine/lexicon/lexicon.js';

describe('varints', () => {
  it('read back every number packed, from zero to past 2^31', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 2 ** 24 + 7, 16 * 2 ** 24 + 5, 2 ** 31 + 3];
    expect(unpackVarints(numbers.map(packVarint).join(''))).toEqual(numbers);
  });

  it('refuse a negative or fractional number', () => {
    expect(() => packVarint(-1)).toThrow();
    expect(() => packVarint(1.5)).toThrow();
  });
});

describe('a packed bounds model', () => {
  const model = {
    strings: ['<edge>', 'according to', 'said', '“'],
    weights: { [String(featureKey(2, 3))]: -100, [String(featureKey(0, 0))]: 27, [String(featureKey(16, 2))]: 100, [String(featureKey(7, 40))]: -1 },
    margin: 10,
  };

  it('holds the same strings, keys and weights as the trainer wrote, and parses to the same tables', () => {
    const packed = packBoundsModel(model);
    const { strings, entries } = boundsModelEntries(packed);
    expect(strings).toEqual(model.strings);
    expect(Object.fromEntries(entries.map(([key, weight]) => [String(key), weight]))).toEqual(model.weights);
    const [fromPacked, fromTrainer] = [parseBoundsModel(packed, 17), parseBoundsModel(model, 17)];
    expect(fromPacked.tables).toEqual(fromTrainer.tables);
    expect([fromPacked.size, fromPacked.margin]).toEqual([fromTrainer.size, fromTrainer.margin]);
    expect(model.strings.map((s) => fromPacked.strings.idOf(s))).toEqual([0, 1, 2, 3]);
  });

  it('packs an empty model (a trainer that found no gain writes one)', () => {
    const empty = packBoundsModel({ strings: [], weights: {}, margin: 0 });
    expect(boundsModelEntries(empty)).toEqual({ strings: [], entries: [] });
  });

  it('refuses a weight that is no integer', () => {
    expect(() => packBoundsModel({ strings: [], weights: { 0: 0.5 }, margin: 0 })).toThrow();
  });

  it('is the form of the checked-in models', () => {
    for (const shipped of [CONTENT_BOUNDS, SOURCE_BOUNDS]) {
      expect(typeof shipped.strings).toBe('string');
      expect(boundsModelEntries(shipped).entries.length).toBeGreaterThan(500);
    }
  });
});

describe('a packed cue table', () => {
  it('reads back every form and its counts, as own properties only', () => {
    // a page's word may be "constructor" or "__proto__": the table must hold it as its own entry
    const table = Object.fromEntries<CueCounts>([
      ['said', [2585, 2708, 1441, 1564, 53, 77]], ['saying', [0, 0, 173, 192, 12, 14]], [':h', [0, 0, 71, 114, 0, 0]],
      ["trump's", [0, 1, 4, 37, 1, 109]], ['constructor', [0, 3, 0, 0, 0, 0]], ['__proto__', [1, 4, 0, 0, 0, 0]],
    ]);
    const back = unpackCueCounts(packCueCounts(table));
    expect(back).toEqual(table);
    expect(Object.hasOwn(back, 'constructor')).toBe(true);
    expect(Object.hasOwn(back, '__proto__') ? back.__proto__ : undefined).toEqual([1, 4, 0, 0, 0, 0]);
    expect(Object.hasOwn(back, 'toString')).toBe(false);
  });

  it('refuses counts where more matched than were extracted, and a form with a space', () => {
    expect(() => packCueCounts({ odd: [3, 2, 0, 0, 0, 0] })).toThrow();
    expect(() => packCueCounts({ 'two words': [0, 0, 0, 0, 0, 0] })).toThrow();
  });
});
