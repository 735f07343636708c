/**
 * Look-alikes: sentences with a reporting verb that report nothing — deeds, greetings, a day or a place after a verb
 * of talking — make no claim, while their reporting twins still do. The kinds are those a reader counts against us
 * (issue 9: "ordered a strike", "no group claimed responsibility", "said goodbye"); the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';

function claimsOf(text: string): string[] {
  const analysis = analyze([{ kind: 'headline', text: 'Harbour news' }, { kind: 'paragraph', text }]);
  return analysis.claims.map((c) => (analysis.blocks[c.cue.block]?.text ?? '').slice(c.cue.start, c.cue.end));
}

describe('look-alikes', () => {
  it.each([
    'In 1998 the governor ordered a missile strike against the depot.',
    'No group claimed responsibility for the fire at the harbour.',
    'She said goodbye to her colleagues at the port authority on Friday.',
    'The mayor said thank you to the volunteers.',
    'The crews said their prayers before the storm.',
    'Councillor Reyes spoke on Friday.',
    'The senator spoke at a rally.',
    'The harbour master published a book about tides.',
    'Ana Reyes reported from Westport, and Tom Lee from the harbour office.',
    'There were news reports that the harbour would close.',
    'The two harbour masters spoke for about five minutes.',
    'Reyes now leads a volunteer group called Harbour Watch.',
    'The so-called “harbour tax” was dropped in May.',
    'Speaking on radio show Harbour Hour last week, the pilot waved.',
    // a speech act whose object only names a topic: nothing claimed (issue 16)
    'Councillor Reyes spoke about the budget on Friday.',
    'Mayor Okafor has pushed for stricter harbour rules throughout her term but has been unable to pass them.',
    'The Westport tribe is threatening the giant kauri beside the quay.',
    // what a sign says on it (citylab-1: "a massive neon sign reading …")
    'Over the quay hung a massive neon sign reading “Harbour Bar” in red letters.',
    // the writer's view of someone, not their report
    'The harbour master appears to be fully embracing her new duties.',
    'After the vote, the mayor appeared cowed.',
    // measures, naming and set phrases the real test pages highlighted (engadget, guardian-1, bbc-1, salon-1, …)
    'The new ferry weighs 84 tonnes.',
    'Westport, as it is called by the pilots, has two quays.',
    'The harbour master smiled as if to say the storm was over.',
    'Needless to say, the quay was empty.',
    'Come to think of it, the quay was empty.',
    'Let’s say the harbour closes in May.',
    'It is safe to say that the ferry will be late.',
  ])('makes no claim of "%s"', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it.each([
    ['The governor ordered that the depot be closed.', 'ordered'],
    // a greeting's word written with a capital is a name: the report stands
    ['“It was worth the wait,” said Grace Holloway.', 'said'],
    ['The library reopens in May, said Grace Holloway, the head librarian.', 'said'],
    ['The judge ordered the port authority to release the files.', 'ordered'],
    ['The rebels claimed that the fire was an accident.', 'claimed'],
    ['She said the harbour would reopen on Monday.', 'said'],
    // a topic spoken about is no claim (not-claims.test.ts); what was said about it is
    ['Councillor Reyes spoke about the budget on Friday, saying it was too small.', 'saying'],
    ['Reyes called the tunnel “a gamble” on Friday.', 'called'],
    ['Footage from the game shows that the pilots waved.', 'shows'],
    ['The mayor appeared to suggest that the harbour would close.', 'appeared to suggest'],
    // "points/pointed" report before "to" and, since the real test pages missed four of them, before "out"
    ['Councillor Reyes points out that the quay is sinking.', 'points out'],
    ['As the ferry was delayed, the pilots weighed in on their picks for the new summer timetable.', 'weighed in on'],
    // a length of time between the cue and its "that" (nytimes-4: "Deficit hawks have warned for years that …")
    ['Harbour pilots have warned for years that the quay is sinking.', 'have warned'],
    ['As the harbour committee has pointed out, the quay is sinking.', 'has pointed out'],
    // the outer report, not the deed inside it
    ['The Westport Herald reports that the crews avoided the channel.', 'reports'],
  ])('still reports "%s"', (text, cue) => {
    expect(claimsOf(text)).toEqual([cue]);
  });
});
