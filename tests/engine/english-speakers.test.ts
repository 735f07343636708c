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
});
