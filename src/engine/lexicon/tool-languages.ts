/**
 * Every language this build has, with the sentence readers some of them bring (German: its clause reader), for the
 * accuracy runner, the benches and the tests, through the lab door and the tools' door (languages.ts, which the
 * command line uses). Nothing the content script reaches may import a non-English folder (tests/architecture/
 * language-bundles.test.ts), so a page gets German only from its bundle (page/language/readable-languages.ts).
 */
import { lexiconFor, registerLexicon } from './index.js';
import { english } from './en/index.js';
import { german, SENTENCE_READER as germanReader } from './de/index.js';
import { french } from './fr/index.js';
import { russian } from './ru/index.js';
import { spanish } from './es/index.js';
import { portuguese } from './pt/index.js';
import { italian } from './it/index.js';
import { registerSentenceReader } from '../constructions/sentence-readers.js';

/** Registers English, German, French, Spanish, Portuguese, Italian and Russian, and German's sentence reader (registering twice is harmless). */
export function registerToolLanguages(): void {
  registerLexicon(english);
  registerLexicon(german);
  registerLexicon(french);
  registerLexicon(spanish);
  registerLexicon(portuguese);
  registerLexicon(italian);
  registerLexicon(russian);
  registerSentenceReader(german.language, germanReader);
}

/**
 * Whether a language's annotated news counts a quotation inside reported content as an attribution of its own
 * (Lexicon.NESTED_QUOTES): the extraction record then lists them (toExtractRecord's nestedQuotes).
 */
export function annotatesNestedQuotes(language: string): boolean {
  registerToolLanguages();
  return lexiconFor(language).NESTED_QUOTES === true;
}
