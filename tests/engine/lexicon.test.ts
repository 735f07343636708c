/**
 * The English lexicon (src/engine/lexicon/en/): one entry per cue verb, and the views the steps read built from it;
 * and the seam that picks a lexicon by language.
 */
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_ON_VERB_FORMS, CUE_VERBS, HEARER_FIRST, inflectionCandidates, lemmaOf, PARTICIPLE_FORMS, particleLength, stanceOf,
} from '../../src/engine/lexicon/en/cue-verbs.js';
import { alwaysCuesOf } from '../../src/engine/find-cues.js';
import { lexiconFor, type Lexicon } from '../../src/engine/lexicon/index.js';
import { english } from '../../src/engine/lexicon/en/index.js';
import { analyze } from '../../src/engine/analyze.js';
import { segment } from '../../src/engine/segment.js';
import type { TextBlock } from '../../src/engine/types.js';

const words = (...list: string[]) => (k: number): string | undefined => list[k];

describe('the cue verbs', () => {
  it('lists each verb once and each irregular form under one verb only', () => {
    const lemmas = CUE_VERBS.map((verb) => verb.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    const forms = CUE_VERBS.flatMap((verb) => verb.forms ?? []);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('lemmatises every listed form to its own entry, and offers it among the inflections of that entry', () => {
    for (const verb of CUE_VERBS) {
      for (const form of verb.forms ?? []) {
        expect(lemmaOf(form), form).toBe(verb.lemma);
        expect(inflectionCandidates(verb.lemma), form).toContain(form);
      }
    }
  });

  it('reads stance, hearer and participle from the entry', () => {
    expect([stanceOf('claim'), stanceOf('suggest'), stanceOf('believe'), stanceOf('say'), stanceOf('constructor')])
      .toEqual(['distancing', 'hedged', 'cognition', 'neutral', 'neutral']);
    expect(HEARER_FIRST.has('tell') && !HEARER_FIRST.has('say')).toBe(true);
    expect(PARTICIPLE_FORMS.has('adding') && !PARTICIPLE_FORMS.has('added')).toBe(true);
  });

  it('takes a particle into the cue only where the verb allows it', () => {
    expect(particleLength('call', words('for'))).toBe(1);
    expect(particleLength('call', words('on'))).toBe(1);
    expect(particleLength('warn', words('on'))).toBe(0);
    expect(particleLength('point', words('to'))).toBe(1);
    expect(particleLength('say', words('to'))).toBe(0);
    // "said of" is the cue and its content; other verbs take "of" ("warned of")
    expect(particleLength('say', words('of'))).toBe(0);
    expect(particleLength('warn', words('of'))).toBe(1);
    expect(particleLength('quote', words('as', 'saying'))).toBe(2);
    expect(particleLength('quote', words('as', 'said'))).toBe(0);
  });

  it('switches the always-on forms on in the cue configuration, beside the punctuation forms', () => {
    const ALWAYS_CUES = alwaysCuesOf(english);
    for (const [form, next] of Object.entries(ALWAYS_ON_VERB_FORMS)) expect(ALWAYS_CUES[form], form).toBe(next);
    expect(ALWAYS_CUES['states']).toBe('that|.|:');
    expect(Object.keys(ALWAYS_CUES)).toEqual(expect.arrayContaining([':“', ':T', '–h', '―']));
  });
});

describe('the language seam', () => {
  const blocks: TextBlock[] = [{ kind: 'paragraph', text: 'Mr. Reyes said the harbour was full.' }];

  it('reads English by default, and for any English tag', () => {
    expect(lexiconFor('en')).toBe(english);
    expect(lexiconFor('en-GB')).toBe(english);
    expect(lexiconFor('EN_us')).toBe(english);
    expect(analyze(blocks, { language: 'en' })).toEqual(analyze(blocks));
  });

  it('refuses a language it has no lexicon for, rather than reading it as English', () => {
    // (a language no helper will ever register: 'fr' and 'de' are coming)
    expect(() => analyze(blocks, { language: 'zz' })).toThrow(RangeError);
    expect(() => lexiconFor('zz')).toThrow(/no lexicon for language 'zz' \(it has: en/);
  });

  it('segments with the words of the lexicon it is given', () => {
    const withoutAbbreviations: Lexicon = { ...english, language: 'xx', ABBREVIATIONS: new Set() };
    expect(segment(blocks, english).sentences).toHaveLength(1);
    expect(segment(blocks, withoutAbbreviations).sentences).toHaveLength(2);
    expect(segment(blocks, withoutAbbreviations).lexicon).toBe(withoutAbbreviations);
  });
});
