/**
 * The language the command line analyses a text in: the one asked for (`--language de`, or a JSONL line's
 * "language"/"lang"), or, by default, the one the text's own words say (the page's detector, which reads text only:
 * its script, then its commonest words). A text too short to tell is read in the engine's default language; a text
 * that reads as a language the engine has no lexicon for is refused with a clear message, never read as English.
 */
import { isSupportedLanguage, supportedLanguages } from '../engine/index.js';
import { registerToolLanguages } from '../engine/languages.js';
import { detectTextLanguage } from '../page/language/detect-language.js';
import { UsageError } from './article-file.js';

// the command line reads every language the engine has, not only the ones the content script carries
registerToolLanguages();

/** `--language detect` (the default): read the language from the text. */
export const DETECT = 'detect';

/** The text reads as a language the engine has no lexicon for. */
export class UnsupportedLanguageError extends Error {}

/**
 * A language asked for (`what` names where: the option, or a JSONL line's field): 'detect', or one the engine reads;
 * anything else is a usage error.
 */
export function checkedLanguageOption(asked: string | undefined, what = '--language'): string {
  if (asked === undefined || asked.trim() === '' || asked === DETECT) return DETECT;
  if (!isSupportedLanguage(asked)) {
    throw new UsageError(`${what} ${asked}: WhoSaid has no lexicon for it (it reads: ${supportedLanguages().join(', ')}; or "${DETECT}")`);
  }
  return asked;
}

/**
 * The language tag to analyse `text` in, given what was asked ('detect' or a tag, checked): the tag asked for, the
 * detected one, or undefined for the engine's default when the text says too little.
 */
export function languageOf(text: string, asked: string): string | undefined {
  if (asked !== DETECT) return asked;
  const detected = detectTextLanguage(text);
  if (detected === null || !detected.confident) return undefined;
  if (!isSupportedLanguage(detected.language)) {
    throw new UnsupportedLanguageError(`the text reads as '${detected.language}', which WhoSaid has no lexicon for ` +
      `(it reads: ${supportedLanguages().join(', ')}); pass --language to read it as one of those`);
  }
  return detected.language;
}
