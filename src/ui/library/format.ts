/** How the library page writes dates, counts, kinds and roles for a reader (the words: shared/presentation). Pure. */
import type { ActorKind, SourceRole } from '../../engine/index.js';
import { ACTOR_KIND_LABELS, ROLE_LABELS } from '../../shared/presentation.js';
import { formatDate, t } from '../../shared/i18n.js';

/** True when `time` is a date a Date can hold (a record damaged or imported before dates were bounded may not be). */
export function isShowableDate(time: number): boolean {
  return Number.isFinite(new Date(time).getTime());
}

/**
 * "2 Mar 2026" ("2. März 2026", "2 mars 2026") in the interface language; "unknown date" for a time no Date can
 * hold (formatting it would throw a RangeError).
 */
export function dayLabel(time: number): string {
  if (!isShowableDate(time)) return t('unknown_date');
  return formatDate(time, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-03-02" for a <time datetime>, or undefined when the time is no date. */
export function isoDay(time: number): string | undefined {
  return isShowableDate(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
}

/** An actor kind as the sidebar and the card say it; a kind this page does not know, as stored. */
export function kindLabel(kind: string): string {
  return isKind(kind) ? ACTOR_KIND_LABELS[kind].one : kind;
}

function isKind(kind: string): kind is ActorKind {
  return Object.hasOwn(ACTOR_KIND_LABELS, kind);
}

function isRole(role: string): role is SourceRole {
  return Object.hasOwn(ROLE_LABELS, role);
}

/**
 * A stored source role as the sidebar says it: its chip beside a person ("official"), the plural in a chart's
 * legend ("officials"). A role this page does not know is shown as stored.
 */
export function roleLabel(role: string, form: 'chip' | 'many' = 'chip'): string {
  return isRole(role) ? ROLE_LABELS[role][form] : role;
}
