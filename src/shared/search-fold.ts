/**
 * What a search compares: text folded so that case and accents do not matter ("gonzalez" finds "González", "muller"
 * finds "Müller"). A Cyrillic language's bundle (lexicon-ru.js) delivers into this isolated world the forms that
 * let a query in Latin letters find a name written in Cyrillic ("Peskov" finds "Песков": shared/latin-key.ts), so
 * an English click carries none of that; this module is kept small, as every click carries it.
 */
import { LATIN_KEY_GLOBAL } from './global-keys.js';

/** Lower case, accents removed ("Müller" → "muller"; й and ё lose their marks too). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The forms a folded text (one) or query word (any of them) is searched by: its own, or the delivered ones. */
function formsOf(folded: string, query: boolean): string[] {
  const delivered: unknown = Reflect.get(globalThis, LATIN_KEY_GLOBAL);
  const forms: unknown = typeof delivered === 'function' ? delivered(folded, query) : null;
  return Array.isArray(forms) ? forms.map(String) : [folded];
}

/** A text as a search looks in it. */
export function searchable(text: string): string {
  return formsOf(fold(text), false).join(' ');
}

/** A query's words, each as the strings any of which finds it; none for a blank query, which matches everything. */
export function searchWords(query: string): string[][] {
  const needle = fold(query.trim());
  return needle === '' ? [] : needle.split(/\s+/).map((word) => formsOf(word, true));
}

/** Whether the text (from `searchable`) holds every word (from `searchWords`). */
export function matchesWords(text: string, words: readonly string[][]): boolean {
  return words.every((forms) => forms.some((form) => text.includes(form)));
}
