/**
 * The cue tables a language without an annotated corpus writes from its verbs instead of learning them (French,
 * Spanish, Portuguese, Italian, Russian): every generated form indexed to its lemma, and the settings that stand in
 * for corpus counts. Each language folder generates its own forms by its own rules; this module only indexes them, so
 * the five folders do not each carry the same tables and loops. English and German learn or list theirs and do not
 * import it, so an English click carries none of it.
 */
import type { CueCounts } from './lexicon.js';

/** [matched, extracted] for a construction a verb is trusted in: a setting, not a count. */
export const TRUSTED: readonly [number, number] = [10, 10];
/** [matched, extracted] for a construction a verb is never trusted in. */
export const REFUSED: readonly [number, number] = [0, 10];

/** A verb's lemma, every form it reports in, and whether it reports only in an inverted incise. */
export interface WrittenVerbForms {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly incise?: boolean;
}

/** The forms of a language's verbs, indexed both ways. */
export interface VerbFormIndex {
  /** Form → lemma, in the order the forms were given; a form two verbs share keeps the first verb's lemma. */
  readonly lemmaOfForm: ReadonlyMap<string, string>;
  /** The lemmas that report only in an inverted incise (Lexicon.INCISE_ONLY_LEMMAS). */
  readonly inciseLemmas: ReadonlySet<string>;
  /** The lemma of a (lower-case) cue word; any other word is its own. */
  lemmaOf(form: string): string;
  /** Every form lemmaOf() turns into `lemma`. */
  inflectionCandidates(lemma: string): string[];
}

/**
 * Indexes `verbs`' forms, leaving out `notCueForms` (a form that is mostly another word). `first` are form → lemma
 * pairs that come before every verb's own (Italian's verbless "Così").
 */
export function indexVerbForms(verbs: Iterable<WrittenVerbForms>, notCueForms: ReadonlySet<string> = new Set(),
  first: Iterable<readonly [string, string]> = []): VerbFormIndex {
  const lemmaOfForm = new Map<string, string>(first);
  const formsOfLemma = new Map<string, readonly string[]>();
  const inciseLemmas = new Set<string>();
  for (const verb of verbs) {
    formsOfLemma.set(verb.lemma, verb.forms);
    if (verb.incise === true) inciseLemmas.add(verb.lemma);
    for (const form of verb.forms) if (!lemmaOfForm.has(form) && !notCueForms.has(form)) lemmaOfForm.set(form, verb.lemma);
  }
  return {
    lemmaOfForm,
    inciseLemmas,
    lemmaOf: (form) => lemmaOfForm.get(form) ?? form,
    inflectionCandidates: (lemma) => [...(formsOfLemma.get(lemma) ?? [lemma])],
  };
}

/**
 * The cue table per form and following context for verbs that report with their content after them only before a
 * clause, a quotation or a colon: each form of `clauseOnlyLemmas`, before each of `nounContexts` (what follows a cue
 * word when it is no clause, as cue.ts contextOf() names it), is trusted before its content and refused after it.
 */
export function clauseOnlyContexts(lemmaOfForm: ReadonlyMap<string, string>, clauseOnlyLemmas: ReadonlySet<string>,
  nounContexts: readonly string[]): Array<[string, CueCounts]> {
  return [...lemmaOfForm]
    .filter(([, lemma]) => clauseOnlyLemmas.has(lemma))
    .flatMap(([form]) => nounContexts.map((context): [string, CueCounts] => [`${form} ${context}`, [...TRUSTED, ...REFUSED, ...REFUSED]]));
}
