/**
 * What browser tests read from a page with WhoSaid on it, evaluated in the page's main world: CSS.highlights is one
 * registry per document, so the highlights the content script registers in its isolated world are visible here. The
 * sidebar and the session's state are in <whosaid-root>'s closed shadow root, read through the automation protocol
 * (closed-shadow.ts).
 */
import type { Page } from 'puppeteer-core';
import { inShadow, waitInShadow, whoSaidState } from './closed-shadow.js';

export interface SettledState {
  state: string;
  claims: number;
}

/** Waits until <whosaid-root> reports a final state (ready, empty or error) and returns it. */
export async function waitForSettled(page: Page, timeoutMs = 20_000): Promise<SettledState> {
  await waitInShadow(page, (shadow) => {
      const state = shadow?.querySelector('.ws-state')?.getAttribute('data-state');
      return state === 'ready' || state === 'empty' || state === 'error';
    },
    // Polling by interval: a headless page's animation frames may not run while it is not being painted.
    { timeout: timeoutMs, polling: 100 },
  );
  const { state, claims } = await whoSaidState(page);
  return { state, claims };
}

export async function waitForRemoved(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('whosaid-root') === null && CSS.highlights.size === 0, {
    timeout: timeoutMs,
    polling: 100,
  });
}

export interface HighlightedText {
  name: string;
  text: string;
}

/** Every range of every WhoSaid highlight, with its text. */
export function highlightedTexts(page: Page): Promise<HighlightedText[]> {
  return page.evaluate(() => {
    const found: Array<{ name: string; text: string }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-')) return;
      highlight.forEach((range) => found.push({ name, text: range.toString() }));
    });
    return found;
  });
}

/** CSS selectors of the elements (of `selectors`) that some WhoSaid highlight range touches. */
export function highlightedElements(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const touched = new Set<string>();
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-')) return;
      highlight.forEach((range) => {
        if (!(range instanceof Range)) return;
        for (const selector of list) {
          for (const element of document.querySelectorAll(selector)) {
            if (range.intersectsNode(element)) touched.add(selector);
          }
        }
      });
    });
    return [...touched];
  }, selectors);
}

export interface SidebarActor {
  /** The actor's name as the sidebar shows it (with its kind after it). */
  name: string;
  claims: number;
}

/** The sidebar's actors and how many claims each lists. */
export function sidebarActors(page: Page): Promise<SidebarActor[]> {
  return inShadow(page, (shadow) => {
    if (!shadow) return [];
    return [...shadow.querySelectorAll('[data-actor-id]')].map((actor) => ({
      name: actor.querySelector('.ws-actor-name')?.textContent?.trim() ?? '',
      claims: actor.querySelectorAll('[data-claim-id]').length,
    }));
  });
}

export function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

export interface SpaceRow {
  actorId: string;
  /** The group (kind) the source is listed in, by its heading's id. */
  group: string;
  words: number;
  claims: number;
  /** The id number of the source's first claim shown ("c12" → 12): claims are numbered in text order. */
  firstClaim: number;
  /** The text a screen reader reads beside the bar, and that the source's button names as its description. */
  text: string;
  description: string;
  /** The drawn bar's filled width in CSS pixels. */
  barWidth: number;
}

/** Every source's space bar in list order, with what is needed to check each sort. */
export function spaceRows(page: Page): Promise<SpaceRow[]> {
  return inShadow(page, (shadow) => {
    if (!shadow) return [];
    return [...shadow.querySelectorAll<HTMLElement>('[data-actor-id]')]
      .filter((actor) => actor.dataset['actorId'] !== '')
      .map((actor) => {
        const space = actor.querySelector<HTMLElement>('.ws-space');
        const describedBy = actor.querySelector('.ws-actor-btn')?.getAttribute('aria-describedby') ?? '';
        const parts = [...actor.querySelectorAll<HTMLElement>('.ws-space-quoted, .ws-space-paraphrased')];
        return {
          actorId: actor.dataset['actorId'] ?? '',
          group: actor.closest('section')?.getAttribute('aria-labelledby') ?? '',
          words: Number(space?.dataset['words'] ?? -1),
          claims: actor.querySelectorAll('[data-claim-id]').length,
          firstClaim: Number((actor.querySelector<HTMLElement>('[data-claim-id]')?.dataset['claimId'] ?? 'c0').slice(1)),
          text: space?.querySelector('.ws-visually-hidden')?.textContent ?? '',
          description: shadow.getElementById(describedBy)?.textContent ?? '',
          barWidth: parts.reduce((sum, part) => sum + part.getBoundingClientRect().width, 0),
        };
      });
  });
}

/** Sorts the sources from the keyboard: focus the sort's button, press Enter; resolves once it is pressed. */
export async function sortSourcesBy(page: Page, sort: 'order' | 'claims' | 'space'): Promise<void> {
  const found = await inShadow(page, (shadow, key) => {
    const button = shadow?.querySelector<HTMLElement>(`.ws-sort [data-sort="${key}"]`);
    button?.focus();
    return button !== null && button !== undefined;
  }, sort);
  if (!found) throw new Error(`no sort button "${sort}" in the sidebar`);
  await page.keyboard.press('Enter');
  await waitInShadow(page, (shadow, key) => shadow?.querySelector(`.ws-sort [data-sort="${key}"]`)?.getAttribute('aria-pressed') === 'true',
    { timeout: 5_000 },
    sort,
  );
}

/** Whether each group's rows are in the order `key` gives (ascending or descending). */
export function sortedWithinGroups(rows: SpaceRow[], key: (row: SpaceRow) => number, direction: 'up' | 'down'): boolean {
  return rows.every((row, index) => {
    const before = rows[index - 1];
    if (!before || before.group !== row.group) return true;
    return direction === 'up' ? key(before) <= key(row) : key(before) >= key(row);
  });
}

/**
 * What every page's sidebar must show of space given: a bar and its text for each source, the article's share,
 * and the three sorts, driven from the keyboard. Returns the rows sorted by space, for the caller's own checks.
 */
export async function checkSpaceGiven(page: Page): Promise<SpaceRow[]> {
  const rows = await spaceRows(page);
  const problems: string[] = [];
  if (rows.length === 0) problems.push('no sources listed');
  for (const row of rows) {
    if (!/^[\d,]+ words?, (?:<1|\d+)% of reported speech/.test(row.text)) problems.push(`${row.actorId}: text "${row.text}"`);
    if (!row.description.includes(row.text)) problems.push(`${row.actorId}: button not described by its space text`);
    if (row.words > 0 && row.barWidth < 1) problems.push(`${row.actorId}: ${row.words} words but no bar drawn`);
  }
  const article = await inShadow(page, (shadow) => shadow?.querySelector('.ws-article-space')?.textContent ?? '');
  if (!/\d+% reported speech \([\d,]+ of [\d,]+ words\)/.test(article)) problems.push(`article share: "${article}"`);

  await sortSourcesBy(page, 'space');
  const bySpace = await spaceRows(page);
  if (!sortedWithinGroups(bySpace, (row) => row.words, 'down')) problems.push('not sorted by space');
  // the chart above the list: one list of every source (the first few), biggest first, each bar drawn
  const chart = await inShadow(page, (shadow) =>
    [...(shadow?.querySelectorAll<HTMLElement>('[data-chart-actor]') ?? [])].map((row) => ({
      words: Number(row.dataset['words']),
      bar: [...row.querySelectorAll('.ws-space-quoted, .ws-space-paraphrased')].reduce((sum, part) => sum + part.getBoundingClientRect().width, 0),
    })),
  );
  if (chart.length !== Math.min(rows.length, 6)) problems.push(`${chart.length} chart rows for ${rows.length} sources`);
  if (chart.some((row, index) => index > 0 && row.words > (chart[index - 1]?.words ?? 0))) problems.push('chart not sorted by space');
  if (chart.some((row) => row.words > 0 && row.bar < 1)) problems.push('a chart row without its bar');
  await sortSourcesBy(page, 'order');
  if (!sortedWithinGroups(await spaceRows(page), (row) => row.firstClaim, 'up')) problems.push('not sorted by order of appearance');
  await sortSourcesBy(page, 'claims');
  if (!sortedWithinGroups(await spaceRows(page), (row) => row.claims, 'down')) problems.push('not sorted by claims');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return bySpace;
}

export interface RoleView {
  /** Each source's role chip, by the actor's name as the sidebar shows it (kind and role after it). */
  chips: { name: string; role: string }[];
  /** The voices summary's role figures as a reader reads them ("2 officials"), and the "0 affected people" note. */
  figures: string[];
  none: string;
}

/** The roles the sidebar shows: a chip per source, the figures of the voices summary. */
export function sidebarRoles(page: Page): Promise<RoleView> {
  return inShadow(page, (shadow) => {
    if (!shadow) return { chips: [], figures: [], none: '' };
    return {
      chips: [...shadow.querySelectorAll<HTMLElement>('[data-actor-id]')]
        .filter((actor) => actor.querySelector('.ws-role') !== null)
        .map((actor) => ({
          name: actor.querySelector('.ws-actor-name')?.textContent?.trim() ?? '',
          role: actor.querySelector<HTMLElement>('.ws-role')?.dataset['role'] ?? '',
        })),
      figures: [...shadow.querySelectorAll('.ws-role-figure')].map((figure) => figure.textContent?.trim() ?? ''),
      none: shadow.querySelector('.ws-role-none')?.textContent?.trim() ?? '',
    };
  });
}

/**
 * Presses a role's figure from the keyboard and returns the roles of the sources whose claims the list then shows
 * (each must be that role), then presses it again to show everything.
 */
export async function filterByRole(page: Page, role: string): Promise<string[]> {
  const press = async (): Promise<void> => {
    await inShadow(page, (shadow, key) => {
      const figure = shadow?.querySelector<HTMLElement>(`[data-filter="role:${key}"]`);
      figure?.focus();
    }, role);
    await page.keyboard.press('Enter');
  };
  await press();
  await waitInShadow(page, (shadow, key) => shadow?.querySelector(`[data-filter="role:${key}"]`)?.getAttribute('aria-pressed') === 'true',
    { timeout: 5_000, polling: 50 },
    role,
  );
  const shown = await inShadow(page, (shadow) => {
    if (!shadow) return [];
    return [...shadow.querySelectorAll<HTMLElement>('[data-actor-id]')]
      .filter((actor) => actor.querySelector('[data-claim-id]') !== null)
      .map((actor) => actor.querySelector<HTMLElement>('.ws-role')?.dataset['role'] ?? 'none');
  });
  await press();
  return shown;
}
