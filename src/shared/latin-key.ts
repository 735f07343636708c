/**
 * The Latin match key of a text, so that a search in Latin letters finds a name written in Cyrillic ("Peskov" finds
 * "Песков" and "Пескова"; "Zelensky", "Zelenskiy" and "Zelenskyy" all find "Зеленский"). The library's name index
 * keys Cyrillic names with it; a Cyrillic language's bundle (lexicon-ru.js, scripts/bundles.mjs) delivers
 * `searchForms` to the sidebar's search (shared/search-fold.ts), so an English click carries none of it. Pure but
 * for that delivery.
 *
 * The key is a transliteration (BGN/PCGN, the one English-language newsrooms use: ж zh, х kh, ц ts, ч ch, ш sh,
 * щ shch, ю yu, я ya, soft and hard signs dropped) followed by a reduction both sides go through, which merges the
 * spellings transliterations disagree on: y, j and i are one letter ("-iy", "-yy", "-ij", "-y" endings), a doubled
 * letter is one, "ie" is "e" (Yevgeny / Evgeny), "kh" is "h" (Mikhail / Mihail), "x" is "ks" (Alexander /
 * Aleksandr). The key is for matching, never shown.
 */
import { LATIN_KEY_GLOBAL } from './global-keys.js';
import { fold } from './search-fold.js';

// The Latin of а … я (U+0430 … U+044F) by code point, already reduced (й and ы i, х h, ю iu, я ia); ё, й and ї
// fold to е, и and і before it. Other Cyrillic letters stay as they are.
const LATIN_OF_CYRILLIC = /* @__PURE__ */ 'a b v g d e zh z i i k l m n o p r s t u f h ts ch sh shch  i  e iu ia'.split(' ');
const CYRILLIC = /[\u0400-\u04ff]/;

/** "Зеленский", "Zelensky", "Zelenskiy" → "zelenski"; "Песков", "Peskov" → "peskov"; "Евгений", "Yevgeny" → "evgeni". */
export function latinKey(text: string): string {
  return fold(text)
    .replace(/[\u0430-\u044f]/g, (letter) => LATIN_OF_CYRILLIC[letter.charCodeAt(0) - 0x430] ?? letter)
    .replace(/['’ʼ]/g, '')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/ie/g, 'e');
}

/** Whether a text has Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * The sidebar's search through the key (search-fold.ts), on a page in a Cyrillic language: a text is its folded
 * self, a line break and its Latin key; a query word in Latin letters is sought by its key, found in the key of a
 * Cyrillic name and of a Latin one alike ("zelensky" finds "Зеленский" and "Zelenskiy"), and a Cyrillic word by its
 * own letters. On such a page two Latin spellings of one name find each other too, which is what a reader of it
 * wants; elsewhere nothing is keyed.
 */
export function searchForms(folded: string, query?: boolean): string {
  if (!query) return `${folded}\n${latinKey(folded)}`;
  return hasCyrillic(folded) ? folded : latinKey(folded);
}

/** Called by a Cyrillic language's bundle: the sidebar's search in this isolated world finds Cyrillic by Latin from now on. */
export function deliverLatinKey(global: object = globalThis): void {
  Reflect.set(global, LATIN_KEY_GLOBAL, searchForms);
}
