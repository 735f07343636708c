/**
 * Each construction (src/engine/constructions/) on its own: the cue found in a sentence goes straight to the
 * matcher, and the frame it proposes is read back as text — content, speaker, cue.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import { findCues, learnedCueConfig } from '../../src/engine/find-cues.js';
import type { CueCandidate } from '../../src/engine/cue.js';
import { english } from '../../src/engine/lexicon/en/index.js';
import { textOf, type Segmented, type Sentence, type TokenRange } from '../../src/engine/tokens.js';
import type { Frame } from '../../src/engine/constructions/frame.js';
import { matchBefore } from '../../src/engine/constructions/before.js';
import { matchAfter } from '../../src/engine/constructions/after.js';
import { matchAccordingTo } from '../../src/engine/constructions/according-to.js';
import { matchColon } from '../../src/engine/constructions/colon.js';
import { matchLabel } from '../../src/engine/constructions/transcript-label.js';
import { matchDash } from '../../src/engine/constructions/signature-dash.js';
import type { BlockKind, TextBlock } from '../../src/engine/types.js';

const config = learnedCueConfig(english);

interface Case {
  seg: Segmented;
  sentence: Sentence;
  cue: CueCandidate;
}

/** The first sentence of the last block, and its cue whose form is `form`. */
function caseOf(form: string, ...blocks: (string | [BlockKind, string])[]): Case {
  const textBlocks: TextBlock[] = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : { kind: b[0], text: b[1] }));
  const seg = segment(textBlocks, english);
  const sentence = seg.sentences.find((s) => s.block === textBlocks.length - 1);
  if (sentence === undefined) throw new Error('no sentence');
  const cue = findCues(seg, sentence, config).find((c) => c.form === form);
  if (cue === undefined) throw new Error(`no cue ${form}`);
  return { seg, sentence, cue };
}

function read(seg: Segmented, f: Frame | null): { content: string[]; source: string; cue: string } | null {
  if (f === null) return null;
  const text = (r: TokenRange): string => textOf(seg, r.first, r.end);
  return { content: f.content.map(text), source: f.source === null ? '' : text(f.source), cue: text(f.cueRange) };
}

describe('constructions', () => {
  it('before: the content before the speaker and cue', () => {
    const { seg, sentence, cue } = caseOf('said', '“The line will open late,” the auditor said on Tuesday.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))).toEqual({
      content: ['“The line will open late,”'], source: 'the auditor', cue: 'said',
    });
  });

  it('before: an inverted speaker after the cue', () => {
    const { seg, sentence, cue } = caseOf('said', '“We lost control of the money,” said Ann Lee.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))?.source).toBe('Ann Lee');
  });

  it('before: a short opening phrase with a preposition is the setting, and the content follows the cue', () => {
    for (const text of ['In an interview on the harbour radio’s “Morning Tide,” Reyes said the quay would close.',
      'In a letter to the council, Reyes asked the board to delay the toll.']) {
      const { seg, sentence, cue } = caseOf(text.includes('asked') ? 'asked' : 'said', text);
      expect(matchBefore(seg, sentence, cue, sentence.first, 0, config), text).toBeNull();
    }
    // with nothing after the cue, the opening clause is the content
    const { seg, sentence, cue } = caseOf('said', 'In the end, the council won the vote, Reyes said.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))?.content).toEqual(['In the end, the council won the vote']);
  });

  it('after: speaker, cue, hearer, then the content after "that"', () => {
    const { seg, sentence, cue } = caseOf('told', 'The mayor has also told reporters that the budget gap is £84m.');
    expect(read(seg, matchAfter(seg, sentence, cue, sentence.first, config, null))).toEqual({
      content: ['that the budget gap is £84m'], source: 'The mayor', cue: 'has also told',
    });
  });

  it('after: no report when the cue is negated', () => {
    const { seg, sentence, cue } = caseOf('said', 'The council has not said that it will pay.');
    expect(matchAfter(seg, sentence, cue, sentence.first, config, null)).toBeNull();
  });

  it('according to: the source after the phrase, the content around it', () => {
    const { seg, sentence, cue } = caseOf('according', 'The line will open two years late, according to a report by the auditor.');
    expect(read(seg, matchAccordingTo(seg, sentence, cue, sentence.first))).toEqual({
      content: ['The line will open two years late'], source: 'a report by the auditor', cue: 'according to',
    });
  });

  it('colon: the sentence subject speaks the quotation after a colon', () => {
    const { seg, sentence, cue } = caseOf(':“', 'Reyes was blunt: “The harbour is full.”');
    expect(read(seg, matchColon(seg, sentence, cue, config))).toEqual({
      content: ['“The harbour is full.”'], source: 'Reyes', cue: ':',
    });
  });

  it('transcript label: a speaker label in capitals speaks the rest of its block', () => {
    const { seg, sentence, cue } = caseOf(':T', 'TRUMP: I will tell you at the time.', 'WALLACE: Do you accept the result of the vote?');
    expect(read(seg, matchLabel(seg, sentence, cue, config))).toEqual({
      content: ['Do you accept the result of the vote?'], source: 'WALLACE', cue: ':',
    });
  });

  it('transcript label: a section label or a lone label opening the article (a dateline) speaks nothing', () => {
    const section = caseOf(':T', 'TRUMP: I will tell you at the time.', 'MARKETS: In Europe, the DAX rose 0.4 per cent.');
    expect(matchLabel(section.seg, section.sentence, section.cue, config)).toBeNull();
    const dateline = caseOf(':T', 'WASHINGTON: President Reyes said on Monday that the quay would close.');
    expect(matchLabel(dateline.seg, dateline.sentence, dateline.cue, config)).toBeNull();
  });

  it('headline label: "Name: …" in a headline speaks only when the article names that speaker again', () => {
    const labelled = (headline: string, body: string): ReturnType<typeof read> => {
      const seg = segment([{ kind: 'headline', text: headline }, { kind: 'paragraph', text: body }], english);
      const sentence = seg.sentences[0];
      const cue = sentence === undefined ? undefined : findCues(seg, sentence, config).find((c) => c.form === ':h');
      return sentence === undefined || cue === undefined ? null : read(seg, matchLabel(seg, sentence, cue, config));
    };
    expect(labelled('Sanders: Clinton Must Change Course', 'Sanders spoke in Iowa.')).toEqual({
      content: ['Clinton Must Change Course'], source: 'Sanders', cue: ':',
    });
    expect(labelled('Stealth Over Health: Clinton Was Headed to ER', 'Clinton went to a hospital.')).toBeNull();
    expect(labelled('The Latest: Trump Urges Supporters to Watch Polls', 'The Latest on the race, all times local.')).toBeNull();
  });

  it('after, a verb of talking: a short place or time is no content; after a hearer the topic is', () => {
    const talking = (form: string, text: string): ReturnType<typeof read> => {
      const { seg, sentence, cue } = caseOf(form, text);
      return read(seg, matchAfter(seg, sentence, cue, sentence.first, config, null));
    };
    expect(talking('spoke', 'Sanders spoke on Friday.')).toBeNull();
    expect(talking('spoke', 'The senator spoke at a rally.')).toBeNull();
    expect(talking('talks', 'Trump talks to Megyn Kelly about bullying.')?.content).toEqual(['about bullying']);
    expect(talking('spoke', 'She spoke about the budget.')?.content).toEqual(['the budget']);
  });

  it('before: an opening phrase is no content when the cue has its own ahead of it', () => {
    const before = (form: string, ...blocks: string[]): ReturnType<typeof read> => {
      const { seg, sentence, cue } = caseOf(form, ...blocks);
      return read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config));
    };
    // a colon: the content is the block below
    expect(before('said', 'In a wide-ranging interview, President Obama also said:')).toBeNull();
    // a quotation inside a phrase is a title; the content follows the cue
    expect(before('said', 'On this weekend’s broadcast of “Fox News Sunday,” Pence said his running mate was joking.')).toBeNull();
    // but a quotation that is the whole content stands, whatever follows the cue
    expect(before('said', '“We will win,” she said in a statement.')?.content).toEqual(['“We will win,”']);
  });

  it('before, inverted: a party and state in parentheses stay with the speaker\'s name', () => {
    const { seg, sentence, cue } = caseOf('added', '“We can expect more,” added Rep. Jim Clyburn (D-S.C.), the assistant leader.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))?.source).toBe('Rep. Jim Clyburn (D-S.C.), the assistant leader');
  });

  it('signature: a dash and a name closing a paragraph sign the quotation before it', () => {
    const { seg, sentence, cue } = caseOf('―', '“Everyone deserves a second chance at the ballot box.” ― Sonya Herridge');
    expect(read(seg, matchDash(seg, sentence, cue, 0))).toEqual({
      content: ['“Everyone deserves a second chance at the ballot box.”'], source: 'Sonya Herridge', cue: '―',
    });
  });

  it('headline dash: the words after a headline\'s dash name its speaker', () => {
    const { seg, sentence, cue } = caseOf('–h', ['headline', 'West tried to disrupt the vote – lawmakers']);
    expect(read(seg, matchDash(seg, sentence, cue, 0))).toEqual({
      content: ['West tried to disrupt the vote'], source: 'lawmakers', cue: '–',
    });
  });

  it('headline dash: a title of several parts set apart by dashes gives taglines, no speaker', () => {
    const seg = segment([{ kind: 'headline', text: 'Ferry 3 - The small electric ferry that cost only $35,000 - All-time bestselling ferry in Westport' }], english);
    const sentence = seg.sentences[0];
    if (sentence === undefined) throw new Error('no sentence');
    const cues = findCues(seg, sentence, config).filter((c) => c.form === '–h');
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect(matchDash(seg, sentence, cue, 0)).toBeNull();
    const hyphen = caseOf('–h', ['headline', 'The Westport-Easton ferry deal is dead – lawmakers']);
    expect(read(hyphen.seg, matchDash(hyphen.seg, hyphen.sentence, hyphen.cue, 0))?.source).toBe('lawmakers');
  });

  it('before: another speaker after a comma reports a whole sentence that holds a report', () => {
    const { seg, sentence, cue } = caseOf('added', 'The pilot had told harbour staff that the crane was unsafe, but the port overruled him, the inspector added.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))).toEqual({
      content: ['The pilot had told harbour staff that the crane was unsafe, but the port overruled him'], source: 'the inspector', cue: 'added',
    });
  });

  it('before: a pronoun echoing the sentence\'s own speaker, or a comma inside brackets, is no outer report', () => {
    const echo = caseOf('said', 'Reyes said she felt the vote was rushed because nobody read the plan, she said.');
    expect(matchBefore(echo.seg, echo.sentence, echo.cue, echo.sentence.first, 0, config)).toBeNull();
    const bracket = caseOf('say', 'He tells crowds the port may close (a plan which, many pilots say, is overdue) next year.');
    expect(matchBefore(bracket.seg, bracket.sentence, bracket.cue, bracket.sentence.first, 0, config)).toBeNull();
  });

  it('after: a content ends where ", but <speaker> said" starts a second report, however long its speaker', () => {
    const { seg, sentence, cue } = caseOf('said', 'The mayor said it would run, but the port authority\'s chief harbour engineer Ana Reyes said the pier was unsafe.');
    expect(read(seg, matchAfter(seg, sentence, cue, sentence.first, config, null))?.content).toEqual(['it would run']);
  });

  it('before, parenthetical: a short subject before the cue stays in the content when its verb follows it', () => {
    const { seg, sentence, cue } = caseOf('say', 'The tunnel, engineers say, is safe.');
    expect(read(seg, matchBefore(seg, sentence, cue, sentence.first, 0, config))).toEqual({
      content: ['The tunnel', 'is safe'], source: 'engineers', cue: 'say',
    });
    const inverted = caseOf('say', 'The combination, say economists, marks a journey into uncharted territory.');
    expect(read(inverted.seg, matchBefore(inverted.seg, inverted.sentence, inverted.cue, inverted.sentence.first, 0, config))).toEqual({
      content: ['The combination', 'marks a journey into uncharted territory'], source: 'economists', cue: 'say',
    });
  });

  it('after, a colon closing its paragraph: the list below it is the content, item by item', () => {
    const blocks: TextBlock[] = [
      { kind: 'paragraph', text: 'In a long interview, the mayor also said:' },
      { kind: 'listItem', text: 'The quay must close to keep the harbour safe' },
      { kind: 'listItem', text: 'She is confident the council will agree' },
      { kind: 'paragraph', text: 'The council meets on Friday.' },
    ];
    const seg = segment(blocks, english);
    const sentence = seg.sentences[0];
    const cue = sentence === undefined ? undefined : findCues(seg, sentence, config).find((c) => c.form === 'said');
    if (sentence === undefined || cue === undefined) throw new Error('no cue');
    expect(read(seg, matchAfter(seg, sentence, cue, sentence.first, config, null))).toEqual({
      content: ['The quay must close to keep the harbour safe', 'She is confident the council will agree'], source: 'the mayor', cue: 'also said',
    });
  });
});
