/**
 * The CLI's pure formatting, on a hand-made analysis: the extract record's offsets point at the same characters
 * as the engine's block spans, and the table groups claims by actor and cuts long cells to the line width.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/index.js';
import { renderAnalysisTable, truncate } from '../../src/cli/claims-table.js';
import { blocksFromPlainText, toExtractRecord } from '../../src/engine/index.js';

const TEXT = 'Storm closes roads\r\n\r\n"We are ready," the mayor said on Monday.\nOfficials said the bridge would reopen, calling repairs "well ahead" of plan.';

function handMadeAnalysis(): Analysis {
  const blocks = blocksFromPlainText(TEXT);
  return {
    blocks,
    actors: [
      { id: 'a1', name: 'the mayor', kind: 'person', mentions: [{ block: 2, start: 16, end: 25 }], role: 'politician', roleEvidence: '“mayor” in “the mayor”' },
      { id: 'a2', name: 'Officials', kind: 'unnamed', mentions: [{ block: 3, start: 0, end: 9 }], description: 'city officials' },
      { id: 'unknown', name: 'Unknown speaker', kind: 'unknown', mentions: [] },
    ],
    claims: [
      { id: 'c1', kind: 'statement', quote: 'direct', source: { block: 2, start: 16, end: 25 }, cue: { block: 2, start: 26, end: 30 }, content: [{ block: 2, start: 1, end: 13 }], actorId: 'a1', cueLemma: 'say', stance: 'neutral', confidence: 1 },
      {
        id: 'c2',
        kind: 'statement', quote: 'mixed',
        source: { block: 3, start: 0, end: 9 },
        cue: { block: 3, start: 10, end: 14 },
        content: [
          { block: 3, start: 15, end: 38 },
          { block: 3, start: 40, end: 76 },
        ],
        actorId: 'a2',
        cueLemma: 'say',
        stance: 'neutral', confidence: 1,
      },
      { id: 'c3', kind: 'finding', quote: 'indirect', source: null, cue: { block: 3, start: 40, end: 47 }, content: [{ block: 3, start: 48, end: 76 }], actorId: 'unknown', cueLemma: 'call', stance: 'neutral', confidence: 0.3 },
    ],
  };
}

describe('extract record', () => {
  it('keeps one block per line, so block offsets map straight onto the text', () => {
    const blocks = blocksFromPlainText(TEXT);
    expect(blocks.map((block) => block.text).join('\n')).toBe(TEXT);
  });

  it('maps every span to the same characters of the document text, with fragments for split content', () => {
    const analysis = handMadeAnalysis();
    const record = toExtractRecord('doc-1', TEXT, analysis);
    expect(record.doc_id).toBe('doc-1');
    expect(record.actors).toEqual([
      { id: 'a1', name: 'the mayor', kind: 'person' },
      { id: 'a2', name: 'Officials', kind: 'unnamed' },
    ]);
    const slice = (span: { start: number; end: number }): string => TEXT.slice(span.start, span.end);
    const [direct, mixed, unsourced] = record.attributions;
    expect(direct && slice(direct.cue)).toBe('said');
    expect(direct && direct.source && slice(direct.source)).toBe('the mayor');
    expect(direct && slice(direct.content)).toBe('We are ready');
    expect(direct?.content.fragments).toBeUndefined();
    expect(mixed?.type).toBe('mixed');
    expect(mixed?.content.fragments?.map(([start, end]) => TEXT.slice(start, end))).toEqual(['the bridge would reopen', 'calling repairs "well ahead" of plan']);
    expect(mixed && slice(mixed.content)).toBe('the bridge would reopen, calling repairs "well ahead" of plan');
    expect(unsourced?.source).toBeNull();
    expect(unsourced?.actor).toBeNull();
  });
});

describe('analysis table', () => {
  it('groups claims under their actor, the unknown speaker last and not counted, and lists the actors', () => {
    const table = renderAnalysisTable(handMadeAnalysis(), 100);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toBe('3 claims by 2 actors');
    expect(lines[2]).toMatch(/^ACTOR +KIND +ROLE +CLAIM +CUE +STANCE +TYPE +CONTENT$/);
    expect(lines[3]).toMatch(/^the mayor +person +politician +statement +said +neutral +direct +We are ready$/);
    // an analysis without roles (made before them) reads as unknown; the unknown speaker is no source and has none
    expect(lines[4]).toMatch(/^Officials +unnamed +unknown +statement +said +neutral +mixed +the bridge would/);
    // a claim WhoSaid is not sure of says so
    expect(lines[5]).toMatch(/^Unknown speaker +unknown +finding\? +calling +neutral +indirect +repairs/);
    expect(lines[6]).toBe("? after a claim's kind: WhoSaid is not sure it is one.");
    // words: the mayor "We are ready" 3 quoted; Officials "the bridge would reopen" 4 + "calling repairs" 2 and
    // "of plan" 2 paraphrased, "well ahead" 2 quoted; the unknown speaker "repairs well ahead of plan" 5 (overlapping)
    expect(table).toContain('a1  the mayor (person; 1 mention; role: politician; 3 words reported, 17%)');
    expect(table).toContain('a2  Officials (unnamed; 1 mention; 10 words reported, 56%; city officials)');
    // the article: Storm closes roads (3) + We are ready the mayor said on Monday (8) + Officials … plan (12); 13 of
    // them reported (the unknown speaker's words lie inside the officials' second fragment: counted once)
    expect(lines.at(-1)).toBe('Reported speech: 57% of the article (13 of 23 words), 5 quoted, 13 paraphrased');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });

  it('cuts long cells with an ellipsis, never inside an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('😀😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });
});
