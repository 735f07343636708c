import { describe, expect, it } from 'vitest';
import { FLOATING_CUE_LEMMA, type Actor, type Analysis, type Claim, type Span } from '../../src/engine/index.js';
import { alignGold, blockHash, formatNewsGold, parseNewsGold, speakerKey, type GoldSpan, type NewsGold } from '../../src/eval/news-gold.js';
import { scorePage } from '../../src/eval/news-score.js';

// An invented page: a market move, a quote, a thought and a share prompt.
const BLOCKS = [
  'The index declined 0.4 per cent, traders said.',
  '"We will appeal," Jane Roe told reporters.',
  'Roe believes the ruling was wrong.',
  'Share this story',
  'Nothing more was planned, she added.',
];

function at(block: number, words: string, from = 0): GoldSpan {
  const start = (BLOCKS[block] ?? '').indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in block ${block}`);
  return [block, start, start + words.length];
}

const span = ([block, start, end]: GoldSpan): Span => ({ block, start, end });

const TRADERS = speakerKey('traders');
const ROE = speakerKey('Jane Roe');

const gold: NewsGold = {
  page: 'invented',
  path: 'pages/readability/invented/source.html',
  blocks: BLOCKS.map(blockHash),
  speakers: {
    [TRADERS]: { names: [TRADERS], mentions: [at(0, 'traders')] },
    [ROE]: { names: [ROE, speakerKey('the appellant')], mentions: [at(1, 'Jane Roe'), at(2, 'Roe')] },
  },
  statements: [
    { kind: 'statement', cue: at(0, 'said'), content: [at(0, 'The index declined 0.4 per cent')], speaker: TRADERS },
    { kind: 'statement', cue: at(1, 'told'), content: [at(1, 'We will appeal')], speaker: ROE },
    { kind: 'thought', cue: at(2, 'believes'), content: [at(2, 'the ruling was wrong')], speaker: ROE },
  ],
  lookalikes: [{ span: at(0, 'declined'), reason: 'deed' }],
  furniture: [at(3, 'Share this story')],
};

function actor(id: string, name: string, mentions: GoldSpan[]): Actor {
  return { id, name, kind: 'person', mentions: mentions.map(span) };
}

function claim(id: string, actorId: string, cue: GoldSpan, content: GoldSpan, kind: Claim['kind'] = 'statement'): Claim {
  return {
    id, kind, quote: 'indirect', source: null, cue: span(cue), content: [span(content)], actorId,
    cueLemma: 'say', stance: 'neutral', confidence: 1,
  };
}

function analysis(claims: Claim[], actors: Actor[]): Analysis {
  return { blocks: BLOCKS.map((text) => ({ kind: 'paragraph', text })), actors, claims };
}

const actors = [
  actor('a1', 'traders', [at(0, 'traders')]),
  actor('a2', 'the index', [at(0, 'The index')]),
  actor('a3', 'Jane Roe', [at(2, 'Roe')]),
  actor('a4', 'reporters', [at(1, 'reporters')]),
];

describe('scorePage', () => {
  it('tells right, wrong speaker, look-alike, thought shown, furniture and unjudged claims apart', () => {
    const claims = [
      claim('c1', 'a2', at(0, 'declined'), at(0, '0.4 per cent')),          // a deed, though inside the traders' words
      claim('c2', 'a1', at(0, 'said'), at(0, 'The index declined')),         // right
      claim('c3', 'a4', at(1, 'told'), at(1, 'We will appeal')),             // the quote given to the reporters
      claim('c4', 'a3', at(2, 'believes'), at(2, 'the ruling was wrong')),   // a thought shown as a statement
      claim('c5', 'a3', at(3, 'Share'), at(3, 'this story')),                // furniture
      claim('c6', 'a3', at(4, 'added'), at(4, 'Nothing more was planned')),  // nothing judged there
    ];
    const score = scorePage(gold, analysis(claims, actors));
    expect(score.claims.map((c) => c.verdict)).toEqual(['lookalike', 'right', 'wrong-speaker', 'thought-shown', 'furniture', 'unjudged']);
    expect(score.claims[0]?.reason).toBe('deed');
    expect(score.shown).toEqual({
      gold: 2, found: 2, foundRightSpeaker: 1, claims: 6, right: 1, wrongSpeaker: 1, lookalikes: 2, furniture: 1, unjudged: 1,
    });
    expect(score.thoughts).toMatchObject({ gold: 1, found: 0, claims: 0 });
  });

  it('finds a speaker by name key when the actor’s mentions lie elsewhere, and scores hidden thoughts apart', () => {
    const claims = [
      claim('c1', 'a3', at(1, 'told'), at(1, 'We will appeal')),
      claim('c2', 'a3', at(2, 'believes'), at(2, 'the ruling'), 'thought'),
    ];
    const score = scorePage(gold, analysis(claims, [actor('a3', 'Jane  ROE', [at(4, 'she')])]));
    expect(score.claims.map((c) => c.verdict)).toEqual(['right', 'right']);
    expect(score.shown).toMatchObject({ gold: 2, foundRightSpeaker: 1, claims: 1, right: 1 });
    expect(score.thoughts).toMatchObject({ gold: 1, found: 1, foundRightSpeaker: 1, claims: 1, right: 1 });
  });

  it('takes any name the judge gave the speaker, and refuses an actor named as another speaker whatever its mentions', () => {
    const appellant = actor('a5', 'The Appellant', [at(4, 'she')]);
    const traders = actor('a6', 'Traders', [at(1, 'Jane Roe')]);
    const claims = [claim('c1', 'a5', at(1, 'told'), at(1, 'We will appeal')), claim('c2', 'a6', at(1, 'told'), at(1, 'We will appeal'))];
    expect(scorePage(gold, analysis(claims, [appellant, traders])).claims.map((c) => c.verdict)).toEqual(['right', 'wrong-speaker']);
  });

  it('leaves a claim unjudged whose cue lies inside a statement the judge marked, not on its cue', () => {
    const score = scorePage(gold, analysis([claim('c1', 'a4', at(1, 'appeal'), at(1, 'We will'))], actors));
    expect(score.claims[0]?.verdict).toBe('unjudged');
  });

  it('matches a claim by its content when its cue lies elsewhere (a floating quote)', () => {
    const score = scorePage(gold, analysis([claim('c1', 'a3', at(4, 'added'), at(1, 'will appeal'))], actors));
    expect(score.claims[0]?.verdict).toBe('right');
  });

  it('lands a floating quote on the statement whose further fragment its paragraph is ("A," he said. ⏎ "B.")', () => {
    // the judge marked block 1 and block 4 as one statement of Roe's; the engine gives block 4 a claim of its own
    const goesOn: NewsGold = { ...gold, statements: [{ kind: 'statement', cue: at(1, 'told'), content: [at(1, 'We will appeal'), at(4, 'Nothing more was planned, she added.')], speaker: ROE }] };
    const floating = (actorId: string, cue: GoldSpan): Claim => ({ ...claim('c2', actorId, cue, at(4, 'Nothing more was planned')), cueLemma: FLOATING_CUE_LEMMA });
    const first = claim('c1', 'a3', at(1, 'told'), at(1, 'We will appeal'));
    expect(scorePage(goesOn, analysis([first, floating('a3', at(4, 'N'))], actors)).claims.map((c) => c.verdict)).toEqual(['right', 'right']);
    expect(scorePage(goesOn, analysis([first, floating('a4', at(4, 'N'))], actors)).claims.map((c) => c.verdict)).toEqual(['right', 'wrong-speaker']);
    // a verb's claim inside the fragment is still nested in the statement, and a floating cue mid-fragment too
    expect(scorePage(goesOn, analysis([first, claim('c2', 'a3', at(4, 'planned'), at(4, 'Nothing more'))], actors)).claims[1]?.verdict).toBe('unjudged');
    expect(scorePage(goesOn, analysis([first, floating('a3', at(4, 'more'))], actors)).claims[1]?.verdict).toBe('unjudged');
  });
});

describe('alignGold', () => {
  it('uses the gold as is when the blocks are the same', () => {
    expect(alignGold(gold, BLOCKS).status).toBe('same');
  });
  it('follows blocks that moved, by their hash', () => {
    const aligned = alignGold(gold, ['A new standfirst.', ...BLOCKS]);
    expect(aligned.status).toBe('moved');
    if (aligned.status === 'drift') return;
    expect(aligned.gold.statements[1]?.cue).toEqual([2, ...at(1, 'told').slice(1)]);
    expect(aligned.gold.furniture[0]?.[0]).toBe(4);
  });
  it('reports drift when a judged block changed', () => {
    const changed = [...BLOCKS];
    changed[1] = '"We will appeal," Jane Roe told a reporter.';
    expect(alignGold(gold, changed)).toEqual({ status: 'drift', missing: [1] });
  });
});

describe('parseNewsGold', () => {
  it('reads back what it is given and refuses a statement whose speaker is not listed', () => {
    expect(parseNewsGold(JSON.stringify(gold), 'invented.json')).toEqual(gold);
    const broken = { ...gold, statements: [{ ...gold.statements[0], speaker: 'abcdef' }] };
    expect(() => parseNewsGold(JSON.stringify(broken), 'broken.json')).toThrow(/speaker abcdef not listed/);
  });
  it('stores no text: keys and hashes are short hex', () => {
    expect(speakerKey('Jane Roe')).toMatch(/^[0-9a-f]{6}$/);
    expect(speakerKey(' jane   roe ')).toBe(speakerKey('Jane Roe'));
    expect(blockHash(BLOCKS[0] ?? '')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('formatNewsGold', () => {
  it('writes a file that reads back the same', () => {
    expect(parseNewsGold(formatNewsGold(gold), 'invented.json')).toEqual(gold);
  });
});
