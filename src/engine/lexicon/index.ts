/**
 * The lexicons the engine can read, by language tag, and the one it reads when none is asked for. A new language
 * is a folder beside en/ implementing `Lexicon` (lexicon.ts), and one line here.
 */
import type { Lexicon } from './lexicon.js';
import { english } from './en/index.js';
import { french } from './fr/index.js';

export type { CueVerb, CueCounts, Lexicon } from './lexicon.js';

export const DEFAULT_LANGUAGE = 'en';

const LEXICONS: ReadonlyMap<string, Lexicon> = new Map([[english.language, english], [french.language, french]]);

/** The lexicon for a language tag ('en', 'en-GB': the primary subtag decides); throws for a language it lacks. */
export function lexiconFor(language: string = DEFAULT_LANGUAGE): Lexicon {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  const lexicon = LEXICONS.get(primary);
  if (lexicon === undefined) throw new RangeError(`WhoSaid has no lexicon for language '${language}' (it has: ${[...LEXICONS.keys()].join(', ')})`);
  return lexicon;
}
