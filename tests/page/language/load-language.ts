/**
 * Test helper: gives the engine a language's words the way its bundle does in a page (everything the lexicon
 * folder exports, through deliverLexicon, then registerLexicon), so jsdom tests can read German and French pages
 * once those folders exist; says false while a folder is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSupportedLanguage, registerLexicon, registerSentenceReader } from '../../../src/engine/index.js';
import { deliverLexicon, lexiconStore } from '../../../src/page/language/lexicon-store.js';

const LEXICONS = join(import.meta.dirname, '..', '..', '..', 'src', 'engine', 'lexicon');

/** Whether the engine reads `language` now. */
export function engineReads(language: string): boolean {
  return isSupportedLanguage(language);
}

/** Registers src/engine/lexicon/<language>/ with the engine; true when the engine reads the language after. */
export async function loadLanguageForTests(language: string): Promise<boolean> {
  if (engineReads(language)) return true;
  const index = join(LEXICONS, language, 'index.ts');
  if (!existsSync(index)) return false;
  const folder: unknown = await import(pathToFileURL(index).href);
  if (typeof folder !== 'object' || folder === null) return false;
  const store = {};
  if (!deliverLexicon(language, { ...folder }, store)) return false;
  const lexicon = lexiconStore(store).lexicons.get(language);
  const reader = lexiconStore(store).readers.get(language);
  if (reader !== undefined) registerSentenceReader(language, reader);
  if (lexicon !== undefined) registerLexicon(lexicon);
  return engineReads(language);
}
