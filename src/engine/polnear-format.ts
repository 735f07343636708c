/**
 * The extraction contract by which accuracy is measured independently (`whosaid extract`): plain text with one
 * paragraph a line in, one JSON record of actors and attributions with offsets into that same text out.
 */
import type { ActorKind, Analysis, ClaimKind, QuoteKind, Span, TextBlock } from './types.js';
import { isUnknownActor } from './unknown-actor.js';

export interface ExtractActor {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface ExtractSpan {
  start: number;
  end: number;
}

export interface ExtractAttribution {
  source: ExtractSpan | null;
  cue: ExtractSpan;
  content: ExtractSpan & { fragments?: [number, number][] };
  type: QuoteKind;
  /** What the claim reports: a statement, a finding or a thought. */
  kind: ClaimKind;
  /** The actor's id, or null when the claim has no speaker (the unknown actor). */
  actor: string | null;
}

export interface ExtractRecord {
  doc_id: string;
  actors: ExtractActor[];
  attributions: ExtractAttribution[];
}

/**
 * One block per line, so block offsets map 1:1 onto the text: the first line is the headline, the others
 * paragraphs; empty lines stay as empty blocks.
 */
export function blocksFromPlainText(text: string): TextBlock[] {
  return text.split('\n').map((line, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text: line }));
}

/** Offsets of each block in the text the blocks were split from (blocks joined by one newline each). */
export function blockOffsets(blocks: TextBlock[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) { offsets.push(at); at += b.text.length + 1; }
  return offsets;
}

/** The analysis of `text` (made from blocksFromPlainText(text)) as an extraction record. */
export function toExtractRecord(docId: string, text: string, analysis: Analysis): ExtractRecord {
  const offsets = blockOffsets(analysis.blocks);
  const joinedLength = analysis.blocks.reduce((n, b) => n + b.text.length + 1, -1);
  if (joinedLength !== text.length && analysis.blocks.length > 0) {
    throw new Error(`toExtractRecord: the analysis was not made from this text's lines (${joinedLength} ≠ ${text.length})`);
  }
  const toText = (s: Span): ExtractSpan => {
    const base = offsets[s.block] ?? 0;
    return { start: base + s.start, end: base + s.end };
  };
  // the contract predates the unknown speaker: its claims say actor null and it is not listed among the actors
  const unknownIds = new Set(analysis.actors.filter(isUnknownActor).map((a) => a.id));
  const attributions = analysis.claims.map((c): ExtractAttribution => {
    const fragments = c.content.map(toText);
    const first = fragments[0] ?? toText(c.cue);
    const last = fragments[fragments.length - 1] ?? first;
    const content: ExtractAttribution['content'] = { start: first.start, end: last.end };
    if (fragments.length > 1) content.fragments = fragments.map((f): [number, number] => [f.start, f.end]);
    return { source: c.source === null ? null : toText(c.source), cue: toText(c.cue), content, type: c.quote, kind: c.kind,
      actor: unknownIds.has(c.actorId) ? null : c.actorId };
  });
  return {
    doc_id: docId,
    actors: analysis.actors.filter((a) => !isUnknownActor(a)).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    attributions,
  };
}
