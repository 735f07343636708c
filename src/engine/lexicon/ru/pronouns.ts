/**
 * Lexicon: the Russian pronouns, listed once, and the sets the steps ask about — as sources (он, она: a person of that
 * gender; они: a group), as a clause's subject, as a hearer ("ему", "им"), and the relative pronouns that stand for
 * the noun before them ("который", "которая", "которые" in each case they take as a subject).
 */
const THIRD_PERSON_SUBJECT_WORDS = ['он', 'она', 'они'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['я', 'мы'] as const;
const OBJECT_WORDS = ['ему', 'ей', 'им', 'ним', 'нему', 'ней', 'нам', 'мне', 'вам', 'его', 'её', 'ее', 'их'] as const;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['он', 'она']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['оно']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['они']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['я', 'мы', 'вы', 'ты', 'меня', 'мне', 'нас']);
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'мы']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_WORDS]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['который', 'которая', 'которое', 'которые', 'кто']);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'которого', 'которой', 'которых', 'котором',
  'которым', 'где', 'чей', 'чья', 'чьи']);
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['который', 'которая', 'которые', 'кто']);
