/**
 * The packed text form of the numbers the content script ships: the bounds models' weights and the learned cue
 * counts. Written by the trainers (`npm run train`, scripts/learn-cues.ts), read back once when the lexicon loads or
 * a model is first parsed. Lossless: the same integers come back, so every decision stays the same; only the bytes a
 * click injects shrink (a JSON object of keys and weights costs about twice its packed form, gzipped).
 *
 * A number is a varint of 5-bit digits over PACK_ALPHABET, most significant first, each digit but the last marked
 * by +32; a signed one is zigzagged first (0, -1, 1, -2, … → 0, 1, 2, 3, …). Imports no engine code.
 */
import type { CueCounts } from '../lexicon/lexicon.js';
import type { PackedBoundsModel, SerializedBoundsModel } from './serialized.js';

/** 64 characters safe in a string literal: a varint digit is 5 bits, and 32 more mean "more digits follow". */
export const PACK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Between the strings of a packed list: word forms and cue lemmas hold no line break (a phrase may hold a space). */
const STRING_SEPARATOR = '\n';
/** Between the forms of a packed cue table: a form is one token, never with a space. */
const FORM_SEPARATOR = ' ';

/** A non-negative integer's varint. */
export function packVarint(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`packVarint: ${n} is not a non-negative integer`);
  const digits: number[] = [];
  let rest = n;
  do { digits.push(rest % 32); rest = Math.floor(rest / 32); } while (rest > 0);
  let out = '';
  for (let i = digits.length - 1; i >= 0; i--) out += PACK_ALPHABET.charAt((digits[i] ?? 0) + (i > 0 ? 32 : 0));
  return out;
}

/** A character code → its digit (-1: none), so that reading a table on every click costs a look-up per character. */
const DIGIT_OF_CODE = (() => {
  const digits = new Int8Array(128).fill(-1);
  for (let d = 0; d < PACK_ALPHABET.length; d++) digits[PACK_ALPHABET.charCodeAt(d)] = d;
  return digits;
})();

/** Every varint of a packed string, in order (packVarint's inverse over a run of them). */
export function unpackVarints(packed: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < packed.length; i++) {
    const digit = DIGIT_OF_CODE[packed.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`unpackVarints: '${packed.charAt(i)}' is no digit`);
    n = n * 32 + (digit & 31);
    if (digit < 32) { out.push(n); n = 0; }
  }
  return out;
}

const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** A bounds model's weights packed: keys ascending as gaps, integer weights zigzagged, strings one after another. */
export function packBoundsModel(model: SerializedBoundsModel): PackedBoundsModel {
  for (const s of model.strings) {
    if (s.includes(STRING_SEPARATOR)) throw new Error(`packBoundsModel: the string ${JSON.stringify(s)} holds a line break`);
  }
  const entries = Object.entries(model.weights).map(([key, weight]) => [Number(key), weight] as const).sort((a, b) => a[0] - b[0]);
  let keys = '';
  let weights = '';
  let previous = 0;
  for (const [key, weight] of entries) {
    if (!Number.isInteger(weight)) throw new Error(`packBoundsModel: the weight ${weight} of ${key} is no integer`);
    keys += packVarint(key - previous);
    previous = key;
    weights += packVarint(zigzag(weight));
  }
  return { strings: model.strings.join(STRING_SEPARATOR), keys, weights, margin: model.margin };
}

/** The strings and (key, weight) entries of a bounds model, packed or not. */
export function boundsModelEntries(model: SerializedBoundsModel | PackedBoundsModel): { strings: string[]; entries: (readonly [number, number])[] } {
  if (!('keys' in model)) {
    return { strings: model.strings, entries: Object.entries(model.weights).map(([key, weight]) => [Number(key), weight] as const) };
  }
  const packed = model;
  const gaps = unpackVarints(packed.keys);
  const weights = unpackVarints(packed.weights);
  if (gaps.length !== weights.length) throw new Error(`a packed bounds model has ${gaps.length} keys and ${weights.length} weights`);
  let key = 0;
  const entries = gaps.map((gap, i) => {
    key += gap;
    return [key, unzigzag(weights[i] ?? 0)] as const;
  });
  return { strings: packed.strings === '' ? [] : packed.strings.split(STRING_SEPARATOR), entries };
}

/** The most characters a packed form takes from the form before it (one digit). */
const MAX_SHARED_PREFIX = 9;

/**
 * A cue table packed: its forms sorted, separated by spaces, each written as the length of the start it shares with
 * the form before (one digit) and the rest ("said saying" → "0said 3ying"); then its counts column by column (the
 * six columns of CueCounts, each form in that order: like numbers side by side pack smaller), a pair
 * [matched, extracted] as matched and extracted − matched (small numbers, mostly one digit).
 */
export function packCueCounts(table: Readonly<Record<string, CueCounts>>): { forms: string; counts: string } {
  const forms = Object.keys(table).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const written: string[] = [];
  const columns = ['', '', '', '', '', ''];
  let previous = '';
  for (const form of forms) {
    if (form === '' || form.includes(FORM_SEPARATOR)) throw new Error(`packCueCounts: the form ${JSON.stringify(form)} is empty or holds a space`);
    let shared = 0;
    while (shared < MAX_SHARED_PREFIX && shared < previous.length && previous.charAt(shared) === form.charAt(shared)) shared++;
    written.push(`${shared}${form.slice(shared)}`);
    previous = form;
    const c = table[form] ?? [0, 0, 0, 0, 0, 0];
    for (let k = 0; k < 3; k++) {
      columns[k * 2] += packVarint(c[k * 2] ?? 0);
      columns[k * 2 + 1] += packVarint((c[k * 2 + 1] ?? 0) - (c[k * 2] ?? 0));
    }
  }
  return { forms: written.join(FORM_SEPARATOR), counts: columns.join('') };
}

/** packCueCounts's inverse: form → [matched, extracted] × 3, an object without prototype, read with Object.hasOwn. */
export function unpackCueCounts(packed: { forms: string; counts: string }): Readonly<Record<string, CueCounts>> {
  const forms: string[] = [];
  let previous = '';
  for (const item of packed.forms === '' ? [] : packed.forms.split(FORM_SEPARATOR)) {
    previous = previous.slice(0, Number(item.charAt(0))) + item.slice(1);
    forms.push(previous);
  }
  const n = unpackVarints(packed.counts);
  if (n.length !== forms.length * 6) throw new Error(`a packed cue table has ${forms.length} forms and ${n.length} counts`);
  // Filled by assignment, which costs a content script about a millisecond where Object.fromEntries took ten and
  // more; on an object without a prototype, so that every form is an own property, "__proto__" included.
  const table: Record<string, CueCounts> = Object.create(null);
  const f = forms.length;
  for (let i = 0; i < f; i++) {
    const m0 = n[i] ?? 0;
    const m1 = n[2 * f + i] ?? 0;
    const m2 = n[4 * f + i] ?? 0;
    table[forms[i] ?? ''] = [m0, m0 + (n[f + i] ?? 0), m1, m1 + (n[3 * f + i] ?? 0), m2, m2 + (n[5 * f + i] ?? 0)];
  }
  return table;
}
