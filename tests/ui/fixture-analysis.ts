/**
 * A small hand-made analysis of our own invented article, covering every actor kind, quote kind and stance,
 * an unattributed claim, a split quote and text that needs escaping in each export format; and the same analysis
 * with its claims of every kind (KINDS_ANALYSIS).
 */
import type { Actor, Analysis, Claim, ClaimKind, QuoteKind, Span, Stance, TextBlock } from '../../src/engine/index.js';

export const FIXTURE_BLOCKS: TextBlock[] = [
  { kind: 'headline', text: 'Harbour plan is "a gamble", council warns' },
  { kind: 'paragraph', text: 'Mayor Lena Ortiz said the harbour expansion would "pay for itself within a decade".' },
  { kind: 'paragraph', text: '"We have studied every number," she told reporters, "and every number works."' },
  { kind: 'paragraph', text: 'The Port Authority claimed that dredging costs, estimated at $4m, had been underestimated.' },
  { kind: 'paragraph', text: 'According to a council report, the project could displace 40 fishing families.' },
  { kind: 'paragraph', text: 'Officials familiar with the talks alleged that the contract was rushed.' },
  { kind: 'paragraph', text: 'Some residents insisted =SUM(A1) was "a farce, plain and simple".' },
  { kind: 'paragraph', text: 'The scheme was reportedly seen as <b>risky</b> by investors.' },
  { kind: 'paragraph', text: 'Ortiz believes the port will double its traffic.' },
];

function span(block: number, text: string, from = 0): Span {
  const blockText = FIXTURE_BLOCKS[block]?.text ?? '';
  const start = blockText.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" not in block ${block}`);
  return { block, start, end: start + text.length };
}

const actors: Actor[] = [
  { id: 'a1', name: 'Lena Ortiz', kind: 'person', mentions: [span(1, 'Lena Ortiz'), span(2, 'she')], description: 'Mayor',
    role: 'politician', roleEvidence: '“mayor” in “Mayor”' },
  { id: 'a2', name: 'Port Authority', kind: 'organisation', mentions: [span(3, 'Port Authority')],
    role: 'official', roleEvidence: '“authority” in “Port Authority”' },
  { id: 'a3', name: 'council report', kind: 'document', mentions: [span(4, 'a council report')], authorId: 'a6',
    role: 'document', roleEvidence: 'a text, not a person or body: “council report”' },
  { id: 'a4', name: 'Officials familiar with the talks', kind: 'unnamed', mentions: [span(5, 'Officials familiar with the talks')],
    role: 'official', roleEvidence: '“officials” in “Officials familiar with the talks”' },
  { id: 'a5', name: 'Some residents', kind: 'unnamed', mentions: [span(6, 'Some residents')],
    role: 'citizen', roleEvidence: '“residents” in “Some residents”' },
  { id: 'a6', name: 'the council', kind: 'organisation', mentions: [span(0, 'council')],
    role: 'official', roleEvidence: '“council” in “the council”' },
  { id: 'unknown', name: 'Unknown speaker', kind: 'unknown', mentions: [], role: 'unknown',
    roleEvidence: 'the text names no speaker for these claims' },
];

function claim(
  id: string,
  kind: QuoteKind,
  actorId: string,
  source: Span | null,
  cue: Span,
  cueLemma: string,
  stance: Stance,
  content: Span[],
  what: ClaimKind = 'statement',
  confidence = 1,
): Claim {
  return { id, kind: what, quote: kind, actorId, source, cue, cueLemma, stance, confidence, content };
}

const claims: Claim[] = [
  claim('c1', 'mixed', 'a1', span(1, 'Mayor Lena Ortiz'), span(1, 'said'), 'say', 'neutral', [
    span(1, 'the harbour expansion would "pay for itself within a decade"'),
  ]),
  claim('c2', 'direct', 'a1', span(2, 'she'), span(2, 'told'), 'tell', 'neutral', [
    span(2, '"We have studied every number,"'),
    span(2, '"and every number works."'),
  ]),
  claim('c3', 'indirect', 'a2', span(3, 'The Port Authority'), span(3, 'claimed'), 'claim', 'distancing', [
    span(3, 'dredging costs, estimated at $4m, had been underestimated'),
  ]),
  claim('c4', 'indirect', 'a3', span(4, 'a council report'), span(4, 'According to'), 'according to', 'neutral', [
    span(4, 'the project could displace 40 fishing families'),
  ]),
  claim('c5', 'indirect', 'a4', span(5, 'Officials familiar with the talks'), span(5, 'alleged'), 'allege', 'distancing', [
    span(5, 'the contract was rushed'),
  ]),
  claim('c6', 'mixed', 'a5', span(6, 'Some residents'), span(6, 'insisted'), 'insist', 'distancing', [
    span(6, '=SUM(A1) was "a farce, plain and simple"'),
  ]),
  claim('c7', 'indirect', 'unknown', null, span(7, 'reportedly seen'), 'see', 'hedged', [span(7, '<b>risky</b> by investors')]),
  claim('c8', 'indirect', 'a1', span(8, 'Ortiz'), span(8, 'believes'), 'believe', 'cognition', [
    span(8, 'the port will double its traffic'),
  ]),
];

export const FIXTURE_ANALYSIS: Analysis = { blocks: FIXTURE_BLOCKS, actors, claims };

export const FIXTURE_PAGE = { url: 'https://news.example/harbour-plan?id=7', title: 'Harbour plan "a gamble"' };

export const FIXTURE_COLORS: Record<string, string> = {
  a1: '#0072B2',
  a2: '#E69F00',
  a3: '#009E73',
  a4: '#CC79A7',
  a5: '#56B4E9',
};

/**
 * The same article read with claim kinds and confidence: "Ortiz believes" is a thought, the council report's
 * "According to" stays a statement, the Port Authority's claim is one WhoSaid is not sure of, and the residents'
 * is made a finding (by hand: the kinds, not the words, are under test).
 */
export const KINDS_ANALYSIS: Analysis = {
  ...FIXTURE_ANALYSIS,
  claims: FIXTURE_ANALYSIS.claims.map((claim) =>
    claim.id === 'c8' ? { ...claim, kind: 'thought' }
      : claim.id === 'c3' ? { ...claim, confidence: 0.2 }
        : claim.id === 'c6' ? { ...claim, kind: 'finding' }
          : claim),
};
