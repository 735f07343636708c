/**
 * Lexicon: the Portuguese pronouns, listed once, and the sets the steps ask about — as sources (ele, ela: a person of
 * that gender; eles, elas: a group), as the subject of a clause or after an inverted cue ("…, disse ele"), as a
 * hearer ("lhe", "disse-lhe"), and the relative pronouns that stand for the noun before them. "Ele" and "ela" stand
 * for bodies and things too ("a empresa … ela"): function-words.ts gives the articles that tell a noun's gender.
 */
const THIRD_PERSON_SUBJECT_WORDS = ['ele', 'ela', 'eles', 'elas'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['eu', 'nós', 'a gente'] as const;
const OBJECT_WORDS = ['lhe', 'lhes', 'me', 'te', 'nos', 'vos'] as const;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['ele', 'ela']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set();
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['eles', 'elas']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['eu', 'nós', 'me', 'mim', 'você', 'vocês', 'tu']);
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'nós']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_WORDS]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['que', 'quem', 'qual', 'quais']);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'cujo', 'cuja', 'cujos', 'cujas', 'onde']);
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['que', 'quem', 'cujo', 'cuja']);
