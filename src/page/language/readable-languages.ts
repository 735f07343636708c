/**
 * Which languages WhoSaid can read on a page, and getting a language's words into the engine before it reads one.
 * English is built into the content script; each other language whose lexicon exists ships as a bundle of its own
 * (build.mjs: lexicon-<lang>.js, listed at build time in __LEXICON_LANGUAGES__), injected by the background only
 * when an article is in that language, so an English click loads no German or French word (issue 17's budget).
 */
import { registerLexicon, registerSentenceReader, supportedLanguages } from '../../engine/index.js';
import { lexiconStore } from './lexicon-store.js';

/** The languages whose lexicon ships as a bundle beside the content script; none where nothing was built (tests). */
export function bundledLanguages(): readonly string[] {
  return typeof __LEXICON_LANGUAGES__ === 'undefined' ? [] : __LEXICON_LANGUAGES__;
}

/** The tag the engine reads a page's language as: "und" (no declaration, too little text to tell) is tried as English. */
export function engineLanguage(language: string): string {
  return language === 'und' ? 'en' : language;
}

/** Whether WhoSaid can read `language`: the engine reads it already, or its bundle can be injected. */
export function isReadableLanguage(language: string): boolean {
  const tag = engineLanguage(language);
  return supportedLanguages().includes(tag) || bundledLanguages().includes(tag);
}

/** Registers with the engine every lexicon a bundle delivered into this isolated world that it does not read yet. */
function adoptDeliveredLexicons(): void {
  const known = supportedLanguages();
  const store = lexiconStore();
  for (const [language, lexicon] of store.lexicons) {
    if (known.includes(language)) continue;
    const reader = store.readers.get(language);
    if (reader !== undefined) registerSentenceReader(language, reader);
    registerLexicon(lexicon);
  }
}

/**
 * Asks the background to inject the bundle of `language` into this frame; resolves true once it ran. A rejection or
 * false means the bundle could not be injected (a protected page, a background restarting).
 */
export type RequestLexiconBundle = (language: string) => Promise<boolean>;

/**
 * Makes sure the engine reads `language` before it analyses an article in it: takes a lexicon already delivered to
 * this frame (an earlier session on the same page), else asks for its bundle once. Resolves false when the language
 * cannot be read after all; never rejects.
 */
export async function prepareLanguage(language: string, requestBundle: RequestLexiconBundle): Promise<boolean> {
  const tag = engineLanguage(language);
  adoptDeliveredLexicons();
  if (supportedLanguages().includes(tag)) return true;
  if (!bundledLanguages().includes(tag)) return false;
  const injected = await requestBundle(tag).catch(() => false);
  if (!injected) return false;
  adoptDeliveredLexicons();
  return supportedLanguages().includes(tag);
}
