/**
 * An actor's name is a noun phrase: never a lone function word, a verb or a piece of a clause. Speaker phrases the
 * scanners hand over are trimmed to the noun phrase inside them, or the claim goes to the unknown speaker; every
 * claim has an actor, and the unknown speaker is one actor per analysis, made only when needed and listed last.
 * Sentences are our own, shaped like those real pages gave bad names for.
 */
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromPlainText, toExtractRecord, UNKNOWN_ACTOR_ID, type Analysis, type Span } from '../../src/engine/index.js';
import { analyzeFixture } from './fixture-claims.js';

function article(...paragraphs: string[]): Analysis {
  return analyze([{ kind: 'headline', text: 'Harbour tunnel plan' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))]);
}

function textOf(a: Analysis, span: Span | null): string | null {
  return span === null ? null : (a.blocks[span.block]?.text.slice(span.start, span.end) ?? null);
}

/** The claim whose cue reads `cue`, with its source text and its actor's name. */
function claimWithCue(a: Analysis, cue: string): { source: string | null; actor: string | undefined; actorId: string } | undefined {
  const claim = a.claims.find((c) => textOf(a, c.cue) === cue);
  if (claim === undefined) return undefined;
  return { source: textOf(a, claim.source), actor: a.actors.find((x) => x.id === claim.actorId)?.name, actorId: claim.actorId };
}

/** Words that never name anybody on their own. */
const FUNCTION_WORDS = /^(?:but|and|so|or|yet|however|meanwhile|when|while|although|because|if|as|in|on|at|of|for|with|by|from|the|a|an|this|that|these|those|some|many|few|all|more|is|was|has|had|be|will|would|let['’]s|we['’]re|you['’]re|i['’]ve)$/i;

function badNames(a: Analysis): string[] {
  return a.actors.map((x) => x.name).filter((name) => {
    const words = name.trim().split(/\s+/);
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    return FUNCTION_WORDS.test(name.trim()) || /^(?:but|when|while|although|for|and|so)$/i.test(first) ||
      /^(?:of|by|for|with|the|a|he|she|they|it|we)$/i.test(last) || (words.length === 1 && /^[a-z]+(?:ed|ing)$/.test(name));
  });
}

describe('actor names are noun phrases', () => {
  it('drops a connective that opens the sentence from a name ("When Margaret Hollis" is Margaret Hollis)', () => {
    const a = article('When Margaret Hollis took the stage, the crowd cheered.', '“It is time,” Hollis said.');
    expect(claimWithCue(a, 'said')).toMatchObject({ source: 'Hollis', actor: 'Margaret Hollis' });
    expect(a.actors.map((x) => x.name)).not.toContain('When Margaret Hollis');
  });

  it('keeps dotted initials inside a speaker ("Officials at the U.S. Embassy", not "Embassy")', () => {
    const a = article('Officials at the U.S. Embassy said the harbour would reopen.', 'A former U.K. Ambassador said the toll was unfair.');
    expect(a.claims.map((c) => textOf(a, c.source))).toEqual(['Officials at the U.S. Embassy', 'A former U.K. Ambassador']);
  });

  it('reads the subject pronoun at the end of a phrase as the speaker ("…test code he said")', () => {
    const a = article('Tom Kirk, a security researcher, said the fault was serious.', 'Kirk has released test code he said exposes the fault.');
    expect(a.actors.map((x) => x.name)).not.toContain('released test code he');
    expect(a.claims.map((c) => textOf(a, c.source))).toEqual(['Tom Kirk, a security researcher', 'he']);
    expect(a.claims.map((c) => c.actorId)).toEqual(['a1', 'a1']);
  });

  it('gives a lone quantifier ("Some say") and a contracted pronoun ("We’re told") to the unknown speaker', () => {
    const a = article('Some say the tunnel will never open.', 'We’re told the harbour will close in May.');
    expect(claimWithCue(a, 'say')).toEqual({ source: 'Some', actor: 'Unknown speaker', actorId: UNKNOWN_ACTOR_ID });
    expect(claimWithCue(a, 'told')).toMatchObject({ actorId: UNKNOWN_ACTOR_ID });
    expect(a.actors.map((x) => x.name)).toEqual(['Unknown speaker']);
  });

  it('names a group or a person of a place by the phrase, not by the place ("prosecutors in Westport", "a fisherman from Kiel")', () => {
    const a = article('Meanwhile, prosecutors in Westport and New Haven say the ferry company lied.', 'That fisherman from Kiel suggested the quotas were too low.');
    expect(claimWithCue(a, 'say')?.actor).toBe('prosecutors in Westport and New Haven');
    expect(claimWithCue(a, 'suggested')?.actor).toBe('That fisherman from Kiel');
    expect(a.actors.map((x) => x.name)).not.toContain('New Haven');
  });

  it('reads the speaker before a relative clause and the cue\'s auxiliaries ("Pierce, who reviewed it, has already said")', () => {
    const a = article('My colleague Ana Reyes, who reviewed the plan, has already pointed out that the quay is sinking.');
    expect(claimWithCue(a, 'has already pointed out')?.actor).toBe('Ana Reyes');
  });

  it('keeps "and", "on" and "for" inside a body\'s name ("Committee on Harbours and Ferries")', () => {
    const a = article('As the Joint Committee on Harbours and Ferries has pointed out, the quay is sinking.');
    expect(claimWithCue(a, 'has pointed out')?.actor).toBe('Joint Committee on Harbours and Ferries');
  });

  it('reads "a report released by …" as the report, not the last name in the phrase', () => {
    const a = article('Still, a new report released on Monday by the Harbour Institute for Tides and Currents says the quay is sinking.');
    expect(claimWithCue(a, 'says')?.actor).toBe('a new report released on Monday by the Harbour Institute for Tides and Currents');
  });

  it('names nobody after a verb or a phrase that ends in a preposition', () => {
    const a = article('Police are investigating claims of fraud at the port.', 'A firestorm of criticism followed the announcement.',
      'The harbour master said the port would stay open.');
    // whether these nouns are cues is the cue step's business; when they are, they have no named speaker
    for (const cue of ['claims of', 'criticism']) {
      const claim = claimWithCue(a, cue);
      if (claim !== undefined) expect(claim).toEqual({ source: null, actor: 'Unknown speaker', actorId: UNKNOWN_ACTOR_ID });
    }
    expect(badNames(a)).toEqual([]);
    expect(claimWithCue(a, 'said')).toMatchObject({ source: 'The harbour master', actor: 'The harbour master' });
  });

  it('drops a time that opens the sentence from the speaker, not a month that is a first name', () => {
    const a = article('In 1998 Mr. Clinton said the tunnel was a mistake.', 'In March the council said it would wait.',
      'Last year 40 officials said the plan was sound.', 'April Mellody, a spokeswoman, told reporters the plan was sound.');
    expect(claimWithCue(a, 'said')?.source).toBe('Mr. Clinton');
    expect(a.claims.map((c) => textOf(a, c.source))).toEqual(['Mr. Clinton', 'the council', '40 officials', 'April Mellody, a spokeswoman']);
  });

  it('gives a relative\'s claim to the noun phrase that ends the clause before it ("… accepted the resignation of his minister Tom Okafor, who said …")', () => {
    const a = article('Since then, the mayor has accepted the resignation of her harbour commissioner Tom Okafor, who said he took full responsibility for the flood.');
    const claim = claimWithCue(a, 'said');
    expect(a.actors.find((x) => x.id === claim?.actorId)?.name).toBe('Tom Okafor');
    const b = article('The vote keeps in place a harbour master who has declared her intention to close the quay.');
    expect(b.actors.find((x) => x.id === claimWithCue(b, 'has declared')?.actorId)?.name).toBe('a harbour master');
  });

  it('names nobody by a lone adverb left of a bracket ("respectively)")', () => {
    // ("said that": a paraphrase with no speaker read is no claim unless a verb of saying and its "that" report it)
    const a = article('The two firms kept the brand and the site (Harbour LLC and Harbour SRL, respectively) said that the split was final.');
    expect(badNames(a)).toEqual([]);
    expect(a.actors.map((x) => x.name)).not.toContain('respectively');
    expect(claimWithCue(a, 'said')?.actorId).toBe(UNKNOWN_ACTOR_ID);
  });

  it('keeps real names and descriptions whole', () => {
    const a = article(
      'Transport Minister Hana Berg said the tunnel would open in 2027.',
      'Political observers in the region and around the country said the cost was too high.',
      'The engineers said at least four of the pillars were sound.',
      'The report, which was written by the Coastal Research Institute, said the seabed was stable.',
    );
    expect(a.actors.filter((x) => x.kind !== 'unknown').map((x) => x.name)).toEqual(expect.arrayContaining([
      'Hana Berg', 'Political observers in the region and around the country', 'The engineers', 'Coastal Research Institute report',
    ]));
    expect(badNames(a)).toEqual([]);
  });
});

describe('the unknown speaker', () => {
  it('holds the claims with no speaker, once per analysis, after every other actor', () => {
    const a = article('Ella Stone said the ferry would run.', 'It was reported that the dock will close.', 'Some say the tunnel will never open.');
    const unknown = a.actors.filter((x) => x.kind === 'unknown');
    expect(unknown).toEqual([{ id: UNKNOWN_ACTOR_ID, name: 'Unknown speaker', kind: 'unknown', mentions: [], role: 'unknown',
      roleEvidence: 'the text names no speaker for these claims' }]);
    expect(a.actors[a.actors.length - 1]?.id).toBe(UNKNOWN_ACTOR_ID);
    expect(a.actors[0]).toMatchObject({ id: 'a1', name: 'Ella Stone' });
    const ids = new Set(a.actors.map((x) => x.id));
    for (const claim of a.claims) expect(ids.has(claim.actorId)).toBe(true);
  });

  it('is not made when every claim has a speaker', () => {
    const a = article('Ella Stone said the ferry would run.');
    expect(a.actors.map((x) => x.kind)).toEqual(['person']);
  });

  it('keeps the extract contract: its claims say actor null and it is not listed among the actors', () => {
    const text = 'Harbour tunnel plan\nElla Stone said the ferry would run.\nSome say the tunnel will never open.';
    const analysis = analyze(blocksFromPlainText(text));
    expect(analysis.actors.some((x) => x.kind === 'unknown')).toBe(true);
    const record = toExtractRecord('d1', text, analysis);
    expect(record.actors).toEqual([{ id: 'a1', name: 'Ella Stone', kind: 'person' }]);
    expect(record.attributions.map((x) => x.actor)).toEqual(['a1', null]);
    // the source mention stays: "Some" is in the text, only nobody in particular
    const some = record.attributions[1]?.source;
    expect(some && text.slice(some.start, some.end)).toBe('Some');
  });

  it('gives every claim of every fixture article an actor, and no fixture actor a bad name', () => {
    for (const name of ['coreference', 'quotes', 'reported', 'signatures', 'transcript']) {
      const a = analyzeFixture(name);
      const ids = new Set(a.actors.map((x) => x.id));
      for (const claim of a.claims) expect(ids.has(claim.actorId), `${name} ${claim.id}`).toBe(true);
      expect(a.actors.filter((x) => x.kind === 'unknown').length).toBeLessThanOrEqual(1);
      expect(badNames(a), name).toEqual([]);
    }
  });
});

describe('a gerund after a preposition', () => {
  it('is said by the clause subject ("Reyes responded by saying …", "aside from saying …")', () => {
    const a = article('Tomas Reyes answered questions on Tuesday night by saying the harbour toll was a manufactured issue.');
    expect(claimWithCue(a, 'saying')?.actor).toBe('Tomas Reyes');
  });
});

describe('a relative clause with no comma after the speaker', () => {
  it.each([
    ['The quay can flood, according to a harbour engineer who has studied the tides.', 'according to', 'a harbour engineer'],
    ['The ferries are late, according to the pilots that responded to the survey.', 'according to', 'the pilots'],
  ])('"%s": the phrase before the relative names the speaker', (text, cue, actor) => {
    expect(claimWithCue(article(text), cue)?.actor).toBe(actor);
  });
});

describe('a "that"-clause with no speaker taken', () => {
  it('runs on over its commas (the comma cut is for "Asked whether …, X said")', () => {
    const a = article('Those close to him say that, in addition to the quay, the council would vote on the toll.');
    const claim = a.claims.find((c) => textOf(a, c.cue) === 'say');
    expect(claim?.content.map((s) => textOf(a, s))).toEqual(['that, in addition to the quay, the council would vote on the toll']);
  });
});

describe('a short phrase of time after the cue', () => {
  it('leaves the clause with its own subject as the content ("said after the vote he would …")', () => {
    const a = article('Tomas Reyes said after the vote he would not accept the council’s offer.');
    const claim = a.claims.find((c) => textOf(a, c.cue) === 'said');
    expect(claim?.content.map((s) => textOf(a, s))).toEqual(['he would not accept the council’s offer']);
  });
});

describe('a body described by who runs it', () => {
  it('is the body, not the name after its participle and "by" ("a charity funded by Acme Holdings said")', () => {
    const a = article('The tunnel will fail, a charity funded by Acme Holdings said.');
    expect(claimWithCue(a, 'said')?.actor).toBe('a charity');
  });
});

describe('a gerund after an inverted speaker', () => {
  it('ends the speaker: "said Tom Reyes, speaking of the harbour" is Tom Reyes, and the gerund is no content', () => {
    const a = article('“The cranes are old,” said Tom Reyes, speaking of the harbour.');
    const claim = a.claims.find((c) => textOf(a, c.cue) === 'said');
    expect(textOf(a, claim?.source ?? null)).toBe('Tom Reyes');
    expect(claim?.content.map((s) => textOf(a, s))).toEqual(['“The cranes are old,”']);
  });
});
