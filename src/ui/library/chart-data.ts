/**
 * What the library's charts show, added up from the articles' stored voice counts: the voice mix (named, unnamed,
 * no speaker given) and the source roles, per site and per week. Pure, so the sums are tested apart from the SVG.
 */
import type { SourceRole } from '../../engine/index.js';
import { roleCounts, type StoredArticle } from '../../shared/library/store.js';
import { isShowableDate } from './format.js';

export interface MixRow {
  label: string;
  articles: number;
  named: number;
  unnamed: number;
  unattributed: number;
  /** Voices per source role: a Map, so no stored name can reach Object.prototype (`constructor` drew NaN). */
  roles: Map<SourceRole, number>;
}

const WEEK_MS = 7 * 86_400_000;

function emptyRow(label: string): MixRow {
  return { label, articles: 0, named: 0, unnamed: 0, unattributed: 0, roles: new Map() };
}

function add(row: MixRow, article: StoredArticle): void {
  const counts = article.counts;
  row.articles += 1;
  row.named += counts.named;
  row.unnamed += counts.unnamed;
  row.unattributed += counts.unattributed;
  for (const [role, count] of roleCounts(counts)) row.roles.set(role, (row.roles.get(role) ?? 0) + count);
}

/** The sites with most articles (at most `limit`), most first. */
export function mixBySite(articles: readonly StoredArticle[], limit: number): MixRow[] {
  const rows = new Map<string, MixRow>();
  for (const article of articles) {
    const row = rows.get(article.site) ?? emptyRow(article.site);
    add(row, article);
    rows.set(article.site, row);
  }
  return [...rows.values()].sort((a, b) => b.articles - a.articles || a.label.localeCompare(b.label)).slice(0, limit);
}

/** Monday 00:00 UTC of the week holding `time`. */
export function weekStart(time: number): number {
  const day = new Date(time);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const weekday = (day.getUTCDay() + 6) % 7;
  return midnight - weekday * 86_400_000;
}

/**
 * Up to `weeks` weeks ending with the newest article's (starting with the oldest article's when that is later),
 * oldest first, empty weeks included.
 */
export function mixByWeek(all: readonly StoredArticle[], weeks: number): MixRow[] {
  // a record whose date no Date can hold (damaged, or imported before dates were bounded) has no week
  const articles = all.filter((article) => isShowableDate(article.when));
  if (articles.length === 0) return [];
  const newest = weekStart(articles.reduce((latest, article) => Math.max(latest, article.when), 0));
  const oldest = weekStart(articles.reduce((earliest, article) => Math.min(earliest, article.when), Infinity));
  const first = Math.max(oldest, newest - (weeks - 1) * WEEK_MS);
  const count = Math.round((newest - first) / WEEK_MS) + 1;
  const rows = Array.from({ length: count }, (_, index) => emptyRow(new Date(first + index * WEEK_MS).toISOString().slice(0, 10)));
  for (const article of articles) {
    const index = Math.round((weekStart(article.when) - first) / WEEK_MS);
    const row = rows[index];
    if (row !== undefined) add(row, article);
  }
  return rows;
}

/** Every role present, most voices first. */
export function rolesIn(rows: readonly MixRow[]): SourceRole[] {
  const totals = new Map<SourceRole, number>();
  for (const row of rows) for (const [role, count] of row.roles) totals.set(role, (totals.get(role) ?? 0) + count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([role]) => role);
}
