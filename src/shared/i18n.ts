/**
 * The interface in the reader's language: every word a reader sees comes from `_locales/<lang>/messages.json`,
 * looked up by the browser (`i18n.getMessage`), which picks the messages of the browser's interface language and
 * falls back to English (`default_locale`). Nothing here bundles a message: the content script stays the size it
 * was. Keys are typed from the English file, so a key that does not exist, or a placeholder a message does not
 * have, is a compile error; tests/shared/locales.test.ts checks that every locale has the same keys and placeholders.
 *
 * Placeholders are named in the files and passed by name here: a message's placeholders are numbered `$1`, `$2`, …
 * in the alphabetical order of their names (the test enforces it), so a translation may put them in any order.
 * Plurals: a counted message has one key per plural category (`claims_one`, `claims_other`), chosen by
 * `Intl.PluralRules` in the messages' own language (French says "0 déclaration", English "0 statements"; Russian
 * adds `_few` and `_many`: "1 источник", "2 источника", "5 источников"); a category a locale lacks falls back to
 * `_other` (Spanish "many", which only an exact million takes, reads "1.000.000 declaraciones"). Numbers and dates go through `Intl` in that language too.
 * Outside a browser (the CLI, vitest) `useMessages` installs a message table read from a file instead.
 */
import type English from '../../_locales/en/messages.json';

type Messages = typeof English;
export type MessageKey = keyof Messages;

type PlaceholderNames<K extends MessageKey> = Messages[K] extends { placeholders: infer P } ? keyof P & string : never;

/** A message's arguments: none, or one value per placeholder name. */
export type MessageArgs<K extends MessageKey> = [PlaceholderNames<K>] extends [never]
  ? []
  : [Record<PlaceholderNames<K>, string | number>];

/** The base of a counted message: `claims` for `claims_one` + `claims_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Its arguments besides the count (which fills `count`). */
type PluralArgs<B extends PluralKey> = `${B}_other` extends MessageKey
  ? [Exclude<PlaceholderNames<`${B}_other`>, 'count'>] extends [never]
    ? []
    : [Record<Exclude<PlaceholderNames<`${B}_other`>, 'count'>, string | number>]
  : never;

/** The part of WebExtension `i18n` this module reads (Chromium's `chrome.i18n`, Firefox's `browser.i18n`). */
export interface MessageSource {
  getMessage(key: string, substitutions?: string[]): string;
}

/** A messages.json file's content. */
export type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

interface WebExtensionGlobal {
  browser?: { i18n?: MessageSource };
  chrome?: { i18n?: MessageSource };
}

let installed: MessageSource | null = null;

/**
 * Messages without placeholders, once looked up: a long list asks for the same badge words on every row, and the
 * browser's lookup crosses into its i18n code each time.
 */
const plainMessages = new Map<string, string>();

/** The messages' language and its Intl formatters, made on first use. */
let cachedLocale: { tag: string; plural: Intl.PluralRules; number: Intl.NumberFormat } | null = null;

function source(): MessageSource | null {
  if (installed) return installed;
  const global = globalThis as WebExtensionGlobal;
  return global.browser?.i18n ?? global.chrome?.i18n ?? null;
}

/**
 * Serves messages from a messages.json content where there is no browser to look them up (the CLI, unit tests),
 * with the browser's rules: `$NAME$` from the named placeholder, `$1` from the substitutions, `$$` a dollar; null
 * returns to the browser's lookup.
 */
export function useMessages(file: MessageFile | null): void {
  cachedLocale = null;
  plainMessages.clear();
  // null: back to the browser's own lookup
  installed = file === null ? null : {
    getMessage(key, substitutions = []) {
      const entry = file[key];
      if (!entry) return '';
      const named = (content: string) => content.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
      return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
        if (whole === '$$') return '$';
        if (digit !== undefined) return substitutions[Number(digit) - 1] ?? '';
        const placeholder = entry.placeholders?.[(name ?? '').toLowerCase()];
        return placeholder ? named(placeholder.content) : '';
      });
    },
  };
}

function lookup(key: string, values?: Record<string, string | number>): string {
  if (values === undefined) {
    const known = plainMessages.get(key);
    if (known !== undefined) return known;
  }
  const substitutions = values
    ? Object.keys(values)
        .sort()
        .map((name) => {
          const value = values[name];
          return typeof value === 'number' ? formatNumber(value) : (value ?? '');
        })
    : undefined;
  const found = source();
  // with no messages at all (a script that never installed them) the key shows, rather than nothing
  if (!found) return key;
  const message = found.getMessage(key, substitutions);
  if (values === undefined) plainMessages.set(key, message);
  return message;
}

/** The message `key` in the interface language, its placeholders filled (numbers formatted for that language). */
export function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  return lookup(key, args[0]);
}

/** The counted message `base` for `count`, in the plural form the interface language gives that number. */
export function tn<B extends PluralKey>(base: B, count: number, ...args: PluralArgs<B>): string {
  const values = { ...(args[0] ?? {}), count };
  const category = pluralRules().select(count);
  const exact = lookup(`${base}_${category}`, values);
  return exact !== '' ? exact : lookup(`${base}_other`, values);
}

/**
 * The language the messages are in (their `ui_locale_tag`: "en-GB", "de", "fr"), which need not be the browser's
 * (a Spanish browser reads the English fallback): plurals and numbers follow the words they stand in.
 */
export function uiLanguage(): string {
  return localeData().tag;
}

function localeData(): { tag: string; plural: Intl.PluralRules; number: Intl.NumberFormat } {
  if (cachedLocale) return cachedLocale;
  const tag = source()?.getMessage('ui_locale_tag') || 'en';
  cachedLocale = { tag, plural: new Intl.PluralRules(tag), number: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }) };
  return cachedLocale;
}

function pluralRules(): Intl.PluralRules {
  return localeData().plural;
}

/** A whole number as the interface language writes it ("1,084", "1.084", "1 084"). */
export function formatNumber(value: number): string {
  return localeData().number.format(value);
}

/** A date in the interface language, with `Intl.DateTimeFormat`'s options. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}

/** Text in the interface language's quotation marks (“…”, „…“, « … »). */
export function quoted(text: string): string {
  return t('quoted_text', { text });
}
