// @vitest-environment jsdom
/**
 * The sidebar in German, French, Spanish and Russian, from the same analysis: every fixed word, each count in that language's
 * plural, numbers and quotation marks as the language writes them,
 * and the article's own words (names, cues) untouched. The messages are the files the browser would serve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../src/ui/sidebar/Sidebar.js';
import { useMessages, type MessageFile } from '../../src/shared/i18n.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { FIXTURE_ANALYSIS, FIXTURE_COLORS, FIXTURE_PAGE } from './fixture-analysis.js';
import { actions } from './sidebar-spies.js';

function useLocale(locale: string): void {
  useMessages(JSON.parse(readFileSync(join(process.cwd(), '_locales', locale, 'messages.json'), 'utf8')) as MessageFile);
}

afterEach(() => {
  cleanup();
  useLocale('en');
});

const MODEL: SidebarModel = {
  state: 'ready',
  analysis: FIXTURE_ANALYSIS,
  page: FIXTURE_PAGE,
  actorColors: FIXTURE_COLORS,
  selectedActorId: null,
};

/** Every text the reader sees or hears: text nodes, aria-labels, titles and placeholders. */
function everyText(root: ParentNode): string {
  const texts: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return `${root.textContent ?? ''}\n${texts.join('\n')}`;
}

/** English words of the sidebar's own that no German or French sidebar may show. */
const ENGLISH = [/\bclaims?\b/, /\bStatements\b/, /\bFindings\b/, /\bVoices\b/, /\bSearch\b/, /\bExport\b/, /\bShow\b/, /\bCopy\b/, /\bCorrect\b/, /\bnamed\b/, /\bparaphras/];

describe('the sidebar in the reader’s language', () => {
  it('speaks German: its labels, counts and marks, none of its English left', () => {
    useLocale('de');
    const { container } = render(<Sidebar model={MODEL} actions={actions()} />);
    const text = everyText(container);
    expect(container.querySelector('.ws-panel')?.getAttribute('lang')).toBe('de');
    expect(text).toContain('Stimmen');
    expect(text).toContain('Aussagen durchsuchen');
    expect(text).toContain('Exportieren');
    expect(container.querySelector('.ws-filter-note span')?.textContent).toMatch(/^\d+ Aussagen?\b/);
    expect(text).toContain('1 betroffene Person');
    expect(text).toContain('63\u00a0% benannt');
    for (const english of ENGLISH) expect(text, String(english)).not.toMatch(english);
  });

  it('speaks French: its plurals, « » and % with their spaces, and the article’s cues as written', () => {
    useLocale('fr');
    const { container } = render(<Sidebar model={MODEL} actions={actions()} />);
    const text = everyText(container);
    expect(container.querySelector('.ws-panel')?.getAttribute('lang')).toBe('fr');
    expect(text).toContain('Voix');
    expect(text).toContain('1 personne concernée');
    expect(text).toContain('63\u00a0% nommées');
    expect(text).toMatch(/«\u00a0[^»]+\u00a0»/);
    // the cues are the article's (English) words
    expect([...container.querySelectorAll('.ws-cue')].map((cue) => cue.textContent)).toContain('said');
    for (const english of ENGLISH) expect(text, String(english)).not.toMatch(english);
  });

  it('speaks Spanish: its labels, plurals and «…», none of its English left', () => {
    useLocale('es');
    const { container } = render(<Sidebar model={MODEL} actions={actions()} />);
    const text = everyText(container);
    expect(container.querySelector('.ws-panel')?.getAttribute('lang')).toBe('es');
    expect(text).toContain('Voces');
    expect(text).toContain('Buscar afirmaciones');
    expect(text).toContain('1 afectado');
    expect(text).toContain('63\u00a0% identificadas');
    expect(container.querySelector('.ws-filter-note span')?.textContent).toMatch(/^\d+ afirmaci(ón|ones)\b/);
    for (const english of ENGLISH) expect(text, String(english)).not.toMatch(english);
  });

  it('speaks Russian: a count takes the form its number asks for, none of its English left', () => {
    useLocale('ru');
    const { container } = render(<Sidebar model={MODEL} actions={actions()} />);
    const text = everyText(container);
    expect(container.querySelector('.ws-panel')?.getAttribute('lang')).toBe('ru');
    expect(text).toContain('Голоса');
    expect(text).toContain('Поиск по высказываниям');
    expect(text).toContain('1 частное лицо');
    expect(text).toContain('63\u00a0% названы');
    const count = container.querySelector('.ws-filter-note span')?.textContent ?? '';
    const number = Number(/^\d+/.exec(count)?.[0]);
    const form = new Intl.PluralRules('ru').select(number);
    expect(count).toMatch({ one: /^\d+ высказывание$/, few: /^\d+ высказывания$/, many: /^\d+ высказываний$/ }[form as 'one' | 'few' | 'many']);
    for (const english of ENGLISH) expect(text, String(english)).not.toMatch(english);
  });

  it('shows direct quotes in the language’s own marks, never the English ones', () => {
    for (const [locale, marks] of [['de', /^„[^“”„\s][^“”]*[^“”„\s]“( … „[^“”]+“)*$/], ['fr', /^«\u00a0[^“”«»\s][^“”«»]*[^“”«»\s]\u00a0»( … «\u00a0[^«»]+\u00a0»)*$/], ['es', /^«[^“”«»\s][^“”«»]*[^“”«»\s]»( … «[^«»]+»)*$/], ['ru', /^«[^“”«»\s][^“”«»]*[^“”«»\s]»( … «[^«»]+»)*$/]] as const) {
      useLocale(locale);
      const { container } = render(<Sidebar model={MODEL} actions={actions()} />);
      const quotes = [...container.querySelectorAll('.ws-content')]
        .map((content) => content.textContent ?? '')
        .filter((content) => /^[„«“]/.test(content));
      expect(quotes.length, locale).toBeGreaterThan(0);
      for (const quote of quotes) expect(quote, locale).toMatch(marks);
      cleanup();
    }
  });
});
