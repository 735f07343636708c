/**
 * The lexicons the engine can read, by language tag. A new language is a folder beside en/ implementing `Lexicon`
 * (lexicon.ts) and one line here, or, for a language shipped in a bundle of its own (loaded by the content script
 * only for a page in that language), one call to registerLexicon() from that bundle. analyze() picks the lexicon once,
 * from `AnalyzeOptions.language` ('en' when none is given: DEFAULT_LANGUAGE, the only default), and every step reads
 * that one.
 */
import type { Lexicon } from './lexicon.js';
import { english } from './en/index.js';

export type { AccordingToPhrase, CueVerb, CueCounts, Lexicon, LexiconModels, RoleWord } from './lexicon.js';

export const DEFAULT_LANGUAGE = 'en';

const LEXICONS = new Map<string, Lexicon>([[english.language, english]]);

/** The primary subtag of a language tag, lower case: 'en-GB' → 'en', 'DE' → 'de'. */
function primaryOf(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Makes a lexicon readable by its language tag (its primary subtag); a later registration for the same language
 * replaces the earlier one. For per-language bundles, which register themselves when loaded.
 */
export function registerLexicon(lexicon: Lexicon): void {
  const primary = primaryOf(lexicon.language);
  if (primary === '') throw new RangeError('a lexicon needs a language tag');
  LEXICONS.set(primary, lexicon);
}

/** The languages a lexicon is registered for, as primary subtags ('en', 'de', …). */
export function supportedLanguages(): string[] {
  return [...LEXICONS.keys()];
}

/** Whether the engine can read a language tag ('en-GB' is 'en'). */
export function isSupportedLanguage(language: string): boolean {
  return LEXICONS.has(primaryOf(language));
}

/** The lexicon for a language tag ('en', 'en-GB': the primary subtag decides); throws for a language it lacks. */
export function lexiconFor(language: string): Lexicon {
  const lexicon = LEXICONS.get(primaryOf(language));
  if (lexicon === undefined) throw new RangeError(`WhoSaid has no lexicon for language '${language}' (it has: ${supportedLanguages().join(', ')})`);
  return lexicon;
}
