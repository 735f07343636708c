/**
 * Lexicon: the names of the days and months, listed once; capitalised as they are written, lower case where a
 * word list compares lower-cased tokens. (Their wire abbreviations are in abbreviations.ts.)
 */

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'] as const;

/** Day names as written: a capitalised day may sit between a speaker and the cue ("Trump Tuesday said"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Month names as written: a date after a signature ("July 5, 2016"). */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
/** Month and day names as written: never a speaker's name on their own. */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Day names in lower case, for the lower-cased word lists. */
export const WEEKDAYS_LOWER: readonly string[] = WEEKDAY_NAMES.map((day) => day.toLowerCase());
