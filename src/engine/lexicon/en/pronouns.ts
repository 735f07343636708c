/**
 * Lexicon: the English pronouns, listed once, and the sets the steps ask about — as sources (what a pronoun can
 * refer to), as the subject of a clause, as a hearer, and the relative pronouns that stand for the noun before them.
 */

const THIRD_PERSON_SUBJECT_WORDS = ['he', 'she', 'they', 'it'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['i', 'we'] as const;
const OBJECT_WORDS = ['him', 'her', 'them', 'me', 'us', 'you', 'it'] as const;

/** Personal pronouns as sources, by what they can refer to. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them']);
/** First and second person: the speaker is inside a quotation or the writer; kept as their own mention. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);

/** "she said." after a quotation: the pronouns that name a speaker again. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
/** Pronouns that can be the subject of a clause ("he", "we", "I"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
/** "…, and she wants …": the subjects that give a second report after "and"/"but" its own speaker (not "I"). */
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'we']);
/** Pronouns as objects: the hearer after "told" ("told them"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
/** Every personal pronoun, subject or object ("said he", "told them"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_WORDS]);

/** Relative pronouns that stand for the noun before them ("Clinton, who said …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** The same, with "whom": a speaker phrase that is only one of these speaks for someone named elsewhere. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'whom']);
/** "…, said Borges, who predicted …": the relatives that open a clause about an inverted speaker. */
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['who', 'whose', 'which']);
