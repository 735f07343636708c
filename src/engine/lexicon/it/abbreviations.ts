/**
 * Lexicon: Italian abbreviations written with a full stop that does not end the sentence ("Sig. Rossi", "Dott.ssa
 * Bianchi", "On. Meloni", "ecc." inside a sentence), lower case and without their stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'sig', 'sigg', 'sig.ra', 'sigra', 'sig.na', 'dott', 'dott.ssa', 'dottssa', 'dr', 'prof', 'prof.ssa', 'profssa', 'on', 'sen',
  'avv', 'ing', 'arch', 'rag', 'geom', 'mons', 'gen', 'col', 'magg', 'cap', 'ten', 'sgt', 'mar', 'pres', 'amm', 'cav', 'comm',
  'gr', 'uff', 'rev', 'fra', 'sr', 'jr', 'st',
  // months as abbreviated
  'gen', 'feb', 'febbr', 'apr', 'mag', 'giu', 'lug', 'ago', 'sett', 'set', 'ott', 'nov', 'dic',
  // references and the rest
  'ecc', 'etc', 'es', 'pag', 'pagg', 'cfr', 'vol', 'n', 'nr', 'art', 'artt', 'co', 'lett', 'cit', 'ca', 'tel', 'fig', 'min',
  'max', 'spa', 'srl', 'p', 'ss', 'vs', 'ed',
]);
