/**
 * "He" and "she" as speakers: the person they point to may have been named as a sentence's subject without having
 * spoken yet ("Senator Ana Reyes … played down the threat. “…,” she said."), and that person, not the last one
 * quoted, is the speaker. A name inside a quotation, an object, or a place in a list is no such subject. Sentences
 * are our own, shaped like the real pages that gave the wrong speaker (a senator's quote given to the economist
 * quoted before her).
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Span } from '../../src/engine/index.js';

function article(...paragraphs: string[]): Analysis {
  return analyze([{ kind: 'headline', text: 'Harbour tunnel plan' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))]);
}

/** The actor of each claim, in text order, with its cue. */
function speakers(a: Analysis): string[] {
  const text = (s: Span): string => a.blocks[s.block]?.text.slice(s.start, s.end) ?? '';
  return a.claims.map((c) => `${text(c.cue)}: ${a.actors.find((x) => x.id === c.actorId)?.name ?? '?'}`);
}

describe('pronoun speakers', () => {
  it('a person named as the subject since the last speaker is whom "she" means', () => {
    expect(speakers(article(
      '“The tunnel will pay for itself,” said Tom Gale, an economist at the harbour institute.',
      'Senator Ana Reyes, a Westport Republican who warned of the costs in the past, played down that threat on Friday.',
      '“It is a risk, but an appropriate one,” she said.',
    ))).toEqual(['said: Tom Gale', 'said: Ana Reyes']);
  });

  it('a subject after an opening phrase, a title and a description count too', () => {
    expect(speakers(article(
      '“We are on track,” Mayor Lena Ortiz said.',
      'On Monday night, port campaign manager Robby Mook released a memo. He writes that the tunnel is popular.',
    ))).toEqual(['said: Lena Ortiz', 'writes: Robby Mook']);
  });

  it('a name quoted by the speaker, an object, or a place in a list is no new subject', () => {
    expect(speakers(article(
      '“Reyes is making the harbour less safe,” Tom Gale said. “Reyes is failing,” he said.',
    ))).toEqual(['said: Tom Gale', 'said: Tom Gale']);
    expect(speakers(article(
      '“We are on track,” Lena Ortiz said. The plan passed in Westport, New Haven, Bridgeport and Hartford. She said the vote was close.',
    ))).toEqual(['said: Lena Ortiz', 'said: Lena Ortiz']);
  });

  it('a second clause\'s subject after ", but", and a name in apposition to the subject, count', () => {
    expect(speakers(article(
      '“We lost,” Tom Lee said. The pilots, who had been left out of the talks, derided the deal, but Mr. Reyes learned from it. A harbour deal could not be a compact among owners, he said.',
    ))).toEqual(['said: Tom Lee', 'derided: The pilots', 'said: Reyes']);
    expect(speakers(article(
      '“We lost,” Tom Lee said. The minister of the harbour, Mr. Ildefonso Guajardo, argues there is little point. “We must not overreact,” he told me.',
    )).slice(-1)).toEqual(['told: Ildefonso Guajardo']);
  });

  it('a place before a plural noun is a modifier, not a subject: "New York officials say"', () => {
    expect(speakers(article(
      '“We lost,” Tom Lee said. The plan, New Haven officials say, is dead. “It is over,” he said.',
    )).slice(-1)).toEqual(['said: Tom Lee']);
  });

  it('after a longer opening phrase, a name before an auxiliary is the subject', () => {
    expect(speakers(article(
      'From the deck of his schooner, undergoing a seasonal overhaul at the terminal, skipper Wade Bassi has better insight than most.',
      '“When you look at nice halibut, it is pure white,” he said.',
    ))).toEqual(['said: Wade Bassi']);
  });
});
