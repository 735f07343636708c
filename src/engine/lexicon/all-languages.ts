/**
 * Every language the engine has, registered at once, for the tools that may read any of them (the command line,
 * eval). The content script does not import this file: it carries English and loads another language's bundle only
 * for a page in that language, which registers itself (registerLexicon). A language shipped as such a bundle adds
 * its line here too, so the tools read it: `registerLexicon(german);`.
 */
import { registerLexicon } from './index.js';
import { english } from './en/index.js';

/** Registers every language this build has (registering one twice is harmless). */
export function registerAllLanguages(): void {
  registerLexicon(english);
}
