/**
 * Lexicon: French abbreviations written with a full stop that does not end the sentence ("M. Macron", "Mme Borne",
 * "p. ex.", "etc." inside a sentence), lower case and without their stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gal', 'col', 'cdt', 'lt', 'sgt',
  // months and days as abbreviated
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
  // references and the rest
  'p', 'ex', 'cf', 'env', 'etc', 'av', 'bd', 'vol', 'n', 'no', 'art', 'al', 'éd', 'coll', 'chap', 'min', 'max', 'tél',
]);
