// @vitest-environment jsdom
/**
 * Source roles in the sidebar: the view model counts sources per role and filters claims by role, the voices
 * summary shows each role as a figure that filters (and the affected people even when there are none), and each
 * actor carries a role chip, with the evidence shown once the reader picks the source.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/index.js';
import { Sidebar } from '../../src/ui/sidebar/Sidebar.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { describeFilter, matchesFilter, summarize, toClaimViews } from '../../src/ui/sidebar/view-model.js';
import { FIXTURE_ANALYSIS, FIXTURE_COLORS, FIXTURE_PAGE } from './fixture-analysis.js';
import { actions } from './sidebar-spies.js';

afterEach(cleanup);

function model(analysis: Analysis = FIXTURE_ANALYSIS, selectedActorId: string | null = null): SidebarModel {
  return { state: 'ready', analysis, page: FIXTURE_PAGE, actorColors: FIXTURE_COLORS, selectedActorId };
}

/** The fixture with its residents given no role: no affected person speaks. */
const WITHOUT_CITIZENS: Analysis = {
  ...FIXTURE_ANALYSIS,
  actors: FIXTURE_ANALYSIS.actors.map((actor) => (actor.role === 'citizen' ? { ...actor, role: 'unnamed' } : actor)),
};

describe('source roles in the view model', () => {
  it('counts sources per role, the unknown speaker none', () => {
    const roles = summarize(toClaimViews(FIXTURE_ANALYSIS)).roles;
    // Ortiz politician; Port Authority and the officials official; the report a document; the residents citizens
    expect(roles).toMatchObject({ politician: 1, official: 2, document: 1, citizen: 1, unknown: 0, expert: 0 });
  });

  it('filters the claims of sources with a role, and says so', () => {
    const views = toClaimViews(FIXTURE_ANALYSIS);
    const ids = views.filter((view) => matchesFilter(view, { type: 'role', role: 'official' })).map((view) => view.claim.id);
    expect(ids).toEqual(['c3', 'c5']);
    // c7 belongs to the unknown speaker, who is no source of unknown role
    expect(views.filter((view) => matchesFilter(view, { type: 'role', role: 'unknown' }))).toEqual([]);
    expect(describeFilter({ type: 'role', role: 'citizen' }, summarize(views))).toBe('claims from affected people');
  });

  it('reads an analysis made before roles existed as sources of unknown role', () => {
    const old: Analysis = { ...FIXTURE_ANALYSIS, actors: FIXTURE_ANALYSIS.actors.map(({ role: _role, roleEvidence: _why, ...rest }) => rest) };
    expect(summarize(toClaimViews(old)).roles.unknown).toBe(5);
  });
});

describe('source roles in the sidebar', () => {
  it('shows each role as a figure that filters the list, and toggles off', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    const figure = (role: string) => container.querySelector<HTMLElement>(`.ws-voices [data-filter="role:${role}"]`);
    expect(['official', 'politician', 'citizen', 'document'].map((role) => figure(role)?.textContent)).toEqual([
      '2 officials', '1 politician', '1 affected person', '1 document',
    ]);
    expect(figure('expert')).toBeNull();
    fireEvent.click(figure('official') as HTMLElement);
    expect(figure('official')?.getAttribute('aria-pressed')).toBe('true');
    const shown = [...container.querySelectorAll<HTMLElement>('[data-claim-id]')].map((element) => element.dataset['claimId']);
    expect(shown.sort()).toEqual(['c3', 'c5']);
    expect(container.querySelector('.ws-filter-note')?.textContent).toContain('claims from officials');
    fireEvent.click(figure('official') as HTMLElement);
    expect(container.querySelectorAll('[data-claim-id]')).toHaveLength(FIXTURE_ANALYSIS.claims.length);
  });

  it('says when no affected person speaks', () => {
    const { container } = render(<Sidebar model={model(WITHOUT_CITIZENS)} actions={actions()} />);
    expect(container.querySelector('.ws-role-none')?.textContent).toBe('0 affected people');
    const { container: withCitizens } = render(<Sidebar model={model()} actions={actions()} />);
    expect(withCitizens.querySelector('.ws-role-none')).toBeNull();
  });

  it('puts a role chip in each source’s button, and the evidence under it once the source is picked', () => {
    const { container, rerender } = render(<Sidebar model={model()} actions={actions()} />);
    const ortiz = container.querySelector('[data-actor-id="a1"]');
    const chip = ortiz?.querySelector('.ws-actor-btn .ws-role');
    expect(chip?.getAttribute('data-role')).toBe('politician');
    expect(ortiz?.querySelector('.ws-actor-btn')?.textContent).toContain(', role: politician');
    expect(container.querySelector('[data-actor-id="unknown"] .ws-role')).toBeNull();
    const why = () => container.querySelector('[data-actor-id="a1"] .ws-role-why');
    expect(why()).toBeNull();
    rerender(<Sidebar model={model(FIXTURE_ANALYSIS, 'a1')} actions={actions()} />);
    expect(why()?.textContent).toBe('Role “politician”: “mayor” in “Mayor”');
  });
});
