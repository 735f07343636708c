// @vitest-environment jsdom
/**
 * One WhoSaid session in a jsdom page, with a fixed analysis in place of the engine: the host reports its state, the
 * claims are registered as per-actor highlights over the right text, the sidebar opens and closes on its own, a jump
 * emphasises the claim, the reader's corrections repaint at once and are kept for the next visit, and destroy()
 * leaves the page's DOM exactly as it was, also when switched off mid-analysis.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Span, TextBlock } from '../../src/engine/types.js';
import { findArticle } from '../../src/page/article/find-article.js';
import { WhoSaidController, type ControllerDeps } from '../../src/page/controller.js';
import { highlightName, styleHighlightName, type ClaimRole } from '../../src/page/highlights.js';
import { DEFAULT_SETTINGS } from '../../src/shared/settings.js';
import { mountSidebar } from '../../src/page/sidebar-mount.js';
import { paletteColorAt, UNATTRIBUTED_COLOR } from '../../src/shared/palette.js';
import type { ContentToBackground } from '../../src/shared/messages.js';
import { installFakeHighlightApi } from './fake-highlight-api.js';
import { correctionsStore } from '../../src/shared/corrections-store.js';

const DEMO = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo', 'tramline-article.html'), 'utf8');

/** Highlights are named by colour: the actor with the most claims (ties: the first met) takes the palette's first. */
const A1 = (role: ClaimRole): string => highlightName(paletteColorAt('okabe-ito', 0), role);
const A2 = (role: ClaimRole): string => highlightName(paletteColorAt('okabe-ito', 1), role);
const NO_ACTOR = (role: ClaimRole): string => highlightName(UNATTRIBUTED_COLOR, role);

function spanIn(blocks: TextBlock[], needle: string): Span {
  const block = blocks.findIndex((candidate) => candidate.text.includes(needle));
  const text = blocks[block]?.text ?? '';
  if (block < 0) throw new Error(`"${needle}" not in the article`);
  const start = text.indexOf(needle);
  return { block, start, end: start + needle.length };
}

/** Two actors, three claims, as the engine would report them for the demo article. */
function fixedAnalysis(blocks: TextBlock[]): Analysis {
  return {
    blocks,
    actors: [
      { id: 'a1', name: 'Margaret Velasquez', kind: 'person', mentions: [spanIn(blocks, 'Velasquez told')] },
      { id: 'a2', name: 'Daniel Price', kind: 'person', mentions: [spanIn(blocks, 'Councillor Daniel Price')] },
      { id: 'unknown', name: 'Unknown speaker', kind: 'unknown', mentions: [] },
    ],
    claims: [
      {
        id: 'c1',
        kind: 'statement', quote: 'direct',
        source: spanIn(blocks, 'Velasquez told'),
        cue: { ...spanIn(blocks, 'Velasquez told'), start: spanIn(blocks, 'Velasquez told').start + 10 },
        content: [spanIn(blocks, 'Nobody should pretend this is a surprise')],
        actorId: 'a1',
        cueLemma: 'tell',
        stance: 'neutral', confidence: 1,
      },
      {
        id: 'c2',
        kind: 'statement', quote: 'mixed',
        source: spanIn(blocks, 'Councillor Daniel Price'),
        cue: spanIn(blocks, 'insisted'),
        content: [spanIn(blocks, 'the line would still be')],
        actorId: 'a2',
        cueLemma: 'insist',
        stance: 'distancing', confidence: 1,
      },
      {
        id: 'c3',
        kind: 'statement', quote: 'indirect',
        source: null,
        cue: spanIn(blocks, 'a spokesman confirmed'),
        content: [spanIn(blocks, 'The council will vote on those recommendations on Thursday')],
        actorId: 'unknown',
        cueLemma: 'confirm',
        stance: 'neutral', confidence: 1,
      },
    ],
  };
}

describe('WhoSaidController in a jsdom page', () => {
  let doc: Document;
  let registry: ReturnType<typeof installFakeHighlightApi>;
  let sent: ContentToBackground[];
  let scrolledTo: number[];

  beforeEach(() => {
    // The environment's own window and document: the sidebar's Preact code reads DOM globals.
    doc = document;
    doc.documentElement.setAttribute('lang', 'en');
    doc.documentElement.innerHTML = DEMO.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
    registry = installFakeHighlightApi(window);
    sent = [];
    scrolledTo = [];
    window.scrollTo = ((options: ScrollToOptions) => scrolledTo.push(options.top ?? 0)) as typeof window.scrollTo;
    window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
  });

  afterEach(() => {
    doc.documentElement.innerHTML = '';
  });

  function controller(analyze: ControllerDeps['analyze'], extra: Partial<ControllerDeps> = {}): WhoSaidController {
    return new WhoSaidController({
      doc,
      findArticle: (page) => findArticle(page, { useLayout: false }),
      mountSidebar,
      send: (message) => sent.push(message),
      analyze,
      ...extra,
    });
  }

  it('takes focus into the sidebar after a click, but leaves the reader\'s focus alone when started by auto-run', async () => {
    const field = doc.createElement('input');
    doc.body.append(field);
    field.focus();
    const autoRun = controller(async (blocks) => fixedAnalysis(blocks), { focusSidebar: false });
    await autoRun.start();
    expect(doc.activeElement).toBe(field);
    autoRun.destroy();

    const clicked = controller(async (blocks) => fixedAnalysis(blocks));
    try {
      await clicked.start();
      // focus moves once the browser has rendered the sidebar (after the next frame)
      await vi.waitFor(() => expect(doc.activeElement?.tagName.toLowerCase()).toBe('whosaid-root'));
    } finally {
      clicked.destroy();
    }
  });

  it('shows the hover card beside a claim that gains keyboard focus in the sidebar, and hides it after', async () => {
    const session = controller(async (blocks) => fixedAnalysis(blocks));
    await session.start();
    const card = doc.querySelector('whosaid-root')?.shadowRoot?.querySelector<HTMLElement>('.hover-card');
    // jsdom lays nothing out: every range's box is 0×0 at the origin, which counts as off screen, so no card.
    session.previewClaim('c2');
    expect(card?.hidden).toBe(true);
    const rangeProto = Object.getPrototypeOf(doc.createRange()) as Range;
    const original = rangeProto.getBoundingClientRect;
    rangeProto.getBoundingClientRect = () => ({ top: 100, bottom: 120, left: 50, right: 300, width: 250, height: 20, x: 50, y: 100, toJSON: () => ({}) });
    try {
      session.previewClaim('c2');
      expect(card?.hidden).toBe(false);
      expect(card?.textContent).toContain('Daniel Price');
      expect(card?.textContent).toContain('insisted');
      // the card and the sidebar read the claim in the same words (shared/presentation.ts)
      const badges = [...(doc.querySelector('whosaid-root')?.shadowRoot?.querySelectorAll('[data-claim-id="c2"] .ws-badge') ?? [])];
      const words = badges.map((badge) => badge.textContent ?? '');
      expect(words).toEqual(['statement', 'partly quoted', 'distancing']);
      expect(card?.textContent).toContain(`statement · “insisted” · ${words.slice(1).join(' · ')}`);
      expect(card?.textContent).toContain('Daniel Price · person');
      session.previewClaim(null);
      expect(card?.hidden).toBe(true);
    } finally {
      rangeProto.getBoundingClientRect = original;
      session.destroy();
    }
  });

  it('hides thoughts until the reader shows them, paints uncertain claims apart, and says so in the card', async () => {
    // c2 a claim WhoSaid is not sure of, c3 a thought
    const withKinds = (blocks: TextBlock[]): Analysis => {
      const analysis = fixedAnalysis(blocks);
      return { ...analysis, claims: analysis.claims.map((claim) =>
        claim.id === 'c2' ? { ...claim, confidence: 0.3 } : claim.id === 'c3' ? { ...claim, kind: 'thought' as const } : claim) };
    };
    const session = controller(async (blocks) => withKinds(blocks));
    const rangeProto = Object.getPrototypeOf(doc.createRange()) as Range;
    const original = rangeProto.getBoundingClientRect;
    try {
      await session.start();
      const text = (name: string) => [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
      expect(text(NO_ACTOR('content'))).toEqual([]);
      expect(registry.has(styleHighlightName(UNATTRIBUTED_COLOR, 'thought'))).toBe(false);
      expect(text(styleHighlightName(paletteColorAt('okabe-ito', 1), 'unsure'))).toEqual(
        expect.arrayContaining(['Councillor Daniel Price', 'insisted', 'the line would still be']));
      const shadow = doc.querySelector('whosaid-root')?.shadowRoot;
      expect(shadow?.querySelector('[data-claim-id="c3"]')).toBeNull();
      rangeProto.getBoundingClientRect = () => ({ top: 100, bottom: 120, left: 50, right: 300, width: 250, height: 20, x: 50, y: 100, toJSON: () => ({}) });
      session.previewClaim('c2');
      expect(shadow?.querySelector('.hover-card .unsure')?.textContent).toBe('WhoSaid is not sure this is a statement.');
      // the chip in the sidebar: the thought is painted in its own style and listed
      const chip = [...(shadow?.querySelectorAll<HTMLButtonElement>('.ws-kind-chip') ?? [])].find((button) => button.dataset['kind'] === 'thought');
      chip?.click();
      await vi.waitFor(() => expect(shadow?.querySelector('[data-claim-id="c3"]')).not.toBeNull());
      expect(text(styleHighlightName(UNATTRIBUTED_COLOR, 'thought'))).toContain('The council will vote on those recommendations on Thursday');
      session.previewClaim('c3');
      expect(shadow?.querySelector('.hover-card .detail')?.textContent).toMatch(/^thought or plan · “a spokesman confirmed”/);
    } finally {
      rangeProto.getBoundingClientRect = original;
      session.destroy();
    }
  });

  it('shows thoughts from the start when the reader’s settings ask for them', async () => {
    const session = controller(async (blocks) => {
      const analysis = fixedAnalysis(blocks);
      return { ...analysis, claims: analysis.claims.map((claim) => claim.id === 'c3' ? { ...claim, kind: 'thought' as const } : claim) };
    }, { settings: { ...DEFAULT_SETTINGS, claims: { showThoughts: true } } });
    try {
      await session.start();
      expect(registry.has(styleHighlightName(UNATTRIBUTED_COLOR, 'thought'))).toBe(true);
    } finally {
      session.destroy();
    }
  });

  it('paints each colour and role as its own highlight over the claimed text, then removes every trace', async () => {
    const before = doc.documentElement.outerHTML;
    const session = controller(async (blocks) => fixedAnalysis(blocks));
    const host = doc.querySelector('whosaid-root');
    expect(host?.getAttribute('data-state')).toBe('analyzing');
    await session.start();

    expect(host?.getAttribute('data-state')).toBe('ready');
    expect(host?.getAttribute('data-claims')).toBe('3');
    const text = (name: string) => [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
    expect(text(A1('content'))).toEqual(['Nobody should pretend this is a surprise']);
    expect(text(A1('cue'))).toEqual(['told']);
    expect(text(A2('source'))).toEqual(['Councillor Daniel Price']);
    expect(text(NO_ACTOR('content'))).toEqual(['The council will vote on those recommendations on Thursday']);
    const rules = doc.adoptedStyleSheets.map((sheet) => (sheet as unknown as { cssText: string }).cssText).join('\n');
    expect(rules).toContain(`::highlight(${A1('content')})`);
    expect(host?.shadowRoot?.textContent).toContain('Margaret Velasquez');
    expect(sent).toContainEqual({ type: 'whosaid/claims', count: 3 });

    session.destroy();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(registry.size).toBe(0);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(sent.at(-1)).toEqual({ type: 'whosaid/off' });
  });

  it('jumps to a claim with a brief emphasis, and dims the other actors when one is selected', async () => {
    const session = controller(async (blocks) => fixedAnalysis(blocks));
    await session.start();
    session.jumpToClaim('c2');
    expect(scrolledTo).toHaveLength(1);
    expect([...(registry.get('whosaid-focus') ?? [])].map((range) => (range as Range).toString())).toContain(
      'the line would still be',
    );
    session.selectActor('a1');
    expect([...registry.keys()].filter((name) => name.startsWith(A2('content').replace(/content$/, '')))).toEqual([]);
    expect(registry.has(A1('content'))).toBe(true);
    expect([...(registry.get('whosaid-dimmed') ?? [])].map((range) => (range as Range).toString())).toContain(
      'Councillor Daniel Price',
    );
    session.selectActor(null);
    expect(registry.has(A2('content'))).toBe(true);
    session.destroy();
  });

  it('closes the sidebar alone, keeping the highlights', async () => {
    const session = controller(async (blocks) => fixedAnalysis(blocks));
    await session.start();
    session.closeSidebar();
    const host = doc.querySelector('whosaid-root');
    expect(host?.shadowRoot?.textContent ?? '').not.toContain('Margaret Velasquez');
    expect(registry.has(A1('content'))).toBe(true);
    session.destroy();
  });

  it('hands the library the analysis only once it is shown (ready), and never an empty one', async () => {
    const shown: Array<{ claims: number; state: string | null | undefined }> = [];
    const onShown = (analysis: Analysis) => shown.push({ claims: analysis.claims.length, state: doc.querySelector('whosaid-root')?.getAttribute('data-state') });
    const session = controller(async (blocks) => fixedAnalysis(blocks), { onShown });
    await session.start();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.state).toBe('ready');
    expect(shown[0]?.claims).toBeGreaterThan(0);
    session.destroy();
    const empty = controller(async (blocks) => ({ blocks, actors: [], claims: [] }), { onShown });
    await empty.start();
    expect(shown).toHaveLength(1);
    empty.destroy();
  });

  it('reports empty when the engine finds no claims, and error when it fails', async () => {
    const empty = controller(async (blocks) => ({ blocks, actors: [], claims: [] }));
    await empty.start();
    expect(doc.querySelector('whosaid-root')?.getAttribute('data-state')).toBe('empty');
    empty.destroy();
    const failing = controller(async () => {
      throw new Error('engine broke');
    });
    await failing.start();
    expect(doc.querySelector('whosaid-root')?.getAttribute('data-state')).toBe('error');
    failing.destroy();
  });

  it('applies the corrections kept for the article, repaints and keeps each new one, and undoes them', async () => {
    const items: Record<string, unknown> = {};
    const store = correctionsStore({
      get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
      set: async (values) => void Object.assign(items, structuredClone(values)),
      remove: async (key) => void delete items[key],
    });
    const text = (name: string) => [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
    const host = () => doc.querySelector('whosaid-root');
    let seen: TextBlock[] = [];
    const analyze: ControllerDeps['analyze'] = async (blocks) => {
      seen = blocks;
      return fixedAnalysis(blocks);
    };
    const first = controller(analyze, { corrections: store });
    await first.start();
    const cueOf = (claimId: string): Span => {
      const claim = fixedAnalysis(seen).claims.find((candidate) => candidate.id === claimId);
      if (claim === undefined) throw new Error(`no ${claimId}`);
      return claim.cue;
    };
    const council = 'The council will vote on those recommendations on Thursday';
    first.correct({ kind: 'speaker', cue: cueOf('c3'), to: { id: 'a2', name: 'Daniel Price' } });
    // colours stay where the engine put them: Price keeps his, the claim takes it
    await vi.waitFor(() => expect(text(A2('content'))).toContain(council));
    expect(text(NO_ACTOR('content'))).toEqual([]);
    expect(host()?.shadowRoot?.querySelector('[data-claim-id="c3"] .ws-badge-corrected')?.textContent).toContain('corrected');
    // the hover card says so too (jsdom lays nothing out: the claim's box is stubbed on screen)
    const rangeProto = Object.getPrototypeOf(doc.createRange()) as Range;
    const original = rangeProto.getBoundingClientRect;
    rangeProto.getBoundingClientRect = () => ({ top: 100, bottom: 120, left: 50, right: 300, width: 250, height: 20, x: 50, y: 100, toJSON: () => ({}) });
    try {
      first.previewClaim('c3');
      expect(host()?.shadowRoot?.querySelector('.hover-card')?.textContent).toContain('Daniel Price · personstatement · “a spokesman confirmed”');
      expect(host()?.shadowRoot?.querySelector('.hover-card .corrected')?.textContent).toBe('Corrected by you: speaker given by you');
    } finally {
      rangeProto.getBoundingClientRect = original;
    }
    first.correct({ kind: 'not-a-claim', cue: cueOf('c1') });
    await vi.waitFor(() => expect(host()?.getAttribute('data-claims')).toBe('2'));
    expect(text(A1('content'))).toEqual([]);
    expect(sent.at(-1)).toEqual({ type: 'whosaid/claims', count: 2 });
    await vi.waitFor(() => expect(Object.values(items)).toHaveLength(1));
    await vi.waitFor(() => expect((Object.values(items)[0] as { corrections: unknown[] }).corrections).toHaveLength(2));
    first.destroy();

    // the next visit: the same article at the same address finds them and applies them before showing
    const second = controller(analyze, { corrections: store });
    await second.start();
    expect(host()?.getAttribute('data-claims')).toBe('2');
    expect(text(A2('content'))).toContain(council);
    expect(host()?.shadowRoot?.querySelectorAll('.ws-fix-line')).toHaveLength(2);
    second.undoCorrection(1);
    await vi.waitFor(() => expect(host()?.getAttribute('data-claims')).toBe('3'));
    expect(text(A1('content'))).toEqual(['Nobody should pretend this is a surprise']);
    await vi.waitFor(() => expect((Object.values(items)[0] as { corrections: unknown[] }).corrections).toHaveLength(1));
    second.undoCorrection(0);
    await vi.waitFor(() => expect(Object.keys(items)).toEqual([]));
    // the repaint follows the stored list; under load it may land a moment after it
    await vi.waitFor(() => expect(text(NO_ACTOR('content'))).toEqual([council]));
    second.destroy();
  });

  it('paints nothing when switched off before the analysis returns', async () => {
    const before = doc.documentElement.outerHTML;
    let release: () => void = () => undefined;
    const session = controller(
      (blocks, isCancelled) =>
        new Promise((resolve) => {
          release = () => resolve(isCancelled() ? null : fixedAnalysis(blocks));
        }),
    );
    const started = session.start();
    session.destroy();
    release();
    await started;
    expect(registry.size).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
