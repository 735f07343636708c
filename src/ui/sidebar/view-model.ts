/**
 * Pure derivations from an Analysis for the sidebar: the text of each claim, actors grouped by kind and ordered by
 * how much they say, the "voices" summary figures and the claim filters those figures stand for.
 * No DOM, no Preact: everything here is unit-tested directly and shared with the exporters.
 */
import type { Actor, ActorKind, Analysis, Claim, ClaimKind, SourceRole, Span, Stance } from '../../engine/index.js';
import { quoted, t } from '../../shared/i18n.js';
import { ACTOR_KIND_LABELS, ROLE_ORDER, actorRole, byClaimsThenMention, claimCounts, cueWords } from '../../shared/presentation.js';
import { spaceGiven, type SpaceGiven } from '../../shared/space.js';
import { matchesWords, searchable, searchWords } from '../../shared/search-fold.js';

/** A claim with its text resolved from the blocks, ready to render, filter or export. */
export interface ClaimView {
  claim: Claim;
  actor: Actor | null;
  /** The cue as written ("claimed", "according to"); "quoted" for a floating quote (presentation.ts cueWords). */
  cueText: string;
  /** The mention naming the speaker in that sentence ("she", "the ministry"), or "". */
  sourceText: string;
  /** Content fragments as written, in text order. */
  contentParts: string[];
  /** Content fragments joined with " … " for one-line use. */
  contentText: string;
}

export interface ActorView {
  actor: Actor;
  claims: ClaimView[];
  /** The actor a document was issued by, when the text says. */
  author: Actor | null;
}

export interface ActorGroup {
  kind: ActorKind;
  label: string;
  actors: ActorView[];
  /** Claims of this kind's group whose actor is missing from the analysis (only for 'unknown'; none from the engine). */
  unattributed: ClaimView[];
}

const KIND_ORDER: ActorKind[] = ['person', 'organisation', 'document', 'unnamed', 'unknown'];

export function spanText(analysis: Analysis, span: Span): string {
  const block = analysis.blocks[span.block];
  return block ? block.text.slice(span.start, span.end) : '';
}

export function toClaimViews(analysis: Analysis): ClaimView[] {
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  return analysis.claims.map((claim) => {
    const contentParts = claim.content.map((span) => spanText(analysis, span).trim()).filter((part) => part !== '');
    return {
      claim,
      actor: actorsById.get(claim.actorId) ?? null,
      cueText: cueWords(claim, spanText(analysis, claim.cue).trim()),
      sourceText: claim.source ? spanText(analysis, claim.source).trim() : '',
      contentParts,
      contentText: contentParts.join(' … '),
    };
  });
}

/**
 * Named means: attributed to an actor who is not an unnamed source ("officials", "a source close to…") nor the
 * unknown speaker (no speaker in the text at all).
 */
export function isNamed(view: ClaimView): boolean {
  return view.actor !== null && view.actor.kind !== 'unnamed' && view.actor.kind !== 'unknown';
}

/** A claim of a source with this role; the unknown speaker is no source, so none of its claims counts. */
export function hasRole(view: ClaimView, role: SourceRole): boolean {
  return view.actor !== null && view.actor.kind !== 'unknown' && actorRole(view.actor) === role;
}

/** The text gives no speaker: the claim is the unknown speaker's (or, in a malformed analysis, nobody's). */
export function isUnknown(view: ClaimView): boolean {
  return view.actor === null || view.actor.kind === 'unknown';
}

/**
 * How each group lists its actors: by number of claims shown (ties: the colour rank), by order of appearance (the
 * actor's first claim in the text), or by space given (words reported, ties: the colour rank).
 */
export type ActorSort = 'claims' | 'order' | 'space';

/** An actor and the number of its claims that count for the order (those shown, or all). */
interface Ranked {
  actor: Actor;
  claimCount: number;
}

function actorComparator(analysis: Analysis, sort: ActorSort, space: SpaceGiven | undefined): (a: Ranked, b: Ranked) => number {
  const rank = byClaimsThenMention(analysis);
  if (sort === 'order') {
    const first = new Map<string, number>();
    analysis.claims.forEach((claim, index) => {
      if (!first.has(claim.actorId)) first.set(claim.actorId, index);
    });
    return (a, b) => (first.get(a.actor.id) ?? 0) - (first.get(b.actor.id) ?? 0);
  }
  if (sort === 'space') {
    const words = new Map((space ?? spaceGiven(analysis)).actors.map((entry) => [entry.actorId, entry.words]));
    return (a, b) => (words.get(b.actor.id) ?? 0) - (words.get(a.actor.id) ?? 0) || rank(a.actor, b.actor);
  }
  return (a, b) => b.claimCount - a.claimCount || rank(a.actor, b.actor);
}

/** Every actor with a claim, whatever its kind, in one list ordered as `sort` says: the space chart's rows. */
export function sourcesBy(analysis: Analysis, sort: ActorSort, space?: SpaceGiven): Actor[] {
  const counts = claimCounts(analysis);
  const compare = actorComparator(analysis, sort, space);
  return analysis.actors
    .filter((actor) => counts.has(actor.id))
    .map((actor) => ({ actor, claimCount: counts.get(actor.id) ?? 0 }))
    .sort(compare)
    .map((entry) => entry.actor);
}

/**
 * Actors with at least one claim, grouped by kind in a fixed order (people, organisations, documents, unnamed,
 * then the unknown speaker), each group ordered as `sort` says (default: most claims first). A claim whose actor
 * is missing from the analysis goes to the unknown speaker's group as "unattributed". `space` spares sorting by
 * space a second count of the words when the caller has one.
 */
export function groupActors(
  analysis: Analysis,
  views: ClaimView[] = toClaimViews(analysis),
  sort: ActorSort = 'claims',
  space?: SpaceGiven,
): ActorGroup[] {
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const claimsByActor = new Map<string, ClaimView[]>();
  const unattributed: ClaimView[] = [];
  for (const view of views) {
    if (view.actor === null) {
      unattributed.push(view);
      continue;
    }
    const list = claimsByActor.get(view.actor.id);
    if (list) list.push(view);
    else claimsByActor.set(view.actor.id, [view]);
  }
  const compare = actorComparator(analysis, sort, space);
  const groups: ActorGroup[] = [];
  for (const kind of KIND_ORDER) {
    const actors: ActorView[] = analysis.actors
      .filter((actor) => actor.kind === kind && claimsByActor.has(actor.id))
      .map((actor) => ({
        actor,
        claims: claimsByActor.get(actor.id) ?? [],
        author: actor.authorId ? (actorsById.get(actor.authorId) ?? null) : null,
      }))
      .sort((a, b) => compare({ actor: a.actor, claimCount: a.claims.length }, { actor: b.actor, claimCount: b.claims.length }));
    const groupUnattributed = kind === 'unknown' ? unattributed : [];
    if (actors.length > 0 || groupUnattributed.length > 0) {
      groups.push({ kind, label: ACTOR_KIND_LABELS[kind].group, actors, unattributed: groupUnattributed });
    }
  }
  return groups;
}

// ---- Voices summary and the filters its figures stand for ----

export type ClaimFilter =
  | { type: 'all' }
  | { type: 'named' }
  | { type: 'unnamed' }
  | { type: 'direct' }
  | { type: 'paraphrased' }
  | { type: 'stance'; stance: Stance }
  | { type: 'cue'; lemma: string }
  | { type: 'role'; role: SourceRole };

export interface CueCount {
  lemma: string;
  /** The most frequent way it is written in this text, lowercased ("claimed"). */
  label: string;
  count: number;
  stance: Stance;
}

export interface VoicesSummary {
  totalClaims: number;
  /** Sources that speak: every actor with a claim except the unknown speaker, who is nobody in particular. */
  distinctActors: number;
  named: number;
  /** Claims not from a named source: unnamed sources and the unknown speaker together (named + unnamed = total). */
  unnamed: number;
  /** Of `unnamed`, the claims whose text gives no speaker at all. */
  unknown: number;
  direct: number;
  /** indirect + mixed */
  paraphrased: number;
  mixed: number;
  byStance: Record<Stance, number>;
  /** Cues per stance, most frequent first. */
  cues: Record<Stance, CueCount[]>;
  /** Sources per role (the unknown speaker is nobody and has none). */
  roles: Record<SourceRole, number>;
}

export function summarize(views: ClaimView[]): VoicesSummary {
  const actorIds = new Set<string>();
  const byStance: Record<Stance, number> = { neutral: 0, distancing: 0, hedged: 0, cognition: 0 };
  const cueForms = new Map<string, { stance: Stance; count: number; forms: Map<string, number> }>();
  let named = 0;
  let unknown = 0;
  let direct = 0;
  let mixed = 0;
  const roles = Object.fromEntries(ROLE_ORDER.map((role) => [role, 0])) as Record<SourceRole, number>;
  for (const view of views) {
    if (view.actor && view.actor.kind !== 'unknown' && !actorIds.has(view.actor.id)) {
      actorIds.add(view.actor.id);
      roles[actorRole(view.actor)] += 1;
    }
    if (isNamed(view)) named += 1;
    if (isUnknown(view)) unknown += 1;
    if (view.claim.quote === 'direct') direct += 1;
    if (view.claim.quote === 'mixed') mixed += 1;
    byStance[view.claim.stance] += 1;
    const lemma = view.claim.cueLemma;
    let entry = cueForms.get(lemma);
    if (!entry) {
      entry = { stance: view.claim.stance, count: 0, forms: new Map() };
      cueForms.set(lemma, entry);
    }
    entry.count += 1;
    const form = view.cueText.toLowerCase() || lemma;
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
  }
  const cues: Record<Stance, CueCount[]> = { neutral: [], distancing: [], hedged: [], cognition: [] };
  for (const [lemma, entry] of cueForms) {
    let label = lemma;
    let best = 0;
    for (const [form, count] of entry.forms) {
      if (count > best) {
        best = count;
        label = form;
      }
    }
    cues[entry.stance].push({ lemma, label, count: entry.count, stance: entry.stance });
  }
  // a plain code-point order for ties: localeCompare would load the browser's collation data on the first call
  // (a few milliseconds of every first render) to order English verbs
  for (const list of Object.values(cues)) list.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    totalClaims: views.length,
    distinctActors: actorIds.size,
    named,
    unnamed: views.length - named,
    unknown,
    direct,
    paraphrased: views.length - direct,
    mixed,
    byStance,
    cues,
    roles,
  };
}

/** A claim of kind statement: the voices summary counts these (findings and thoughts are not voices speaking). */
export function isStatement(view: ClaimView): boolean {
  return view.claim.kind === 'statement';
}

/** How many claims of each kind. */
export function kindCounts(views: readonly ClaimView[]): Record<ClaimKind, number> {
  const counts: Record<ClaimKind, number> = { statement: 0, finding: 0, thought: 0 };
  for (const view of views) counts[view.claim.kind] += 1;
  return counts;
}

/** A share as a whole percentage; 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

/**
 * Whether a claim is one the filter stands for. Every figure of the voices summary counts statements, so every
 * filter but 'all' keeps statements only: the list shows exactly what the figure counted.
 */
export function matchesFilter(view: ClaimView, filter: ClaimFilter): boolean {
  if (filter.type !== 'all' && !isStatement(view)) return false;
  switch (filter.type) {
    case 'all':
      return true;
    case 'named':
      return isNamed(view);
    case 'unnamed':
      return !isNamed(view);
    case 'direct':
      return view.claim.quote === 'direct';
    case 'paraphrased':
      return view.claim.quote !== 'direct';
    case 'stance':
      return view.claim.stance === filter.stance;
    case 'cue':
      return view.claim.cueLemma === filter.lemma;
    case 'role':
      return hasRole(view, filter.role);
  }
}

/**
 * Search is case- and accent-insensitive over content, cue, source mention, actor name and description, and a
 * query in Latin letters finds a name written in Cyrillic (shared/search-fold.ts): this is the folded text it looks
 * in. Apart from matching so a long list folds each claim once, not once per keystroke (10,000 claims folded again
 * on every key made each keystroke a long task).
 */
export function searchText(view: ClaimView): string {
  return searchable([view.contentText, view.cueText, view.sourceText, view.actor?.name ?? '', view.actor?.description ?? ''].join('\n'));
}

export { matchesWords, searchWords };

export function describeFilter(filter: ClaimFilter, summary: VoicesSummary): string {
  switch (filter.type) {
    case 'all':
    case 'named':
    case 'unnamed':
    case 'direct':
    case 'paraphrased':
      return t(`filter_${filter.type}`);
    case 'stance':
      return t(`filter_stance_${filter.stance}`);
    case 'cue': {
      const cue = Object.values(summary.cues)
        .flat()
        .find((entry) => entry.lemma === filter.lemma);
      return t('filter_cue', { cue: quoted(cue?.label ?? filter.lemma) });
    }
    case 'role':
      return t(`filter_role_${filter.role}`);
  }
}

export function sameFilter(a: ClaimFilter, b: ClaimFilter): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'stance' && b.type === 'stance') return a.stance === b.stance;
  if (a.type === 'cue' && b.type === 'cue') return a.lemma === b.lemma;
  if (a.type === 'role' && b.type === 'role') return a.role === b.role;
  return true;
}

/** A quote's own marks, and the spaces French sets inside « … » (space, no-break, narrow no-break). */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", ' ', '\u00a0', '\u202f']);

/** Trims characters of a set from both ends (a loop, not a regex, so no backtracking on long runs). */
export function trimChars(text: string, chars: Set<string>): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.has(text.charAt(start))) start += 1;
  while (end > start && chars.has(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/**
 * Direct quotes in the interface language's quotation marks (their own marks stripped first: a French quote read in
 * English shows “…”, not “ « … » ”); paraphrase as written.
 */
export function quotedContent(view: ClaimView): string {
  if (view.claim.quote === 'direct') {
    return view.contentParts.map((part) => quoted(trimChars(part, QUOTE_MARKS))).join(' … ');
  }
  return view.contentText;
}
