/**
 * The cue configuration sums a rare form's lemma counts lazily, from inflectionCandidates(lemma) instead of
 * lemmatising the whole learned table. That is only right if the candidates include every form lemmaOf maps to
 * the lemma, and if the configuration then answers exactly as the eager table did (kept here as the reference).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflectionCandidates, lemmaOf } from '../../src/engine/lexicon/en/cue-verbs.js';
import { alwaysCuesOf, CUE_THRESHOLDS, learnedCueConfig } from '../../src/engine/find-cues.js';
import { CONSTRUCTION_INDEX, type Construction } from '../../src/engine/cue.js';
import { LEARNED_CUE_CONTEXTS, LEARNED_CUES, type CueCounts } from '../../src/engine/lexicon/en/learned-cues.generated.js';
import { english } from '../../src/engine/lexicon/en/index.js';

const SUFFIXES = ['', 's', 'es', 'ed', 'ing', 'ies', 'ied', 'e', 'd', 'ses', 'shes', 'ches', 'xes', 'ted', 'tting'];

describe('inflectionCandidates', () => {
  it('includes every learned form among the candidates of its own lemma', () => {
    for (const form of Object.keys(LEARNED_CUES)) expect(inflectionCandidates(lemmaOf(form)), form).toContain(form);
  });

  it('includes any word among the candidates of its lemma', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,9}$/), fc.constantFrom(...SUFFIXES), (stem, suffix) => {
      const form = stem + suffix;
      expect(inflectionCandidates(lemmaOf(form))).toContain(form);
    }), { numRuns: 20_000 });
  });
});

describe('lemmaOf', () => {
  it('gives the base form of verbs in -ct ("expected" is expect, so a thought; "predicted" is predict)', () => {
    for (const lemma of ['expect', 'suspect', 'predict', 'reject', 'project', 'object', 'react', 'protect'])
      for (const form of [`${lemma}ed`, `${lemma}ing`, `${lemma}s`]) expect(lemmaOf(form), form).toBe(lemma);
  });
});

/** The configuration as it was built before: every form lemmatised and summed up front. */
function eagerCountsOf(form: string, byLemma: Map<string, number[]>): CueCounts | undefined {
  const mine = Object.hasOwn(LEARNED_CUES, form) ? LEARNED_CUES[form] : undefined;
  if (mine !== undefined && mine[1] + mine[3] + mine[5] >= CUE_THRESHOLDS.minCount) return mine;
  const lemma = lemmaOf(form);
  if (!/^[a-z]{4,}$/.test(form) || lemma === form) return mine;
  const sum = byLemma.get(lemma);
  return sum === undefined ? mine : [sum[0] ?? 0, sum[1] ?? 0, sum[2] ?? 0, sum[3] ?? 0, sum[4] ?? 0, sum[5] ?? 0];
}

describe('the learned cue configuration', () => {
  it('answers for every learned form and its inflections as the eagerly summed table did', () => {
    const byLemma = new Map<string, number[]>();
    for (const [form, counts] of Object.entries(LEARNED_CUES)) {
      const lemma = lemmaOf(form);
      const sum = byLemma.get(lemma) ?? [0, 0, 0, 0, 0, 0];
      counts.forEach((n, i) => { sum[i] = (sum[i] ?? 0) + n; });
      byLemma.set(lemma, sum);
    }
    const ok = (counts: CueCounts | undefined, k: number, floor = CUE_THRESHOLDS.minPrecision): boolean => {
      if (counts === undefined) return false;
      const total = counts[k * 2 + 1] ?? 0;
      return total >= CUE_THRESHOLDS.minCount && (counts[k * 2] ?? 0) / (total + 1) >= floor;
    };
    // a form whose lemma the lexicon lists as a reporting verb needs the lower precision to be a cue at all
    const listed = new Set(english.CUE_VERBS.map((verb) => verb.lemma));
    const config = learnedCueConfig(english);
    const ALWAYS_CUES = alwaysCuesOf(english);
    const always = (form: string): boolean => Object.hasOwn(ALWAYS_CUES, form);
    const forms = new Set<string>(['constructor', '__proto__', 'toString', ...Object.keys(ALWAYS_CUES)]);
    for (const form of Object.keys(LEARNED_CUES)) {
      for (const candidate of inflectionCandidates(lemmaOf(form))) forms.add(candidate);
      for (const suffix of SUFFIXES) forms.add(form + suffix);
    }
    const contexts = ['that', 'to', 'det', 'pron', 'cap', 'prep', 'ing', 'word', 'comma', 'end', 'quote', undefined];
    const constructions: Construction[] = ['before', 'after', 'bare', 'participle'];
    let checked = 0;
    for (const form of forms) {
      const counts = eagerCountsOf(form, byLemma);
      const floor = listed.has(lemmaOf(form)) ? CUE_THRESHOLDS.minPrecision : CUE_THRESHOLDS.minPrecisionUnlisted;
      expect(config.isCueForm(form), form).toBe(always(form) || ok(counts, 0, floor) || ok(counts, 1, floor) || ok(counts, 2, floor));
      for (const construction of constructions) {
        const k = CONSTRUCTION_INDEX[construction];
        for (const context of contexts) {
          const key = `${form} ${context ?? ''}`;
          const here = context !== undefined && Object.hasOwn(LEARNED_CUE_CONTEXTS, key) ? LEARNED_CUE_CONTEXTS[key] : undefined;
          // a form too rarely seen in this construction borrows its lemma's summed counts for it
          const lemma = lemmaOf(form);
          const sum = byLemma.get(lemma);
          const rareHere = counts !== undefined && (counts[k * 2 + 1] ?? 0) < CUE_THRESHOLDS.minCount &&
            /^[a-z]{4,}$/.test(form) && lemma !== form;
          const borrowed: CueCounts | undefined = rareHere ?
            (sum === undefined ? counts : [sum[0] ?? 0, sum[1] ?? 0, sum[2] ?? 0, sum[3] ?? 0, sum[4] ?? 0, sum[5] ?? 0]) : counts;
          const learned = here !== undefined && (here[k * 2 + 1] ?? 0) >= CUE_THRESHOLDS.minContextCount ? ok(here, k) : ok(borrowed, k);
          const expected = (always(form) && construction !== 'bare') || learned;
          const allows = config.allows(form, construction, context);
          // one comparison per mismatch keeps the failure message readable
          if (allows !== expected) expect({ form, construction, context, allows }).toEqual({ form, construction, context, allows: expected });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
