/**
 * applyCorrections over our own hand-made analysis: each kind of correction changes what it says and marks what it
 * touched, corrections chain in order, one that no longer finds its claim or actor is skipped, the input stays as
 * it was; and the validator takes only the exact shapes back from storage.
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/engine/index.js';
import {
  applyCorrections,
  applyCorrectionsWithOutcome,
  cleanName,
  describeCorrections,
  MAX_NAME_LENGTH,
  parseCorrection,
  parseCorrections,
  type Correction,
} from '../../src/shared/corrections.js';
import { FIXTURE_ANALYSIS } from '../ui/fixture-analysis.js';

const claimById = (id: string) => {
  const claim = FIXTURE_ANALYSIS.claims.find((candidate) => candidate.id === id);
  if (claim === undefined) throw new Error(`no ${id}`);
  return claim;
};
const cueOf = (id: string): Span => claimById(id).cue;
const ortiz = { id: 'a1', name: 'Lena Ortiz' };
const port = { id: 'a2', name: 'Port Authority' };
const snapshot = JSON.stringify(FIXTURE_ANALYSIS);

describe('applyCorrections', () => {
  it('drops a claim marked "not a claim" and keeps the rest in order', () => {
    const result = applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'not-a-claim', cue: cueOf('c3') }]);
    expect(result.claims.map((claim) => claim.id)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6', 'c7', 'c8']);
    expect(JSON.stringify(FIXTURE_ANALYSIS)).toBe(snapshot);
  });

  it('tells apart the claims of conjoined speakers, which share a cue, by their source', () => {
    // "Ortiz and the Port Authority said …": one claim per speaker, the same cue and content
    const first = claimById('c1');
    const source = first.source ?? { block: first.cue.block, start: 0, end: 1 };
    const otherSource = { ...source, start: source.end + 5, end: source.end + 9 };
    const shared = { ...FIXTURE_ANALYSIS, claims: [{ ...first, source }, { ...first, id: 'c1b', actorId: 'a2', source: otherSource },
      ...FIXTURE_ANALYSIS.claims.slice(1)] };
    const dropped = applyCorrections(shared, [{ kind: 'not-a-claim', cue: first.cue, source: otherSource }]);
    expect(dropped.claims.map((claim) => claim.id).slice(0, 2)).toEqual(['c1', 'c2']);
    const given = applyCorrections(shared, [{ kind: 'speaker', cue: first.cue, source: otherSource, to: { id: null, name: 'Ines Kahl' } }]);
    expect(given.claims.find((claim) => claim.id === 'c1b')?.corrected).toBeDefined();
    expect(given.claims.find((claim) => claim.id === 'c1')?.corrected).toBeUndefined();
    // a source no claim of that cue has any more: with two claims on the cue, nothing is corrected rather than the wrong one
    const moved = { ...otherSource, start: otherSource.start + 1 };
    expect(applyCorrectionsWithOutcome(shared, [{ kind: 'not-a-claim', cue: first.cue, source: moved }]).applied).toEqual([false]);
    // with one claim on the cue, a moved source still finds it (a newer engine read the speaker's bounds anew)
    expect(applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'not-a-claim', cue: first.cue, source: moved }]).claims.map((c) => c.id)).not.toContain('c1');
    // stored with its source, read back the same
    expect(parseCorrection({ kind: 'not-a-claim', cue: first.cue, source: otherSource })).toEqual({ kind: 'not-a-claim', cue: first.cue, source: otherSource });
    expect(parseCorrection({ kind: 'not-a-claim', cue: first.cue, source: 'x' })).toBeNull();
  });

  it('gives a claim to an existing actor, marked with the speaker it had', () => {
    const result = applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'speaker', cue: cueOf('c5'), to: port }]);
    const claim = result.claims.find((candidate) => candidate.id === 'c5');
    expect(claim?.actorId).toBe('a2');
    expect(claim?.corrected).toEqual(['speaker changed from “Officials familiar with the talks”']);
    expect(result.actors).toHaveLength(FIXTURE_ANALYSIS.actors.length);
  });

  it('gives a claim to a typed name: an actor of that name (any case), or a new one before the unknown speaker', () => {
    const known = applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'speaker', cue: cueOf('c7'), to: { id: null, name: '  port   authority ' } }]);
    expect(known.claims.find((claim) => claim.id === 'c7')?.actorId).toBe('a2');
    expect(known.claims.find((claim) => claim.id === 'c7')?.corrected).toEqual(['speaker given by you']);

    const fresh = applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'speaker', cue: cueOf('c7'), to: { id: null, name: 'Harbour Master Ines Kahl' } }]);
    const added = fresh.actors.at(-2);
    expect(added).toMatchObject({ id: 'r1', name: 'Harbour Master Ines Kahl', kind: 'person', corrected: ['named by you'] });
    expect(fresh.actors.at(-1)?.kind).toBe('unknown');
    expect(fresh.claims.find((claim) => claim.id === 'c7')?.actorId).toBe('r1');
  });

  it('merges two actors: claims, mentions and documents issued go to the one kept', () => {
    const result = applyCorrections(FIXTURE_ANALYSIS, [
      { kind: 'merge', actor: { id: 'a6', name: 'the council' }, into: port },
    ]);
    expect(result.actors.some((actor) => actor.id === 'a6')).toBe(false);
    const kept = result.actors.find((actor) => actor.id === 'a2');
    expect(kept?.corrected).toEqual(['merged with “the council”']);
    expect(kept?.mentions.map((span) => span.block)).toEqual([0, 3]);
    expect(result.actors.find((actor) => actor.id === 'a3')?.authorId).toBe('a2');
  });

  it('renames an actor, and later corrections name it by its new name', () => {
    const corrections: Correction[] = [
      { kind: 'rename', actor: port, name: 'Port of Marlow Authority' },
      { kind: 'speaker', cue: cueOf('c1'), to: { id: 'a2', name: 'Port of Marlow Authority' } },
    ];
    const { analysis, applied } = applyCorrectionsWithOutcome(FIXTURE_ANALYSIS, corrections);
    expect(applied).toEqual([true, true]);
    expect(analysis.actors.find((actor) => actor.id === 'a2')).toMatchObject({
      name: 'Port of Marlow Authority',
      corrected: ['renamed from “Port Authority”'],
    });
    expect(analysis.claims.find((claim) => claim.id === 'c1')?.actorId).toBe('a2');
  });

  it('sets a role, with the reader as its evidence, and skips setting the role it has', () => {
    const withRole = { ...FIXTURE_ANALYSIS, actors: FIXTURE_ANALYSIS.actors.map((actor) => (actor.id === 'a2' ? { ...actor, role: 'justice' as const } : actor)) };
    const { analysis, applied } = applyCorrectionsWithOutcome(withRole, [
      { kind: 'role', actor: port, role: 'business' },
      { kind: 'role', actor: port, role: 'business' },
      { kind: 'role', actor: { id: 'unknown', name: 'Unknown speaker' }, role: 'expert' },
    ]);
    expect(applied).toEqual([true, false, false]);
    expect(analysis.actors.find((actor) => actor.id === 'a2')).toMatchObject({
      role: 'business',
      roleEvidence: 'set by you',
      corrected: ['role set by you (was “police/justice”)'],
    });
    expect(describeCorrections(withRole, [{ kind: 'role', actor: port, role: 'business' }])).toEqual([
      { text: 'Port Authority’s role set to “business”', applied: true },
    ]);
  });

  it('skips what no longer finds its target and applies the rest', () => {
    const corrections: Correction[] = [
      { kind: 'not-a-claim', cue: cueOf('c3') },
      { kind: 'speaker', cue: cueOf('c3'), to: ortiz },
      { kind: 'rename', actor: { id: 'a2', name: 'Somebody Else' }, name: 'X' },
      { kind: 'merge', actor: ortiz, into: ortiz },
      { kind: 'rename', actor: { id: 'unknown', name: 'Unknown speaker' }, name: 'Y' },
      { kind: 'speaker', cue: cueOf('c1'), to: ortiz },
      { kind: 'rename', actor: ortiz, name: 'Mayor Lena Ortiz' },
    ];
    expect(applyCorrectionsWithOutcome(FIXTURE_ANALYSIS, corrections).applied).toEqual([true, false, false, false, false, false, true]);
  });

  it('finds an actor whose id moved (a newer engine) by its name, and never another of a different name', () => {
    const renumbered = { id: 'a9', name: 'Lena Ortiz' };
    const wrongName = { id: 'a1', name: 'Port Authority' };
    const result = applyCorrections(FIXTURE_ANALYSIS, [
      { kind: 'rename', actor: renumbered, name: 'Lena Ortiz-Vale' },
    ]);
    expect(result.actors.find((actor) => actor.id === 'a1')?.name).toBe('Lena Ortiz-Vale');
    const other = applyCorrections(FIXTURE_ANALYSIS, [{ kind: 'rename', actor: wrongName, name: 'Z' }]);
    // the name wins over the id: Port Authority (a2) is renamed, not Ortiz (a1)
    expect(other.actors.find((actor) => actor.id === 'a1')?.name).toBe('Lena Ortiz');
    expect(other.actors.find((actor) => actor.id === 'a2')?.name).toBe('Z');
  });

  it('says each correction in words, read against the analysis it was made on', () => {
    const described = describeCorrections(FIXTURE_ANALYSIS, [
      { kind: 'not-a-claim', cue: cueOf('c3') },
      { kind: 'speaker', cue: cueOf('c3'), to: ortiz },
      { kind: 'merge', actor: { id: 'a6', name: 'the council' }, into: port },
      { kind: 'rename', actor: port, name: 'Port of Marlow' },
    ]);
    expect(described).toEqual([
      { text: '“claimed: dredging costs, estimated at $4m, had been unde…” is not a claim', applied: true },
      { text: '“claimed” is said by Lena Ortiz', applied: false },
      { text: 'the council is the same as Port Authority', applied: true },
      { text: 'Port Authority renamed Port of Marlow', applied: true },
    ]);
  });
});

describe('names the reader types', () => {
  it('lose control characters and extra white space, and are bounded', () => {
    expect(cleanName('  Ines\u0000 \n\t Kahl\u200b ')).toBe('Ines Kahl\u200b');
    expect(cleanName('x'.repeat(500))).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanName(' \u0007 ')).toBe('');
  });
});

describe('reading corrections back', () => {
  const cue = { block: 3, start: 20, end: 27 };

  it('takes each known shape', () => {
    const all: Correction[] = [
      { kind: 'not-a-claim', cue },
      { kind: 'speaker', cue, to: { id: null, name: 'Ines Kahl' } },
      { kind: 'merge', actor: ortiz, into: port },
      { kind: 'rename', actor: ortiz, name: 'L. Ortiz' },
      { kind: 'role', actor: ortiz, role: 'politician' },
    ];
    expect(parseCorrections(JSON.parse(JSON.stringify(all)))).toEqual({ corrections: all, dropped: 0 });
  });

  it('refuses what is not exactly one: unknown kinds, bad spans, empty or non-string names, wrong ids', () => {
    const bad: unknown[] = [
      null,
      'not-a-claim',
      { kind: 'delete-everything', cue },
      { kind: 'not-a-claim', cue: { block: -1, start: 0, end: 2 } },
      { kind: 'not-a-claim', cue: { block: 0, start: 5, end: 5 } },
      { kind: 'not-a-claim', cue: { block: 0, start: 1.5, end: 5 } },
      { kind: 'not-a-claim', cue: { block: '0', start: 1, end: 5 } },
      { kind: 'speaker', cue, to: { id: null, name: ' ' } },
      { kind: 'speaker', cue, to: { id: 7, name: 'A' } },
      { kind: 'speaker', cue, to: { name: 'A' } },
      { kind: 'rename', actor: ortiz, name: 42 },
      { kind: 'rename', actor: ortiz, name: 'x'.repeat(10_000) },
      { kind: 'merge', actor: ortiz },
      { kind: 'merge', actor: ortiz, into: [] },
      { kind: 'role', actor: ortiz, role: 'hacker' },
      { kind: 'role', actor: ortiz, role: '__proto__' },
      { kind: 'role', actor: ortiz, role: 'toString' },
      { kind: 'role', actor: ortiz },
    ];
    for (const value of bad) expect(parseCorrection(value), JSON.stringify(value)).toBeNull();
    expect(parseCorrections([...bad, { kind: 'not-a-claim', cue }])).toEqual({ corrections: [{ kind: 'not-a-claim', cue }], dropped: bad.length });
  });

  it('cleans names as it reads them, and counts a list that is not a list as one dropped', () => {
    expect(parseCorrection({ kind: 'rename', actor: ortiz, name: 'A\u0000 B' })).toEqual({ kind: 'rename', actor: ortiz, name: 'A B' });
    expect(parseCorrections({ length: 3 })).toEqual({ corrections: [], dropped: 1 });
    expect(parseCorrections(undefined)).toEqual({ corrections: [], dropped: 0 });
  });
});
