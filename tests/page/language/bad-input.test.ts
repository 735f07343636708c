// @vitest-environment jsdom
/**
 * Issue 17's bad input, each with a clear outcome and never a crash, on invented pages (tests/fixtures/language/)
 * read by the real article finder and, where the engine reads the language, the real engine in a jsdom session:
 * a page declared in one language but written in another (the text wins when the detector is sure), an English
 * article quoting a paragraph of French (read as English), quotes in a script the lexicon does not know (Cyrillic,
 * Chinese) inside an English or a German page, a language WhoSaid does not read (an empty state naming it), and a
 * language whose words could not be loaded into the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze, type Analysis, type TextBlock } from '../../../src/engine/index.js';
import { findArticle } from '../../../src/page/article/find-article.js';
import { WhoSaidController, type ControllerDeps } from '../../../src/page/controller.js';
import { mountSidebar } from '../../../src/page/sidebar-mount.js';
import { EMPTY_STATES } from '../../../src/shared/presentation.js';
import { installFakeHighlightApi } from '../fake-highlight-api.js';
import { engineReads, loadLanguageForTests } from './load-language.js';

/** The German and French words in the engine, when their folders exist (else the tests needing them are skipped). */
const READS_GERMAN = await loadLanguageForTests('de');
const READS_FRENCH = await loadLanguageForTests('fr');

/** The closed shadow roots made in this page, by host, as the extension holds them. */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  closedRoots.set(this, root);
  return root;
};

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'language');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** What the extension reads once the German and French bundles ship (and English, built in). */
const WITH_BUNDLES = (language: string): boolean => ['en', 'und', 'de', 'fr'].includes(language);

function articleOf(name: string, isReadable: (language: string) => boolean = WITH_BUNDLES) {
  return findArticle(new JSDOM(fixture(name)).window.document, { useLayout: false, isReadable });
}

describe('the language an article is read in', () => {
  it('takes the text\'s language over a wrong declaration when the detector is sure', () => {
    expect(articleOf('french-declared-german.html')).toMatchObject({ status: 'article', language: 'fr' });
    expect(articleOf('english-declared-french.html')).toMatchObject({ status: 'article', language: 'en' });
  });

  it('reads an English article quoting a paragraph of French as English', () => {
    expect(articleOf('english-quoting-french.html')).toMatchObject({ status: 'article', language: 'en' });
  });

  it('keeps a page\'s language when it quotes in another script (Cyrillic, Chinese)', () => {
    expect(articleOf('english-with-foreign-scripts.html')).toMatchObject({ status: 'article', language: 'en' });
    expect(articleOf('german-with-foreign-scripts.html')).toMatchObject({ status: 'article', language: 'de' });
  });

  it('reads the German and French pages in their language, and refuses Dutch', () => {
    expect(articleOf('german-news.html')).toMatchObject({ status: 'article', language: 'de' });
    expect(articleOf('french-news.html')).toMatchObject({ status: 'article', language: 'fr' });
    expect(articleOf('dutch-news.html')).toEqual({ status: 'unsupported-language', language: 'nl' });
  });

  it('refuses a language with no bundle and no lexicon in the engine (the default gate, with no build)', () => {
    const result = findArticle(new JSDOM(fixture('german-news.html')).window.document, { useLayout: false });
    expect(result).toEqual(engineReads('de') ? expect.objectContaining({ status: 'article', language: 'de' }) : { status: 'unsupported-language', language: 'de' });
  });
});

describe('a session on bad input, with the real engine', () => {
  /** The languages each analysis was asked for, in order. */
  let languages: string[];

  beforeEach(() => {
    installFakeHighlightApi(window);
    window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
    languages = [];
  });

  afterEach(() => {
    document.documentElement.innerHTML = '';
  });

  /** Loads the fixture into the test's own document (the sidebar's Preact code reads DOM globals). */
  function load(name: string): void {
    const html = fixture(name);
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
    document.documentElement.setAttribute('lang', lang);
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  }

  /** Runs one session to its first shown state; returns the state, its message and the analysis shown. */
  async function session(deps: Partial<ControllerDeps> = {}): Promise<{ state: string | undefined; message: string; analysis: Analysis | null }> {
    let shown: Analysis | null = null;
    const controller = new WhoSaidController({
      doc: document,
      findArticle: (page) => findArticle(page, { useLayout: false, isReadable: WITH_BUNDLES }),
      mountSidebar,
      send: () => undefined,
      // the real engine, in one go, recording the language it was asked for
      analyze: async (blocks: TextBlock[], _isCancelled, language) => {
        languages.push(language);
        return analyze(blocks, { language });
      },
      prepareLanguage: async (language) => engineReads(language),
      onShown: (analysis) => {
        shown = analysis;
      },
      ...deps,
    });
    try {
      await controller.start();
      const host = document.querySelector('whosaid-root');
      const shadow = host === null ? undefined : closedRoots.get(host);
      const state = shadow?.querySelector('.ws-state')?.getAttribute('data-state') ?? undefined;
      const message = shadow?.querySelector('.ws-message')?.textContent ?? '';
      return { state, message, analysis: shown };
    } finally {
      controller.destroy();
    }
  }

  it('reads a page declared French but written in English as English, and finds its claims', async () => {
    load('english-declared-french.html');
    const result = await session();
    expect(languages).toEqual(['en']);
    expect(result.state).toBe('ready');
    expect(actorNames(result.analysis).some((name) => name.includes('Grace Holloway'))).toBe(true);
  });

  it('reads an English article quoting a paragraph of French as English, without a crash', async () => {
    load('english-quoting-french.html');
    const result = await session();
    expect(languages).toEqual(['en']);
    expect(result.state).toBe('ready');
    expect(actorNames(result.analysis)).toEqual(expect.arrayContaining(['Michael Dawes']));
  });

  it('reads an English article with Cyrillic and Chinese quotations, without a crash', async () => {
    load('english-with-foreign-scripts.html');
    const result = await session();
    expect(languages).toEqual(['en']);
    expect(result.state).toBe('ready');
    // the English reports around the foreign quotations are found
    expect(claimTexts(result.analysis).some((text) => text.includes('insurance costs'))).toBe(true);
  });

  it('says clearly that it does not read Dutch, and runs no analysis', async () => {
    load('dutch-news.html');
    const result = await session();
    expect(languages).toEqual([]);
    expect(result.state).toBe('empty');
    expect(result.message).toBe(EMPTY_STATES.unsupportedLanguage('nl'));
    expect(result.message).toMatch(/Dutch/);
  });

  it('says clearly that it could not load a language\'s words, and runs no analysis', async () => {
    load('german-news.html');
    const result = await session({ prepareLanguage: async () => false });
    expect(languages).toEqual([]);
    expect(result.state).toBe('empty');
    expect(result.message).toBe(EMPTY_STATES.languageNotLoaded('de'));
  });

  it('becomes an error state, never an unhandled rejection, when loading the words throws', async () => {
    load('german-news.html');
    const result = await session({ prepareLanguage: () => Promise.reject(new Error('the background went away')) });
    expect(result.state).toBe('error');
    expect(languages).toEqual([]);
  });

  // NEEDS the French lexicon (helper french, src/engine/lexicon/fr/) and the seam's registerLexicon on main
  it.skipIf(!READS_FRENCH)('reads a page declared German but written in French as French', async () => {
    load('french-declared-german.html');
    const result = await session();
    expect(languages).toEqual(['fr']);
    expect(result.state).toBe('ready');
    expect(actorNames(result.analysis).some((name) => name.includes('Antoine Roche'))).toBe(true);
  });

  // NEEDS the German lexicon (helper german) and the seam's registerLexicon on main
  it.skipIf(!READS_GERMAN)('reads a German article with Chinese and Cyrillic quotations, without a crash', async () => {
    load('german-with-foreign-scripts.html');
    const result = await session();
    expect(languages).toEqual(['de']);
    expect(result.state).toBe('ready');
    expect(actorNames(result.analysis).some((name) => name.includes('Thomas Krüger'))).toBe(true);
  });
});

function actorNames(analysis: Analysis | null): string[] {
  return analysis?.actors.map((actor) => actor.name) ?? [];
}

function claimTexts(analysis: Analysis | null): string[] {
  if (analysis === null) return [];
  return analysis.claims.map((claim) => claim.content.map((span) => analysis.blocks[span.block]?.text.slice(span.start, span.end) ?? '').join(' '));
}
