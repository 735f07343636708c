/**
 * Lexicon: the Italian pronouns, listed once, and the sets the steps ask about — as sources (lui, lei, egli, ella: a
 * person of that gender; loro, essi: a group), as the subject of a clause, as a hearer ("gli ha detto", "ha detto
 * loro"), and the relative pronouns that stand for the noun before them. Italian leaves a subject pronoun out more
 * often than not ("Ha detto che …"): split-words.ts gives such a clause the pronoun it leaves out (PRO_DROP_*).
 */
const THIRD_PERSON_SUBJECT_WORDS = ['lui', 'lei', 'egli', 'ella', 'esso', 'essa', 'loro', 'essi', 'esse'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['io', 'noi'] as const;
const OBJECT_WORDS = ['gli', 'le', 'li', 'loro', 'mi', 'ti', 'ci', 'vi', 'me', 'te', 'ce', 've', 'lo', 'la', 'ne'] as const;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['lui', 'lei', 'egli', 'ella']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['esso', 'essa']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['loro', 'essi', 'esse']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['io', 'noi', 'voi', 'tu', 'me', 'mi', 'ci']);
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'noi']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_WORDS]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['che', 'cui', 'quale', 'quali']);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'il quale', 'la quale', 'dove']);
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['che', 'cui', 'quale']);

/**
 * The pronouns split-words.ts writes, as a token of no width, before a clause whose subject Italian left out: "Ha
 * detto che …" reads "[egli] Ha detto che …", "Hanno spiegato …" "[essi] Hanno spiegato …"; the singular is "ella"
 * when the person last named is a woman (split-words.ts lastNamedGender).
 */
export const PRO_DROP_SINGULAR = 'egli';
export const PRO_DROP_FEMALE = 'ella';
export const PRO_DROP_PLURAL = 'essi';
