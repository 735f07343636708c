/**
 * Lexicon: Portuguese days and months. Written in lower case inside a sentence ("nesta segunda-feira", "em 5 de
 * maio"; Portugal also writes "Maio"), capitalised at a sentence's start; both are listed, since the steps compare the
 * text as written. The short weekdays ("na segunda", "nesta quinta") are days too.
 */
export const WEEKDAYS_LOWER: readonly string[] = ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado',
  'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta'];
const MONTHS_LOWER = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
  'dezembro'];

const withCapitals = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(withCapitals(WEEKDAYS_LOWER));
export const MONTHS: ReadonlySet<string> = new Set(withCapitals(MONTHS_LOWER));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
