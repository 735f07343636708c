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

  it('accepts a request for a language bundle only by a tag this build ships, nothing else in it', () => {
    const shipped = ['de', 'fr'];
    expect(parseContentToBackground({ type: 'whosaid/load-lexicon', language: 'de' }, shipped)).toEqual({ type: 'whosaid/load-lexicon', language: 'de' });
    for (const forged of [
      { type: 'whosaid/load-lexicon', language: 'es' },
      { type: 'whosaid/load-lexicon', language: 'en' },
      { type: 'whosaid/load-lexicon', language: 'DE' },
      { type: 'whosaid/load-lexicon', language: '../background' },
      { type: 'whosaid/load-lexicon', language: 'https://evil.example/lexicon.js' },
      { type: 'whosaid/load-lexicon', language: ['de'] },
      { type: 'whosaid/load-lexicon', language: 'de', file: 'content.js' },
      { type: 'whosaid/load-lexicon' },
    ]) {
      expect(parseContentToBackground(forged, shipped)).toBeNull();
    }
    // a build without language bundles (and these tests, which have no build) asks for none
    expect(parseContentToBackground({ type: 'whosaid/load-lexicon', language: 'de' })).toBeNull();
  });

  it('accepts a request for the file exports with nothing in it: the background names its one file', () => {
    expect(parseContentToBackground({ type: 'whosaid/load-export' })).toEqual({ type: 'whosaid/load-export' });
    expect(parseContentToBackground({ type: 'whosaid/load-export', file: 'content.js' })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/load-corrections' })).toEqual({ type: 'whosaid/load-corrections' });
    expect(parseContentToBackground({ type: 'whosaid/load-corrections', file: 'content.js' })).toBeNull();
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
