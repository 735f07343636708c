/**
 * What is never a claim (issue 16, step 3d judge-frames.ts), each look-alike beside its reporting twin: a cue verb in
 * another sense than reporting — a market move, a score, a plea, a charge, a verdict, a result posted — the writer's
 * own voice, an ALL-CAPS section label or a dateline read as a speaker, and page furniture in a text read without its
 * page. The sentences are our own, of the kinds the issue counted on a peer's Canadian news set (business, markets,
 * sports, courts) and on real pages; each confidence is a probability.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.js';
import { isLowConfidence } from '../../src/engine/confidence.js';
import { blocksFromPlainLines } from '../../src/cli/article-file.js';
import type { Analysis } from '../../src/engine/types.js';
import { spanText } from './paragraphs.js';

function analysisOf(text: string): Analysis {
  return analyze([{ kind: 'headline', text: 'Westport news' }, { kind: 'paragraph', text }]);
}

/** Each claim as "source | cue". */
function claimsOf(text: string): string[] {
  const a = analysisOf(text);
  return a.claims.map((c) => `${spanText(a, c.source)} | ${spanText(a, c.cue)}`);
}

describe('deeds: a cue verb whose content is a measure, a score, a plea, a charge or a verdict', () => {
  it.each([
    // markets and business
    ['The Westport composite index declined 0.1 per cent to 20,115 on Tuesday.', 'Traders said the Westport composite index declined 0.1 per cent on Tuesday.', 'Traders | said'],
    ['The harbour bank posted a loss of $2 billion in the quarter.', 'The harbour bank said it posted a loss of $2 billion in the quarter.', 'The harbour bank | said'],
    ['Ferry shares added 12 points, or 0.3 per cent, in early trading.', 'The ferry company added that its shares were undervalued.', 'The ferry company | added'],
    // sports
    ['Westport replied 17 seconds later when Okafor scored.', 'The Westport coach replied that the team had been tired.', 'The Westport coach | replied'],
    ['The Westport Gulls claimed the title in 1967.', 'The Westport Gulls claimed that the referee had erred.', 'The Westport Gulls | claimed'],
    ['The league called off the match on Sunday because of the storm.', 'The league called the decision “a mistake” on Sunday.', 'The league | called'],
    ['Okafor added a goal in the second half.', '“We were lucky,” Okafor added.', 'Okafor | added'],
    // courts
    ['Tom Lee pleaded guilty to two counts of fraud.', 'Tom Lee’s lawyer said he would plead not guilty.', 'Tom Lee’s lawyer | said'],
    ['Tom Lee was charged with second-degree murder.', 'Prosecutors charged that Tom Lee had lied to the court.', 'Prosecutors | charged'],
    ['Police charged the ferry pilot with impaired driving.', 'Police said the ferry pilot had been drinking.', 'Police | said'],
    ['Tom Lee was found guilty of manslaughter on Friday.', 'The inquiry found that the pilot had been tired.', 'The inquiry | found'],
    ['The protesters were told to leave the square.', 'The protesters were told that the square would close at noon.', 'The protesters | were told'],
    // an instruction given to a study's participants (medicalnewstoday: "were asked to move the clock backward")
    ['The participants were asked to say in which direction the dots had moved.', 'The harbour master asked the pilots whether the quay leaked.', 'The harbour master | asked'],
    // an instruction whose own clause has a "that", a request for a deed in the active (medicalnewstoday)
    ['The pilots were asked to stop the ferry when they felt that the quay was moving.', 'The pilots said that the quay was moving.', 'The pilots | said'],
    ['The engineers asked the volunteers to press a key when the light changed.', 'The engineers told the volunteers that the light would change.', 'The engineers | told'],
    ['The minister ruled out a snap election.', 'The court ruled that the harbour tax was unlawful.', 'The court | ruled'],
    // a pledge of money or of support; a pledge to do something reports
    ['The harbour board pledged $5 million to the new quay.', 'The harbour board pledged to push for a law to overturn the toll decision.', 'The harbour board | pledged'],
    // a listed verb reports before "that" and a clause, however rare its form; "that" before a comparison or a verb does not open one
    ['Museums show neon art beside objects that were ahead of their time.', 'The harbour master objected that the quay was too short.', 'The harbour master | objected'],
    // a pointer within the text
    ['If the council combined that with the email mentioned above, the pilots would be named.', 'The council mentioned that the pilots would be named.', 'The council | mentioned'],
  ])('"%s" is no claim; "%s" is', (deed, twin, claim) => {
    expect(claimsOf(deed)).toEqual([]);
    expect(claimsOf(twin)).toContain(claim);
  });

  it('keeps the report around a market move ("Shares rose 4 per cent, the exchange said")', () => {
    const a = analysisOf('Shares of the ferry company rose 4 per cent, the exchange said.');
    expect(a.claims.map((c) => [spanText(a, c.source), spanText(a, c.cue), c.content.map((s) => spanText(a, s)).join(' / ')]))
      .toEqual([['the exchange', 'said', 'Shares of the ferry company rose 4 per cent']]);
  });

  it('keeps a report whose content opens with a number but goes on as a clause', () => {
    expect(claimsOf('Officials said 20 per cent of the crews would lose their jobs.')).toEqual(['Officials | said']);
    expect(claimsOf('A harbour survey found that 90 per cent of residents backed the new quay.')).toEqual(['A harbour survey | found']);
  });
});

describe('a cue verb in another sense than reporting: its object a thing, a name given, an aside (issue 16 point 2)', () => {
  it.each([
    // an object that is a thing: a work written or read, a post passed on
    ['Lena Ortiz wrote two books on the harbour birds of Westport.', 'Lena Ortiz wrote that the harbour birds were leaving Westport.', 'Lena Ortiz | wrote'],
    ['In 1970 the pilot wrote the first of his many books on sailing.', 'In 1970 the pilot wrote in his diary that the quay was sinking.', 'the pilot | wrote'],
    ['A few pilots followed her in writing treatises and books on the harbour.', 'A few pilots were writing that the harbour was unsafe.', 'A few pilots | were writing'],
    ['The mayor retweeted the story on Monday.', 'The mayor wrote on Monday that the story was false.', 'The mayor | wrote'],
    ['Half the crew were reading the newspaper on the quay.', 'The newspaper reported that the crew had left the quay.', 'The newspaper | reported'],
    // naming: a passive or a participle with no namer, a thing named after its noun
    ['This kind of berth is called a harbour slip.', 'The harbour master called the berth “a disgrace.”', 'The harbour master | called'],
    ['Called the Blue Quay, it was built in 1890 by the ferry company.', 'The pilots called the Blue Quay “a death trap.”', 'The pilots | called'],
    ['The tides follow a pattern called a double ebb.', 'The pilots said the tides follow a pattern.', 'The pilots | said'],
    ['Reyes read a paper titled “Tides of Westport.”', 'Reyes said the paper was late.', 'Reyes | said'],
    // "according to" in keeping with something, not a source
    ['Berths are priced according to how long the boats are.', 'Berths cost more this year, according to the harbour master.', 'the harbour master | according to'],
    // the writer's asides: "all told", "as promised", "say", "as its name suggests", "warning bells"
    ['All told, the new quay cost $4 million.', 'The council told residents the new quay cost $4 million.', 'The council | told'],
    ['As promised, the new ferry is the fastest on the lake.', 'The ferry company promised that the new ferry would be the fastest on the lake.', 'The ferry company | promised'],
    ['The gauge records one value — say, the depth of the water — every hour.', 'The pilots say the depth of the water changes every hour.', 'The pilots | say'],
    ['As its name suggests, the Long Quay is long and narrow.', 'The survey suggests that the Long Quay is too narrow.', 'The survey | suggests'],
    ['That should ring warning bells for everyone who uses the quay.', 'The harbour master is warning that the quay is unsafe.', 'The harbour master | is warning'],
    // a plural noun before a modal ("these forecasts will …") is no verb
    ['There is no guarantee that these forecasts will prove accurate.', 'The harbour board forecasts that traffic will grow.', 'The harbour board | forecasts'],
    // deeds after the verb: showing off, presenting at a meeting or as something, finding oneself, asking for comment
    ['The new ferry really shows off how fast a boat can be.', 'The new study shows that the ferry is fast.', 'The new study | shows'],
    ['The study was presented at a meeting of harbour engineers in Westport.', 'The study found that the quay was sinking.', 'The study | found'],
    ['The ferry company presented itself as a cheap alternative to the bus.', 'The ferry company said it was a cheap alternative to the bus.', 'The ferry company | said'],
    ['The harbour bank soon found itself at the centre of the dispute.', 'The inquiry found that the harbour bank had lost the files.', 'The inquiry | found'],
    ['The Gazette is asking the ferry company for comment.', 'The Gazette asked the ferry company whether the quay would close.', 'The Gazette | asked'],
    ['After the storm the pilot continued to sail the old ferry.', 'The pilot continued to insist that the ferry was safe.', 'The pilot | continued'],
    ['The council voted unanimously to close the quay.', 'The council said it would close the quay.', 'The council | said'],
    ['The harbour bill was narrowly voted down on Monday.', 'The harbour board said the bill was voted down.', 'The harbour board | said'],
    // what no one in particular would say
    ['Few would argue against a safer quay for the ferries.', 'The pilots argue that the quay is unsafe for the ferries.', 'The pilots | argue'],
    ['In the film each word is repeated several times.', 'The harbour master repeated that the quay would close.', 'The harbour master | repeated'],
  ])('"%s" is no claim; "%s" is', (lookalike, twin, claim) => {
    expect(claimsOf(lookalike)).toEqual([]);
    expect(claimsOf(twin)).toContain(claim);
  });

  it.each([
    ['The pilots come from Rust Belt states that have lost their shipyards.'],
    ['The ferry runs to larger, more diverse states.'],
    ['The union tabled its demands on Monday.'],
  ])('reads an always-on -s form as a plural noun where no speaker stands before it: "%s"', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps an always-on form after a speaker, a relative or a conjunction', () => {
    expect(claimsOf('The harbour charter states that every berth must be paid for.')).toEqual(['The harbour charter | states']);
    expect(claimsOf('Reyes called the toll unfair and insists the council must drop it.').map((c) => c.split(' | ')[1])).toContain('insists');
  });

  it('reads a participle of a topic opening the sentence as the scene of the report after it ("Talking about how …, he said")', () => {
    expect(claimsOf('Talking about how the quay had changed, he said “it is a new port now”.')).toEqual(['he | said']);
  });

  it('keeps a name given by someone named ("called a flop by its critics") and a writing that reports ("wrote in his book that …")', () => {
    expect(claimsOf('The new ferry was called “a floating disaster” by the pilots.').map((c) => c.split(' | ')[1])).toEqual(['was called']);
    expect(claimsOf('Reyes wrote in his book that the quay was sinking.')).toEqual(['Reyes | wrote']);
  });
});

describe('a speech act whose object only names a topic: nothing claimed, so no claim (issue 16)', () => {
  it.each([
    ['The mayor condemned the attack on the harbour office.', 'The mayor condemned the attack as “a cowardly act against the whole town.”', 'The mayor | condemned'],
    ['Councillor Reyes defended her decision to close the quay.', 'Councillor Reyes defended the closure on the grounds that the quay was sinking.', 'Councillor Reyes | defended'],
    ['The minister apologized for his actions in a brief televised address.', 'The minister said his actions had been a mistake.', 'The minister | said'],
    ['The ferry company touted a rarely seen price for crossings as part of its summer campaign.', 'The ferry company touted its prices as the lowest on the lake.', 'The ferry company | touted'],
    ['Thieves attacked a sperm whale on the beach with an axe.', 'Councillor Reyes attacked the mayor for raising the harbour toll.', 'Councillor Reyes | attacked'],
    ['Harbour pilots complained about the deficit for years.', 'Harbour pilots complained that the deficit was growing.', 'Harbour pilots | complained'],
    ['The appeal specifically mentions a resolution adopted by the harbour board in October.', 'The appeal mentions that the harbour board adopted a resolution in October.', 'The appeal | mentions'],
    ['The Westport Herald described the mood at the quay on the night of the storm.', 'The Westport Herald described the storm as the worst in a century.', 'The Westport Herald | described'],
    ['The pilots’ union announced significant updates to its training scheme yesterday.', 'The pilots’ union announced that its training scheme would change.', 'The pilots’ union | announced'],
    // a person recommended, people persuaded (quanta-1, bbc-1)
    ['A friend of the pilot recommended her to the harbour master.', 'A friend of the pilot recommended that the quay be closed.', 'A friend of the pilot | recommended'],
    ['Four years of speeches have persuaded precisely zero councillors.', 'Reyes persuaded the councillors that the quay was unsafe.', 'Reyes | persuaded'],
    ['The harbour board praised the stance of the “silent majority,” which refused to join the strike.', 'The harbour board praised the pilots as the heroes of the storm.', 'The harbour board | praised'],
    // nothing said about a topic; a question word alone; a title named; a "that" of a relative clause (quanta-1, msn, citylab-1)
    ['The old harbour histories say little to nothing about how the pilots built the quay.', 'The old harbour histories say that the pilots built the quay.', 'The old harbour histories | say'],
    ['The harbour master said nothing about the toll on Friday.', 'The harbour master said nothing would change on Friday.', 'The harbour master | said'],
    ['Historians have argued over why.', 'Historians have argued over why the quay sank in 1910.', 'Historians | have argued over'],
    ['The ferry company surprised the town by announcing “Harbour Quest Run,” its first mobile game.', 'The ferry company surprised the town by announcing that its ferries would stop.', 'The ferry company | announcing'],
    ['Tidewater is a term that describes the stretch of coast that floods at high tide.', 'The pilot describes the coast as a place that floods at high tide.', 'The pilot | describes'],
  ])('"%s" is no claim; "%s" is', (topic, twin, claim) => {
    expect(claimsOf(topic)).toEqual([]);
    expect(claimsOf(twin)).toContain(claim);
  });

  it('keeps a clause after the verb or after a comma ("As Lorenz recalled, they had …", "expressed concern about how …")', () => {
    expect(claimsOf('As the pilot later recalled, they had left the quay at noon.')).toEqual(['the pilot | later recalled']);
    expect(claimsOf('The mayor also expressed concern about how the closure might affect the ferries.')).toEqual(['The mayor | also expressed concern about']);
    expect(claimsOf('The pilot recalled he had seen the ferry leave.')).toEqual(['The pilot | recalled']);
  });

  it('keeps them for the PolNeAR contract, which annotates them (AnalyzeOptions.polnear, `whosaid extract`)', () => {
    const blocks = [{ kind: 'headline' as const, text: 'Westport news' }, { kind: 'paragraph' as const, text: 'The mayor condemned the attack on the harbour office.' }];
    expect(analyze(blocks).claims).toEqual([]);
    expect(analyze(blocks, { polnear: true }).claims.map((c) => c.cueLemma)).toEqual(['condemn']);
  });
});

describe('a title read as a report (issue 16)', () => {
  /** Each claim as "source | cue" of a page with `headline` under its site's. */
  function headlineClaims(headline: string): string[] {
    const a = analyze([{ kind: 'headline', text: 'Westport news' }, { kind: 'headline', text: headline },
      { kind: 'paragraph', text: 'Ana Reyes is the mayor of Westport. The harbour opened in May.' }]);
    return a.claims.map((c) => `${spanText(a, c.source)} | ${spanText(a, c.cue)}`);
  }

  it('reads a headline of a name and a question in title case as a title, a name and a sentence as a report', () => {
    expect(headlineClaims('Tides: What They Are and How You Read Them')).toEqual([]);
    expect(headlineClaims('Ana Reyes: What the harbour needs is a second quay')).toEqual(['Ana Reyes | :']);
  });

  it('reads a colon inside a quoted title as part of it, a quoted transcript turn as a turn', () => {
    expect(headlineClaims('“HARBOUR: Tidewater Racing League” ($40)')).toEqual([]);
    const a = analyze([{ kind: 'headline', text: 'Westport news' }, { kind: 'paragraph', text: 'Partial transcript as follows:' },
      { kind: 'paragraph', text: '"REYES: Well, the quay is sinking, and we have known it for years.' }]);
    expect(a.claims.map((c) => `${spanText(a, c.source)} | ${spanText(a, c.cue)}`)).toEqual(['REYES | :']);
  });

  it('reads a content before its cue that quotes only a title as the title of a work, not words said', () => {
    expect(claimsOf('In her book “The Harbour Built in Hell: Communities that Arise in Storms,” Lena Ortiz wrote of the joy people find in helping.')).toEqual([]);
    expect(claimsOf('“The quay is sinking faster than anyone thought,” Lena Ortiz wrote in her book.')).toEqual(['Lena Ortiz | wrote']);
  });
});

describe('a paraphrase nobody is said to make (issue 16)', () => {
  it.each([
    ['The council recently released a comprehensive plan outlining steps to combat the silt in the channel.', 'The plan’s author said the silt in the channel was the worst in years.', 'The plan’s author | said'],
  ])('"%s" is no claim; "%s" is', (nobody, twin, claim) => {
    expect(claimsOf(nobody)).toEqual([]);
    expect(claimsOf(twin)).toContain(claim);
  });

  it('keeps what a passive or a verb of saying and its "that" report, and a quotation, with the unknown speaker', () => {
    expect(claimsOf('It was reported that the quay would close.').map((c) => c.split(' | ')[1])).toEqual(['was reported']);
    expect(claimsOf('We’re told there is footage of the quay.').map((c) => c.split(' | ')[1])).toEqual(['told']);
    expect(claimsOf('Those close to him say that the council would vote on the toll.').map((c) => c.split(' | ')[1])).toEqual(['say']);
  });

  it('keeps them for the PolNeAR contract, which marks sourceless attributions (AnalyzeOptions.polnear)', () => {
    const blocks = [{ kind: 'headline' as const, text: 'Westport news' }, { kind: 'paragraph' as const, text: 'The council recently released a comprehensive plan outlining steps to combat the silt in the channel.' }];
    expect(analyze(blocks).claims).toEqual([]);
    expect(analyze(blocks, { polnear: true }).claims.length).toBeGreaterThan(0);
  });
});

describe('the writer’s own voice', () => {
  it.each([
    ['I think the council got the harbour tax wrong.', '“I think the council got the harbour tax wrong,” Reyes said.', 'Reyes | said'],
    ['We know that the quay will close in May.', '“We know that the quay will close in May,” the pilots said.', 'the pilots | said'],
    ['As I wrote last week, the quay is sinking.', 'Reyes wrote last week that the quay is sinking.', 'Reyes | wrote'],
    // the writer's reader, and the writer's warning to the reader (yahoo-1)
    ['“I’m the captain now,” you will say as you take the wheel.', '“I’m the captain now,” the pilot said as he took the wheel.', 'the pilot | said'],
    ['Be warned: the quay is slippery after the rain.', 'The harbour master warned that the quay is slippery after the rain.', 'The harbour master | warned'],
    // a report the writer imagines, never made (salon-1)
    ['For its part, the ferry company might have suggested that it would lend its boats.', 'For its part, the ferry company has suggested that it would lend its boats.', 'the ferry company | has suggested'],
    ['The mayor would not have said that the quay was safe.', 'The mayor has said that the quay was safe.', 'The mayor | has said'],
  ])('"%s" is the writer’s; "%s" reports', (writer, twin, claim) => {
    expect(claimsOf(writer)).toEqual([]);
    expect(claimsOf(twin)).toContain(claim);
  });

  it('refuses the first person even in an article written in it throughout (an essay, a letter): the writer is no source', () => {
    const a = analyze([{ kind: 'headline', text: 'Why I left the harbour' },
      { kind: 'paragraph', text: 'I think the harbour deserved better. I believe the council knew it.' },
      { kind: 'paragraph', text: 'I know the pilots agree with me. We said so in our letter.' }]);
    expect(a.claims).toEqual([]);
  });

  it('keeps an imagined report for the PolNeAR contract, which annotates it ("would have described")', () => {
    const blocks = [{ kind: 'headline' as const, text: 'Westport news' }, { kind: 'paragraph' as const, text: 'The mayor might have suggested that the quay was safe.' }];
    expect(analyze(blocks).claims).toEqual([]);
    expect(analyze(blocks, { polnear: true }).claims.map((c) => c.cueLemma)).toEqual(['suggest']);
  });

  it('refuses the writer as the subject right before the cue past its auxiliaries ("I was reading")', () => {
    expect(claimsOf('The harbour stories I was reading said the quay would close.').filter((c) => c.endsWith('was reading'))).toEqual([]);
    expect(claimsOf('The pilots were reading that the quay would close.')).toContain('The pilots | were reading');
  });
});

describe('section labels and datelines are no speakers', () => {
  it.each([
    'MARKETS: In Europe, the DAX rose 0.4 per cent.',
    'BUSINESS: Shares of the ferry company fell 3 per cent.',
    'UPDATE: The quay reopened on Monday.',
    'CORRECTION: An earlier version of this story misspelled the mayor’s name.',
  ])('"%s" makes no claim', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('still reads a transcript’s speakers before a colon, and a lone label opening the article as a dateline', () => {
    const transcript = analyze([{ kind: 'headline', text: 'The mayor on the quay' },
      { kind: 'paragraph', text: 'HOST: Will the quay close this year?' },
      { kind: 'paragraph', text: 'REYES: We will not close the quay this year.' }]);
    expect(transcript.claims.map((c) => spanText(transcript, c.source))).toEqual(['HOST', 'REYES']);
    expect(claimsOf('WASHINGTON: President Reyes said on Monday that the quay would close.')).toEqual(['President Reyes | said']);
  });

  it.each([
    ['OTTAWA — The budget will balance next year, the minister said.', 'the minister | said'],
    ['LONDON (Reuters) - Oil prices fell on Monday, analysts said.', 'analysts | said'],
    ['WESTPORT — The harbour master said on Tuesday that the quay would close.', 'The harbour master | said'],
  ])('gives "%s" to its speaker, not to the dateline', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe('page furniture in a text read without its page (the CLI’s .txt)', () => {
  const article = [
    'Harbour toll to rise',
    'The harbour master said the toll would rise in spring.',
    'Continue reading the main story',
    'Advertisement',
    'Read more: Councillors said the quay was unsafe, in 2019',
    'Follow her on Twitter, where she says what she thinks about tides.',
    'Previously, he wrote about the harbour for the Westport Post, where editors said he was the best.',
    'Jane Doe is a reporter for the Westport Post and says she loves ferries.',
    'Previously, he said the quay would close.',
  ].join('\n');

  it('makes no claim of a furniture line, and keeps the article’s claims', () => {
    const a = analyze(blocksFromPlainLines(article));
    const claimed = a.claims.map((c) => a.blocks[c.cue.block]?.text ?? '');
    expect(claimed).toEqual(['The harbour master said the toll would rise in spring.', 'Previously, he said the quay would close.']);
  });
});

describe('confidence', () => {
  it('gives every claim a probability, a plain report high and a clipped one lower', () => {
    const a = analyze([{ kind: 'headline', text: 'Westport news' },
      { kind: 'paragraph', text: 'The harbour master said on Tuesday that the toll would rise in spring.' },
      { kind: 'paragraph', text: '“We cannot wait another winter,” Councillor Ana Reyes told reporters.' }]);
    expect(a.claims).toHaveLength(2);
    for (const c of a.claims) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(isLowConfidence(c)).toBe(false);
    }
  });

  it('shows a document’s own words as sure: "…, the charter states" and "the charter states that …" are not low confidence', () => {
    for (const text of ['Every berth must be paid for in advance, the harbour charter states.',
      'The harbour charter states that every berth must be paid for in advance.']) {
      const a = analysisOf(text);
      expect(a.claims.map((c) => spanText(a, c.cue))).toEqual(['states']);
      expect(a.claims.every((c) => !isLowConfidence(c))).toBe(true);
    }
  });

  it('is the same for the same text (the model is deterministic)', () => {
    const text = 'Officials said the harbour would reopen. Reyes argued the toll was unfair.';
    expect(analysisOf(text).claims.map((c) => c.confidence)).toEqual(analysisOf(text).claims.map((c) => c.confidence));
  });
});
