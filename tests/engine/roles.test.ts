/**
 * Source roles (src/engine/roles.ts): one test per way the article says what a voice is, each over a sentence
 * written for it; the fallbacks that say why there is no role; and the hand-labelled set (labels.tsv) scored as
 * `npm run eval -- --roles` scores it: our fixtures always, the pages of ../shared when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, toExtractRecord, blocksFromPlainText } from '../../src/engine/index.js';
import type { Actor, SourceRole } from '../../src/engine/types.js';
import { LABELS_FILE, READABILITY_PAGES, readLabels, scoreRoles } from '../../src/eval/roles.js';

function actorsOf(...paragraphs: string[]): Actor[] {
  return analyze(paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))).actors;
}

function roleOf(name: string, ...paragraphs: string[]): { role: SourceRole | undefined; evidence: string } {
  const actor = actorsOf(...paragraphs).find((a) => a.name === name);
  expect(actor, `no actor named ${name}`).toBeDefined();
  return { role: actor?.role, evidence: actor?.roleEvidence ?? '' };
}

describe('source roles read from the text', () => {
  it('reads a title written before the name', () => {
    const r = roleOf('Ada Brook', 'Senator Ada Brook said taxes would rise next year.');
    expect(r.role).toBe('politician');
    expect(r.evidence).toContain('“senator”');
  });

  it('reads an apposition after the name, by the head of its first noun phrase', () => {
    expect(roleOf('Ivo Marr', '“It works,” said Ivo Marr, a professor at Lund University.').role).toBe('expert');
    expect(roleOf('Edda Lund', 'The rules are unclear, said Edda Lund, a former government typist who joined the campaign.').role).toBe('official');
    expect(roleOf('Lena Holt', 'Lena Holt, who runs a bakery on the square, said trade had fallen by a third.').role).toBe('business');
  });

  it('reads an apposition before the name, and a possessive there as the body the person works for', () => {
    expect(roleOf('Priya Nand', 'The council’s engineer, Priya Nand, said the wall would hold.').role).toBe('official');
    expect(roleOf('Tom Ebbe', 'The cooperative’s secretary, Tom Ebbe, said the toll was unfair.').role).toBe('business');
  });

  it('reads an apposition before a name written longer there than the actor’s name', () => {
    // the actor is named "Jon Kaari" elsewhere; here the apposition closes after his full name
    expect(roleOf('Jon Kaari', '“The nets are empty,” said Jon Kaari.', 'His neighbour, Jon Kaari Berg, has fished here for years.').role).toBe('citizen');
  });

  it('takes the role of the body "its" points to', () => {
    const r = roleOf('Ines Lorca', 'The Harbour Authority said the costs had risen.', 'Its chair, Ines Lorca, said the toll would rise.');
    expect(r.role).toBe('official');
    expect(r.evidence).toContain('Harbour Authority');
  });

  it('reads the name of a body and of an unnamed group', () => {
    expect(roleOf('Food Standards Agency', 'The Food Standards Agency said the pills were unsafe.').role).toBe('official');
    expect(roleOf('Analysts', 'Analysts said the merger would fail.').role).toBe('expert');
    expect(roleOf('union officials', 'The line will close, according to union officials.').role).toBe('advocacy');
  });

  it('drops a possessive that only classifies a body', () => {
    expect(roleOf('the fishermen’s cooperative', 'According to the fishermen’s cooperative, forty boats pay the toll.').role).toBe('business');
  });

  it('reads "the company" in a later sentence as the organisation last named, unless that one is speaking', () => {
    expect(roleOf('Brightwave', 'Brightwave said sales had doubled.', 'The company expects to hire in spring.').role).toBe('business');
    const board = roleOf('The transport board', 'The transport board said it would review the company’s licence.');
    expect(board.role).not.toBe('business');
  });

  it('reads a copula and a business word after an organisation', () => {
    expect(roleOf('Zentro', 'Zentro is a taxi company.', 'Zentro said fares would rise.').role).toBe('business');
    expect(roleOf('Norvik', 'Norvik founder Ola Berg built the first store.', 'Norvik said prices would fall.').role).toBe('business');
  });

  it('reads a claim reported as news as a news outlet', () => {
    const r = roleOf('Daily Lantern', 'The ferry will stop in May, the Daily Lantern reported.');
    expect(r.role).toBe('media');
  });

  it('never reads a surname that ends another person’s name', () => {
    expect(roleOf('Ellen Brandt', '“It ran all night,” said Ellen Brandt.', 'She married John Brandt, a physicist, in 1963.').role).toBe('unknown');
  });

  it('gives documents, roleless unnamed sources and the unknown speaker their own roles', () => {
    expect(roleOf('report', 'Costs have doubled, the report said.').role).toBe('document');
    expect(roleOf('A source', 'A source said the talks had stalled.').role).toBe('unnamed');
    expect(roleOf('Many reports', 'Many reports suggest the drivers are unhappy.').role).toBe('document');
    expect(roleOf('local news reports', 'Fifty people were hurt, according to local news reports.').role).toBe('media');
    const unknown = actorsOf('It was reported that the dock will close.').find((a) => a.kind === 'unknown');
    expect(unknown?.role).toBe('unknown');
  });

  it('says why when the text gives no role, rather than guessing', () => {
    const r = roleOf('Mara Quell', 'Mara Quell said the ferry was late again.');
    expect(r.role).toBe('unknown');
    expect(r.evidence).toContain('no title, job or body');
  });

  it('gives every actor a role and a reason, and leaves the extraction contract as it was', () => {
    const text = 'Ferry fares to rise\nSenator Ada Brook said fares would rise. A source said the talks had stalled. It was reported that the dock will close.';
    const analysis = analyze(blocksFromPlainText(text));
    for (const actor of analysis.actors) {
      expect(actor.role).toBeDefined();
      expect(actor.roleEvidence ?? '').not.toBe('');
    }
    for (const actor of toExtractRecord('d', text, analysis).actors) expect(Object.keys(actor).sort()).toEqual(['id', 'kind', 'name']);
  });
});

describe('the hand-labelled set', () => {
  const labels = readLabels(readFileSync(LABELS_FILE, 'utf8'));

  it('holds at least 150 actors, each with a known role', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
  });

  it('is read right for at least 85% of our own fixtures’ actors', async () => {
    const outcomes = await scoreRoles(labels.filter((l) => !l.source.startsWith('readability/')));
    const right = outcomes.filter((o) => o.predicted === o.role).length;
    expect(right / outcomes.length).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(!existsSync(READABILITY_PAGES))('is read right for at least 85% of all labelled actors (needs ../shared)', async () => {
    const outcomes = await scoreRoles(labels);
    // the real speakers are still named, but for the few whose only claims were look-alikes the engine now drops
    // (eleven of 245: "Mr Mugabe is resisting mediation", "The study is published in …", "Mr. Clinton ordered a cruise
    // missile strike", "no group claimed responsibility", "A new skin patch appears to …"); a name that was no
    // speaker may go (labelled so: "Ars is asking Mojang for comment", "a masterwork titled …", "another study
    // presented at the same meeting"); and, since a speech act naming only a topic is no claim (issue 16), the seven
    // whose only claim was one ("the government team boasted of concessions", "Republicans complained about the
    // deficit", "Yoon apologized for …", "officers described a chaotic six hours", "the plan identifies three
    // threats", "business owners along Foundry Street complained about the disruption", "Water agency defends
    // drought plan"); and one whose only claim was a request for a deed ("the scientists asked them to perform a …
    // task"); then a book named in a report ("In her book “…,” Rebecca Solnit wrote of …"), a question word alone
    // ("Experts have argued over why."), a body that was only the apposition of its member ("Alverson, a commissioner
    // on the … Commission, which …, described it as …") and a son a surname once went to ("says Parata" is the
    // father, first named with it)
    const speakers = outcomes.filter((o) => !o.notASpeaker);
    expect(speakers.filter((o) => o.predicted !== null).length / speakers.length).toBeGreaterThanOrEqual(0.885);
    // of those still named, as `npm run eval -- --roles` counts them
    const found = outcomes.filter((o) => o.predicted !== null);
    const right = found.filter((o) => o.predicted === o.role).length;
    expect(right / found.length).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
