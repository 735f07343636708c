/**
 * Lexicon: the Spanish pronouns, listed once, and the sets the steps ask about — as sources (él, ella: a person of
 * that gender; ellos, ellas: a group), as the subject of a clause, as a hearer ("le dijo", "les explicó"), and the
 * relative pronouns that stand for the noun before them. Spanish drops its subject pronouns most of the time ("Dijo
 * que …"): a cue with none reads its speaker from the sentences before it.
 */
const THIRD_PERSON_SUBJECT_WORDS = ['él', 'ella', 'ellos', 'ellas', 'este', 'esta', 'éste', 'ésta'] as const;
const FIRST_PERSON_SUBJECT_WORDS = ['yo', 'nosotros', 'nosotras'] as const;
const OBJECT_WORDS = ['le', 'les', 'me', 'te', 'nos', 'os', 'lo', 'la', 'los', 'las'] as const;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['él', 'ella', 'éste', 'ésta']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['ello', 'esto', 'eso', 'aquello']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['ellos', 'ellas']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['yo', 'nosotros', 'nosotras', 'me', 'nos', 'mí', 'tú', 'usted', 'ustedes']);
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(THIRD_PERSON_SUBJECT_WORDS);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, ...FIRST_PERSON_SUBJECT_WORDS]);
export const SECOND_REPORT_SUBJECTS: ReadonlySet<string> = new Set([...THIRD_PERSON_SUBJECT_WORDS, 'nosotros']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_WORDS);
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'le', 'les', 'me', 'te', 'nos', 'os']);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['que', 'quien', 'quienes', 'cual', 'cuales']);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde']);
export const RELATIVES_AFTER_SPEAKER: ReadonlySet<string> = new Set(['quien', 'quienes', 'que', 'cual', 'cuales']);
