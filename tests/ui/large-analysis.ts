/**
 * Generated analyses far larger than any article, for the list's windows: any number of sources, each with any
 * number of claims (one paragraph per claim, numbered so a search can find one), plus claims with no source.
 */
import type { Actor, Analysis, Claim, Span, TextBlock } from '../../src/engine/index.js';

export interface LargeSource {
  name: string;
  claims: number;
}

/** Claim ids run c0, c1, … in text order, the sources' claims in the order given, then the unattributed ones. */
export function largeAnalysis(sources: LargeSource[], unattributed = 0): Analysis {
  const blocks: TextBlock[] = [];
  const actors: Actor[] = [];
  const claims: Claim[] = [];
  const addClaim = (actor: Actor | null) => {
    const number = claims.length;
    const speaker = actor ? actor.name : 'It was';
    const cue = actor ? 'said' : 'reported';
    const content = `the pier will cost number ${number}`;
    const text = `${speaker} ${cue} ${content}.`;
    const block = blocks.length;
    blocks.push({ kind: 'paragraph', text });
    const at = (part: string): Span => ({ block, start: text.indexOf(part), end: text.indexOf(part) + part.length });
    if (actor) actor.mentions.push(at(speaker));
    claims.push({
      id: `c${number}`,
      kind: 'statement',
      quote: 'indirect',
      actorId: actor ? actor.id : 'unknown',
      source: actor ? at(speaker) : null,
      cue: at(cue),
      cueLemma: actor ? 'say' : 'report',
      stance: 'neutral', confidence: 1,
      content: [at(content)],
    });
  };
  sources.forEach((source, index) => {
    const actor: Actor = { id: `a${index}`, name: source.name, kind: 'person', mentions: [] };
    actors.push(actor);
    for (let i = 0; i < source.claims; i += 1) addClaim(actor);
  });
  if (unattributed > 0) actors.push({ id: 'unknown', name: 'Unknown speaker', kind: 'unknown', mentions: [] });
  for (let i = 0; i < unattributed; i += 1) addClaim(null);
  return { blocks, actors, claims };
}

/** `count` sources named "Source 000", "Source 001", …, each with `claims` claims. */
export function manySources(count: number, claims: number): LargeSource[] {
  return Array.from({ length: count }, (_, index) => ({ name: `Source ${String(index).padStart(3, '0')}`, claims }));
}
