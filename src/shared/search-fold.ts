/**
 * What a search compares: text folded so that case and accents do not matter ("gonzalez" finds "González", "muller"
 * finds "Müller"). On a page in a language written in Cyrillic, its bundle (lexicon-ru.js) delivers a key into this
 * isolated world (shared/latin-key.ts), through which a query in Latin letters finds the Cyrillic name ("Peskov"
 * finds "Песков"); an English click carries none of it, and this module is kept as small as it can be, since every
 * click carries it.
 */
import { LATIN_KEY_GLOBAL } from './global-keys.js';

/** Lower case, accents removed ("Müller" → "muller"; й and ё lose their marks too). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Folded text (or, with `query`, one query word) through the delivered key; as it is when none was delivered. */
function keyed(folded: string, query?: boolean): string {
  const key: unknown = Reflect.get(globalThis, LATIN_KEY_GLOBAL);
  return typeof key === 'function' ? String(key(folded, query)) : folded;
}

/** A text as a search looks in it. */
export function searchable(text: string): string {
  return keyed(fold(text));
}

/** A query's words as a search looks for them; none for a blank query, which matches everything. */
export function searchWords(query: string): string[] {
  const needle = fold(query.trim());
  return needle === '' ? [] : needle.split(/\s+/).map((word) => keyed(word, true));
}

/** Whether the text (from `searchable`) holds every word (from `searchWords`). */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}
