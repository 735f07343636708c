/**
 * Lexicon: abbreviations whose full stop does not end a sentence ("Sen. Ted Cruz", "Jan. 5", "Mr. Trump").
 * Lower case, without the full stop. Used by the sentence splitter in segment.ts.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'capt',
  'sgt', 'adm', 'cmdr', 'rev', 'fr', 'hon', 'pres', 'atty', 'supt', 'st', 'sr', 'jr', 'messrs', 'mme', 'mmes',
  // months and days as wires abbreviate them
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'tue', 'tues', 'thu', 'thur', 'thurs',
  // companies, places, references
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft', 'no', 'nos', 'vol',
  'vs', 'v', 'etc', 'approx', 'est', 'fig', 'ca',
  // US states in wire style ("Calif.", "R-Texas" needs none)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wis', 'wyo',
]);
