// @vitest-environment jsdom
/**
 * The sidebar on far more claims than an article holds: the list renders bounded windows of sources and claims
 * (a DOM row per claim made a main-thread task of most of a second), "Show more" buttons bring in the rest and move
 * focus there, search still reaches every claim, and the summary and the exports still count and carry them all.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../src/ui/sidebar/Sidebar.js';
import {
  LIST_LIMITS,
  initialWindows,
  moveClaims,
  moveSources,
  planWindows,
  type ListEntry,
  type WindowState,
} from '../../src/ui/sidebar/list-window.js';
import type { Analysis } from '../../src/engine/index.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { largeAnalysis, manySources } from './large-analysis.js';
import { actions } from './sidebar-spies.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const PAGE = { url: 'https://news.example/harbour-year', title: 'The harbour year in quotes' };

function model(analysis: Analysis, overrides: Partial<SidebarModel> = {}): SidebarModel {
  return { state: 'ready', analysis, page: PAGE, actorColors: {}, selectedActorId: null, ...overrides };
}

const claimRows = (container: ParentNode) =>
  [...container.querySelectorAll<HTMLElement>('[data-claim-id]')].map((element) => element.dataset['claimId'] ?? '');
const actorRows = (container: ParentNode) => container.querySelectorAll('.ws-actor-btn[data-key]').length;
const focusedKey = () => (document.activeElement instanceof HTMLElement ? document.activeElement.dataset['key'] : undefined);
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `c${from + index}`);
/** A "show" button by its full text (role queries are too slow on lists this long; the first test checks the role). */
const showButton = (container: ParentNode, text: string): HTMLElement => {
  const found = [...container.querySelectorAll<HTMLElement>('.ws-show')].find((element) => element.textContent === text);
  if (!found) throw new Error(`no "${text}" button`);
  return found;
};

const ONE_LOUD_SOURCE = largeAnalysis([{ name: 'Ines Lorca', claims: 3000 }]);

describe('one source with 3,000 claims', () => {
  it('renders its first claims only, while its count, the summary and the note count all 3,000', () => {
    const { container } = render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    expect(claimRows(container)).toEqual(ids(0, LIST_LIMITS.initialClaims));
    expect(container.querySelector('[data-actor-id="a0"] .ws-count')?.textContent).toBe('3,000 claims');
    expect(container.querySelector('[data-filter="all"]')?.textContent).toBe('1 source 3,000 statements');
    expect(container.querySelector('[data-filter="named"]')?.textContent).toBe('100% named (3,000)');
    expect(container.querySelector('.ws-filter-note')?.textContent).toBe('3,000 claims');
    const more = screen.getByRole('button', { name: 'Show 50 more of 2,980 claims by Ines Lorca' });
    expect(more.textContent).toBe('Show 50 more of 2,980 claims by Ines Lorca');
  });

  it('"Show more" is reached with the arrow keys, brings in the next page and focuses its first claim', () => {
    const { container } = render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    const actor = container.querySelector<HTMLElement>('[data-key="actor:a0"]');
    actor?.focus();
    const press = (key: string) => {
      fireEvent.keyDown(document.activeElement ?? document.body, { key });
      return focusedKey();
    };
    expect(press('End')).toBe('more:actor:a0');
    expect(press('ArrowUp')).toBe('claim:c19');
    expect(press('ArrowDown')).toBe('more:actor:a0');
    expect(press('ArrowLeft')).toBe('actor:a0');
    expect(press('End')).toBe('more:actor:a0');
    fireEvent.click(document.activeElement ?? document.body);
    expect(claimRows(container)).toEqual(ids(0, 70));
    expect(focusedKey()).toBe('claim:c20');
    // The newly focused claim is the one tab stop of the list.
    const tabStops = [...container.querySelectorAll<HTMLElement>('.ws-list [data-key]')].filter((el) => el.tabIndex === 0);
    expect(tabStops.map((el) => el.dataset['key'])).toEqual(['claim:c20']);
  });

  it('never holds more than the per-source window: showing more slides it, "Show earlier" brings the start back', () => {
    const { container } = render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    const showMore = () => fireEvent.click(container.querySelector('[data-key="more:actor:a0"]') ?? document.body);
    for (let i = 0; i < 10; i += 1) showMore();
    // 20 + 10 × 50 = 520 shown so far; only the last 200 are rendered.
    expect(claimRows(container)).toEqual(ids(320, 520));
    expect(focusedKey()).toBe('claim:c470');
    const earlier = showButton(container, 'Show 50 earlier claims by Ines Lorca');
    fireEvent.click(earlier);
    expect(claimRows(container)).toEqual(ids(270, 470));
    expect(focusedKey()).toBe('claim:c270');
    // Left from a list's buttons goes to its source, as from its claims.
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Home' });
    expect(focusedKey()).toBe('actor:a0');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
    expect(focusedKey()).toBe('earlier:actor:a0');
  });

  it('reaches the last claim, where "Show more" says how many are left and then goes away', () => {
    const { container } = render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    for (let i = 0; i < 59; i += 1) fireEvent.click(container.querySelector('[data-key="more:actor:a0"]') ?? document.body);
    expect(claimRows(container)).toEqual(ids(2770, 2970));
    fireEvent.click(showButton(container, 'Show the last 30 claims by Ines Lorca'));
    expect(claimRows(container)).toEqual(ids(2800, 3000));
    expect(focusedKey()).toBe('claim:c2970');
    expect(container.querySelector('[data-key="more:actor:a0"]')).toBeNull();
  });

  it('search finds claims far beyond the window, and a new search starts the windows over', () => {
    const { container } = render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    fireEvent.click(container.querySelector('[data-key="more:actor:a0"]') ?? document.body);
    const search = screen.getByRole('searchbox', { name: /Search claims/ });
    fireEvent.input(search, { target: { value: 'number 2999' } });
    expect(claimRows(container)).toEqual(['c2999']);
    // Search words match inside words: "1" matches every claim whose number has the digit, 1542 of them.
    fireEvent.input(search, { target: { value: 'number 1' } });
    const matching = ids(0, 3000).filter((id) => id.includes('1'));
    expect(matching).toHaveLength(1542);
    expect(claimRows(container)).toEqual(matching.slice(0, LIST_LIMITS.initialClaims));
    expect(container.querySelector('.ws-filter-note')?.textContent).toContain('Showing 1,542 of 3,000 claims');
    fireEvent.click(showButton(container, 'Show 50 more of 1,522 claims by Ines Lorca'));
    expect(claimRows(container)).toEqual(matching.slice(0, 70));
  });

  it('exports every claim, not only the rendered ones', async () => {
    const blobs: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:whosaid-test';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<Sidebar model={model(ONE_LOUD_SOURCE)} actions={actions()} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    // the first export waits for the formats to be injected (SidebarActions.loadExports): the files come in any order
    await vi.waitFor(() => expect(blobs).toHaveLength(3));
    const textOf = (type: string) => blobs.find((blob) => blob.type.startsWith(type))?.text();
    const [json, csv, markdown] = await Promise.all([textOf('application/json'), textOf('text/csv'), textOf('text/markdown')]);
    const parsed: unknown = JSON.parse(json ?? '');
    const exported = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'claims') : undefined;
    expect(Array.isArray(exported) ? exported.length : -1).toBe(3000);
    expect(csv?.trimEnd().split('\r\n')).toHaveLength(3001);
    expect(markdown).toContain('the pier will cost number 2999');
  });
});

describe('many sources', () => {
  it('renders at most a page of sources and the row budget of claims, and shows more sources on request', () => {
    const analysis = largeAnalysis(manySources(300, 5), 40);
    const { container } = render(<Sidebar model={model(analysis)} actions={actions()} />);
    expect(actorRows(container)).toBe(LIST_LIMITS.sourcePage);
    // 100 sources × 5 claims would be 500 rows: the first 50 sources get theirs, the rest only a button.
    expect(claimRows(container)).toHaveLength(LIST_LIMITS.maxClaimRows);
    expect(container.querySelector('[data-actor-id="a60"] [data-key="more:actor:a60"]')?.textContent).toBe(
      'Show the last 5 claims by Source 060',
    );
    const moreSources = showButton(container, 'Show 100 more sources of 201');
    moreSources.focus();
    fireEvent.click(moreSources);
    expect(actorRows(container)).toBe(2 * LIST_LIMITS.sourcePage);
    expect(focusedKey()).toBe('actor:a100');
    fireEvent.click(showButton(container, 'Show 100 more sources of 101'));
    // The sources window slides: 200 at most, and the earlier ones a button away.
    expect(actorRows(container)).toBe(LIST_LIMITS.maxSources);
    expect(container.querySelector('[data-actor-id="a99"]')).toBeNull();
    expect(focusedKey()).toBe('actor:a200');
    // The unknown speaker (the claims with no source) is the last entry. The sources above used the whole row
    // budget, so it shows no claim yet: focus lands on it, and its own "Show more" brings its claims.
    fireEvent.click(showButton(container, 'Show the last 1 source'));
    expect(container.querySelector('[data-actor-id="unknown"]')).not.toBeNull();
    expect(focusedKey()).toBe('actor:unknown');
    fireEvent.click(container.querySelector('[data-key="more:actor:unknown"]') ?? document.body);
    expect(focusedKey()).toBe('claim:c1500');
    fireEvent.click(showButton(container, 'Show 100 earlier sources'));
    // focus goes to the first of the sources brought back, as with claims
    expect(focusedKey()).toBe('actor:a1');
    expect(claimRows(container).length).toBeLessThanOrEqual(LIST_LIMITS.maxClaimRows);
    expect(container.querySelector('[data-filter="all"]')?.textContent).toBe('300 sources 1,540 statements');
  });

  it('serves the list just expanded first, and the total stays within the budget', () => {
    const analysis = largeAnalysis(manySources(3, 1000), 1000);
    const { container } = render(<Sidebar model={model(analysis)} actions={actions()} />);
    expect(claimRows(container)).toHaveLength(4 * LIST_LIMITS.initialClaims);
    const more = (list: string) => fireEvent.click(container.querySelector(`[data-key="more:${list}"]`) ?? document.body);
    for (let i = 0; i < 4; i += 1) more('actor:a2');
    expect(claimRows(container).filter((id) => Number(id.slice(1)) >= 2000 && Number(id.slice(1)) < 3000)).toHaveLength(200);
    expect(claimRows(container)).toHaveLength(LIST_LIMITS.maxClaimRows);
    // the unknown speaker's list has its own window and buttons too, and is now served first
    // a2 took 200 rows, so the claims with no source were cut to 10; "Show more" goes on from the last one shown.
    expect(claimRows(container).filter((id) => Number(id.slice(1)) >= 3000)).toEqual(ids(3000, 3010));
    more('actor:unknown');
    expect(focusedKey()).toBe('claim:c3010');
    expect(claimRows(container).filter((id) => Number(id.slice(1)) >= 3000)).toEqual(ids(3000, 3060));
    expect(claimRows(container)).toHaveLength(LIST_LIMITS.maxClaimRows);
  });

  it('has no accessibility violations with its "show" buttons in place', async () => {
    const analysis = largeAnalysis([{ name: 'Ines Lorca', claims: 600 }, { name: 'Tomas Ebbe', claims: 600 }, ...manySources(120, 3)], 30);
    const { container } = render(<Sidebar model={model(analysis)} actions={actions()} />);
    fireEvent.click(container.querySelector('[data-key="more:actor:a0"]') ?? document.body);
    for (let i = 0; i < 5; i += 1) fireEvent.click(container.querySelector('[data-key="more:actor:a1"]') ?? document.body);
    fireEvent.click(container.querySelector('[data-key="sources:more"]') ?? document.body);
    expect(container.querySelector('[data-key="earlier:actor:a1"]')).not.toBeNull();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('planWindows', () => {
  it('keeps every window within its list and the rows within the budget, whatever the reader asks', () => {
    const entries = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 400 });
    const steps = fc.array(
      fc.record({ what: fc.constantFrom('more', 'earlier', 'sources more', 'sources earlier'), pick: fc.nat() }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, steps, (totals, actionsAsked) => {
        const list: ListEntry[] = totals.map((total, index) => ({ id: `s${index}`, total }));
        let state: WindowState = initialWindows();
        const check = () => {
          const plan = planWindows(list, state);
          let rows = 0;
          expect(plan.sources.end - plan.sources.start).toBeLessThanOrEqual(LIST_LIMITS.maxSources);
          for (const entry of list.slice(plan.sources.start, plan.sources.end)) {
            const slice = plan.claims.get(entry.id);
            expect(slice).toBeDefined();
            if (!slice) continue;
            expect(0 <= slice.start && slice.start <= slice.end && slice.end <= Math.max(entry.total, slice.start)).toBe(true);
            rows += slice.end - slice.start;
          }
          expect(rows).toBeLessThanOrEqual(LIST_LIMITS.maxClaimRows);
          return plan;
        };
        for (const step of actionsAsked) {
          const plan = check();
          const shown = list.slice(plan.sources.start, plan.sources.end);
          const entry = shown[step.pick % Math.max(shown.length, 1)];
          if (step.what === 'sources more' || step.what === 'sources earlier') {
            state = moveSources(state, plan, list.length, step.what === 'sources more' ? 'more' : 'earlier');
          } else if (entry) {
            const before = plan.claims.get(entry.id) ?? { start: 0, end: 0 };
            state = moveClaims(state, plan, entry, step.what === 'more' ? 'more' : 'earlier');
            const after = planWindows(list, state).claims.get(entry.id) ?? { start: 0, end: 0 };
            // The first newly shown claim is always rendered, so focus can land on it.
            if (step.what === 'more' && before.end < entry.total) expect(after.start <= before.end && before.end < after.end).toBe(true);
            if (step.what === 'earlier' && before.start > 0) expect(after.start).toBeLessThan(before.start);
          }
        }
        check();
      }),
      { numRuns: 200 },
    );
  });
});

describe('space given on a long page', () => {
  it('counts it in slices after the sidebar has shown, then charts it and lets the reader sort by it', async () => {
    const analysis = largeAnalysis(manySources(4, 500));
    const { container } = render(<Sidebar model={model(analysis)} actions={actions()} />);
    // the list is there at once; the space it is given follows
    expect(container.querySelectorAll('[data-actor-id]').length).toBeGreaterThan(0);
    expect(container.querySelector('.ws-space-section')).toBeNull();
    await vi.waitFor(() => expect(container.querySelector('.ws-space-section')).not.toBeNull(), { timeout: 5000 });
    const rows = [...container.querySelectorAll<HTMLElement>('[data-chart-actor]')];
    expect(rows).toHaveLength(4);
    expect(rows.reduce((sum, row) => sum + Number(row.dataset['words']), 0)).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Space' }));
    const words = [...container.querySelectorAll<HTMLElement>('[data-chart-actor]')].map((row) => Number(row.dataset['words']));
    expect(words).toEqual([...words].sort((a, b) => b - a));
  });
});
