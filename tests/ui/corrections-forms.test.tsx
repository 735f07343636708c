// @vitest-environment jsdom
/**
 * The sidebar's correction controls over our own hand-made analysis: each form hands the page exactly the
 * correction the reader asked for, a typed name stays text, Escape closes a form and not the sidebar, corrected
 * items are marked, and "Your corrections" lists each with its Undo and what storage had to say.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../src/ui/sidebar/Sidebar.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { applyCorrections, describeCorrections, type Correction } from '../../src/shared/corrections.js';
import { FIXTURE_ANALYSIS, FIXTURE_COLORS, FIXTURE_PAGE } from './fixture-analysis.js';
import { actions } from './sidebar-spies.js';

afterEach(cleanup);

function correctingActions() {
  return { ...actions(), correct: vi.fn<(correction: Correction) => void>(), undoCorrection: vi.fn<(index: number) => void>() };
}

function model(overrides: Partial<SidebarModel> = {}): SidebarModel {
  return { state: 'ready', analysis: FIXTURE_ANALYSIS, page: FIXTURE_PAGE, actorColors: FIXTURE_COLORS, selectedActorId: null, ...overrides };
}

const claimItem = (container: ParentNode, id: string): HTMLElement => {
  const item = container.querySelector<HTMLElement>(`[data-claim-id="${id}"]`);
  if (item === null) throw new Error(`no claim ${id}`);
  return item;
};
const cueOf = (id: string) => FIXTURE_ANALYSIS.claims.find((claim) => claim.id === id)?.cue;
/** A claim as a correction names it: its cue, and its source when it has one (conjoined speakers share a cue). */
const claimRef = (id: string) => {
  const claim = FIXTURE_ANALYSIS.claims.find((c) => c.id === id);
  return claim?.source === null || claim?.source === undefined ? { cue: claim?.cue } : { cue: claim.cue, source: claim.source };
};

describe('correcting a claim', () => {
  it('offers no Correct button when the page takes no corrections', () => {
    const { container } = render(<Sidebar model={model()} actions={actions()} />);
    expect(container.querySelector('.ws-fix-open')).toBeNull();
  });

  it('marks a claim "not a claim"', () => {
    const spy = correctingActions();
    const { container } = render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(within(claimItem(container, 'c3')).getByRole('button', { name: /^Correct this claim/ }));
    const form = within(claimItem(container, 'c3')).getByRole('form');
    expect(document.activeElement?.textContent).toBe('Not a claim');
    fireEvent.click(within(form).getByRole('button', { name: 'Not a claim' }));
    expect(spy.correct).toHaveBeenCalledWith({ kind: 'not-a-claim', ...claimRef('c3') });
    expect(container.querySelector('.ws-fix')).toBeNull();
  });

  it('gives a claim to another actor of the article, or to a name typed, which stays text', () => {
    const spy = correctingActions();
    const { container } = render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(within(claimItem(container, 'c5')).getByRole('button', { name: /^Correct this claim/ }));
    const form = within(claimItem(container, 'c5'));
    const speaker = form.getByLabelText('Said by') as HTMLSelectElement;
    // every actor of the article but the claim's own and the unknown speaker, then "Someone else…"
    expect([...speaker.options].map((option) => option.textContent)).toEqual([
      'Lena Ortiz', 'Port Authority', 'council report', 'Some residents', 'the council', 'Someone else…',
    ]);
    fireEvent.change(speaker, { target: { value: 'a2' } });
    fireEvent.click(form.getByRole('button', { name: 'Change speaker' }));
    expect(spy.correct).toHaveBeenLastCalledWith({ kind: 'speaker', ...claimRef('c5'), to: { id: 'a2', name: 'Port Authority' } });

    fireEvent.click(within(claimItem(container, 'c5')).getByRole('button', { name: /^Correct this claim/ }));
    const again = within(claimItem(container, 'c5'));
    fireEvent.change(again.getByLabelText('Said by'), { target: { value: '' } });
    const change = again.getByRole('button', { name: 'Change speaker' }) as HTMLButtonElement;
    expect(change.disabled).toBe(true);
    const hostile = '<img src=x onerror="alert(1)">  Ines\n Kahl';
    fireEvent.input(again.getByLabelText('Their name'), { target: { value: hostile } });
    // a submit event alone (a page's form.requestSubmit() makes a trusted one) acts on nothing: only the button does
    const calls = spy.correct.mock.calls.length;
    fireEvent.submit(again.getByRole('form'));
    expect(spy.correct).toHaveBeenCalledTimes(calls);
    fireEvent.click(again.getByRole('button', { name: 'Change speaker' }));
    expect(spy.correct).toHaveBeenLastCalledWith({ kind: 'speaker', ...claimRef('c5'), to: { id: null, name: '<img src=x onerror="alert(1)"> Ines Kahl' } });
  });

  it('closes a form on Escape, not the sidebar, and gives focus back to the claim', () => {
    const spy = correctingActions();
    const { container } = render(<Sidebar model={model()} actions={spy} />);
    fireEvent.click(within(claimItem(container, 'c1')).getByRole('button', { name: /^Correct this claim/ }));
    fireEvent.keyDown(document.activeElement ?? container, { key: 'Escape' });
    expect(container.querySelector('.ws-fix')).toBeNull();
    expect(spy.close).not.toHaveBeenCalled();
    expect((document.activeElement as HTMLElement | null)?.dataset['key']).toBe('claim:c1');
  });
});

describe('correcting an actor', () => {
  it('renames it, merges it into another, or sets its role', () => {
    const spy = correctingActions();
    const { container } = render(<Sidebar model={model()} actions={spy} />);
    const actor = container.querySelector<HTMLElement>('[data-actor-id="a2"]');
    if (actor === null) throw new Error('no a2');
    fireEvent.click(within(actor).getByRole('button', { name: 'Correct Port Authority' }));
    const form = within(actor);
    const name = form.getByLabelText('Name') as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect((form.getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(name, { target: { value: 'Port of Marlow Authority' } });
    fireEvent.click(form.getByRole('button', { name: 'Rename' }));
    expect(spy.correct).toHaveBeenLastCalledWith({ kind: 'rename', actor: { id: 'a2', name: 'Port Authority' }, name: 'Port of Marlow Authority' });

    fireEvent.click(within(actor).getByRole('button', { name: 'Correct Port Authority' }));
    fireEvent.change(within(actor).getByLabelText('Same person or body as'), { target: { value: 'a6' } });
    fireEvent.click(within(actor).getByRole('button', { name: 'Merge' }));
    expect(spy.correct).toHaveBeenLastCalledWith({ kind: 'merge', actor: { id: 'a2', name: 'Port Authority' }, into: { id: 'a6', name: 'the council' } });

    fireEvent.click(within(actor).getByRole('button', { name: 'Correct Port Authority' }));
    const role = within(actor).getByLabelText('Role') as HTMLSelectElement;
    // the form starts at the role the actor has: setting that again is no correction
    expect(role.value).toBe(FIXTURE_ANALYSIS.actors.find((one) => one.id === 'a2')?.role ?? 'unknown');
    expect((within(actor).getByRole('button', { name: 'Set role' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(role, { target: { value: 'business' } });
    fireEvent.click(within(actor).getByRole('button', { name: 'Set role' }));
    expect(spy.correct).toHaveBeenLastCalledWith({ kind: 'role', actor: { id: 'a2', name: 'Port Authority' }, role: 'business' });
  });

  it('offers none for the unknown speaker', () => {
    const { container } = render(<Sidebar model={model()} actions={correctingActions()} />);
    expect(container.querySelector('[data-actor-id="unknown"] .ws-actor-row .ws-fix-open')).toBeNull();
  });
});

describe('corrections made', () => {
  const corrections: Correction[] = [
    { kind: 'speaker', cue: cueOf('c5') ?? { block: 0, start: 0, end: 1 }, to: { id: null, name: 'Ines Kahl' } },
    { kind: 'not-a-claim', cue: cueOf('c5') ?? { block: 0, start: 0, end: 1 } },
    { kind: 'speaker', cue: cueOf('c5') ?? { block: 0, start: 0, end: 1 }, to: { id: null, name: 'Nobody' } },
  ];
  const corrected = applyCorrections(FIXTURE_ANALYSIS, corrections.slice(0, 1));

  it('are marked on the claim and the actor, and listed with Undo and whether they still apply', () => {
    const spy = correctingActions();
    const { container } = render(
      <Sidebar
        model={model({ analysis: corrected, corrections: describeCorrections(FIXTURE_ANALYSIS, corrections), notice: 'The browser’s storage for WhoSaid is full.' })}
        actions={spy}
      />,
    );
    expect(claimItem(container, 'c5').querySelector('.ws-badge-corrected')?.textContent).toBe('corrected: speaker changed from “Officials familiar with the talks”');
    const section = within(screen.getByRole('region', { name: 'Your corrections' }));
    expect(section.getByRole('alert').textContent).toBe('The browser’s storage for WhoSaid is full.');
    const undos = section.getAllByRole('button', { name: /^Undo/ });
    expect(undos).toHaveLength(3);
    expect(section.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '“alleged: the contract was rushed” is said by Ines KahlUndo',
      '“alleged: the contract was rushed” is not a claimUndo',
      '“alleged” is said by Nobody (no longer applies)Undo',
    ]);
    fireEvent.click(undos[1] as HTMLElement);
    expect(spy.undoCorrection).toHaveBeenCalledWith(1);
  });
});
