/**
 * chars.ts answers character questions by table for ASCII and common scripts, falling back to Unicode-property
 * expressions; every answer must be the expression's, on every BMP character and on random mixed text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasCapital, isCapitals, isDottedInitials, isNumber, startsWithNumber } from '../../src/engine/chars.js';

const CASES: { name: string; ours: (text: string) => boolean; expression: RegExp }[] = [
  { name: 'startsWithNumber', ours: startsWithNumber, expression: /^\p{N}/u },
  { name: 'isNumber', ours: isNumber, expression: /^\p{N}+$/u },
  { name: 'isCapitals', ours: isCapitals, expression: /^\p{Lu}{2,}$/u },
  { name: 'hasCapital', ours: hasCapital, expression: /\p{Lu}/u },
  { name: 'isDottedInitials', ours: isDottedInitials, expression: /^(?:\p{Lu}\.)+\p{Lu}$/u },
];

describe('character questions answer as their Unicode expressions', () => {
  for (const { name, ours, expression } of CASES) {
    it(`${name} on every BMP character, alone, doubled and dotted`, () => {
      for (let cp = 0; cp < 0x10000; cp++) {
        const ch = String.fromCharCode(cp);
        for (const text of [ch, ch + ch, `${ch}.${ch}`, `A.${ch}`, `1${ch}`]) {
          if (ours(text) !== expression.test(text)) expect({ cp, text, ours: ours(text) }).toEqual({ cp, text, ours: !ours(text) });
        }
      }
    });

    it(`${name} on random words`, () => {
      const alphabet = [...'AZaz09.-’ÉéĀßİǅΣσДд٣𝐀😀\u0301\ud800'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        expect(ours(text)).toBe(expression.test(text));
      }), { numRuns: 3000 });
    });
  }
});
