/**
 * Speakers in groups (issue 16, design point 4): conjoined speakers ("Clinton and Sanders said") are credited to
 * each, one claim per speaker sharing cue and content; "they" goes to the group it stands for (people who spoke
 * together, "the two workers", "officials") rather than a body named as one ("the union"). Our own invented news.
 */
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromPlainText, toExtractRecord } from '../../src/engine/index.js';
import type { Analysis, Claim, Span, TextBlock } from '../../src/engine/index.js';

const para = (text: string): TextBlock => ({ kind: 'paragraph', text });
const textOf = (a: Analysis, s: Span | null): string => (s === null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end));
const speaker = (a: Analysis, c: Claim | undefined): string | undefined => a.actors.find((x) => x.id === c?.actorId)?.name;
/** Each claim as "speaker: content", in order. */
const who = (a: Analysis): string[] => a.claims.map((c) => `${speaker(a, c) ?? '?'}: ${c.content.map((s) => textOf(a, s)).join(' … ')}`);

describe('conjoined speakers', () => {
  it('credits each speaker with one claim, sharing the cue and the content, each named by its own mention', () => {
    const a = analyze([para('Premier Dana Whitfield and Mayor Jane Roe said the strike must end by Friday.')]);
    expect(who(a)).toEqual(['Dana Whitfield: the strike must end by Friday', 'Jane Roe: the strike must end by Friday']);
    const [first, second] = a.claims;
    expect(first?.cue).toEqual(second?.cue);
    expect(first?.content).toEqual(second?.content);
    expect(a.claims.map((c) => textOf(a, c.source))).toEqual(['Premier Dana Whitfield', 'Mayor Jane Roe']);
    expect(a.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('reads a name and a description', () => {
    const mayor = analyze([para('Mayor Jane Roe opened the session.'), para('Councillor Tom Hale and the mayor told reporters that the port would reopen.')]);
    expect(mayor.claims.map((c) => speaker(mayor, c))).toEqual(['Tom Hale', 'Jane Roe']);
  });

  it('reads a list of names, with or without the serial comma, and titles before two names', () => {
    for (const text of ['Sam Ortiz, Lena Fisk and Omar Haddad said the overtime was never paid.',
      'Sam Ortiz, Lena Fisk, and Omar Haddad said the overtime was never paid.']) {
      const a = analyze([para(text)]);
      expect(a.claims.map((c) => speaker(a, c)), text).toEqual(['Sam Ortiz', 'Lena Fisk', 'Omar Haddad']);
    }
    const opening = analyze([para('On Tuesday, Sam Ortiz and Lena Fisk said the overtime was never paid.')]);
    expect(opening.claims.map((c) => speaker(opening, c))).toEqual(['Sam Ortiz', 'Lena Fisk']);
    const titled = analyze([para('Liberal MPs Anna Gainey and Marc Miller told reporters they supported the bill.')]);
    expect(titled.claims.map((c) => speaker(titled, c))).toEqual(['Anna Gainey', 'Marc Miller']);
  });

  it('credits the people a group is given as: "Two workers, Sam Ortiz and Lena Fisk, said"', () => {
    const a = analyze([para('Two workers, Sam Ortiz and Lena Fisk, told reporters they had not been paid overtime.')]);
    expect(a.claims.map((c) => speaker(a, c))).toEqual(['Sam Ortiz', 'Lena Fisk']);
  });

  it('keeps one speaker where "and" is inside a name or no part names a person', () => {
    for (const text of [
      'The Department of Fish and Wildlife said the river would stay closed.',
      'Immigration and Customs Enforcement said the raids would continue.',
      'Federal and state officials said the bridge was safe.',
      'Maria Delgado, the union’s president and a crane operator, said the port owes workers a fair deal.',
    ]) {
      const a = analyze([para(text)]);
      expect(a.claims, text).toHaveLength(1);
    }
  });

  it('is one attribution in the PolNeAR record, its source running from the first name to the last', () => {
    const text = 'Port strike enters its second week\nPremier Dana Whitfield and Mayor Jane Roe said the strike must end by Friday.';
    const analysis = analyze(blocksFromPlainText(text));
    const record = toExtractRecord('d', text, analysis);
    expect(record.attributions).toHaveLength(1);
    const only = record.attributions[0];
    expect(only?.source === null || only?.source === undefined ? '' : text.slice(only.source.start, only.source.end))
      .toBe('Premier Dana Whitfield and Mayor Jane Roe');
    expect(only?.actors).toEqual(analysis.claims.map((c) => c.actorId));
  });
});

describe('"they"', () => {
  it('goes to the workers who spoke, not to the union named since as one ("it")', () => {
    const a = analyze([
      para('Two dock workers said they had not been paid overtime since March.'),
      para('The union said it would file a grievance.'),
      para('“It is a disgrace,” they said.'),
    ]);
    expect(speaker(a, a.claims[a.claims.length - 1])).toBe('Two dock workers');
  });

  it('goes to each of the people who spoke together', () => {
    const a = analyze([
      para('Sam Ortiz and Lena Fisk said the cranes had not been inspected in a year.'),
      para('The port authority said it would review the records.'),
      para('They said the review came too late.'),
    ]);
    const last = a.claims.filter((c) => textOf(a, c.source) === 'They');
    expect(last.map((c) => speaker(a, c))).toEqual(['Sam Ortiz', 'Lena Fisk']);
  });

  it('goes to a group the text made a sentence\'s subject, though it had not spoken yet', () => {
    const described = analyze([
      para('The union said it would file a grievance.'),
      para('The two crane operators walked off the job at noon.'),
      para('They said the cranes were unsafe.'),
    ]);
    expect(speaker(described, described.claims[1])).toBe('The two crane operators');
    const named = analyze([
      para('The port authority said it would review the records.'),
      para('Sam Ortiz and Lena Fisk walked off the job at noon.'),
      para('They said the cranes were unsafe.'),
    ]);
    expect(named.claims.slice(1).map((c) => speaker(named, c))).toEqual(['Sam Ortiz', 'Lena Fisk']);
    // a clause is no group: "He promised that if voters …"
    const clause = analyze([
      para('The union said it would file a grievance.'),
      para('He promised that if voters came out the port would listen.'),
      para('They said talks had broken down.'),
    ]);
    expect(speaker(clause, clause.claims[clause.claims.length - 1])).toBe('The union');
  });

  it('still goes to a body when no group spoke lately', () => {
    const a = analyze([para('The union said it would file a grievance.'), para('They said talks had broken down.')]);
    expect(speaker(a, a.claims[1])).toBe('The union');
  });
});
