/**
 * The interface's languages (_locales/<lang>/messages.json) stay in step: the same keys everywhere, the same
 * placeholders in each message, numbered the way shared/i18n.ts passes them (alphabetically by name), a counted
 * message with a form for every plural category its language gives a whole count (Russian: one, few, many); the
 * manifest's __MSG_…__ names exist. And the plural rules are each language's: French says "0 déclaration", singular,
 * where English and German say "0 statements", "0 Äußerungen"; Russian says "1 источник", "2 источника",
 * "5 источников", "21 источник".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, t, tn, useMessages, type MessageFile } from '../../src/shared/i18n.js';

const ROOT = process.cwd();
// Chromium serves a browser's regional locale only from a folder of that name: Portuguese in its two regional
// folders (Chromium knows no plain pt), Spanish for Spain and, as es_419, for Latin America
const LOCALES = ['en', 'de', 'fr', 'es', 'es_419', 'pt_BR', 'pt_PT', 'it', 'ru'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

function messages(locale: string): MessageFile {
  return JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as MessageFile;
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase());
}

describe('the locales', () => {
  const english = messages('en');

  it('are the nine the interface speaks, and no other', () => {
    expect(readdirSync(join(ROOT, '_locales')).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const file = messages(locale);

      it('has exactly the English keys (and the extra plural forms its language needs)', () => {
        // a language with more plural categories (Russian "few", "many") adds them beside the English _one/_other
        const extraPlural = (key: string) => /_(zero|two|few|many)$/.test(key) && english[key.replace(PLURAL, '_other')] !== undefined;
        expect(Object.keys(file).filter((key) => !extraPlural(key)).sort()).toEqual(Object.keys(english).sort());
      });

      it('names its own language for Intl (English as WhoSaid has always written it: British, "2 Mar 2026")', () => {
        // a regional folder (pt_BR) names its region too (pt-BR)
        const tag = file['ui_locale_tag']?.message ?? '';
        expect(locale.includes('_') ? tag : tag.split('-')[0]).toBe(locale.replace('_', '-'));
      });

      it('gives every counted message a form for each plural category its language gives a whole count', () => {
        // The interface counts whole things, written in digits: the categories are those of 0 … 1,000,000. A
        // category only an exact million takes (Spanish, Italian, Portuguese, French "many": "1 millón de") reads
        // the `_other` form, which is right for digits ("1.000.000 declaraciones").
        const rules = new Intl.PluralRules(file['ui_locale_tag']?.message ?? locale);
        const categories = new Set<string>();
        for (let count = 0; count <= 1000; count += 1) categories.add(rules.select(count));
        for (const count of [1001, 1002, 1005, 1011, 1021, 10_000, 999_999]) categories.add(rules.select(count));
        const bases = Object.keys(english).filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL, ''));
        expect(bases.length).toBeGreaterThan(30);
        for (const base of bases) for (const category of categories) expect(file[`${base}_${category}`], `${base}_${category}`).toBeDefined();
        if (locale === 'ru') expect([...categories].sort()).toEqual(['few', 'many', 'one']);
      });

      it('has each message with the English placeholders, declared, used and numbered by name', () => {
        for (const [key, entry] of Object.entries(file)) {
          expect(entry.message.trim(), key).not.toBe('');
          // browsers keep a message's leading and trailing spaces unevenly: messages have none
          expect(entry.message, key).toBe(entry.message.trim());
          const declared = Object.keys(entry.placeholders ?? {}).sort();
          // a plural form English lacks (Russian "_few", "_many") has the placeholders of English "_other"
          const englishKey = english[key] === undefined ? key.replace(PLURAL, '_other') : key;
          expect(declared, key).toEqual(Object.keys(english[englishKey]?.placeholders ?? {}).sort());
          declared.forEach((name, index) => expect(entry.placeholders?.[name]?.content, `${key} ${name}`).toBe(`$${index + 1}`));
          const used = new Set(placeholdersIn(entry.message));
          for (const name of used) expect(declared, `${key} uses $${name}$`).toContain(name);
          // a counted message gets `count` whether it shows it or not; every other placeholder is shown
          for (const name of declared) if (!(name === 'count' && PLURAL.test(key))) expect(used.has(name), `${key} shows ${name}`).toBe(true);
        }
      });

      it('gives every counted message its singular and its plural, both with a count', () => {
        for (const key of Object.keys(file).filter((name) => PLURAL.test(name))) {
          const base = key.replace(PLURAL, '');
          expect(file[`${base}_one`], `${base}_one`).toBeDefined();
          expect(file[`${base}_other`], `${base}_other`).toBeDefined();
          expect(Object.keys(file[key]?.placeholders ?? {}), key).toContain('count');
        }
      });
    });
  }

  it('holds every __MSG_…__ name the manifest uses', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const names = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1] ?? '');
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(english[name], name).toBeDefined();
    expect(JSON.parse(manifest)).toMatchObject({ default_locale: 'en' });
  });
});

describe('words in the reader’s language', () => {
  afterEach(() => useMessages(messages('en')));

  it('counts by each language’s plural rules: French 0 is singular, English and German 0 plural', () => {
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 statements', '1 statement', '2 statements']);
    useMessages(messages('de'));
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 Äußerungen', '1 Äußerung', '2 Äußerungen']);
    useMessages(messages('fr'));
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 déclaration', '1 déclaration', '2 déclarations']);
  });

  it('counts in Spanish, Portuguese and Italian: 0 plural but in Brazilian Portuguese, a million in digits plural', () => {
    useMessages(messages('es'));
    expect([0, 1, 2, 1_000_000].map((count) => tn('statements_count', count))).toEqual(['0 declaraciones', '1 declaración', '2 declaraciones', '1.000.000 declaraciones']);
    useMessages(messages('pt_BR'));
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 declaração', '1 declaração', '2 declarações']);
    // European Portuguese counts 0 as plural
    useMessages(messages('pt_PT'));
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 declarações', '1 declaração', '2 declarações']);
    useMessages(messages('it'));
    expect([0, 1, 2].map((count) => tn('statements_count', count))).toEqual(['0 dichiarazioni', '1 dichiarazione', '2 dichiarazioni']);
  });

  it('counts in Russian with its three forms for whole numbers: one, few, many', () => {
    useMessages(messages('ru'));
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((count) => tn('sources_count', count))).toEqual([
      '1 источник',
      '2 источника',
      '5 источников',
      '11 источников',
      '21 источник',
      '22 источника',
      '25 источников',
      '111 источников',
    ]);
    // the genitive after "из" follows the count too
    expect(tn('filter_showing', 21, { shown: 3 })).toBe('3 из 21 высказывания');
    expect(tn('filter_showing', 12, { shown: 3 })).toBe('3 из 12 высказываний');
    expect(formatNumber(3000)).toBe('3\u00a0000');
  });

  it('writes numbers and quotation marks as each language does', () => {
    expect(formatNumber(3000)).toBe('3,000');
    expect(t('quoted_text', { text: 'said' })).toBe('“said”');
    useMessages(messages('de'));
    expect(formatNumber(3000)).toBe('3.000');
    expect(t('quoted_text', { text: 'sagte' })).toBe('„sagte“');
    useMessages(messages('fr'));
    expect(formatNumber(3000)).toBe('3\u202f000');
    expect(t('quoted_text', { text: 'a déclaré' })).toBe('«\u00a0a déclaré\u00a0»');
  });

  it('writes dates as each language does (English as WhoSaid always has: "2 Mar 2026")', () => {
    const day = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    const march2 = Date.UTC(2026, 2, 2);
    expect(formatDate(march2, day)).toBe('2 Mar 2026');
    useMessages(messages('de'));
    expect(formatDate(march2, day)).toBe('2. März 2026');
    useMessages(messages('fr'));
    expect(formatDate(march2, day)).toBe('2 mars 2026');
  });

  it('fills named placeholders wherever a translation puts them', () => {
    useMessages(messages('de'));
    expect(tn('filter_showing', 12, { shown: 3 })).toBe('3 von 12 Aussagen');
  });
});

describe('the browser’s own lookup', () => {
  const global = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete global.chrome;
    useMessages(messages('en'));
  });

  it('is what the messages come from in an extension: named values passed as $1, $2 … in the order of their names', () => {
    const calls: Array<[string, string[] | undefined]> = [];
    global.chrome = {
      i18n: {
        getMessage(key: string, substitutions?: string[]) {
          calls.push([key, substitutions]);
          return key === 'ui_locale_tag' ? 'de' : `<${key}:${(substitutions ?? []).join('|')}>`;
        },
      },
    };
    useMessages(null);
    expect(t('filter_with_query', { text: 'alle', query: 'Hafen' })).toBe('<filter_with_query:Hafen|alle>');
    expect(tn('claims_by', 3000, { name: 'Ella Pam' })).toBe('<claims_by_other:3.000|Ella Pam>');
    expect(calls.map(([key]) => key)).toContain('ui_locale_tag');
  });
});
