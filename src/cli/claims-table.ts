/**
 * Prints an analysis for a person at a terminal: one table of claims grouped by actor (actor, kind, role, claim —
 * statement, finding or thought, "?" after it when WhoSaid is not sure —, cue, stance, type, content), then the actors
 * with their descriptions and the space each is given, and the article's share of reported speech. Cells are cut to
 * fit the width, never wrapped.
 */
import { type Actor, type Analysis, type Claim, type Span, isLowConfidence } from '../engine/index.js';
import { formatCount, percentText, spaceGiven, type ActorSpace } from '../shared/space.js';
import { cueWords } from '../shared/presentation.js';
import { collapseWhitespace } from './article-file.js';

interface Column {
  title: string;
  /** Widest the column may get; the last column takes what is left of the line. */
  maxWidth: number;
}

const COLUMNS: Column[] = [
  { title: 'ACTOR', maxWidth: 26 },
  { title: 'KIND', maxWidth: 12 },
  { title: 'ROLE', maxWidth: 14 },
  { title: 'CLAIM', maxWidth: 10 },
  { title: 'CUE', maxWidth: 18 },
  { title: 'STANCE', maxWidth: 10 },
  { title: 'TYPE', maxWidth: 8 },
  { title: 'CONTENT', maxWidth: Number.POSITIVE_INFINITY },
];
const GAP = '  ';
const MIN_CONTENT_WIDTH = 20;
const NO_ACTOR = '(no source)';
/** After a claim's kind when WhoSaid is not sure of it; a line under the table says what it means. */
const UNSURE_MARK = '?';

export function renderAnalysisTable(analysis: Analysis, lineWidth: number): string {
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const rows = claimsByActor(analysis).flatMap(({ actor, claims }) =>
    claims.map((claim, index) => [
      index === 0 ? (actor?.name ?? NO_ACTOR) : '',
      index === 0 ? (actor?.kind ?? '') : '',
      index === 0 && actor !== undefined && actor.kind !== 'unknown' ? (actor.role ?? 'unknown') : '',
      isLowConfidence(claim) ? `${claim.kind}${UNSURE_MARK}` : claim.kind,
      cueWords(claim, spanText(analysis, claim.cue)),
      claim.stance,
      claim.quote,
      claim.content.map((span) => spanText(analysis, span)).join(' … '),
    ]),
  );
  // the unknown speaker is nobody: not counted among the actors, though its claims are listed (last)
  const speakers = analysis.actors.filter((actor) => actor.kind !== 'unknown').length;
  const lines = [
    `${analysis.claims.length} claim${analysis.claims.length === 1 ? '' : 's'} by ${speakers} actor${speakers === 1 ? '' : 's'}`,
  ];
  if (rows.length > 0) lines.push('', ...formatTable(rows, lineWidth));
  if (analysis.claims.some(isLowConfidence)) lines.push(`${UNSURE_MARK} after a claim's kind: WhoSaid is not sure it is one.`);
  const space = spaceGiven(analysis);
  const spaceOf = new Map(space.actors.map((entry) => [entry.actorId, entry]));
  if (analysis.actors.length > 0) {
    lines.push('', 'Actors:', ...analysis.actors.map((actor) => describeActor(actor, actorsById, spaceOf.get(actor.id), lineWidth)));
  }
  if (analysis.claims.length > 0) {
    lines.push(
      '',
      `Reported speech: ${percentText(space.articleShare)} of the article (${formatCount(space.coveredWords)} of ${formatCount(space.articleWords)} words), ` +
        `${formatCount(space.quoted)} quoted, ${formatCount(space.paraphrased)} paraphrased`,
    );
  }
  return `${lines.join('\n')}\n`;
}

interface ActorClaims {
  actor: Actor | undefined;
  claims: Claim[];
}

/** Actors in order of their first claim; claims in text order within each actor; the unknown speaker's last. */
function claimsByActor(analysis: Analysis): ActorClaims[] {
  const groups = new Map<string, ActorClaims>();
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  for (const claim of analysis.claims) {
    let group = groups.get(claim.actorId);
    if (!group) {
      group = { actor: actorsById.get(claim.actorId), claims: [] };
      groups.set(claim.actorId, group);
    }
    group.claims.push(claim);
  }
  const unknown = (group: ActorClaims): boolean => group.actor === undefined || group.actor.kind === 'unknown';
  const all = [...groups.values()];
  return [...all.filter((group) => !unknown(group)), ...all.filter(unknown)];
}

function describeActor(actor: Actor, actorsById: Map<string, Actor>, space: ActorSpace | undefined, lineWidth: number): string {
  const details = [actor.kind, `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`];
  // the role's evidence is in --json (roleEvidence): beside a terminal's other details it would push them off the line
  if (actor.kind !== 'unknown' && actor.role !== undefined) details.push(`role: ${actor.role}`);
  if (space) details.push(`${formatCount(space.words)} word${space.words === 1 ? '' : 's'} reported, ${percentText(space.share)}`);
  if (actor.description) details.push(actor.description);
  const author = actor.authorId === undefined ? undefined : actorsById.get(actor.authorId);
  if (author) details.push(`by ${author.name}`);
  return truncate(`  ${actor.id}  ${actor.name} (${details.join('; ')})`, lineWidth);
}

function formatTable(rows: string[][], lineWidth: number): string[] {
  const widths = COLUMNS.map((column, index) =>
    Math.min(column.maxWidth, Math.max(displayLength(column.title), ...rows.map((row) => displayLength(row[index] ?? '')))),
  );
  const fixed = widths.slice(0, -1).reduce((sum, width) => sum + width + GAP.length, 0);
  widths[widths.length - 1] = Math.max(MIN_CONTENT_WIDTH, lineWidth - fixed);
  const formatRow = (cells: string[]): string =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? MIN_CONTENT_WIDTH;
        const cut = truncate(cell, width);
        return index === cells.length - 1 ? cut : cut.padEnd(width + cut.length - displayLength(cut));
      })
      .join(GAP)
      .trimEnd();
  return [formatRow(COLUMNS.map((column) => column.title)), ...rows.map(formatRow)];
}

function spanText(analysis: Analysis, span: Span): string {
  return collapseWhitespace(analysis.blocks[span.block]?.text.slice(span.start, span.end) ?? '');
}

/** Length in code points, so an emoji counts once and is never cut in half. */
function displayLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

export function truncate(text: string, width: number): string {
  if (displayLength(text) <= width) return text;
  return `${Array.from(text).slice(0, Math.max(0, width - 1)).join('')}…`;
}
