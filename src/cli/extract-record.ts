/**
 * The PolNeAR extract format, stand-in until the engine exports its own converter: plain text (paragraphs split by
 * newlines) becomes blocks that remember where they start, and an analysis becomes one output record in offsets of that text.
 */
import type { Analysis, Span, TextBlock } from '../engine/types.js';

export interface PlainTextBlocks {
  blocks: TextBlock[];
  /** blockStarts[i]: offset of blocks[i].text inside the original text. */
  blockStarts: number[];
}

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface ExtractRecord {
  doc_id: unknown;
  actors: { id: string; name: string; kind: string }[];
  attributions: {
    source: OffsetSpan | null;
    cue: OffsetSpan;
    content: OffsetSpan & { fragments?: [number, number][] };
    type: string;
    actor: string | null;
  }[];
}

export function blocksFromPlainText(text: string): PlainTextBlocks {
  const blocks: TextBlock[] = [];
  const blockStarts: number[] = [];
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', text: line });
      blockStarts.push(lineStart);
    }
    lineStart += rawLine.length + 1;
  }
  return { blocks, blockStarts };
}

export function toExtractRecord(docId: unknown, analysis: Analysis, blockStarts: number[]): ExtractRecord {
  const toOffsets = (span: Span): OffsetSpan => {
    const base = blockStarts[span.block] ?? 0;
    return { start: base + span.start, end: base + span.end };
  };
  return {
    doc_id: docId,
    actors: analysis.actors.map(({ id, name, kind }) => ({ id, name, kind })),
    attributions: analysis.claims.map((claim) => {
      const fragments = claim.content.map(toOffsets);
      const first = fragments[0] ?? toOffsets(claim.cue);
      const last = fragments[fragments.length - 1] ?? first;
      const content: ExtractRecord['attributions'][number]['content'] = { start: first.start, end: last.end };
      if (fragments.length > 1) content.fragments = fragments.map(({ start, end }) => [start, end]);
      return {
        source: claim.source ? toOffsets(claim.source) : null,
        cue: toOffsets(claim.cue),
        content,
        type: claim.kind,
        actor: claim.actorId,
      };
    }),
  };
}
