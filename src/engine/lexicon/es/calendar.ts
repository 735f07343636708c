/**
 * Lexicon: Spanish days and months. Written in lower case inside a sentence ("el jueves", "el 5 de mayo"),
 * capitalised at its start; both are listed, since the steps compare the text as written.
 */
export const WEEKDAYS_LOWER: readonly string[] = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const MONTHS_LOWER = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
  'octubre', 'noviembre', 'diciembre'];

const withCapitals = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(withCapitals(WEEKDAYS_LOWER));
export const MONTHS: ReadonlySet<string> = new Set(withCapitals(MONTHS_LOWER));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
