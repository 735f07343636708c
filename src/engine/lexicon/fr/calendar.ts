/**
 * Lexicon: French days and months. Written in lower case inside a sentence ("jeudi", "le 5 mai"), capitalised at
 * its start; both are listed, since the steps compare the text as written.
 */
export const WEEKDAYS_LOWER: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const MONTHS_LOWER = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre'];

const withCapitals = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(withCapitals(WEEKDAYS_LOWER));
export const MONTHS: ReadonlySet<string> = new Set(withCapitals(MONTHS_LOWER));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
