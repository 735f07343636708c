/**
 * How much of the claim list is rendered at once. A page can hold thousands of claims, and a DOM row for each made
 * one main-thread task of most of a second (layout and style of every row). So the list renders windows: a window of
 * the sources (actors, and the claims with no source), and per source a window of its claims, all drawn from one
 * budget of claim rows. Pure: no DOM, no Preact; ActorList keeps the state and renders the plan.
 */

export const LIST_LIMITS = {
  /** Claims a source shows before its "Show more" button: more than almost any source has in a real article. */
  initialClaims: 20,
  /** Claims one "Show more" adds (or one "Show earlier" brings back). */
  claimPage: 50,
  /** A source's window never grows past this: showing more beyond it slides the window, "Show earlier" above. */
  maxClaimsPerList: 200,
  /**
   * Claim rows in the whole list at once. At least maxClaimsPerList, so the list the reader just expanded always
   * gets all its rows (it is served first); other lists then get what is left, in reading order.
   */
  maxClaimRows: 250,
  /** Sources shown at first, and added by one "Show more sources". */
  sourcePage: 100,
  /** Sources rendered at once; beyond, the window slides, with "Show earlier sources" above. */
  maxSources: 200,
} as const;

export type ListLimits = typeof LIST_LIMITS;

/** A half-open window [start, end) over a list. */
export interface Slice {
  start: number;
  end: number;
}

/** One source's claim list, in reading order: its id (an actor's item key, or the unattributed list's) and length. */
export interface ListEntry {
  id: string;
  total: number;
}

export interface WindowState {
  sources: Slice;
  /** Claim windows the reader asked for, by list id; lists not here show their first initialClaims. */
  claims: ReadonlyMap<string, Slice>;
  /** Lists the reader expanded, most recent first: they are served first from the row budget. */
  recent: readonly string[];
}

export interface ListPlan {
  sources: Slice;
  /** The claims rendered for each list whose source is in the sources window. */
  claims: Map<string, Slice>;
}

export function initialWindows(limits: ListLimits = LIST_LIMITS): WindowState {
  return { sources: { start: 0, end: limits.sourcePage }, claims: new Map(), recent: [] };
}

/** The slice within a list of `total`; a window starting past the end (the list shrank) starts over at 0. */
export function clampSlice(slice: Slice, total: number): Slice {
  if (slice.start >= total) return { start: 0, end: Math.min(Math.max(slice.end - slice.start, 0), total) };
  return { start: slice.start, end: Math.min(slice.end, total) };
}

/** The window after showing `page` more at its end, sliding its start so it never holds more than `max`. */
export function showMore(slice: Slice, total: number, page: number, max: number): Slice {
  const end = Math.min(total, slice.end + page);
  return { start: Math.max(slice.start, end - max), end };
}

/** The window after showing `page` more before its start, dropping rows at its end beyond `max`. */
export function showEarlier(slice: Slice, page: number, max: number): Slice {
  const start = Math.max(0, slice.start - page);
  return { start, end: Math.min(slice.end, start + max) };
}

/** What to render: the sources window, and each shown list's claim window cut to the row budget. */
export function planWindows(entries: readonly ListEntry[], state: WindowState, limits: ListLimits = LIST_LIMITS): ListPlan {
  const sources = clampSlice(state.sources, entries.length);
  const shown = entries.slice(sources.start, sources.end);
  const rank = (entry: ListEntry) => {
    const index = state.recent.indexOf(entry.id);
    return index < 0 ? state.recent.length : index;
  };
  // Recently expanded lists first, then the rest in reading order (a stable sort keeps that order among equals).
  const servingOrder = [...shown].sort((a, b) => rank(a) - rank(b));
  let budget = limits.maxClaimRows;
  const claims = new Map<string, Slice>();
  for (const entry of servingOrder) {
    const wanted = clampSlice(state.claims.get(entry.id) ?? { start: 0, end: limits.initialClaims }, entry.total);
    const end = Math.min(wanted.end, wanted.start + limits.maxClaimsPerList, wanted.start + budget);
    claims.set(entry.id, { start: wanted.start, end });
    budget -= end - wanted.start;
  }
  return { sources, claims };
}

/** The state after "Show more" (direction 'more') or "Show earlier" on one list, from what the plan rendered. */
export function moveClaims(
  state: WindowState,
  plan: ListPlan,
  entry: ListEntry,
  direction: 'more' | 'earlier',
  limits: ListLimits = LIST_LIMITS,
): WindowState {
  const current = plan.claims.get(entry.id) ?? { start: 0, end: 0 };
  const next =
    direction === 'more'
      ? showMore(current, entry.total, limits.claimPage, limits.maxClaimsPerList)
      : showEarlier(current, limits.claimPage, limits.maxClaimsPerList);
  const claims = new Map(state.claims);
  claims.set(entry.id, next);
  return { ...state, claims, recent: [entry.id, ...state.recent.filter((id) => id !== entry.id)] };
}

/** The state after "Show more sources" or "Show earlier sources". */
export function moveSources(
  state: WindowState,
  plan: ListPlan,
  total: number,
  direction: 'more' | 'earlier',
  limits: ListLimits = LIST_LIMITS,
): WindowState {
  const sources =
    direction === 'more'
      ? showMore(plan.sources, total, limits.sourcePage, limits.maxSources)
      : showEarlier(plan.sources, limits.sourcePage, limits.maxSources);
  return { ...state, sources };
}
