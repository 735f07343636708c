/**
 * The reader's corrections of one article's analysis, as data (not a claim, another speaker, two actors merged, one
 * renamed, its source role set), and applyCorrections, which gives the analysis the reader sees: the engine's with
 * every correction applied in the order it was made, each corrected actor and claim marked (`corrected`, in words). Pure and DOM-free; the content script stores the list (corrections-store.ts),
 * the sidebar makes and undoes corrections, the exports carry the marks.
 *
 * Corrections name what they change by what the text fixes, not by the engine's ids alone: a claim by its cue's
 * span (the list is kept per article text, so spans stay put), an actor by its id and its name at the time. A
 * newer engine that numbers actors differently then finds the actor by name, or skips the correction, rather than
 * correcting someone else.
 */
import type { Actor, Analysis, Claim, SourceRole, Span } from '../engine/index.js';
import { quoted, t } from './i18n.js';
import { ROLE_LABELS, ROLE_ORDER, cueWords } from './presentation.js';

/** An actor as the reader saw it when correcting: its id in that analysis and its name then. */
export interface ActorRef {
  /** Null for a name the reader typed: an actor of that name, or a new one. */
  id: string | null;
  name: string;
}

/**
 * A claim is named by its cue's span, and by its source's when it has one: the claims of conjoined speakers
 * ("Clinton and Sanders said") share their cue, one claim per speaker, and only the source tells them apart.
 * Corrections stored before sources were given name the cue alone (see claimOf).
 */
export type Correction =
  /** The claim whose cue is at `cue` (and source at `source`) is not a reported claim: it goes from the analysis. */
  | { kind: 'not-a-claim'; cue: Span; source?: Span }
  /** The claim whose cue is at `cue` (and source at `source`) is said by `to`: an existing actor, or one the reader named. */
  | { kind: 'speaker'; cue: Span; source?: Span; to: ActorRef }
  /** `actor` and `into` are one and the same: `actor`'s claims and mentions go to `into`. */
  | { kind: 'merge'; actor: ActorRef; into: ActorRef }
  | { kind: 'rename'; actor: ActorRef; name: string }
  /** `actor` is this kind of voice (src/engine/roles.ts), whatever the engine read. */
  | { kind: 'role'; actor: ActorRef; role: SourceRole };

export type CorrectionKind = Correction['kind'];

/** The most corrections kept for one article; more would be a runaway, not a reader. */
export const MAX_CORRECTIONS = 500;
/** The longest name a reader may type (characters, after cleaning). */
export const MAX_NAME_LENGTH = 120;
function isSourceRole(value: unknown): value is SourceRole {
  return ROLE_ORDER.some((role) => role === value);
}

/** Spans beyond these are not from any article we analyse. */
const MAX_BLOCK = 1_000_000;
const MAX_OFFSET = 100_000_000;

/** One correction in words, as the sidebar lists it and the exports carry it. */
export interface CorrectionLine {
  text: string;
  /** False when it no longer finds what it corrected (an earlier correction took it away): skipped. */
  applied: boolean;
}

export interface CorrectedAnalysis {
  analysis: Analysis;
  /** For each correction, in order: whether it still found what it corrects (false: skipped). */
  applied: boolean[];
}

/** What the reader typed, as a name: control characters dropped, white space collapsed, trimmed, bounded. */
export function cleanName(text: string): string {
  let out = '';
  let space = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || /\s/.test(char)) {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += char;
  }
  return [...out].slice(0, MAX_NAME_LENGTH).join('').trim();
}

function sameSpan(a: Span, b: Span): boolean {
  return a.block === b.block && a.start === b.start && a.end === b.end;
}

/**
 * The claim a claim correction names: the one with that cue and source; without a source, or when the source moved
 * (a newer engine reads the speaker's bounds differently), the one claim with that cue, and none when several share it.
 */
function claimIndexOf(claims: readonly Claim[], correction: { cue: Span; source?: Span }): number {
  const withCue: number[] = [];
  claims.forEach((claim, index) => { if (sameSpan(claim.cue, correction.cue)) withCue.push(index); });
  const { source } = correction;
  const exact = source === undefined ? undefined :
    withCue.find((index) => { const s = claims[index]?.source; return s !== undefined && s !== null && sameSpan(s, source); });
  if (exact !== undefined) return exact;
  if (source === undefined) return withCue[0] ?? -1;
  return withCue.length === 1 ? (withCue[0] ?? -1) : -1;
}

function claimOf(claims: readonly Claim[], correction: { cue: Span; source?: Span }): Claim | undefined {
  return claims[claimIndexOf(claims, correction)];
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The actor `ref` means in `actors`: the same id under the same name, else the one actor of that name. */
export function resolveActor(actors: readonly Actor[], ref: ActorRef): Actor | null {
  const byId = ref.id === null ? undefined : actors.find((actor) => actor.id === ref.id);
  if (byId !== undefined && sameName(byId.name, ref.name)) return byId;
  const named = actors.filter((actor) => actor.kind !== 'unknown' && sameName(actor.name, ref.name));
  return named.length === 1 ? (named[0] ?? null) : null;
}

function mark<T extends { corrected?: string[] }>(item: T, note: string): T {
  return { ...item, corrected: [...(item.corrected ?? []), note] };
}

/** A fresh id for an actor the reader named: "r1", "r2", … (never one the analysis uses). */
function newActorId(actors: readonly Actor[]): string {
  const used = new Set(actors.map((actor) => actor.id));
  let n = 1;
  while (used.has(`r${n}`)) n += 1;
  return `r${n}`;
}

/** Applies one correction to `analysis`, returning the new analysis, or null when it finds nothing to correct. */
function applyOne(analysis: Analysis, correction: Correction): Analysis | null {
  const { actors, claims } = analysis;
  switch (correction.kind) {
    case 'not-a-claim': {
      const index = claimIndexOf(claims, correction);
      if (index < 0) return null;
      return { ...analysis, claims: claims.filter((_, at) => at !== index) };
    }
    case 'speaker': {
      const claim = claimOf(claims, correction);
      const name = cleanName(correction.to.name);
      if (claim === undefined || name === '') return null;
      let target = resolveActor(actors, { id: correction.to.id, name });
      let nextActors = actors;
      if (target === null) {
        target = { id: newActorId(actors), name, kind: 'person', mentions: [], corrected: [t('note_named_by_you')] };
        // before the unknown speaker, who stays last
        const unknownAt = actors.findIndex((actor) => actor.kind === 'unknown');
        nextActors = unknownAt < 0 ? [...actors, target] : [...actors.slice(0, unknownAt), target, ...actors.slice(unknownAt)];
      }
      if (target.id === claim.actorId || target.kind === 'unknown') return null;
      const before = actors.find((actor) => actor.id === claim.actorId);
      const note = before === undefined || before.kind === 'unknown' ? t('note_speaker_given') : t('note_speaker_changed', { name: before.name });
      const targetId = target.id;
      return {
        ...analysis,
        actors: nextActors,
        claims: claims.map((candidate) => (candidate === claim ? mark({ ...candidate, actorId: targetId }, note) : candidate)),
      };
    }
    case 'merge': {
      const from = resolveActor(actors, correction.actor);
      const into = resolveActor(actors, correction.into);
      if (from === null || into === null || from.id === into.id || from.kind === 'unknown' || into.kind === 'unknown') return null;
      const note = t('note_speaker_merged', { name: from.name });
      return {
        ...analysis,
        actors: actors
          .filter((actor) => actor.id !== from.id)
          .map((actor) => {
            if (actor.id === into.id) {
              const mentions = [...actor.mentions, ...from.mentions].sort((a, b) => a.block - b.block || a.start - b.start);
              return mark({ ...actor, mentions }, t('note_merged_with', { name: from.name }));
            }
            return actor.authorId === from.id ? { ...actor, authorId: into.id } : actor;
          }),
        claims: claims.map((claim) => (claim.actorId === from.id ? mark({ ...claim, actorId: into.id }, note) : claim)),
      };
    }
    case 'rename': {
      const actor = resolveActor(actors, correction.actor);
      const name = cleanName(correction.name);
      if (actor === null || actor.kind === 'unknown' || name === '' || name === actor.name) return null;
      const renamed = mark({ ...actor, name }, t('note_renamed_from', { name: actor.name }));
      return { ...analysis, actors: actors.map((candidate) => (candidate === actor ? renamed : candidate)) };
    }
    case 'role': {
      const actor = resolveActor(actors, correction.actor);
      if (actor === null || actor.kind === 'unknown' || actor.role === correction.role) return null;
      const before = ROLE_LABELS[actor.role ?? 'unknown'].chip;
      const set = mark({ ...actor, role: correction.role, roleEvidence: t('note_role_evidence') }, t('note_role_set', { role: before }));
      return { ...analysis, actors: actors.map((candidate) => (candidate === actor ? set : candidate)) };
    }
  }
}

/**
 * The analysis with the reader's corrections applied in order, and which of them applied. A correction that no
 * longer finds its claim or actor (an earlier one removed it, or the engine reads the text otherwise now) is
 * skipped; the others still apply. The input is not changed.
 */
export function applyCorrectionsWithOutcome(analysis: Analysis, corrections: readonly Correction[]): CorrectedAnalysis {
  let current = analysis;
  const applied = corrections.map((correction) => {
    const next = applyOne(current, correction);
    if (next === null) return false;
    current = next;
    return true;
  });
  return { analysis: current, applied };
}

export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): Analysis {
  return applyCorrectionsWithOutcome(analysis, corrections).analysis;
}

// ---- In words, for the sidebar's list and the exports ----

function spanText(analysis: Analysis, span: Span): string {
  return analysis.blocks[span.block]?.text.slice(span.start, span.end) ?? '';
}

/** A claim in a few words: its cue and the start of its content ("said: “the harbour expansion…”"). */
function claimWords(analysis: Analysis, claim: Claim | undefined, cue: Span): string {
  const written = spanText(analysis, cue).trim();
  const cueText = claim === undefined ? written : cueWords(claim, written);
  const first = claim?.content[0];
  const content = first === undefined ? '' : spanText(analysis, first).trim();
  const short = content.length > 48 ? `${content.slice(0, 47).trimEnd()}…` : content;
  return short === '' ? quoted(cueText) : quoted(t('claim_words', { cue: cueText, content: short }));
}

/**
 * One correction in words ("“said: the harbour…” is not a claim"), read against `analysis`, the analysis it was
 * made on (the engine's with the corrections before it applied), so that claim text is found.
 */
export function describeCorrection(analysis: Analysis, correction: Correction): string {
  switch (correction.kind) {
    case 'not-a-claim': {
      const claim = claimOf(analysis.claims, correction);
      return t('correction_not_a_claim', { claim: claimWords(analysis, claim, correction.cue) });
    }
    case 'speaker': {
      const claim = claimOf(analysis.claims, correction);
      return t('correction_speaker', { claim: claimWords(analysis, claim, correction.cue), name: cleanName(correction.to.name) });
    }
    case 'merge':
      return t('correction_merge', { name: correction.actor.name, into: correction.into.name });
    case 'rename':
      return t('correction_rename', { name: correction.actor.name, to: cleanName(correction.name) });
    case 'role':
      return t('correction_role', { name: correction.actor.name, role: ROLE_LABELS[correction.role].chip });
  }
}

/** Every correction in words, each read against the analysis it was made on, with whether it still applies. */
export function describeCorrections(analysis: Analysis, corrections: readonly Correction[]): CorrectionLine[] {
  let current = analysis;
  return corrections.map((correction) => {
    const text = describeCorrection(current, correction);
    const next = applyOne(current, correction);
    if (next !== null) current = next;
    return { text, applied: next !== null };
  });
}

// ---- Validation of what is read back (storage is ours, but may be corrupt or from another version) ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function parseSpan(value: unknown): Span | null {
  if (!isRecord(value)) return null;
  const { block, start, end } = value;
  if (!isCount(block, MAX_BLOCK) || !isCount(start, MAX_OFFSET) || !isCount(end, MAX_OFFSET) || end <= start) return null;
  return { block, start, end };
}

function parseName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_NAME_LENGTH * 4) return null;
  const name = cleanName(value);
  return name === '' ? null : name;
}

function parseActorRef(value: unknown): ActorRef | null {
  if (!isRecord(value)) return null;
  const name = parseName(value['name']);
  const id = value['id'];
  if (name === null || !(id === null || (typeof id === 'string' && id.length <= 40))) return null;
  return { id, name };
}

/** One correction when `value` is exactly a known shape, else null. */
export function parseCorrection(value: unknown): Correction | null {
  if (!isRecord(value)) return null;
  switch (value['kind']) {
    case 'not-a-claim': {
      const cue = parseSpan(value['cue']);
      const source = value['source'] === undefined ? undefined : parseSpan(value['source']);
      if (cue === null || source === null) return null;
      return source === undefined ? { kind: 'not-a-claim', cue } : { kind: 'not-a-claim', cue, source };
    }
    case 'speaker': {
      const cue = parseSpan(value['cue']);
      const to = parseActorRef(value['to']);
      const source = value['source'] === undefined ? undefined : parseSpan(value['source']);
      if (cue === null || to === null || source === null) return null;
      return source === undefined ? { kind: 'speaker', cue, to } : { kind: 'speaker', cue, source, to };
    }
    case 'merge': {
      const actor = parseActorRef(value['actor']);
      const into = parseActorRef(value['into']);
      return actor === null || into === null ? null : { kind: 'merge', actor, into };
    }
    case 'rename': {
      const actor = parseActorRef(value['actor']);
      const name = parseName(value['name']);
      return actor === null || name === null ? null : { kind: 'rename', actor, name };
    }
    case 'role': {
      const actor = parseActorRef(value['actor']);
      const role = value['role'];
      return actor === null || !isSourceRole(role) ? null : { kind: 'role', actor, role };
    }
    default:
      return null;
  }
}

/** The valid corrections of a list read back, and how many entries were not (dropped). */
export function parseCorrections(value: unknown): { corrections: Correction[]; dropped: number } {
  if (!Array.isArray(value)) return { corrections: [], dropped: value === undefined ? 0 : 1 };
  const corrections: Correction[] = [];
  let dropped = 0;
  for (const entry of value.slice(0, MAX_CORRECTIONS)) {
    const correction = parseCorrection(entry);
    if (correction === null) dropped += 1;
    else corrections.push(correction);
  }
  return { corrections, dropped: dropped + Math.max(0, value.length - MAX_CORRECTIONS) };
}
