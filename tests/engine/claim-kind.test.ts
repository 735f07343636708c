/**
 * The claim-kind step (src/engine/claim-kind.ts): each claim is a statement, a finding or a thought, read from its
 * cue, its source and its actor. Our own invented sentences, one or more per rule; each goes through analyze() so
 * that the kind is tested as the engine emits it, and the rules the constructions rarely propose go through
 * claimKindIn() directly.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type ClaimKind } from '../../src/engine/index.js';
import { claimKindIn, type ClaimKindContext } from '../../src/engine/claim-kind.js';
import { english } from '../../src/engine/lexicon/en/index.js';

/** The one claim of `text`: its kind and its cue, as the reader sees it. */
function onlyClaim(text: string): { kind: ClaimKind; cue: string } {
  const analysis = analyze([{ kind: 'paragraph', text }]);
  expect(analysis.claims, text).toHaveLength(1);
  const claim = analysis.claims[0];
  if (claim === undefined) throw new Error(`no claim in: ${text}`);
  return { kind: claim.kind, cue: text.slice(claim.cue.start, claim.cue.end) };
}

describe('statements: verbs of saying, whoever the source', () => {
  it.each([
    ['The council said on Monday that the tramline would open in May.', 'said'],
    ['Mayor Ines Duarte told reporters that she believes the tram will pay for itself.', 'told'],
    ['“I think we can win,” the coach said.', 'said'],
    // a document that "says" is quoted for its words, which the reader can check like anyone's
    ['A report by the harbour authority said the quay was unsafe.', 'said'],
    ['According to the survey, most riders pay by card.', 'According to'],
  ])('%s', (text, cue) => {
    expect(onlyClaim(text)).toEqual({ kind: 'statement', cue });
  });

  it.each([
    // verbs that find only from evidence are said by people and bodies
    ['The mayor suggested that fares could fall next year.', 'suggested'],
    ['Police confirmed that two people were injured.', 'confirmed'],
    ['The company estimates that the upgrade will cost 4 million pounds.', 'estimates'],
    // the court's spokeswoman speaks; the court does not
    ['The spokeswoman for the court confirmed that the hearing was postponed.', 'confirmed'],
  ])('%s', (text, cue) => {
    expect(onlyClaim(text)).toEqual({ kind: 'statement', cue });
  });
});

describe('findings: what a document, study, poll, court or data set shows', () => {
  it.each([
    ['A survey by Northgate University shows that most riders pay by card.', 'shows'],
    ['The study found that cyclists were safer on the new lanes.', 'found'],
    ['The poll suggests that support for the tram has grown.', 'suggests'],
    ['The figures indicate that ridership doubled in a year.', 'indicate'],
    ['The data show that delays fell by a third.', 'show'],
    ['The audit confirmed that the payments were never made.', 'confirmed'],
    ['The report cited rising costs as the main cause of the delay.', 'cited'],
    ['The Supreme Court ruled that the ban was unlawful.', 'ruled'],
    ['Judge Amy Lin ruled that the search was illegal.', 'ruled'],
    ['The court decided that the contract was void.', 'decided'],
    // a document's words quoted stay its finding
    ['“The records were incomplete,” the audit found.', 'found'],
  ])('%s', (text, cue) => {
    expect(onlyClaim(text)).toEqual({ kind: 'finding', cue });
  });

  it.each([
    // a person who "found" or "concluded" reports the result of an inquiry, not a remark
    ['Investigators concluded that the fire was accidental.', 'concluded'],
    ['Dr Amara Osei found that the water samples were clean.', 'found'],
  ])('%s', (text, cue) => {
    expect(onlyClaim(text)).toEqual({ kind: 'finding', cue });
  });
});

describe('thoughts: what someone believes, fears, hopes or plans', () => {
  it.each([
    ['Residents believe the tram will bring more visitors.', 'believe'],
    ['The council plans to close the old depot next spring.', 'plans'],
    ['Ms Okafor fears that the fares will rise.', 'fears'],
    ['Tom Avery expects that the line will be busy.', 'expects'],
    ['The council hopes that the depot will close.', 'hopes'],
    ['Dana Reyes wants the council to reopen the station.', 'wants'],
    ['He knows that the vote will be close.', 'knows'],
  ])('%s', (text, cue) => {
    expect(onlyClaim(text)).toEqual({ kind: 'thought', cue });
  });
});

describe('quotation-introducing constructions', () => {
  it('a person quoted word for word makes a statement, whatever the verb', () => {
    // "“We will finish on time,” the engineer concluded": concluded is how she said it
    expect(onlyClaim('“We will finish on time,” the engineer concluded.')).toEqual({ kind: 'statement', cue: 'concluded' });
  });

  const context = (over: Partial<ClaimKindContext>): ClaimKindContext => ({
    lemma: 'say', cueWords: [], sourceWords: [], actorKind: 'person', actorWords: [], quote: 'indirect', ...over,
  });

  it('a thought verb that introduces a quotation is a statement ("“What if it fails?” she worried")', () => {
    const worried = context({ lemma: 'worry', cueWords: ['worried'], sourceWords: ['priya', 'nair'], actorWords: ['priya', 'nair'] });
    expect(claimKindIn({ ...worried, quote: 'direct' }, english)).toBe('statement');
    expect(claimKindIn(worried, english)).toBe('thought');
    const decided = context({ lemma: 'decide', cueWords: ['decided'], sourceWords: ['dana', 'reyes'], actorWords: ['dana', 'reyes'] });
    expect(claimKindIn({ ...decided, quote: 'direct' }, english)).toBe('statement');
    expect(claimKindIn(decided, english)).toBe('thought');
  });

  it('"ruled out" says, unless evidence or a court rules: (with a noun phrase after it the judge refuses it as no claim at all)', () => {
    const ruledOut = context({ lemma: 'rule', cueWords: ['ruled', 'out'] });
    expect(claimKindIn({ ...ruledOut, sourceWords: ['the', 'minister'], actorKind: 'unnamed', actorWords: ['minister'] }, english)).toBe('statement');
    expect(claimKindIn({ ...ruledOut, sourceWords: ['the', 'inquest'], actorKind: 'document', actorWords: ['inquest'] }, english)).toBe('finding');
  });

  it('a judge’s decision is a finding, a board’s a thought', () => {
    const decided = context({ lemma: 'decide', cueWords: ['decided'] });
    expect(claimKindIn({ ...decided, sourceWords: ['the', 'board'], actorKind: 'organisation', actorWords: ['board'] }, english)).toBe('thought');
    expect(claimKindIn({ ...decided, sourceWords: ['the', 'jury'], actorKind: 'organisation', actorWords: ['jury'] }, english)).toBe('finding');
    expect(claimKindIn({ ...context({ lemma: 'hold', cueWords: ['held'] }), sourceWords: ['judge', 'amy', 'lin'], actorWords: ['amy', 'lin'] }, english)).toBe('finding');
  });

  it('a source’s head is its last word before a preposition: “a spokesman for the court” is no court', () => {
    const confirmed = context({ lemma: 'confirm', cueWords: ['confirmed'], actorKind: 'unnamed' });
    expect(claimKindIn({ ...confirmed, sourceWords: ['a', 'spokesman', 'for', 'the', 'court'] }, english)).toBe('statement');
    expect(claimKindIn({ ...confirmed, sourceWords: ['a', 'review', 'by', 'the', 'ministry'] }, english)).toBe('finding');
    expect(claimKindIn({ ...confirmed, sourceWords: ['the', 'court', '’s', 'ruling'] }, english)).toBe('finding');
  });
});

describe('thoughts in the passive', () => {
  it('reads "is expected to" and "was suspected of" as thoughts, hidden by default, not statements', async () => {
    const { analyze } = await import('../../src/engine/analyze.js');
    const a = analyze([{ kind: 'headline', text: 'Westport news' }, { kind: 'paragraph', text:
      'The harbour board is expected to raise the toll again on Wednesday. The ferry pilot was suspected of smuggling fuel into the port.' }]);
    const kinds = a.claims.map((c) => c.kind);
    expect(kinds).toEqual(['thought', 'thought']);
  });
});

describe('seeking and the adjectives of an attitude are thoughts', () => {
  it.each([
    ['The ferry owners are looking to accelerate the sale of the boats through the harbour board.', 'The ferry owners said they would sell the boats.'],
    ['Many pilots are skeptical about the council’s plan to widen the quay.', 'Many pilots said they doubted the council’s plan to widen the quay.'],
    ['The pilot is willing to take along an extra passenger and split the fuel costs.', 'The pilot announced he would take along an extra passenger.'],
  ])('"%s" is a thought; "%s" a statement', async (thought, twin) => {
    const { analyze } = await import('../../src/engine/analyze.js');
    const kinds = (text: string) => analyze([{ kind: 'headline', text: 'Westport news' }, { kind: 'paragraph', text }]).claims.map((c) => c.kind);
    expect(kinds(thought)).toEqual(['thought']);
    expect(kinds(twin)).toContain('statement');
  });
});
