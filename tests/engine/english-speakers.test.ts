/**
 * English speakers on the constructions real pages gave the wrong speaker or missed (issue 16): each test is one
 * general construction, in sentences of our own, shaped like the real ones.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Span, type TextBlock } from '../../src/engine/index.js';

function article(...paragraphs: string[]): Analysis {
  const blocks: TextBlock[] = [{ kind: 'headline', text: 'Harbour tunnel plan' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  return analyze(blocks);
}

const textOf = (a: Analysis, s: Span | null | undefined): string => s == null ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end);

/** Each claim as "cue: speaker", in text order. */
function speakers(a: Analysis): string[] {
  return a.claims.map((c) => `${textOf(a, c.cue)}: ${a.actors.find((x) => x.id === c.actorId)?.name ?? '?'}`);
}

describe('English speakers', () => {
  it('a clause with a negated auxiliary before ", said NAME" is the content, not an apposition to a speaker', () => {
    const a = article('Many pilots leave the port not because their work isn’t valued, but because trucking pays better, ' +
      'said Lena Fisk, an organiser at the dock union. “Nobody was paying them like that,” she said.');
    expect(speakers(a)).toEqual(['said: Lena Fisk', 'said: Lena Fisk']);
    expect(textOf(a, a.claims[0]?.content[0])).toBe('Many pilots leave the port not because their work isn’t valued, but because trucking pays better');
  });

  it('a surname alone is the person first named with it, not a relative named more fully later', () => {
    const a = article(
      'Harbour pilot Sam Ortiz was nine when he first steered a tanker into the bay.',
      '“The channel is silting up,” says Ortiz, the oldest pilot on the coast.',
      'His son, Leo Marcus Ortiz, joined him on the boats last year. “I learn every day,” says Leo.',
      '“We will not give up the bay,” says Ortiz.',
    );
    expect(speakers(a)).toEqual(['says: Sam Ortiz', 'says: Leo', 'says: Sam Ortiz']);
  });

  it('a name written more fully later is still the same person', () => {
    const a = article(
      'Lena Fisk, the union organiser, spoke first.',
      'Later, Lena Marie Fisk told the meeting the port owed its workers a fair deal. “We waited long enough,” Fisk said.',
    );
    expect(speakers(a)).toEqual(['told: Lena Marie Fisk', 'said: Lena Marie Fisk']);
  });

  it('a name with an apposition and a relative clause after it speaks: "Reyes, a pilot with the authority, which …, said"', () => {
    const a = article(
      'Reyes, a pilot with the Westport Harbour Authority, which has run the port since 1924, described it as a dying trade.',
      'Across the bay, the spokesman, who declined to be named, said the port would stay open.',
      'When Tom Gale retired in 1990, his letter, printed in the Westport Courier, called the port a family.',
    );
    expect(speakers(a).slice(0, 2)).toEqual(['described: Reyes', 'said: the spokesman']);
    expect(speakers(a).slice(2)).not.toContain('called: Tom Gale');
  });

  it('a predicate between commas is no apposition: "Ortiz, 75, has overseen …, called on by …" has no speaker', () => {
    const a = article('Ortiz, 75, has now overseen more than 500 rescues and is known as the leading pilot, called on by ports around the country for advice.');
    expect(speakers(a)).toEqual([]);
  });

  it('a block quote after a report is the speaker\'s, marks or none; a run of them is one quote; a signature ends it', () => {
    const a = analyze([
      { kind: 'headline', text: 'Harbour tunnel plan' },
      { kind: 'paragraph', text: 'The tunnel will pay for itself, Mayor Lena Ortiz told the council on Monday.' },
      { kind: 'blockquote', text: 'I have been talking to the builders for years, and when the time came we could move quickly.' },
      { kind: 'blockquote', text: 'Nobody else had that kind of trust with them.' },
      { kind: 'paragraph', text: 'The harbour master disagreed, Tom Gale said.' },
      { kind: 'blockquote', text: '"The tunnel is a fine idea, but the money is not there and it never was."' },
      { kind: 'blockquote', text: 'Tom Gale, harbour master' },
    ]);
    expect(speakers(a)).toEqual(['told: Lena Ortiz', 'I: Lena Ortiz', 'said: Tom Gale', '": Tom Gale']);
    expect(a.claims[1]?.content.map((s) => s.block)).toEqual([2, 3]);
    expect(a.claims[3]?.content.map((s) => s.block)).toEqual([5]);
  });

  it('a block quote that reports on its own is an excerpt, not the last speaker\'s words', () => {
    const a = analyze([
      { kind: 'paragraph', text: 'The tunnel will pay for itself, Mayor Lena Ortiz said on Monday.' },
      { kind: 'blockquote', text: 'The council said it would vote on the plan in the spring, after the harbour survey.' },
    ]);
    expect(speakers(a)).toEqual(['said: Lena Ortiz', 'said: The council']);
  });

  it('a paragraph opening with a whole quoted sentence, the writer\'s words after it, is the speaker\'s quote', () => {
    const a = article(
      '“If the pilots are right, the channel will close within ten years,” explains Dr. Reyes.',
      '“We used a simple trick, based on older surveys, to measure the silt.” This trick was the tide model.',
      '“It is a big day for the harbour!” Tom Gale’s niece, the harbour clerk Ana Gale, shouted to the crowd.',
    );
    expect(speakers(a).slice(0, 2)).toEqual(['explains: Reyes', '“: Reyes']);
    expect(textOf(a, a.claims[1]?.content[0])).toBe('“We used a simple trick, based on older surveys, to measure the silt.”');
    expect(a.claims.filter((c) => c.cue.block === 3 && textOf(a, c.cue) === '“')).toEqual([]);
  });

  it('"…, he said according to a transcript": the pronoun is the speaker, the phrase where the writer read it', () => {
    const a = article(
      'A good deal takes years to build, Ortiz said at the hearing. These deals do not appear over night, he said according to a transcript seen by the Westport Courier.',
      'The port will close, Lena Fisk said, according to two people at the meeting.',
      'The port will close, according to the harbour master.',
    );
    expect(speakers(a)).toEqual(['said: Ortiz', 'said: Ortiz', 'said: Lena Fisk', 'according to: the harbour master']);
    expect(textOf(a, a.claims[1]?.content[0])).toBe('These deals do not appear over night');
    expect(a.claims[2]?.content.map((s) => textOf(a, s))).toEqual(['The port will close']);
  });

  it('a cue word that opens a later cue\'s speaker is part of that name: "Opposition councillors had said that …"', () => {
    const a = article('Opposition councillors had said that if the harbour vote failed they would bring it back on Friday.');
    expect(speakers(a)).toEqual(['had said: Opposition councillors']);
    expect(textOf(a, a.claims[0]?.content[0])).toBe('that if the harbour vote failed they would bring it back on Friday');
  });

  it('"… and the military said it …" with no comma is a second report; "and the public to think that" is not', () => {
    const a = article(
      'The ministry said the mayor was safe at home and the harbour police said they were guarding her house.',
      'The mayor let her staff and the general public believe that the port was safe, the clerk said.',
    );
    expect(speakers(a)).toEqual(['said: The ministry', 'said: the harbour police', 'said: the clerk']);
    expect(textOf(a, a.claims[0]?.content[0])).toBe('the mayor was safe at home');
  });
});
