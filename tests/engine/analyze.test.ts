import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSlices } from '../../src/engine/index.js';
import type { Analysis, TextBlock } from '../../src/engine/index.js';

const para = (text: string): TextBlock => ({ kind: 'paragraph', text });
const textOf = (a: Analysis, s: { block: number; start: number; end: number } | null): string =>
  s === null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end);

describe('analyze', () => {
  it('finds a direct quotation before its cue, with the speaker after', () => {
    const a = analyze([para('“The harbour will reopen in May,” Mayor Lena Okafor said on Monday.')]);
    expect(a.claims).toHaveLength(1);
    const c = a.claims[0];
    expect(c?.quote).toBe('direct');
    expect(textOf(a, c?.cue ?? null)).toBe('said');
    expect(textOf(a, c?.source ?? null)).toBe('Mayor Lena Okafor');
    expect(a.actors.find((x) => x.id === c?.actorId)?.name).toBe('Lena Okafor');
  });

  it('finds indirect speech after the cue, "that" included', () => {
    const a = analyze([para('The port authority said that cargo traffic fell by a third.')]);
    const c = a.claims[0];
    expect(c?.quote).toBe('indirect');
    expect(textOf(a, c?.content[0] ?? null)).toBe('that cargo traffic fell by a third');
  });

  it('ends a report where ", and" joins a second one with its own speaker and cue', () => {
    const a = analyze([para('The mayor insisted that the port was safe, and harbour pilots warned that the channel was silting up.')]);
    expect(a.claims.map((c) => textOf(a, c.content[0] ?? null))).toEqual(['that the port was safe', 'that the channel was silting up']);
  });

  it('gives "and saying …" a claim of its own, by the same speaker', () => {
    const a = analyze([para('The two pilots vied for the contract, each citing the tide tables and saying the other misread them.')]);
    const saying = a.claims.find((c) => textOf(a, c.cue) === 'saying');
    expect(textOf(a, saying?.content[0] ?? null)).toBe('the other misread them');
    expect(textOf(a, saying?.source ?? null)).toBe('each');
  });

  it('takes the quotation a cue labels with "as", but not a clause opened by "as" or "when"', () => {
    const labelled = analyze([para('The levy raised £2m, a sum the audit describes as “modest at best.”')]);
    const describe = labelled.claims.find((claim) => claim.cueLemma.startsWith('describe'));
    expect(describe?.content.map((span) => textOf(labelled, span)).join(' ')).toContain('modest at best');
    const clause = analyze([para('Nobody answered what the mayor said when she resigned.')]);
    expect(clause.claims).toHaveLength(0);
  });

  it('does not read a plural noun in a compound as a cue ("the passenger forecasts used to …")', () => {
    const a = analyze([para('The audit also questions the passenger forecasts used to justify the line.')]);
    expect(a.claims.map((claim) => textOf(a, claim.cue))).not.toContain('forecasts');
    const report = analyze([para('The ministry forecasts that traffic will double by 2030.')]);
    expect(report.claims.map((claim) => textOf(report, claim.cue))).toContain('forecasts');
  });

  it('returns the same analysis sliced as in one go', () => {
    const blocks = Array.from({ length: 300 }, (_, i) => para(`Officials said ${i} boats had left. “We are ready,” she said.`));
    const run = analyzeInSlices(blocks);
    let step = run.next();
    let slices = 0;
    while (step.done !== true) { slices++; step = run.next(); }
    expect(slices).toBeGreaterThan(1);
    expect(step.value).toEqual(analyze(blocks));
  });

  it('treats words that name Object.prototype members as plain words', () => {
    const a = analyze([para('The constructor said __proto__ toString hasOwnProperty valueOf, constructor of the toString said.')]);
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) expect(typeof c.stance).toBe('string');
  });

  it('reads a headline in the "claim – speaker" style', () => {
    const a = analyze([{ kind: 'headline', text: 'Harbour wall will not survive another winter – engineers' }]);
    const c = a.claims[0];
    expect(textOf(a, c?.source ?? null)).toBe('engineers');
    expect(textOf(a, c?.content[0] ?? null)).toBe('Harbour wall will not survive another winter');
    expect(a.actors.find((x) => x.id === c?.actorId)?.kind).toBe('unnamed');
  });

  it('does not read a dash inside a paragraph as a speaker', () => {
    expect(analyze([para('The wall is old – engineers')]).claims).toEqual([]);
  });

  it('handles empty input', () => {
    expect(analyze([]).claims).toEqual([]);
    expect(analyze([para('')]).claims).toEqual([]);
  });
});
