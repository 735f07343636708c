/**
 * Lexicon: the French pronouns, listed once, and the sets the steps ask about — as sources (il, elle: a person of
 * that gender; ils, elles: a group), as the subject of a clause or after an inverted cue ("a-t-il dit" reaches the
 * steps as "a il dit"), as a hearer, and the relative pronouns that stand for the noun before them.
 */
const THIRD_PERSON_SUBJECT_WORDS = ['il', 'elle', 'ils', 'elles', 'on'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['je', "j'", 'nous'] as const;
const OBJECT_WORDS = ['lui', 'leur', 'eux', 'me', "m'", 'te', 'nous', 'vous'] as const;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['il', 'elle', 'lui']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set();
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['ils', 'elles', 'eux']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['je', "j'", 'nous', 'vous', 'me', "m'", 'moi', 'tu']);
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'nous']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_WORDS]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['qui', 'que', "qu'", 'lequel', 'laquelle']);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'dont', 'lesquels', 'lesquelles']);
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['qui', 'dont', 'lequel', 'laquelle']);
