// @vitest-environment jsdom
/**
 * The sidebar as a reader uses it: states, actors grouped by kind and ordered by claims, the voices summary and its
 * filters, search, actor selection, jump/back, copy as citation, keyboard navigation and Escape.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../src/ui/sidebar/Sidebar.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { FIXTURE_ANALYSIS, FIXTURE_COLORS, FIXTURE_PAGE, KINDS_ANALYSIS } from './fixture-analysis.js';
import { actions } from './sidebar-spies.js';
import { EXPORT_STORE_GLOBAL } from '../../src/shared/global-keys.js';

afterEach(cleanup);

function model(overrides: Partial<SidebarModel> = {}): SidebarModel {
  return {
    state: 'ready',
    analysis: FIXTURE_ANALYSIS,
    page: FIXTURE_PAGE,
    actorColors: FIXTURE_COLORS,
    selectedActorId: null,
    ...overrides,
  };
}

const shownClaimIds = (container: ParentNode) =>
  [...container.querySelectorAll<HTMLElement>('[data-claim-id]')].map((element) => element.dataset['claimId']);

describe('Sidebar states', () => {
  it('says it is analysing, with a status role', () => {
    render(<Sidebar model={model({ state: 'analyzing', analysis: null })} actions={actions()} />);
    const statuses = screen.getAllByRole('status').map((element) => element.textContent);
    expect(statuses).toContain('Analysing the article…');
  });

  it('shows the empty message it is given, or a default', () => {
    const { rerender } = render(
      <Sidebar model={model({ state: 'empty', analysis: null, message: 'No article found on this page.' })} actions={actions()} />,
    );
    expect(screen.getByText('No article found on this page.')).toBeTruthy();
    rerender(<Sidebar model={model({ state: 'empty', analysis: null })} actions={actions()} />);
    expect(screen.getByText(/No reported statements/)).toBeTruthy();
  });

  it('shows errors as an alert', () => {
    render(<Sidebar model={model({ state: 'error', analysis: null, message: 'Engine failed: boom' })} actions={actions()} />);
    expect(screen.getByRole('alert').textContent).toBe('Engine failed: boom');
  });

  it('closes from the header button', () => {
    const spy = actions();
    render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close WhoSaid sidebar' }));
    expect(spy.close).toHaveBeenCalledTimes(1);
  });
});

describe('Actors and claims', () => {
  it('groups actors by kind in a fixed order, most claims first, with colour, kind and description', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const groups = [...container.querySelectorAll('.ws-group-title')].map((el) => el.textContent);
    expect(groups).toEqual(['People', 'Organisations', 'Documents', 'Unnamed sources', 'No speaker given']);
    const actorsInOrder = [...container.querySelectorAll<HTMLElement>('[data-actor-id]')].map((el) => el.dataset['actorId']);
    // the council (a6) has no claims of its own and is not listed; the unknown speaker comes last, in its own
    // group, named as such and with no kind label of its own
    expect(actorsInOrder).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'unknown']);
    const unknown = container.querySelector('[data-actor-id="unknown"]');
    expect(unknown?.querySelector('.ws-actor-name')?.textContent).toBe('Unknown speaker');
    expect(unknown?.querySelector('.ws-kind')).toBeNull();
    const ortiz = container.querySelector('[data-actor-id="a1"]');
    expect(ortiz?.textContent).toContain('Lena Ortiz');
    expect(ortiz?.textContent).toContain('person');
    expect(ortiz?.textContent).toContain('3 claims');
    expect(ortiz?.querySelector('.ws-desc')?.textContent).toBe('Mayor');
    expect(ortiz?.querySelector<HTMLElement>('.ws-swatch')?.style.background).toMatch(/rgb\(0, 114, 178\)|#0072b2/i);
    expect(container.querySelector('[data-actor-id="a3"] .ws-desc')?.textContent).toBe('issued by the council');
    expect(shownClaimIds(container)).toEqual(['c1', 'c2', 'c8', 'c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('shows each claim with its cue, quote kind and stance, direct quotes in quote marks', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const c2 = container.querySelector('[data-claim-id="c2"]');
    expect(c2?.querySelector('.ws-cue')?.textContent).toBe('told');
    expect(c2?.textContent).toContain('direct quote');
    expect(c2?.querySelector('.ws-content')?.textContent).toBe('“We have studied every number,” … “and every number works.”');
    const c3 = container.querySelector('[data-claim-id="c3"]');
    expect(c3?.textContent).toContain('paraphrase');
    expect(c3?.querySelector('.ws-badge-distancing')?.textContent).toBe('distancing');
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const c7 = container.querySelector('[data-claim-id="c7"] .ws-content');
    expect(c7?.textContent).toBe('<b>risky</b> by investors');
    expect(c7?.querySelector('b')).toBeNull();
  });

  it('jumps to a claim on click and offers a way back', () => {
    const spy = actions();
    const scrollTo = vi.fn();
    window.scrollTo = scrollTo;
    render(<Sidebar model={model()} actions={spy} />);
    expect(screen.queryByRole('button', { name: /Back/ })).toBeNull();
    fireEvent.click(screen.getByText(/dredging costs/));
    expect(spy.jumpToClaim).toHaveBeenCalledWith('c3');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(scrollTo).toHaveBeenCalledWith({ left: 0, top: 0, behavior: 'instant' });
  });

  it('uses the content script’s jumpBack when it offers one', () => {
    const spy = { ...actions(), jumpBack: vi.fn() };
    render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(screen.getByText(/dredging costs/));
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(spy.jumpBack).toHaveBeenCalledTimes(1);
  });

  it('selecting an actor asks the page to show only that actor, and lists only its claims', () => {
    const spy = actions();
    const { container, rerender } = render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(within(container.querySelector('[data-actor-id="a2"]') as HTMLElement).getByRole('button', { pressed: false, name: /Port Authority/ }));
    expect(spy.selectActor).toHaveBeenCalledWith('a2');
    rerender(<Sidebar model={model({ selectedActorId: 'a2' })} actions={spy} />);
    expect(shownClaimIds(container)).toEqual(['c3']);
    expect(container.querySelector('.ws-filter-note')?.textContent).toContain('Showing 1 of 8 claims by Port Authority');
    fireEvent.click(screen.getByRole('button', { name: /Port Authority/, pressed: true }));
    expect(spy.selectActor).toHaveBeenLastCalledWith(null);
  });
});

describe('Search', () => {
  it('filters claims by words in content, cue or name, accent- and case-insensitively', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const search = screen.getByRole('searchbox', { name: /Search claims/ });
    fireEvent.input(search, { target: { value: 'NUMBER' } });
    expect(shownClaimIds(container)).toEqual(['c2']);
    fireEvent.input(search, { target: { value: 'ortiz port' } });
    expect(shownClaimIds(container)).toEqual(['c8']);
    fireEvent.input(search, { target: { value: 'alleged' } });
    expect(shownClaimIds(container)).toEqual(['c5']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(shownClaimIds(container)).toEqual([]);
    expect(screen.getByText('No claim matches.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(shownClaimIds(container)).toHaveLength(8);
  });
});

describe('Voices summary', () => {
  it('counts sources, named/unnamed, direct/paraphrased and cues by stance', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const voices = container.querySelector('.ws-voices') as HTMLElement;
    const figure = (key: string) => voices.querySelector(`[data-filter="${key}"]`)?.textContent;
    // named: c1 c2 c8 (Ortiz), c3 (Port Authority), c4 (report) = 5 of 8; unnamed: c5 c6 + unattributed c7.
    const expected: Record<string, string> = {
      all: '5 sources 8 statements',
      named: '63% named (5)',
      unnamed: '38% unnamed (3 · 1 no speaker)',
      direct: '13% direct (1)',
      paraphrased: '88% paraphrased (7 · 2 partly quoted)',
      'stance:distancing': 'Distancing cues: 3',
      'cue:claim': 'claimed ×1',
      'cue:allege': 'alleged ×1',
      'cue:insist': 'insisted ×1',
      'stance:neutral': 'Neutral cues: 3',
      'cue:say': 'said ×1',
      'cue:according to': 'according to ×1',
      'stance:hedged': 'Hedged cues: 1',
      'stance:cognition': 'Belief or intent cues: 1',
    };
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, figure(key)]))).toEqual(expected);
  });

  it('each figure filters the list to exactly the claims it counts, and toggles off', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const shownAfterClick = (key: string) => {
      fireEvent.click(container.querySelector(`[data-filter="${key}"]`) as HTMLElement);
      return shownClaimIds(container).sort().join(' ');
    };
    const steps: Array<[string, string]> = [
      ['named', 'c1 c2 c3 c4 c8'],
      ['unnamed', 'c5 c6 c7'],
      ['direct', 'c2'],
      ['paraphrased', 'c1 c3 c4 c5 c6 c7 c8'],
      ['stance:distancing', 'c3 c5 c6'],
      ['stance:hedged', 'c7'],
      ['cue:according to', 'c4'],
      // Pressing the active figure again turns the filter off.
      ['cue:according to', 'c1 c2 c3 c4 c5 c6 c7 c8'],
    ];
    expect(steps.map(([key]) => [key, shownAfterClick(key)])).toEqual(steps);
    shownAfterClick('named');
    expect(container.querySelector('[data-filter="named"]')?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('Keyboard', () => {
  it('has one tab stop in the list and moves with the arrow keys, Home and End', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const list = container.querySelector('.ws-list') as HTMLElement;
    const tabStops = [...list.querySelectorAll<HTMLElement>('[data-key]')].filter((el) => el.tabIndex === 0);
    expect(tabStops.map((el) => el.dataset['key'])).toEqual(['actor:a1']);
    const first = tabStops[0] as HTMLElement;
    first.focus();
    const press = (key: string) => {
      fireEvent.keyDown(document.activeElement as HTMLElement, { key });
      return (document.activeElement as HTMLElement).dataset['key'];
    };
    expect(['ArrowDown', 'ArrowDown', 'ArrowLeft', 'End', 'Home', 'ArrowRight'].map(press)).toEqual([
      'claim:c1',
      'claim:c2',
      'actor:a1',
      'claim:c7',
      'actor:a1',
      'claim:c1',
    ]);
    // Only the active item (and its own copy button) is in the Tab order.
    const zero = [...list.querySelectorAll<HTMLElement>('button')].filter((el) => el.tabIndex === 0);
    expect(zero.map((el) => el.dataset['key'] ?? `copy:${el.dataset['owner']}`)).toEqual(['claim:c1', 'copy:claim:c1']);
  });

  it('tells the page which claim has keyboard focus, so it can show that claim’s hover card', () => {
    const spy = { ...actions(), previewClaim: vi.fn<(claimId: string | null) => void>() };
    const { container } = render(<Sidebar model={model()} actions={spy} />);
    const claimButton = container.querySelector('[data-claim-id="c3"] .ws-claim-jump') as HTMLElement;
    fireEvent.focus(claimButton);
    expect(spy.previewClaim).toHaveBeenLastCalledWith('c3');
    fireEvent.blur(claimButton);
    expect(spy.previewClaim).toHaveBeenLastCalledWith(null);
  });

  it('Escape closes; in a search box with text it clears first', () => {
    const spy = actions();
    render(<Sidebar model={model()} actions={spy} />);
    const search = screen.getByRole('searchbox') as HTMLInputElement;
    fireEvent.input(search, { target: { value: 'port' } });
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(search.value).toBe('');
    expect(spy.close).not.toHaveBeenCalled();
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(spy.close).toHaveBeenCalledTimes(1);
  });
});

describe('Copy as citation', () => {
  it('writes the citation with actor, description, cue, quote and page', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    fireEvent.click(container.querySelector('[data-claim-id="c2"] .ws-icon-btn') as HTMLElement);
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText).toHaveBeenCalledWith(
      'Lena Ortiz (Mayor) told: “We have studied every number,” … “and every number works.” — Harbour plan "a gamble", https://news.example/harbour-plan?id=7',
    );
    await vi.waitFor(() => expect(screen.getByText('Citation copied.')).toBeTruthy());
  });
});

describe('Export', () => {
  it('asks for the file exports on the first export, and says so when the browser refused them', async () => {
    // no export.js has run in this world yet: the sidebar must ask for it
    Reflect.deleteProperty(globalThis, EXPORT_STORE_GLOBAL);
    const refused = { ...actions(), loadExports: vi.fn(() => Promise.resolve(false)) };
    render(<Sidebar model={model()} actions={refused} />);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    await vi.waitFor(() => expect(screen.getByText('Could not export: the browser refused to load the export.')).toBeTruthy());
    expect(refused.loadExports).toHaveBeenCalledTimes(1);
  });
});

describe('Space given', () => {
  it('gives each source a bar with real text beside it, which its button names as its description', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const ortiz = container.querySelector('[data-actor-id="a1"]');
    const text = ortiz?.querySelector('.ws-space .ws-visually-hidden')?.textContent;
    // hand-counted in tests/shared/space.test.ts
    expect(text).toBe('25 words, 44% of reported speech: 15 quoted, 10 paraphrased');
    expect(ortiz?.querySelector('.ws-space-figure')?.textContent).toBe('25 words · 44%');
    const button = ortiz?.querySelector('.ws-actor-btn');
    const described = container.querySelector(`[id="${button?.getAttribute('aria-describedby') ?? ''}"]`);
    expect(described?.textContent).toContain(text);
    // the largest voice fills its bar; the others are to scale with it
    expect(ortiz?.querySelector<HTMLElement>('.ws-space-quoted')?.style.width).toBe('60%');
    expect(ortiz?.querySelector<HTMLElement>('.ws-space-paraphrased')?.style.width).toBe('40%');
    expect(container.querySelector<HTMLElement>('[data-actor-id="a4"] .ws-space-paraphrased')?.style.width).toBe('16%');
    expect(container.querySelectorAll('.ws-space')).toHaveLength(6);
    const article = container.querySelector('.ws-article-space');
    expect(article?.textContent).toContain('58% reported speech (57 of 99 words)');
    expect(article?.textContent).toContain('20 quoted');
    expect(article?.textContent).toContain('37 paraphrased');
  });

  it('sorts the sources in each group by order, claims or space, from buttons that say which is on', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const order = () => [...container.querySelectorAll<HTMLElement>('[data-actor-id]')].map((el) => el.dataset['actorId']);
    const pressed = () => container.querySelector('.ws-sort [aria-pressed="true"]')?.textContent;
    expect(pressed()).toBe('Claims');
    expect(screen.getByRole('group', { name: 'Sort sources by' }).querySelectorAll('button')).toHaveLength(3);
    // unnamed sources: the officials (c5, 4 words) speak before the residents (c6, 8 words)
    expect(order()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'unknown']);
    fireEvent.click(screen.getByRole('button', { name: 'Space' }));
    expect(pressed()).toBe('Space');
    expect(order()).toEqual(['a1', 'a2', 'a3', 'a5', 'a4', 'unknown']);
    fireEvent.click(screen.getByRole('button', { name: 'Order' }));
    expect(order()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'unknown']);
  });

  it('charts every source in one list, in the chosen order, each bar with its words in text', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const chart = () => [...container.querySelectorAll<HTMLElement>('[data-chart-actor]')].map((row) => row.dataset['chartActor']);
    // most claims first (Ortiz 3; then one each, by first mention)
    expect(chart()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'unknown']);
    fireEvent.click(screen.getByRole('button', { name: 'Space' }));
    // 25, 8 (the Port Authority, first mentioned), 8, 7, 5, 4 words
    expect(chart()).toEqual(['a1', 'a2', 'a5', 'a3', 'unknown', 'a4']);
    const list = screen.getByRole('list', { name: 'Words reported per source' });
    const first = list.querySelector('li');
    expect(first?.textContent).toContain('Lena Ortiz');
    expect(first?.querySelector('.ws-visually-hidden')?.textContent).toBe(': 25 words, 44% of reported speech: 15 quoted, 10 paraphrased');
    // six sources: all charted, no button for more
    expect(container.querySelector('.ws-space-section .ws-more')).toBeNull();
  });
});

describe('Claim kinds', () => {
  const kindsModel = (overrides: Partial<SidebarModel> = {}) => model({ analysis: KINDS_ANALYSIS, ...overrides });
  const chip = (name: RegExp) => screen.getByRole('button', { name });

  it('shows statements and findings, with a chip per kind and its count; thoughts on the reader’s demand', () => {
    const { container } = render(<Sidebar model={kindsModel()} actions={actions()} />);
    const group = screen.getByRole('group', { name: 'Show' });
    expect(within(group).getAllByRole('button').map((button) => [button.textContent, button.getAttribute('aria-pressed')])).toEqual([
      ['✓Statements 6', 'true'],
      ['✓Findings 1', 'true'],
      ['What people think or plan 1', 'false'],
    ]);
    // Ortiz's belief (c8) is hidden, and the note says one claim of another kind is
    expect(shownClaimIds(container)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(container.querySelector('.ws-filter-note')?.textContent).toBe('7 claims · 1 of other kinds hidden');
    fireEvent.click(chip(/What people think or plan/));
    expect(chip(/What people think or plan/).getAttribute('aria-pressed')).toBe('true');
    expect(shownClaimIds(container)).toContain('c8');
    fireEvent.click(chip(/Statements/));
    // grouped by actor: Ortiz (a person) before the residents
    expect(shownClaimIds(container)).toEqual(['c8', 'c6']);
  });

  it('asks the page to show the kinds chosen when it follows them, and shows what the page says', () => {
    const spy = { ...actions(), showKinds: vi.fn() };
    const { container, rerender } = render(<Sidebar model={kindsModel()} actions={spy} />);
    fireEvent.click(chip(/What people think or plan/));
    expect(spy.showKinds).toHaveBeenCalledWith(['statement', 'finding', 'thought']);
    // the page decides: until it answers, the list is as it was
    expect(shownClaimIds(container)).not.toContain('c8');
    rerender(<Sidebar model={kindsModel({ shownKinds: ['statement', 'finding', 'thought'] })} actions={spy} />);
    expect(shownClaimIds(container)).toContain('c8');
  });

  it('counts statements only among the voices, and each figure lists statements only', () => {
    const { container } = render(<Sidebar model={kindsModel({ shownKinds: ['statement', 'finding', 'thought'] })} actions={actions()} />);
    // 6 statements by 4 sources: the residents' finding and Ortiz's thought are not counted
    expect(container.querySelector('[data-filter="all"]')?.textContent).toBe('4 sources 6 statements');
    fireEvent.click(container.querySelector('[data-filter="named"]') as Element);
    expect(shownClaimIds(container)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('says what each claim reports, and when WhoSaid is not sure of one', () => {
    const { container } = render(<Sidebar model={kindsModel({ shownKinds: ['statement', 'finding', 'thought'] })} actions={actions()} />);
    const badges = (id: string) => [...container.querySelectorAll(`[data-claim-id="${id}"] .ws-badge`)].map((badge) => badge.textContent);
    expect(badges('c1')).toEqual(['statement', 'partly quoted', 'neutral']);
    expect(badges('c6')[0]).toBe('finding');
    expect(badges('c8')[0]).toBe('thought or plan');
    // the Port Authority's claim: confidence 0.2
    expect(badges('c3').slice(0, 2)).toEqual(['statement', 'not sure: WhoSaid is not sure this is a statement.']);
    expect(container.querySelector('[data-claim-id="c3"]')?.classList.contains('ws-claim-unsure')).toBe(true);
    expect(container.querySelector('[data-claim-id="c1"]')?.classList.contains('ws-claim-unsure')).toBe(false);
  });
});
