/**
 * The background accepts only well-formed messages: exactly the known shapes, counts that are small non-negative
 * integers, no extra keys. Anything a page could forge otherwise is dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentToBackground } from '../../src/shared/messages.js';

describe('parseContentToBackground', () => {
  it('accepts the known messages', () => {
    expect(parseContentToBackground({ type: 'whosaid/claims', count: 12 })).toEqual({ type: 'whosaid/claims', count: 12 });
    expect(parseContentToBackground({ type: 'whosaid/off' })).toEqual({ type: 'whosaid/off' });
    expect(parseContentToBackground({ type: 'whosaid/test-toggle' })).toEqual({ type: 'whosaid/test-toggle' });
  });

  it('refuses wrong counts, extra keys, unknown types and non-objects', () => {
    for (const forged of [
      { type: 'whosaid/claims', count: -1 },
      { type: 'whosaid/claims', count: 2.5 },
      { type: 'whosaid/claims', count: '3' },
      { type: 'whosaid/claims', count: Number.NaN },
      { type: 'whosaid/claims', count: 1e12 },
      { type: 'whosaid/claims' },
      { type: 'whosaid/off', extra: true },
      { type: 'whosaid/run-script', code: 'alert(1)' },
      ['whosaid/off'],
      'whosaid/off',
      null,
      undefined,
    ]) {
      expect(parseContentToBackground(forged)).toBeNull();
    }
  });

  it('never throws and only returns one of the known types, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseContentToBackground(value);
        expect(parsed === null || ['whosaid/claims', 'whosaid/off', 'whosaid/test-toggle'].includes(parsed.type)).toBe(true);
      }),
    );
  });
});
