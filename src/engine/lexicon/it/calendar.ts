/**
 * Lexicon: Italian days and months. Written in lower case inside a sentence ("giovedì", "il 5 maggio"), capitalised
 * at its start or in a dateline; both are listed, since the steps compare the text as written.
 */
export const WEEKDAYS_LOWER: readonly string[] = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
const MONTHS_LOWER = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
  'novembre', 'dicembre'];

const withCapitals = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(withCapitals(WEEKDAYS_LOWER));
export const MONTHS: ReadonlySet<string> = new Set(withCapitals(MONTHS_LOWER));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
