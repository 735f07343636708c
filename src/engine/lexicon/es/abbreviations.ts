/**
 * Lexicon: Spanish abbreviations written with a full stop that does not end the sentence ("el Sr. Pérez", "la Dra.
 * Ruiz", "EE. UU.", "etc." inside a sentence), lower case and without their stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'sr', 'sra', 'sres', 'sras', 'srta', 'dr', 'dra', 'dres', 'lic', 'licda', 'ing', 'arq', 'prof', 'profa', 'gral', 'cnel',
  'tte', 'cap', 'sgto', 'mons', 'd', 'dña', 'da', 'ud', 'uds', 'excmo', 'excma', 'ilmo', 'ilma', 'sto', 'sta', 'pdte',
  // "EE. UU.", "FF. AA.", "CC. OO.": each half of a doubled initial
  'ee', 'uu', 'ff', 'aa', 'cc', 'oo', 'rr', 'hh',
  // months and days as abbreviated
  'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'lun', 'miér', 'jue', 'vie', 'sáb', 'dom',
  // references and the rest
  'p', 'pp', 'pág', 'págs', 'etc', 'av', 'avda', 'núm', 'nro', 'n', 'no', 'art', 'arts', 'cap', 'vol', 'ej', 'aprox',
  'tel', 'apdo', 'dpto', 'depto', 'cía', 'ss', 'vs', 'min', 'máx', 'mín', 'aa', 'ud',
]);
