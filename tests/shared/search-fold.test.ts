/**
 * Search across scripts: a query in Latin letters finds a name written in Cyrillic by its standard transliteration,
 * whichever of the spellings newsrooms use ("Zelensky", "Zelenskiy", "Zelenskyy"), in any case the name is declined
 * in; case and accents fold as before. The sidebar gets the key from a Cyrillic language's bundle, so on an English
 * click (no key) Latin text is searched exactly as before; the library's name index goes through the same keys,
 * set apart, so a Latin query's key finds only Cyrillic names there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold, matchesWords, searchable, searchWords } from '../../src/shared/search-fold.js';
import { deliverLatinKey, latinKey } from '../../src/shared/latin-key.js';
import { LATIN_KEY_GLOBAL } from '../../src/shared/global-keys.js';
import { nameTokens, queryTokens } from '../../src/shared/library/words.js';
import { lexiconBundleStdin, ROOT } from '../../scripts/bundles.mjs';

const finds = (query: string, text: string) => matchesWords(searchable(text), searchWords(query));

describe('folding for search, with the Latin key a Cyrillic language’s bundle delivered', () => {
  beforeAll(() => deliverLatinKey());
  afterAll(() => Reflect.deleteProperty(globalThis, LATIN_KEY_GLOBAL));

  it('ignores case and accents, in every script', () => {
    expect(fold('González MÜLLER Ёлкин Йошкар')).toBe('gonzalez muller елкин иошкар');
    expect(finds('gonzalez', 'Dijo Álvaro González')).toBe(true);
    expect(finds('muller', 'sagte Müller')).toBe(true);
    expect(finds('ёлкин', 'сказал Елкин')).toBe(true);
  });

  it('gives a Cyrillic name and its usual Latin spellings one key', () => {
    for (const spelling of ['Зеленский', 'Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi', 'Zelenskij']) expect(latinKey(spelling), spelling).toBe('zelenski');
    for (const spelling of ['Песков', 'Peskov']) expect(latinKey(spelling), spelling).toBe('peskov');
    for (const spelling of ['Евгений', 'Yevgeny', 'Evgeny', 'Evgeniy']) expect(latinKey(spelling), spelling).toBe(latinKey('Евгений'));
    for (const spelling of ['Михаил Ходорковский', 'Mikhail Khodorkovsky', 'Mihail Hodorkovsky']) expect(latinKey(spelling), spelling).toBe(latinKey('Михаил Ходорковский'));
    for (const spelling of ['Александр', 'Aleksandr', 'Alexandr']) expect(latinKey(spelling), spelling).toBe(latinKey('Александр'));
    for (const spelling of ['Горбачёв', 'Горбачев', 'Gorbachev']) expect(latinKey(spelling), spelling).toBe(latinKey('Горбачёв'));
    for (const spelling of ['Наталья', 'Natalya', 'Natalia']) expect(latinKey(spelling), spelling).toBe(latinKey('Наталья'));
  });

  it('finds the Cyrillic name from a Latin query, declined or not', () => {
    expect(finds('Peskov', 'заявил пресс-секретарь Дмитрий Песков')).toBe(true);
    expect(finds('peskov', 'по словам Пескова, встреча не планируется')).toBe(true);
    expect(finds('Dmitry Peskov', 'Дмитрий Песков')).toBe(true);
    expect(finds('Zelensky', 'Владимир Зеленский')).toBe(true);
    expect(finds('zelenskiy', 'Владимир Зеленский')).toBe(true);
    expect(finds('Zelenskyy', 'Владимир Зеленский')).toBe(true);
    // a Latin name beside a Cyrillic one, each found by its own letters
    expect(finds('reuters peskov', 'Reuters: Песков сообщил')).toBe(true);
    expect(finds('Lavrov', 'Владимир Зеленский')).toBe(false);
    expect(finds('Peskova', 'Дмитрий Песков')).toBe(false);
  });

  it('on such a page, two Latin spellings of one name find each other too', () => {
    expect(finds('zelenskiy', 'President Zelensky said')).toBe(true);
    expect(finds('ian', 'Ян Смит')).toBe(true);
    expect(searchWords('  ')).toEqual([]);
  });

  it('a Cyrillic query is searched as written', () => {
    expect(finds('Песков', 'Дмитрий Песков')).toBe(true);
    expect(finds('Песков', 'Dmitry Peskov')).toBe(false);
  });

  it('stays linear on long input', () => {
    const long = 'ж'.repeat(200_000) + ' Песков';
    expect(latinKey(long).endsWith(' peskov')).toBe(true);
    expect(finds('peskov', long)).toBe(true);
  });
});

describe('folding for search on an English click, which carries no Latin key', () => {
  it('still ignores case and accents, finds Cyrillic only as written, and Latin text exactly as before', () => {
    expect(finds('gonzalez', 'Dijo Álvaro González')).toBe(true);
    expect(finds('Песков', 'Дмитрий Песков')).toBe(true);
    expect(finds('Peskov', 'Дмитрий Песков')).toBe(false);
    expect(finds('zelenskiy', 'President Zelensky said')).toBe(false);
    expect(finds('jan', 'Brian Smith said')).toBe(false);
    expect(searchable('Álvaro González')).toBe('alvaro gonzalez');
    expect(searchWords('Zelenskiy  Peskov')).toEqual(['zelenskiy', 'peskov']);
  });

  it('is delivered by the bundles of the languages written in Cyrillic alone', () => {
    expect(lexiconBundleStdin(ROOT, 'ru').contents).toContain('deliverLatinKey();');
    for (const language of ['de', 'fr', 'es']) expect(lexiconBundleStdin(ROOT, language).contents).not.toContain('deliverLatinKey');
  });
});

describe('the library’s name index across scripts', () => {
  it('indexes a Cyrillic name by its words and their Latin keys, set apart', () => {
    expect(nameTokens('Дмитрий Песков')).toEqual(['дмитрии', '=dmitri', 'песков', '=peskov']);
    expect(nameTokens('Ella Pamfilova')).toEqual(['ella', 'pamfilova']);
  });

  it('gives each Latin query word its key, which only a Cyrillic name carries', () => {
    expect(queryTokens('Zelensky')).toEqual({ name: ['zelensky'], nameLatin: ['=zelenski'], claim: ['zelensky'] });
    expect(queryTokens('Песков')).toEqual({ name: ['песков'], nameLatin: [''], claim: ['песков'] });
    const index = new Set(nameTokens('Владимир Зеленский'));
    expect([...index].some((token) => token.startsWith(queryTokens('zelenskiy').nameLatin[0] ?? '?'))).toBe(true);
    expect(nameTokens('Ian Smith').some((token) => token.startsWith(queryTokens('jan').nameLatin[0] ?? '?'))).toBe(false);
  });
});
