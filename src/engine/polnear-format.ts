/**
 * The extraction contract by which accuracy is measured independently (`whosaid extract`): plain text with one
 * paragraph a line in, one JSON record of actors and attributions with offsets into that same text out.
 */
import type { ActorKind, Analysis, Claim, ClaimKind, QuoteKind, Span, TextBlock } from './types.js';
import { FLOATING_CUE_LEMMA } from './floating-quotes.js';
import { isUnknownActor } from './unknown-actor.js';

export interface ExtractActor {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface ExtractSpan {
  start: number;
  end: number;
}

export interface ExtractAttribution {
  source: ExtractSpan | null;
  cue: ExtractSpan;
  content: ExtractSpan & { fragments?: [number, number][] };
  type: QuoteKind;
  /** What the claim reports: a statement, a finding or a thought. */
  kind: ClaimKind;
  /** The actor's id, or null when the claim has no speaker (the unknown actor). */
  actor: string | null;
  /** Every actor credited, when the report has several speakers ("Smith and Jones said"): `actor` is the first. */
  actors?: string[];
}

export interface ExtractRecord {
  doc_id: string;
  actors: ExtractActor[];
  attributions: ExtractAttribution[];
}

/**
 * One block per line, so block offsets map 1:1 onto the text: the first line is the headline, the others
 * paragraphs; empty lines stay as empty blocks.
 */
export function blocksFromPlainText(text: string): TextBlock[] {
  return text.split('\n').map((line, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text: line }));
}

/** Offsets of each block in the text the blocks were split from (blocks joined by one newline each). */
export function blockOffsets(blocks: TextBlock[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) { offsets.push(at); at += b.text.length + 1; }
  return offsets;
}

/**
 * The claims grouped into the contract's attributions, which count reports as PolNeAR does: the claims of
 * conjoined speakers, which share one cue, are one attribution; a floating quote that takes its speaker from the
 * claim before it (same actor, same speaker mention) is a further fragment of that claim's attribution, as PolNeAR
 * annotates a quotation going on over paragraphs. The reader's view counts each of them apart (types.ts).
 */
function reportsOf(claims: readonly Claim[]): [Claim, ...Claim[]][] {
  const groups: [Claim, ...Claim[]][] = [];
  for (const claim of claims) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const sharesCue = previous !== undefined && sameSpan(previous.cue, claim.cue);
    const goesOn = group !== undefined && claim.cueLemma === FLOATING_CUE_LEMMA && group.some((g) => g.actorId === claim.actorId &&
      claim.source !== null && g.source !== null && sameSpan(claim.source, g.source));
    // a run of sentences in the reported mood is one attribution (SpkAtt's free indirect speech)
    const runGoesOn = previous?.goesOn === true && claim.goesOn === true && previous.actorId === claim.actorId &&
      claim.source !== null && previous.source !== null && sameSpan(claim.source, previous.source);
    if (group !== undefined && (sharesCue || goesOn || runGoesOn)) group.push(claim);
    else groups.push([claim]);
  }
  return groups;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.block === b.block && a.start === b.start && a.end === b.end;
}

/** A nested quotation holds this many words at least: a word or two in quotation marks is as often a name or a scare quote. */
const MIN_NESTED_QUOTE_WORDS = 3;
/** A quotation inside content: an opening mark, no mark inside, a closing mark (linear: no backtracking). */
const QUOTATION = /[„“"»«]([^„“”"»«]+)[“”"«»]/gu;

/**
 * The quotations of three words or more inside a content fragment [start, end) of `text`, not the whole of it
 * ("der Plan sei „ein großer Schritt nach vorn“"), as text offsets.
 */
function quotationsWithin(text: string, start: number, end: number): ExtractSpan[] {
  const fragment = text.slice(start, end);
  const found: ExtractSpan[] = [];
  for (const match of fragment.matchAll(QUOTATION)) {
    const at = match.index ?? 0;
    const whole = at === 0 && at + match[0].length === fragment.length;
    if (!whole && (match[1] ?? '').trim().split(/\s+/u).length >= MIN_NESTED_QUOTE_WORDS) found.push({ start: start + at, end: start + at + match[0].length });
  }
  return found;
}

/** How the record is made for a corpus's conventions. */
export interface ExtractOptions {
  /**
   * A quotation inside reported content is an attribution of its own, nested in the report with its speaker and cue,
   * as the language's annotated news counts it (Lexicon.NESTED_QUOTES: German SpkAtt); so is a quotation going on
   * with the report before it, with that report's cue.
   */
  nestedQuotes?: boolean;
}

/** The analysis of `text` (made from blocksFromPlainText(text)) as an extraction record. */
export function toExtractRecord(docId: string, text: string, analysis: Analysis, options: ExtractOptions = {}): ExtractRecord {
  const offsets = blockOffsets(analysis.blocks);
  const joinedLength = analysis.blocks.reduce((n, b) => n + b.text.length + 1, -1);
  if (joinedLength !== text.length && analysis.blocks.length > 0) {
    throw new Error(`toExtractRecord: the analysis was not made from this text's lines (${joinedLength} ≠ ${text.length})`);
  }
  const toText = (s: Span): ExtractSpan => {
    const base = offsets[s.block] ?? 0;
    return { start: base + s.start, end: base + s.end };
  };
  // the contract predates the unknown speaker: its claims say actor null and it is not listed among the actors
  const unknownIds = new Set(analysis.actors.filter(isUnknownActor).map((a) => a.id));
  let before: Claim | undefined;
  const attributions = reportsOf(analysis.claims).flatMap((group): ExtractAttribution[] => {
    const head = group[0];
    const reportBefore = before;
    before = head;
    const claims = group.filter((c) => sameSpan(c.cue, head.cue));
    // (the claims of one report share their content: each fragment once)
    const fragments = group.flatMap((c) => c.content).filter((span, i, all) => all.findIndex((o) => sameSpan(o, span)) === i).map(toText);
    const first = fragments[0] ?? toText(head.cue);
    const last = fragments[fragments.length - 1] ?? first;
    const content: ExtractAttribution['content'] = { start: first.start, end: last.end };
    if (fragments.length > 1) content.fragments = fragments.map((f): [number, number] => [f.start, f.end]);
    // conjoined speakers ("Smith and Jones said"): one source from the first name to the last
    const sources = claims.flatMap((c) => (c.source === null ? [] : [toText(c.source)]));
    const source = sources.length === 0 ? null :
      { start: Math.min(...sources.map((x) => x.start)), end: Math.max(...sources.map((x) => x.end)) };
    const actors = claims.map((c) => c.actorId).filter((id) => !unknownIds.has(id));
    // (SpkAtt: a quotation going on with the report before it, its speaker's, is an attribution with that report's cue)
    const cueOf = options.nestedQuotes === true && head.goesOn === true && head.quote === 'direct' && reportBefore !== undefined &&
      reportBefore.actorId === head.actorId && head.source !== null && reportBefore.source !== null &&
      sameSpan(head.source, reportBefore.source) ? reportBefore : head;
    const attribution: ExtractAttribution = { source, cue: toText(cueOf.cue), content,
      type: group.every((c) => c.quote === head.quote) ? head.quote : 'mixed', kind: head.kind,
      actor: unknownIds.has(head.actorId) ? null : head.actorId };
    if (actors.length > 1) attribution.actors = actors;
    // a quotation inside the content, nested in the report: its own attribution, the report's speaker and cue
    const nested = options.nestedQuotes !== true || head.quote === 'direct' ? [] : fragments.flatMap((f) => quotationsWithin(text, f.start, f.end))
      .map((quoted): ExtractAttribution => ({ ...attribution, content: quoted, type: 'direct' }));
    return [attribution, ...nested];
  });
  return {
    doc_id: docId,
    actors: analysis.actors.filter((a) => !isUnknownActor(a)).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    attributions,
  };
}
