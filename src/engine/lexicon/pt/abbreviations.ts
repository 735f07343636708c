/**
 * Lexicon: Portuguese abbreviations written with a full stop that does not end the sentence ("Sr. Costa", "Dra.
 * Helena", "Av. Paulista", "etc." inside a sentence), lower case and without their stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'sr', 'sra', 'srs', 'sras', 'srta', 'dr', 'dra', 'drs', 'dras', 'prof', 'profa', 'profs', 'eng', 'arq', 'exmo', 'exma', 'dom',
  'pe', 'fr', 'gen', 'cel', 'maj', 'cap', 'ten', 'sgt', 'cb', 'sd', 'dep', 'sen', 'pres', 'gov', 'min', 'adv',
  // months and days as abbreviated
  'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'seg', 'qua', 'qui', 'sex', 'sáb',
  // addresses, references and the rest
  'av', 'r', 'al', 'pç', 'n', 'nº', 'p', 'pp', 'pág', 'ex', 'cf', 'aprox', 'etc', 'vol', 'art', 'inc', 'cia', 'ltda', 'tel',
  'obs', 'séc', 'máx', 'mín',
]);
