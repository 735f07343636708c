/**
 * Scores the engine's claims on one judged news page against its gold (news-gold.ts), the way a reader looks at the
 * highlights: a claim shown by default (kind statement or finding) is right when it lands on a gold statement —
 * its cue on the gold cue, or else its content on the gold content — and its actor is the gold speaker (their
 * mentions share a character and the actor is not named as another gold speaker, or the actor's name is one of the
 * gold speaker's names). A claim that lands on a look-alike
 * span (a deed, a thought, the writer's own voice), on page furniture or on nothing judged at all is a false
 * highlight, each counted apart. Thoughts (hidden by default) are scored on their own.
 */
import { FLOATING_CUE_LEMMA, type Analysis, type Claim, type Span } from '../engine/index.js';
import { speakerKey, type GoldSpan, type GoldStatement, type LookalikeReason, type NewsGold } from './news-gold.js';

/** What one claim of the engine is, judged against the gold. */
export type ClaimVerdict =
  | 'right'            // a gold statement (or finding) with the right speaker
  | 'wrong-speaker'    // a gold statement given to someone else
  | 'thought-shown'    // a gold thought highlighted by default as a statement or finding
  | 'lookalike'        // a span the gold marks as not a statement
  | 'furniture'        // page furniture
  | 'unjudged';        // nothing in the gold: a false highlight until a judge says otherwise

export interface ClaimOutcome {
  claim: Claim;
  /** Shown without the reader asking (statement or finding), as the page highlights it. */
  shown: boolean;
  verdict: ClaimVerdict;
  /** The index of the gold statement it landed on, if any. */
  statement: number | null;
  reason: LookalikeReason | null;
}

export interface StatementOutcome {
  index: number;
  statement: GoldStatement;
  /** Found by a claim of the right visibility (shown for statements and findings, hidden for thoughts). */
  found: boolean;
  rightSpeaker: boolean;
}

/** Counts for one visibility: the default highlights (statements and findings), or the thoughts. */
export interface Tally {
  gold: number;
  found: number;
  foundRightSpeaker: number;
  claims: number;
  right: number;
  wrongSpeaker: number;
  lookalikes: number;
  furniture: number;
  unjudged: number;
}

export interface PageScore {
  page: string;
  shown: Tally;
  thoughts: Tally;
  claims: ClaimOutcome[];
  statements: StatementOutcome[];
}

export function emptyTally(): Tally {
  return { gold: 0, found: 0, foundRightSpeaker: 0, claims: 0, right: 0, wrongSpeaker: 0, lookalikes: 0, furniture: 0, unjudged: 0 };
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

function overlaps(span: Span, [block, start, end]: GoldSpan): boolean {
  return span.block === block && span.start < end && start < span.end;
}

function anyOverlap(spans: readonly Span[], gold: readonly GoldSpan[]): boolean {
  return spans.some((s) => gold.some((g) => overlaps(s, g)));
}

/** The claims the page highlights without being asked: statements and findings. */
export function shownByDefault(claim: Claim): boolean {
  return claim.kind !== 'thought';
}

function rightSpeaker(analysis: Analysis, claim: Claim, gold: NewsGold, statement: GoldStatement): boolean {
  const actor = analysis.actors.find((a) => a.id === claim.actorId);
  if (actor === undefined) return false;
  if (statement.speaker === '') return actor.kind === 'unknown';
  if (actor.kind === 'unknown') return false;
  const speaker = gold.speakers[statement.speaker];
  if (speaker === undefined) return false;
  const named = speakerKey(actor.name);
  if (named === statement.speaker || speaker.names.includes(named)) return true;
  // an actor named as another speaker of the page is that speaker, whatever mentions it swallowed ("Parata" the son)
  if (Object.values(gold.speakers).some((other) => other !== speaker && other.names.includes(named))) return false;
  const actorSpans = claim.source === null ? actor.mentions : [...actor.mentions, claim.source];
  return anyOverlap(actorSpans, speaker.mentions);
}

/**
 * A floating quote whose paragraph the judge marked as a further fragment of a statement ('“A,” he said. ⏎ “B.”' as
 * one statement with two fragments): its cue, the paragraph's opening mark, opens that fragment. The engine gives
 * such a paragraph a claim of its own by the same speaker (types.ts Claim.content: two claims, as readers count
 * quotes), which lands on the statement it goes on with rather than standing as a nested, unjudged claim.
 */
function opensFragment(claim: Claim, statement: GoldStatement): boolean {
  return claim.cueLemma === FLOATING_CUE_LEMMA && statement.content.some(([block, start]) => block === claim.cue.block && start === claim.cue.start);
}

/** The gold statement a claim lands on: by cue first, then by content; the right speaker wins a tie. */
function landing(analysis: Analysis, claim: Claim, gold: NewsGold, byCue: boolean): number | null {
  let best: number | null = null;
  gold.statements.forEach((statement, i) => {
    // by content only when the claim's cue lies outside the statement's words: a cue inside them is a claim nested
    // in the statement (a verb in someone's quotation) the judge did not mark, so it stays unjudged
    const hit = byCue ? overlaps(claim.cue, statement.cue)
      : anyOverlap(claim.content, statement.content) && (!anyOverlap([claim.cue], statement.content) || opensFragment(claim, statement));
    if (!hit) return;
    if (best === null) best = i;
    else if (!rightSpeaker(analysis, claim, gold, gold.statements[best] as GoldStatement) &&
      rightSpeaker(analysis, claim, gold, statement)) best = i;
  });
  return best;
}

function judgeClaim(analysis: Analysis, claim: Claim, gold: NewsGold): Omit<ClaimOutcome, 'claim' | 'shown'> {
  const onStatement = (i: number): Omit<ClaimOutcome, 'claim' | 'shown'> => {
    const statement = gold.statements[i] as GoldStatement;
    if (statement.kind === 'thought' && shownByDefault(claim)) return { verdict: 'thought-shown', statement: i, reason: 'thought' };
    return { verdict: rightSpeaker(analysis, claim, gold, statement) ? 'right' : 'wrong-speaker', statement: i, reason: null };
  };
  const lookalike = (spans: readonly Span[]): Omit<ClaimOutcome, 'claim' | 'shown'> | null => {
    const hit = gold.lookalikes.find((l) => spans.some((s) => overlaps(s, l.span)));
    if (hit !== undefined) return { verdict: 'lookalike', statement: null, reason: hit.reason };
    if (anyOverlap(spans, gold.furniture)) return { verdict: 'furniture', statement: null, reason: null };
    return null;
  };
  // the cue decides first: a deed verb inside someone's quoted words is the deed's look-alike, not their statement
  const byCue = landing(analysis, claim, gold, true);
  if (byCue !== null) return onStatement(byCue);
  const cueLookalike = lookalike([claim.cue]);
  if (cueLookalike !== null) return cueLookalike;
  const byContent = landing(analysis, claim, gold, false);
  if (byContent !== null) return onStatement(byContent);
  return lookalike(claim.content) ?? { verdict: 'unjudged', statement: null, reason: null };
}

export function scorePage(gold: NewsGold, analysis: Analysis): PageScore {
  const claims: ClaimOutcome[] = analysis.claims.map((claim) => ({
    claim, shown: shownByDefault(claim), ...judgeClaim(analysis, claim, gold),
  }));
  const statements: StatementOutcome[] = gold.statements.map((statement, index) => {
    const wantShown = statement.kind !== 'thought';
    const landed = claims.filter((c) => c.statement === index && c.shown === wantShown);
    return {
      index, statement,
      found: landed.length > 0,
      rightSpeaker: landed.some((c) => c.verdict === 'right'),
    };
  });
  const tally = (shown: boolean): Tally => {
    const t = emptyTally();
    for (const s of statements) {
      if ((s.statement.kind !== 'thought') !== shown) continue;
      t.gold++;
      if (s.found) t.found++;
      if (s.rightSpeaker) t.foundRightSpeaker++;
    }
    for (const c of claims) {
      if (c.shown !== shown) continue;
      t.claims++;
      if (c.verdict === 'right') t.right++;
      else if (c.verdict === 'wrong-speaker') t.wrongSpeaker++;
      else if (c.verdict === 'lookalike' || c.verdict === 'thought-shown') t.lookalikes++;
      else if (c.verdict === 'furniture') t.furniture++;
      else t.unjudged++;
    }
    return t;
  };
  return { page: gold.page, shown: tally(true), thoughts: tally(false), claims, statements };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}`;
}

/** One table row: recall with the right speaker, precision, and the false highlights by kind. */
export function formatRow(name: string, t: Tally): string {
  return [
    name.padEnd(26),
    String(t.gold).padStart(5),
    String(t.foundRightSpeaker).padStart(7),
    percent(t.foundRightSpeaker, t.gold).padStart(7),
    String(t.claims).padStart(7),
    String(t.right).padStart(7),
    percent(t.right, t.claims).padStart(7),
    String(t.wrongSpeaker).padStart(7),
    String(t.lookalikes).padStart(7),
    String(t.furniture).padStart(7),
    String(t.unjudged).padStart(7),
  ].join(' ');
}

const COLUMNS: readonly [string, string][] = [
  ['gold', ''], ['found', '+spkr'], ['R%', '+spkr'], ['claims', ''], ['right', ''], ['P%', ''], ['wrong', 'speaker'],
  ['look-', 'alikes'], ['furni-', 'ture'], ['not', 'judged'],
];

export const TABLE_HEADER = ['page'.padEnd(26), String(COLUMNS[0]?.[0]).padStart(5),
  ...COLUMNS.slice(1).map(([top]) => top.padStart(7))].join(' ') + '\n' + [''.padEnd(26), ''.padStart(5),
  ...COLUMNS.slice(1).map(([, bottom]) => bottom.padStart(7))].join(' ');
