/**
 * The one presentation module: every label a reader reads about a claim or actor, the order that gives actors their
 * colours (the sidebar's groups list actors in the same order), and the empty states.
 */
import { describe, expect, it } from 'vitest';
import { type Actor, type Analysis, type Claim, LOW_CONFIDENCE } from '../../src/engine/index.js';
import { paletteColorAt, UNATTRIBUTED_COLOR } from '../../src/shared/palette.js';
import {
  CLAIM_KIND_LABELS,
  CLAIM_KIND_ORDER,
  ACTOR_KIND_LABELS,
  actorColors,
  actorKindLabel,
  byClaimsThenMention,
  claimLabels,
  EMPTY_STATES,
  QUOTE_KIND_LABELS,
  STANCE_LABELS,
} from '../../src/shared/presentation.js';
import { groupActors } from '../../src/ui/sidebar/view-model.js';
import { FIXTURE_ANALYSIS } from '../ui/fixture-analysis.js';

const actor = (id: string, kind: Actor['kind'] = 'person'): Actor => ({ id, name: id.toUpperCase(), kind, mentions: [] });
const claim = (id: string, actorId: string): Claim => ({
  id,
  kind: 'statement',
  quote: 'indirect',
  source: null,
  cue: { block: 0, start: 0, end: 4 },
  content: [{ block: 0, start: 5, end: 9 }],
  actorId,
  cueLemma: 'say',
  stance: 'neutral', confidence: 1,
});

/** b and c speak twice, a once, d never; the unknown speaker three times. */
const RANKED: Analysis = {
  blocks: [{ kind: 'paragraph', text: 'said this' }],
  actors: [actor('a'), actor('b', 'organisation'), actor('unknown', 'unknown'), actor('c'), actor('d')],
  claims: [claim('c1', 'a'), claim('c2', 'c'), claim('c3', 'b'), claim('c4', 'c'), claim('c5', 'b'),
    claim('c6', 'unknown'), claim('c7', 'unknown'), claim('c8', 'unknown')],
};

describe('labels', () => {
  it('names each quote kind once, in words a reader need not learn', () => {
    expect(QUOTE_KIND_LABELS).toEqual({ direct: 'direct quote', indirect: 'paraphrase', mixed: 'partly quoted' });
    expect(claimLabels({ kind: 'thought', quote: 'mixed', stance: 'cognition', confidence: 1 })).toEqual({
      claimKind: 'thought or plan', quoteKind: 'partly quoted', stance: 'belief or intent', uncertainty: '',
    });
    expect(Object.keys(STANCE_LABELS).sort()).toEqual(['cognition', 'distancing', 'hedged', 'neutral']);
  });

  it('names each claim kind, and says when WhoSaid is not sure of a claim', () => {
    expect(CLAIM_KIND_ORDER.map((kind) => CLAIM_KIND_LABELS[kind].many)).toEqual(['Statements', 'Findings', 'What people think or plan']);
    expect(claimLabels({ kind: 'finding', quote: 'indirect', stance: 'neutral', confidence: 0.3 }).uncertainty)
      .toBe('WhoSaid is not sure this is a finding.');
    expect(claimLabels({ kind: 'statement', quote: 'direct', stance: 'neutral', confidence: LOW_CONFIDENCE }).uncertainty).toBe('');
  });

  it('gives the unknown speaker and a missing actor the same kind: none given', () => {
    expect(actorKindLabel(actor('x', 'unnamed'))).toBe('unnamed source');
    expect(actorKindLabel(actor('unknown', 'unknown'))).toBe('no speaker given');
    expect(actorKindLabel(undefined)).toBe(ACTOR_KIND_LABELS.unknown.one);
  });

  it('has a message for every state the sidebar can be in', () => {
    expect(EMPTY_STATES.noClaims).toMatch(/No reported statements/);
    expect(EMPTY_STATES.unsupportedLanguage('de')).toBe('WhoSaid does not read articles in German yet.');
    expect(EMPTY_STATES.languageNotLoaded('de')).toBe('WhoSaid could not load what it needs to read German on this page.');
  });
});

describe('colour rank', () => {
  it('orders by claims, most first, ties by first mention; the unknown speaker keeps grey', () => {
    const colors = actorColors(RANKED, 'okabe-ito');
    expect(colors.get('b')).toEqual(paletteColorAt('okabe-ito', 0));
    expect(colors.get('c')).toEqual(paletteColorAt('okabe-ito', 1));
    expect(colors.get('a')).toEqual(paletteColorAt('okabe-ito', 2));
    expect(colors.get('d')).toEqual(paletteColorAt('okabe-ito', 3));
    expect(colors.get('unknown')).toEqual(UNATTRIBUTED_COLOR);
    // the analysis itself is left in its order
    expect(RANKED.actors.map((entry) => entry.id)).toEqual(['a', 'b', 'unknown', 'c', 'd']);
  });

  it('is the order the sidebar lists each group in, so colours step down the list', () => {
    const people = groupActors(RANKED).find((group) => group.kind === 'person')?.actors.map((view) => view.actor.id);
    expect(people).toEqual(['c', 'a']);
    const rank = byClaimsThenMention(FIXTURE_ANALYSIS);
    const colors = actorColors(FIXTURE_ANALYSIS, 'vivid');
    for (const group of groupActors(FIXTURE_ANALYSIS)) {
      const ids = group.actors.map((view) => view.actor.id);
      expect([...group.actors].map((view) => view.actor).sort(rank).map((entry) => entry.id)).toEqual(ids);
      for (const id of ids) expect(colors.has(id)).toBe(true);
    }
  });
});
