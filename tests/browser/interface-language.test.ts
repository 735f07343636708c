/**
 * The interface in the reader's language, in both real browsers: with the browser's interface language set to
 * French, German, Spanish or Russian (and, in Chromium, Brazilian Portuguese and Italian; Chromium `--lang` and
 * LANGUAGE, Firefox `intl.locale.requested`), the sidebar
 * on our English demo article speaks that language (the article's own words, cues included, stay as written), counts
 * with that language's plurals and numbers (Russian: the form its number asks for, one, few or many), says which
 * language it speaks (`lang`), and axe-core still finds nothing; the toolbar button's tooltip says the count in that
 * language too (Chromium: automation cannot read Firefox's).
 * The English of every other browser test is the same build with the browser left in English.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, missingBuild, PROJECT_ROOT, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { openUrlWithWhoSaid } from './ui-article.js';
import { runAxe } from './accessibility-probes.js';
import { inShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

export const DEMO_ARTICLE = '/demo/tramline-article.html';

/** What each language must show: a few fixed labels and the plural of the claims count. */
const EXPECTED = {
  fr: {
    kinds: ['Déclarations', 'Constats', 'Ce que l’on pense ou prévoit'],
    voices: 'Voix',
    search: 'Chercher dans les affirmations',
    exportTitle: 'Exporter',
    close: 'Fermer le panneau WhoSaid',
    claims: /^\d+ affirmations?( · .*)?$/,
    badgeTitle: /^WhoSaid\u00a0: \d+ affirmations? sur cette page$/,
    sort: 'Trier les sources par',
    groups: ['Personnes', 'Organisations', 'Documents', 'Sources anonymes', 'Sans locuteur'],
  },
  de: {
    kinds: ['Äußerungen', 'Befunde', 'Was Menschen denken oder planen'],
    voices: 'Stimmen',
    search: 'Aussagen durchsuchen',
    exportTitle: 'Exportieren',
    close: 'WhoSaid-Seitenleiste schließen',
    claims: /^\d+ Aussagen?( · .*)?$/,
    badgeTitle: /^WhoSaid: \d+ Aussagen? auf dieser Seite$/,
    sort: 'Quellen sortieren nach',
    groups: ['Personen', 'Organisationen', 'Dokumente', 'Ungenannte Quellen', 'Ohne Urheber'],
  },
  es: {
    kinds: ['Declaraciones', 'Conclusiones', 'Lo que alguien piensa o planea'],
    voices: 'Voces',
    search: 'Buscar afirmaciones',
    exportTitle: 'Exportar',
    close: 'Cerrar el panel de WhoSaid',
    claims: /^\d+ afirmaci(ón|ones)( · .*)?$/,
    badgeTitle: /^WhoSaid: \d+ afirmaci(ón|ones) en esta página$/,
    sort: 'Ordenar las fuentes por',
    groups: ['Personas', 'Organizaciones', 'Documentos', 'Fuentes anónimas', 'Sin autor indicado'],
    forms: { one: 'afirmación', other: 'afirmaciones' },
  },
  ru: {
    kinds: ['Заявления', 'Выводы', 'Мнения и намерения'],
    voices: 'Голоса',
    search: 'Поиск по высказываниям',
    exportTitle: 'Экспорт',
    close: 'Закрыть панель WhoSaid',
    claims: /^\d+ высказывани(е|я|й)( · .*)?$/,
    badgeTitle: /^WhoSaid: \d+ высказывани(е|я|й) на этой странице$/,
    sort: 'Сортировать источники',
    groups: ['Люди', 'Организации', 'Документы', 'Анонимные источники', 'Автор не указан'],
    forms: { one: 'высказывание', few: 'высказывания', many: 'высказываний' },
  },
  pt: {
    kinds: ['Declarações', 'Conclusões', 'O que alguém pensa ou planeja'],
    voices: 'Vozes',
    search: 'Buscar afirmações',
    exportTitle: 'Exportar',
    close: 'Fechar o painel do WhoSaid',
    claims: /^\d+ afirmaç(ão|ões)( · .*)?$/,
    badgeTitle: /^WhoSaid: \d+ afirmaç(ão|ões) nesta página$/,
    sort: 'Ordenar as fontes por',
    groups: ['Pessoas', 'Organizações', 'Documentos', 'Fontes anônimas', 'Sem autor indicado'],
  },
  it: {
    kinds: ['Dichiarazioni', 'Risultati', 'Ciò che si pensa o si progetta'],
    voices: 'Voci',
    search: 'Cerca nelle affermazioni',
    exportTitle: 'Esporta',
    close: 'Chiudi il pannello di WhoSaid',
    claims: /^\d+ affermazion[ei]( · .*)?$/,
    badgeTitle: /^WhoSaid: \d+ affermazion[ei] in questa pagina$/,
    sort: 'Ordina le fonti per',
    groups: ['Persone', 'Organizzazioni', 'Documenti', 'Fonti anonime', 'Senza autore indicato'],
  },
} as const;

type Language = keyof typeof EXPECTED;

/** The sidebar's labels as the reader sees them, read through the closed shadow root. */
function sidebarWords(page: Page) {
  return inShadow(page, (shadow) => {
    const text = (selector: string) => shadow?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const kinds = [...(shadow?.querySelectorAll('.ws-kind-chip') ?? [])].map((chip) =>
      // the chip's own words, without its check mark and count
      [...chip.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim(),
    );
    return {
      lang: shadow?.querySelector('.ws-panel')?.getAttribute('lang') ?? '',
      kinds,
      voices: text('#ws-voices-title'),
      search: text('.ws-search span'),
      exportTitle: text('#ws-export-title'),
      close: shadow?.querySelector('.ws-close')?.getAttribute('aria-label') ?? '',
      note: text('.ws-filter-note span'),
      sort: text('#ws-sort-label'),
      groups: [...(shadow?.querySelectorAll('.ws-group-title') ?? [])].map((title) => title.textContent ?? ''),
    };
  });
}

const CASES: Array<[BrowserName, Language]> = [
  ['chromium', 'fr'],
  ['firefox', 'de'],
  ['chromium', 'de'],
  ['firefox', 'fr'],
  ['chromium', 'es'],
  ['firefox', 'ru'],
  ['chromium', 'ru'],
  ['firefox', 'es'],
  // Portuguese from a Brazilian browser (_locales/pt_BR)
  ['chromium', 'pt'],
  ['chromium', 'it'],
];

/** The locale Firefox is set to: its language packs are regional where Debian ships them so (Spanish is es-ES). */
const FIREFOX_LOCALE: Record<Language, string> = { fr: 'fr', de: 'de', es: 'es-ES', ru: 'ru', pt: 'pt-BR', it: 'it' };
/**
 * The language Chromium is set to: Spanish as a Latin American browser has it and Portuguese as a Brazilian one,
 * each served from its regional folder (_locales/es_419, pt_BR: Chromium falls back to no plain language folder).
 */
const CHROMIUM_LOCALE: Record<Language, string> = { fr: 'fr', de: 'de', es: 'es-419', ru: 'ru', pt: 'pt-BR', it: 'it' };

/** Firefox speaks a language only with its language pack (scripts/setup.mjs installs them with firefox-esr). */
function firefoxLangpack(language: Language): string {
  return `/usr/lib/firefox-esr/browser/extensions/langpack-${FIREFOX_LOCALE[language]}@firefox-esr.mozilla.org.xpi`;
}

/** Whether a count ("22 высказывания · …") takes the form its number asks for in that language. */
function countAgrees(note: string, language: Language): boolean {
  const expected = EXPECTED[language];
  if (!('forms' in expected)) return true;
  const [number = '', word = ''] = note.split(' ');
  const category = new Intl.PluralRules(language).select(Number(number.replace(/\D/g, '')));
  const forms: Partial<Record<string, string>> = expected.forms;
  return forms[category] === word;
}

for (const [browserName, language] of CASES) {
  const missingPack = browserName === 'firefox' && !existsSync(firefoxLangpack(language));
  if (missingPack) {
    console.warn(`skipped: Firefox in ${language}: ${firefoxLangpack(language)} is absent (apt-get install firefox-esr-l10n-${FIREFOX_LOCALE[language].toLowerCase()}, or node scripts/setup.mjs)`);
  }
  describe.skipIf(missingPack)(`the sidebar in ${language} in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      server = await startStaticServer({ '/demo/': join(PROJECT_ROOT, 'tests', 'fixtures', 'demo') });
      launched = await launch(browserName, { uiLanguage: (browserName === 'firefox' ? FIREFOX_LOCALE : CHROMIUM_LOCALE)[language] });
      page = await launched.browser.newPage();
      await openUrlWithWhoSaid(launched, page, `${server.origin}${DEMO_ARTICLE}`);
    }, 90_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it(`speaks ${language}: its labels, groups and counts, and says so with lang="${language}"`, async () => {
      const words = await sidebarWords(page);
      const expected = EXPECTED[language];
      // a regional folder's messages say their region (es-419, pt-BR); Firefox's es-ES reads _locales/es
      const locale = browserName === 'chromium' ? CHROMIUM_LOCALE[language] : language;
      expect(words.lang).toBe(locale);
      expect(words.kinds).toEqual(expected.kinds);
      expect(words.voices).toBe(expected.voices);
      expect(words.search).toBe(expected.search);
      expect(words.exportTitle).toBe(expected.exportTitle);
      expect(words.close).toBe(expected.close);
      expect(words.sort).toBe(expected.sort);
      expect(words.note).toMatch(expected.claims);
      expect(countAgrees(words.note, language), words.note).toBe(true);
      expect(words.groups.length).toBeGreaterThan(0);
      for (const title of words.groups) expect(expected.groups).toContain(title);
    });

    it.runIf(browserName === 'chromium')('titles the toolbar button in that language, with the count', async () => {
      expect(await launched.actionTitle(page)).toMatch(EXPECTED[language].badgeTitle);
    });

    it('has no axe-core violations', async () => {
      const result = await runAxe(page);
      expect(result.violations).toEqual([]);
      expect(result.passes).toEqual(expect.arrayContaining(['button-name', 'label']));
    });
  });
}
