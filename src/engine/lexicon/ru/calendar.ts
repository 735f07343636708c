/**
 * Lexicon: Russian days and months. Months are written in the nominative ("январь") and, in dates, the genitive
 * ("8 января"); days in the nominative and the accusative after "в" ("в среду"). Lower case inside a sentence,
 * capitalised at its start: both are listed, since the steps compare the text as written.
 */
export const WEEKDAYS_LOWER: readonly string[] = ['понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу',
  'суббота', 'субботу', 'воскресенье'];
const MONTHS_LOWER = ['январь', 'января', 'февраль', 'февраля', 'март', 'марта', 'апрель', 'апреля', 'май', 'мая', 'июнь',
  'июня', 'июль', 'июля', 'август', 'августа', 'сентябрь', 'сентября', 'октябрь', 'октября', 'ноябрь', 'ноября', 'декабрь',
  'декабря'];

const withCapitals = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

export const WEEKDAYS: ReadonlySet<string> = new Set(withCapitals(WEEKDAYS_LOWER));
export const MONTHS: ReadonlySet<string> = new Set(withCapitals(MONTHS_LOWER));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
