/**
 * Quotes the way readers count them (issue 16, design point 4): a quotation interrupted by its cue is one claim
 * whose parts are each a content fragment; a quoted paragraph with no cue of its own (a floating quote) is a claim
 * of its own, spoken by the speaker of the claim before it, or by the unknown speaker; never dropped. Our own
 * invented news sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromPlainText, toExtractRecord, UNKNOWN_ACTOR_ID } from '../../src/engine/index.js';
import type { Analysis, Claim, Span, TextBlock } from '../../src/engine/index.js';

const para = (text: string): TextBlock => ({ kind: 'paragraph', text });
const textOf = (a: Analysis, s: Span | null): string => (s === null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end));
const parts = (a: Analysis, c: Claim | undefined): string[] => (c === undefined ? [] : c.content.map((s) => textOf(a, s)));
const speaker = (a: Analysis, c: Claim | undefined): string | undefined => a.actors.find((x) => x.id === c?.actorId)?.name;

describe('a quotation interrupted by its cue', () => {
  it.each([
    ['“We have waited long enough,” union president Maria Delgado said. “The port owes us a fair deal.”',
      ['“We have waited long enough,”', '“The port owes us a fair deal.”']],
    ['“This is not about money,” Delgado said, “it is about safety.”', ['“This is not about money,”', '“it is about safety.”']],
    ['“The cranes are old.” Delgado said. “They break every week. Nobody fixes them.”',
      ['“The cranes are old.”', '“They break every week. Nobody fixes them.”']],
    ['“We have waited long enough,” said Maria Delgado, president of the dockworkers’ union. “The port owes us a fair deal.”',
      ['“We have waited long enough,”', '“The port owes us a fair deal.”']],
    ['“We have waited long enough,” Delgado told reporters on Tuesday. “The port owes us a fair deal.”',
      ['“We have waited long enough,”', '“The port owes us a fair deal.”']],
    ['"Is this fair?" Delgado asked. "I do not think so."', ['"Is this fair?"', '"I do not think so."']],
  ])('is one claim with each quoted part a fragment: %s', (text, expected) => {
    const a = analyze([para('Harbour workers walked off the job on Tuesday.'), para(text)]);
    expect(a.claims).toHaveLength(1);
    expect(parts(a, a.claims[0])).toEqual(expected);
    expect(a.claims[0]?.quote).toBe('direct');
    expect(speaker(a, a.claims[0])).toMatch(/Delgado/);
  });

  it('stops before a next quotation of several sentences that has a cue of its own after it', () => {
    const a = analyze([para('Harbour workers walked off the job on Tuesday.'),
      para('It was “a sad day,” Delgado added. “The cranes are old. Nobody fixes them,” said Tom Reyes, a crane driver.')]);
    expect(a.claims.map((c) => [speaker(a, c), textOf(a, c.cue), parts(a, c)])).toEqual([
      ['Delgado', 'added', ['It was “a sad day,”']],
      ['Tom Reyes', 'said', ['“The cranes are old. Nobody fixes them,”']],
    ]);
  });

  it('goes on over paragraphs while the writer leaves the quotation open: one claim, a fragment per paragraph', () => {
    const a = analyze([
      para('“We have waited long enough,” Delgado said. “The port owes us a fair deal.'),
      para('“The cranes break every week and nobody fixes them.”'),
    ]);
    expect(a.claims).toHaveLength(1);
    expect(parts(a, a.claims[0])).toEqual(['“We have waited long enough,”', '“The port owes us a fair deal.',
      '“The cranes break every week and nobody fixes them.”']);
  });
});

describe('a floating quote (a quoted paragraph with no cue)', () => {
  it('after a closed quotation is a claim of its own, by the same speaker, named by the same mention', () => {
    const a = analyze([
      para('“We have waited long enough,” Delgado said.'),
      para('“The port owes us a fair deal.”'),
    ]);
    expect(a.claims).toHaveLength(2);
    const floating = a.claims[1];
    expect(parts(a, floating)).toEqual(['“The port owes us a fair deal.”']);
    expect(floating?.actorId).toBe(a.claims[0]?.actorId);
    expect(textOf(a, floating?.source ?? null)).toBe('Delgado');
    // its cue is the opening quotation mark: one character the page can paint, with a lemma that says so
    expect(textOf(a, floating?.cue ?? null)).toBe('“');
    expect(floating?.cueLemma).toBe('quote');
    expect(floating?.kind).toBe('statement');
    expect(floating?.quote).toBe('direct');
  });

  it('takes the speaker of a report in the paragraph before it, or the one before that', () => {
    const near = analyze([
      para('Fire chief Omar Haddad said the blaze started in a storage shed behind the arena.'),
      para('“We were lucky the wind was calm.”'),
    ]);
    expect(speaker(near, near.claims[1])).toBe('Omar Haddad');
    const two = analyze([
      para('Fire chief Omar Haddad said the blaze started in a storage shed behind the arena.'),
      para('Crews from three stations worked through the night.'),
      para('“We were lucky the wind was calm.”'),
    ]);
    expect(speaker(two, two.claims[1])).toBe('Omar Haddad');
  });

  it('keeps the speaker over a run of quoted paragraphs', () => {
    const a = analyze([
      para('“We were lucky,” Haddad said.'),
      para('“The wind was calm all night.”'),
      para('“Another hour and the whole block would have gone.”'),
    ]);
    expect(a.claims.map((c) => speaker(a, c))).toEqual(['Haddad', 'Haddad', 'Haddad']);
  });

  it('goes to a person the paragraph before introduces as its subject', () => {
    const a = analyze([
      para('“The port owes us a fair deal,” Delgado said.'),
      para('Lena Fisk has worked the cranes at the port since 1998.'),
      para('“I have never seen morale this low.”'),
    ]);
    expect(speaker(a, a.claims[1])).toBe('Lena Fisk');
    expect(textOf(a, a.claims[1]?.source ?? null)).toBe('Lena Fisk');
  });

  it('skips a thought or a finding between, and never goes on with a thing', () => {
    const thought = analyze([
      para('“The pay has not kept up,” Delgado said.'),
      para('Economists believe wages will rise next year.'),
      para('“We cannot wait that long.”'),
    ]);
    expect(speaker(thought, thought.claims[2])).toBe('Delgado');
    const thing = analyze([
      para('The recent spate of closures has been described as “heartbreaking” by residents.'),
      para('“It feels like the end of something.”'),
    ]);
    const floating = thing.claims.find((c) => c.cueLemma === 'quote');
    expect(floating?.actorId).toBe(UNKNOWN_ACTOR_ID);
  });

  it('goes to the unknown speaker when no claim is near, and is never dropped', () => {
    const alone = analyze([para('The arena reopened on Friday.'), para('“It feels like coming home.”')]);
    expect(alone.claims).toHaveLength(1);
    expect(alone.claims[0]?.actorId).toBe(UNKNOWN_ACTOR_ID);
    expect(alone.claims[0]?.source).toBeNull();
    const far = analyze([
      para('Fire chief Omar Haddad said the blaze started in a storage shed.'),
      para('Crews worked through the night.'),
      para('The arena reopened on Friday after repairs.'),
      para('“It feels like coming home.”'),
    ]);
    expect(far.claims[1]?.actorId).toBe(UNKNOWN_ACTOR_ID);
  });

  it('is not read in a headline, a block quote, a list item or a title in quotation marks', () => {
    const a = analyze([
      { kind: 'headline', text: '“We will not back down”' },
      para('Dockworkers rallied outside the port on Tuesday.'),
      { kind: 'blockquote', text: '“The sea is calm tonight, the tide is full.”' },
      { kind: 'listItem', text: '“Pay us what we are owed.”' },
      para('“The Long Goodbye”'),
    ]);
    expect(a.claims).toHaveLength(0);
  });

  it('is not read in a pull quote that repeats a quotation the article gives with its speaker', () => {
    const a = analyze([
      para('“We were lucky the wind was calm.”'),
      para('The fire started in a storage shed behind the arena on Sunday night.'),
      para('“We were lucky the wind was calm,” fire chief Omar Haddad said.'),
    ]);
    expect(a.claims).toHaveLength(1);
    expect(speaker(a, a.claims[0])).toBe('Omar Haddad');
  });

  it('is a further fragment of the claim it goes on with in the PolNeAR extraction record, and apart otherwise', () => {
    const text = 'Harbour strike enters second day\n“We have waited long enough,” Delgado said.\n“The port owes us a fair deal.”\n' +
      'The arena reopened on Friday after repairs.\nCrews worked through the night.\n“It feels like coming home.”';
    const analysis = analyze(blocksFromPlainText(text));
    expect(analysis.claims).toHaveLength(3);
    const record = toExtractRecord('d', text, analysis);
    expect(record.attributions).toHaveLength(2);
    const first = record.attributions[0];
    expect(first?.content.fragments?.map(([s, e]) => text.slice(s, e))).toEqual(['“We have waited long enough,”', '“The port owes us a fair deal.”']);
    expect(record.attributions[1]?.actor).toBeNull();
  });
});
