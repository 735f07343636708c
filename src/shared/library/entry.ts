/**
 * What one analysed article becomes in the library — the entry the content script sends to the background and
 * that export files carry — with the one validator every receiver runs (a page can forge messages to a content
 * script, and an import file can hold anything). It is checked to the last field: every string has a length
 * limit, addresses are http(s), dates lie between LIBRARY_EPOCH and a day from now (a date of 1e300 made the
 * person page throw a RangeError), a role is one of the engine's SourceRoles (a role named `constructor` drew a
 * chart bar of NaN), and the site is read from the address, never from the sender or the file. Pure.
 */
import type { ActorKind, ClaimKind, QuoteKind, SourceRole, Stance } from '../../engine/index.js';
import { httpUrl } from '../article-key.js';
import { ROLE_ORDER } from '../presentation.js';
import { t } from '../i18n.js';

export interface LibraryActor {
  name: string;
  kind: ActorKind;
  /** The source role (official, expert, …) once the engine gives one; absent before. */
  role?: SourceRole;
  description?: string;
}

export interface LibraryClaim {
  /** Index into the entry's actors. */
  actor: number;
  /** The claimed content as the article gives it (fragments of a split quote joined by " … "). */
  text: string;
  /** The reporting words: "said", "according to". */
  cue: string;
  kind: QuoteKind;
  stance: Stance;
  /**
   * What the claim reports: a statement, a finding or a thought. Absent in entries saved before kinds existed and
   * in imports that lack it: those read as statements, as every claim was then.
   */
  claimKind?: ClaimKind;
}

export interface LibraryEntry {
  /** The article's address: http(s) only, no fragment. */
  url: string;
  title: string;
  /** The host name the article came from ("www.example.com"). */
  site: string;
  /** The publication day the page states (YYYY-MM-DD), or null. */
  published: string | null;
  /** When the reader ran the analysis (ms since 1970). */
  analysedAt: number;
  actors: LibraryActor[];
  claims: LibraryClaim[];
}

export const ENTRY_LIMITS = {
  url: 4_096,
  title: 500,
  name: 300,
  description: 500,
  text: 4_000,
  cue: 120,
  actors: 2_000,
  claims: 10_000,
} as const;

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organisation', 'document', 'unnamed', 'unknown'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const STANCES: readonly Stance[] = ['neutral', 'distancing', 'hedged', 'cognition'];
const CLAIM_KINDS: readonly ClaimKind[] = ['statement', 'finding', 'thought'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** No analysis was made before this (ms since 1970: 2000-01-01 UTC); an earlier one is not ours. */
export const LIBRARY_EPOCH = Date.UTC(2000, 0, 1);
/** A publication day may be older than WhoSaid (an archive page), but not older than this. */
const OLDEST_PUBLISHED = Date.UTC(1900, 0, 1);
/** Clocks differ a little: a date up to a day ahead of this one's is still accepted. */
const CLOCK_SLACK_MS = 86_400_000;

/** A source role when `value` is exactly one of the engine's, else null (never an Object.prototype name). */
export function sourceRoleOf(value: unknown): SourceRole | null {
  return ROLE_ORDER.find((role) => role === value) ?? null;
}

/** True when `time` is a date the library can file and show: finite, from `oldest` to a day from `now`. */
function isDateInRange(time: number, oldest: number, now: number): boolean {
  return Number.isFinite(time) && time >= oldest && time <= now + CLOCK_SLACK_MS;
}

/** The publication day as given when it is a real calendar day in range, undefined when not. */
function publishedDay(value: unknown, now: number): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string' || !DAY.test(value)) return undefined;
  const time = Date.parse(`${value}T12:00:00Z`);
  // Date.parse rolls 2026-02-31 over into March: the day must read back the same
  if (!isDateInRange(time, OLDEST_PUBLISHED, now) || new Date(time).toISOString().slice(0, 10) !== value) return undefined;
  return value;
}

/** The host name an entry is listed under: its address's, whatever the entry itself says. */
export function siteOf(url: string): string {
  return httpUrl(url)?.hostname ?? '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** The address when it is an http(s) URL, without its fragment; else null (no javascript:, data:, file:). */
export function articleUrl(value: string): string | null {
  return httpUrl(value)?.href ?? null;
}

function parseActor(value: unknown): LibraryActor | null {
  if (!isRecord(value)) return null;
  const name = text(value['name'], ENTRY_LIMITS.name);
  const kind = oneOf(value['kind'], ACTOR_KINDS);
  if (name === null || kind === null) return null;
  const actor: LibraryActor = { name, kind };
  if (value['role'] !== undefined) {
    // a role this WhoSaid does not know (or a name like `constructor`) is left out; the actor stays
    const role = sourceRoleOf(value['role']);
    if (role !== null) actor.role = role;
  }
  if (value['description'] !== undefined) {
    const description = text(value['description'], ENTRY_LIMITS.description);
    if (description === null) return null;
    actor.description = description;
  }
  return actor;
}

function parseClaim(value: unknown, actorCount: number): LibraryClaim | null {
  if (!isRecord(value)) return null;
  const actor = value['actor'];
  const claimText = text(value['text'], ENTRY_LIMITS.text);
  const cue = text(value['cue'], ENTRY_LIMITS.cue);
  const kind = oneOf(value['kind'], QUOTE_KINDS);
  const stance = oneOf(value['stance'], STANCES);
  if (typeof actor !== 'number' || !Number.isInteger(actor) || actor < 0 || actor >= actorCount) return null;
  if (claimText === null || cue === null || kind === null || stance === null) return null;
  const claim: LibraryClaim = { actor, text: claimText, cue, kind, stance };
  // a kind this WhoSaid does not know is left out, as an unknown role is: the claim stays
  const claimKind = oneOf(value['claimKind'], CLAIM_KINDS);
  if (claimKind !== null) claim.claimKind = claimKind;
  return claim;
}

/**
 * The entry when `value` is a valid one (unknown fields and unknown roles dropped, the site read from the address),
 * else null. `now` bounds the dates (tests give their own).
 */
export function parseLibraryEntry(value: unknown, now: number = Date.now()): LibraryEntry | null {
  if (!isRecord(value)) return null;
  const rawUrl = text(value['url'], ENTRY_LIMITS.url);
  const url = rawUrl === null ? null : articleUrl(rawUrl);
  const title = text(value['title'], ENTRY_LIMITS.title);
  const published = publishedDay(value['published'], now);
  const analysedAt = value['analysedAt'];
  const actorsIn = value['actors'];
  const claimsIn = value['claims'];
  if (url === null || url.length > ENTRY_LIMITS.url || title === null || published === undefined) return null;
  if (typeof analysedAt !== 'number' || !isDateInRange(analysedAt, LIBRARY_EPOCH, now)) return null;
  const site = siteOf(url);
  if (site === '') return null;
  if (!Array.isArray(actorsIn) || actorsIn.length > ENTRY_LIMITS.actors) return null;
  if (!Array.isArray(claimsIn) || claimsIn.length > ENTRY_LIMITS.claims) return null;
  const actors: LibraryActor[] = [];
  for (const candidate of actorsIn) {
    const actor = parseActor(candidate);
    if (actor === null) return null;
    actors.push(actor);
  }
  const claims: LibraryClaim[] = [];
  for (const candidate of claimsIn) {
    const claim = parseClaim(candidate, actors.length);
    if (claim === null) return null;
    claims.push(claim);
  }
  return { url, title, site, published, analysedAt, actors, claims };
}

/** What an export file is: ours by its `format`, readable by its `version`. */
export const EXPORT_FORMAT = 'whosaid-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: LibraryEntry[];
}

export type ParsedImport =
  | { ok: true; entries: LibraryEntry[]; skipped: number }
  | { ok: false; message: string };

/** Reads an import file's text: ours and readable, with each invalid article counted and left out; or why not. */
export function parseLibraryExport(fileText: string, now: number = Date.now()): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    return { ok: false, message: t('lib_import_not_json') };
  }
  if (!isRecord(value) || value['format'] !== EXPORT_FORMAT || !Array.isArray(value['articles'])) {
    return { ok: false, message: t('lib_import_not_ours') };
  }
  if (value['version'] !== EXPORT_VERSION) {
    return { ok: false, message: t('lib_import_version', { version: String(value['version']) }) };
  }
  const entries: LibraryEntry[] = [];
  let skipped = 0;
  for (const candidate of value['articles']) {
    const entry = parseLibraryEntry(candidate, now);
    if (entry === null) skipped += 1;
    else entries.push(entry);
  }
  return { ok: true, entries, skipped };
}
