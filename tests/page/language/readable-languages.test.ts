/**
 * Which languages WhoSaid reads on a page, and how another language's words reach the engine: English is built in,
 * "und" is read as English, a language whose bundle ships is readable before its words are loaded, and
 * prepareLanguage() asks for a bundle only when the frame lacks it, once, and says false when it did not come.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lexiconFor } from '../../../src/engine/lab/index.js';
import { engineLanguage, isReadableLanguage, prepareLanguage } from '../../../src/page/language/readable-languages.js';
import { deliverLexicon, lexiconStore } from '../../../src/page/language/lexicon-store.js';
import { LEXICON_STORE_GLOBAL } from '../../../src/shared/global-keys.js';

/** A stand-in lexicon for a language tag: the English words under another tag (what is delivered is all that counts). */
function toyLexicon(language: string): Record<string, unknown> {
  return { toy: { ...lexiconFor('en'), language } };
}

describe('the languages WhoSaid reads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(globalThis, LEXICON_STORE_GLOBAL);
  });

  it('reads English, and undetermined text as English; nothing else without bundles', () => {
    expect(isReadableLanguage('en')).toBe(true);
    expect(isReadableLanguage('und')).toBe(true);
    expect(engineLanguage('und')).toBe('en');
    expect(isReadableLanguage('fr')).toBe(false);
  });

  it('reads a language whose bundle this build ships, before its words are loaded', () => {
    vi.stubGlobal('__LEXICON_LANGUAGES__', ['de', 'fr']);
    expect(isReadableLanguage('de')).toBe(true);
    expect(isReadableLanguage('fr')).toBe(true);
    expect(isReadableLanguage('es')).toBe(false);
  });
});

describe('prepareLanguage', () => {
  beforeEach(() => vi.stubGlobal('__LEXICON_LANGUAGES__', ['xa', 'xb', 'xc']));
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(globalThis, LEXICON_STORE_GLOBAL);
  });

  it('asks for nothing for English', async () => {
    const request = vi.fn(async () => true);
    expect(await prepareLanguage('en', request)).toBe(true);
    expect(await prepareLanguage('und', request)).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks once for a bundle, and takes the lexicon it delivered into the engine', async () => {
    const request = vi.fn(async (language: string) => deliverLexicon(language, toyLexicon(language)));
    expect(await prepareLanguage('xa', request)).toBe(true);
    expect(request).toHaveBeenCalledWith('xa');
    // a second session in the same frame finds the words there
    expect(await prepareLanguage('xa', request)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(lexiconStore().deliveries.get('xa')).toBe(1);
  });

  it('takes a lexicon delivered to the frame before (an earlier session) without asking', async () => {
    deliverLexicon('xb', toyLexicon('xb'));
    const request = vi.fn(async () => true);
    expect(await prepareLanguage('xb', request)).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('says false, never throws, when the bundle is refused, fails or brings no lexicon', async () => {
    expect(await prepareLanguage('xc', async () => false)).toBe(false);
    expect(await prepareLanguage('xc', async () => { throw new Error('Cannot access contents of the page'); })).toBe(false);
    // the bundle ran but its folder exported no lexicon for the tag
    expect(await prepareLanguage('xc', async (language) => deliverLexicon(language, { other: { language: 'zz', CUE_VERBS: [] } }))).toBe(false);
  });

  it('never asks for a language this build has no bundle of', async () => {
    const request = vi.fn(async () => true);
    expect(await prepareLanguage('es', request)).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });
});
