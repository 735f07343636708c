/**
 * Where a language bundle leaves its lexicon: a store on the global of the extension's isolated world (the page's
 * own scripts cannot see it), shared by every injection into the frame. A language bundle (build.mjs makes one per
 * lexicon folder beside en/, as lexicon-<lang>.js) calls `deliverLexicon` once it runs; the content script takes the
 * lexicons from here into the engine. The store counts each delivery, so a test can tell a bundle was injected once.
 * Imports nothing at run time: it is all a language bundle carries beside its words.
 */
import type { Lexicon, SentenceReader } from '../../engine/index.js';
import { LEXICON_STORE_GLOBAL } from '../../shared/global-keys.js';

export interface LexiconStore {
  /** Language tag → the lexicon its bundle delivered. */
  readonly lexicons: Map<string, Lexicon>;
  /** Language tag → the sentence reader its bundle delivered beside the lexicon (German: SENTENCE_READER), if any. */
  readonly readers: Map<string, SentenceReader>;
  /** Language tag → how many times its bundle ran in this frame. */
  readonly deliveries: Map<string, number>;
}

function isLexiconStore(value: unknown): value is LexiconStore {
  return typeof value === 'object' && value !== null
    && Reflect.get(value, 'lexicons') instanceof Map && Reflect.get(value, 'deliveries') instanceof Map &&
    Reflect.get(value, 'readers') instanceof Map;
}

/** This isolated world's store, made on first use. */
export function lexiconStore(global: object = globalThis): LexiconStore {
  const existing: unknown = Reflect.get(global, LEXICON_STORE_GLOBAL);
  if (isLexiconStore(existing)) return existing;
  const store: LexiconStore = { lexicons: new Map(), deliveries: new Map(), readers: new Map() };
  Reflect.set(global, LEXICON_STORE_GLOBAL, store);
  return store;
}

/** Whether `value` is a lexicon for `language`: the bundle's module exports it under some name. */
function isLexiconFor(value: unknown, language: string): value is Lexicon {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'language') === language
    && Array.isArray(Reflect.get(value, 'CUE_VERBS'));
}

/** A sentence reader is a function of five arguments (constructions/sentence-readers.ts). */
function isSentenceReader(value: unknown): value is SentenceReader {
  return typeof value === 'function' && value.length === 5;
}

/**
 * Called by lexicon-<language>.js with everything its lexicon folder exports: keeps the lexicon for `language`.
 * Returns false when the folder exports none (the content script then says it could not load the language).
 */
export function deliverLexicon(language: string, exports: Record<string, unknown>, global: object = globalThis): boolean {
  const store = lexiconStore(global);
  store.deliveries.set(language, (store.deliveries.get(language) ?? 0) + 1);
  const lexicon = Object.values(exports).find((value) => isLexiconFor(value, language));
  if (lexicon === undefined) return false;
  store.lexicons.set(language, lexicon);
  // a language whose reports the engine reads by a reader of its own brings it as SENTENCE_READER (our own bundle's
  // export, built from src/engine/lexicon/<language>/index.ts, never the page's)
  const reader = exports.SENTENCE_READER;
  if (isSentenceReader(reader)) store.readers.set(language, reader);
  return true;
}
