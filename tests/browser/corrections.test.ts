/**
 * The reader's corrections in real Chromium and Firefox, on our own article: give a claim to a speaker the reader
 * names, mark another "not a claim" and set a source's role, from the keyboard; each shows at once in the
 * highlights and the sidebar (marked as corrected), axe finds nothing wrong with the forms and the list (light and
 * dark, in both browsers); the page opened again (tracking parameters, a fragment, other ads and comments around
 * the article) and WhoSaid clicked again, all still apply; Undo takes them back, and
 * after another reload nothing is left.
 * Screenshots go to $WHOSAID_SHOTS (default: the system's temporary folder) for a look.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import type { StaticServer } from './static-server.js';
import { openUrlWithWhoSaid, openWithWhoSaid, startUiServer, switchOffWhoSaid, UI_ARTICLE } from './ui-article.js';
import { renderedContrast, runAxe } from './accessibility-probes.js';
import { sidebarActors } from './page-probes.js';
import { chooseInShadow, focusInShadow, inShadow, waitInShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const SHOTS = process.env['WHOSAID_SHOTS'] ?? tmpdir();
/** Lindqvist's claim, given to someone the reader names; the mayor's office's, not a claim. */
const REASSIGNED = 'the last working harbour';
const DISMISSED = 'welcomed scrutiny';
const NEW_SPEAKER = 'Harbour Master Ines Kahl';
/** A source whose role the reader sets. */
const ROLE_SET = { actor: 'Port Authority', role: 'business' } as const;

/** The id of the listed claim whose text holds `text`, or null. */
function claimIdOf(page: Page, text: string): Promise<string | null> {
  return inShadow(page, (shadow, needle) => {
    const item = [...(shadow?.querySelectorAll<HTMLElement>('[data-claim-id]') ?? [])].find((el) =>
      (el.querySelector('.ws-content')?.textContent ?? '').includes(needle),
    );
    return item?.dataset['claimId'] ?? null;
  }, text);
}

/** The name of the content highlight holding `text` (its colour), or null when no highlight does. */
function contentHighlightOf(page: Page, text: string): Promise<string | null> {
  return page.evaluate((needle) => {
    let found: string | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.endsWith('-content') || name === 'whosaid-dimmed') return;
      highlight.forEach((range) => {
        if (range instanceof Range && range.toString().includes(needle)) found = name;
      });
    });
    return found;
  }, text);
}

/**
 * The content highlight holding `text` once it satisfies `settled`, or what it is after 5 s: the sidebar shows a
 * correction first and the highlights follow in a task of their own.
 */
async function settledHighlightOf(page: Page, text: string, settled: (name: string | null) => boolean): Promise<string | null> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const name = await contentHighlightOf(page, text);
    if (settled(name) || Date.now() > deadline) return name;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The focused element in the sidebar, as its text. */
function focusedText(page: Page): Promise<string> {
  return inShadow(page, (shadow) => shadow?.activeElement?.textContent?.trim() ?? '');
}

function correctionLines(page: Page): Promise<string[]> {
  return inShadow(page, (shadow) =>
    [...(shadow?.querySelectorAll('.ws-fix-line > span') ?? [])].map((el) => el.textContent ?? ''),
  );
}

/** Reloads the page and clicks WhoSaid again. */
async function reopen(launched: LaunchedBrowser, page: Page, origin: string): Promise<void> {
  await switchOffWhoSaid(launched, page);
  await openWithWhoSaid(launched, page, origin);
}

/**
 * Comes back the way a reader does a day later: from a newsletter link (tracking parameters, a fragment) to the
 * same article with other ads and new comments around it; then clicks WhoSaid.
 */
async function comeBackLater(launched: LaunchedBrowser, page: Page, origin: string): Promise<void> {
  await switchOffWhoSaid(launched, page);
  await openUrlWithWhoSaid(launched, page, `${origin}${UI_ARTICLE}?utm_source=newsletter&utm_medium=email&fbclid=x1#comments`, () => page.evaluate(() => {
    const ad = document.createElement('aside');
    ad.className = 'advert';
    ad.textContent = 'Sponsored: the harbour hotel says its rooms are “the best on the coast”, a spokesman said.';
    document.body.prepend(ad);
    const comments = document.createElement('section');
    comments.id = 'comments';
    const heading = document.createElement('h2');
    heading.textContent = 'Comments';
    const comment = document.createElement('p');
    comment.textContent = 'A reader said the mayor “never listens”, and her neighbour insisted the quay was fine.';
    comments.append(heading, comment);
    document.body.append(comments);
  }));
}

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`corrections in ${browserName}`, () => {
    let server: StaticServer;
    let launched: LaunchedBrowser;
    let page: Page;
    let actorsBefore: Awaited<ReturnType<typeof sidebarActors>>;
    let colourBefore: string | null;

    beforeAll(async () => {
      server = await startUiServer();
      launched = await launch(browserName);
      page = await launched.browser.newPage();
      await openWithWhoSaid(launched, page, server.origin);
      actorsBefore = await sidebarActors(page);
      colourBefore = await contentHighlightOf(page, REASSIGNED);
    }, 90_000);

    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });

    it('gives a claim to a speaker the reader names, from the keyboard: sidebar and highlight change at once', async () => {
      const claimId = await claimIdOf(page, REASSIGNED);
      expect(claimId).not.toBeNull();
      expect(colourBefore).not.toBeNull();
      await focusInShadow(page, `[data-claim-id="${claimId}"] .ws-fix-open`);
      await page.keyboard.press('Enter');
      // the form takes focus on its first control
      expect(await focusedText(page)).toBe('Not a claim');
      // a <select>'s own popup is not for automation: pick "Someone else…" with the arrow keys
      await chooseInShadow(page, '.ws-fix select', '');
      await focusInShadow(page, '.ws-fix input[type="text"]');
      await page.keyboard.type(NEW_SPEAKER);
      await page.keyboard.press('Enter');
      await waitInShadow(page, (shadow, name) =>
        [...(shadow?.querySelectorAll('.ws-actor-name') ?? [])].some((el) => (el.textContent ?? '').includes(name)),
      { polling: 100, timeout: 5_000 }, NEW_SPEAKER);
      const actor = (await sidebarActors(page)).find((candidate) => candidate.name.includes(NEW_SPEAKER));
      expect(actor?.claims).toBe(1);
      // marked as corrected: the actor the reader named, and the claim given to it
      expect(await inShadow(page, (shadow, id) => {
        const item = shadow?.querySelector(`[data-claim-id="${id}"]`);
        return [item?.closest('.ws-actor')?.querySelector('.ws-actor-btn .ws-badge-corrected') !== null, item?.querySelector('.ws-badge-corrected')?.textContent ?? ''];
      }, claimId)).toEqual([true, 'corrected: speaker changed from “Greta Lindqvist”']);
      const colourAfter = await settledHighlightOf(page, REASSIGNED, (name) => name !== colourBefore);
      expect(colourAfter).not.toBeNull();
      expect(colourAfter).not.toBe(colourBefore);
      // focus went to the new correction's Undo
      expect(await focusedText(page)).toBe('Undo');
    });

    it('marks a claim "not a claim" from the keyboard: its highlight and its entry go', async () => {
      const claimId = await claimIdOf(page, DISMISSED);
      expect(await contentHighlightOf(page, DISMISSED)).not.toBeNull();
      await focusInShadow(page, `[data-claim-id="${claimId}"] .ws-fix-open`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await waitInShadow(page, (shadow, id) => shadow?.querySelector(`[data-claim-id="${id}"]`) === null, { polling: 100, timeout: 5_000 }, claimId ?? '');
      expect(await settledHighlightOf(page, DISMISSED, (name) => name === null)).toBeNull();
      expect(await correctionLines(page)).toEqual([
        expect.stringContaining(`is said by ${NEW_SPEAKER}`),
        expect.stringContaining('is not a claim'),
      ]);
      expect(await focusedText(page)).toBe('Undo');
    });

    it('sets a source\'s role from its form: its chip changes at once, marked as corrected', async () => {
      const actorId = await inShadow(page, (shadow, name) => {
        const actor = [...(shadow?.querySelectorAll<HTMLElement>('[data-actor-id]') ?? [])].find((el) =>
          (el.querySelector('.ws-actor-name')?.textContent ?? '').startsWith(name),
        );
        return actor?.dataset['actorId'] ?? '';
      }, ROLE_SET.actor);
      expect(actorId).not.toBe('');
      expect(await inShadow(page, (shadow, id) => shadow?.querySelector(`[data-actor-id="${id}"] [data-role]`)?.getAttribute('data-role'), actorId)).not.toBe(ROLE_SET.role);
      await focusInShadow(page, `[data-actor-id="${actorId}"] .ws-actor-row .ws-fix-open`);
      await page.keyboard.press('Enter');
      await chooseInShadow(page, `#ws-fix-${actorId}-role`, ROLE_SET.role);
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Set role');
      await page.keyboard.press('Enter');
      await waitInShadow(page, (shadow, id, role) => shadow?.querySelector(`[data-actor-id="${id}"] [data-role]`)?.getAttribute('data-role') === role,
        { polling: 100, timeout: 5_000 },
        actorId,
        ROLE_SET.role,
      );
      expect(await inShadow(page, (shadow, id) => shadow?.querySelector(`[data-actor-id="${id}"] .ws-actor-btn .ws-badge-corrected`) !== null, actorId)).toBe(true);
      expect((await correctionLines(page)).at(-1)).toBe(`${ROLE_SET.actor}’s role set to “${ROLE_SET.role}”`);
    });

    it('has no axe violations with a form open and the corrections listed, light and dark', async () => {
      const claimId = await claimIdOf(page, 'underestimated');
      await focusInShadow(page, `[data-claim-id="${claimId}"] .ws-fix-open`);
      await page.keyboard.press('Enter');
      await inShadow(page, (shadow) => shadow?.querySelector('.ws-fix')?.scrollIntoView());
      await page.screenshot({ path: join(SHOTS, `corrections-form-${browserName}.png`) });
      expect((await runAxe(page)).violations).toEqual([]);
      expect((await renderedContrast(page)).failures).toEqual([]);
      if (browserName === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        try {
          expect((await runAxe(page)).violations).toEqual([]);
          expect((await renderedContrast(page)).failures).toEqual([]);
          await page.screenshot({ path: join(SHOTS, `corrections-form-${browserName}-dark.png`) });
        } finally {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        }
      }
      // Escape closes the form, not the sidebar, and focus is back on the claim
      await page.keyboard.press('Escape');
      expect(await inShadow(page, (shadow) => shadow?.querySelector('.ws-fix') === null)).toBe(true);
      expect(await inShadow(page, (shadow) => shadow?.querySelector('.ws-panel') !== null)).toBe(true);
      // a source's form: rename, merge, role
      await focusInShadow(page, '.ws-actor-row .ws-fix-open');
      await page.keyboard.press('Enter');
      expect(await inShadow(page, (shadow) => shadow?.activeElement?.tagName)).toBe('INPUT');
      expect((await runAxe(page)).violations).toEqual([]);
      expect((await renderedContrast(page)).failures).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `corrections-actor-form-${browserName}.png`) });
      await page.keyboard.press('Escape');
    });

    it('still applies all three when the reader comes back (other address extras, ads and comments) and clicks again', async () => {
      await comeBackLater(launched, page, server.origin);
      expect((await sidebarActors(page)).find((candidate) => candidate.name.includes(NEW_SPEAKER))?.claims).toBe(1);
      expect(await claimIdOf(page, DISMISSED)).toBeNull();
      expect(await contentHighlightOf(page, DISMISSED)).toBeNull();
      expect(await contentHighlightOf(page, REASSIGNED)).not.toBe(colourBefore);
      expect(await correctionLines(page)).toHaveLength(3);
      expect(await inShadow(page, (shadow, name) => {
        const actor = [...(shadow?.querySelectorAll<HTMLElement>('[data-actor-id]') ?? [])].find((el) =>
          (el.querySelector('.ws-actor-name')?.textContent ?? '').startsWith(name),
        );
        return actor?.querySelector('[data-role]')?.getAttribute('data-role');
      }, ROLE_SET.actor)).toBe(ROLE_SET.role);
      await inShadow(page, (shadow) => shadow?.querySelector('.ws-corrections')?.scrollIntoView());
      // sources scrolled into view paint a frame later (content-visibility: auto)
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.screenshot({ path: join(SHOTS, `corrections-reloaded-${browserName}.png`) });
    });

    it('undoes each, from the keyboard, back to what the engine read; and nothing is left on the next visit', async () => {
      const linesLeft = (count: number) =>
        waitInShadow(page, (shadow, n) => (shadow?.querySelectorAll('.ws-fix-line').length ?? 0) === n,
          { polling: 100, timeout: 5_000 },
          count,
        );
      await focusInShadow(page, '.ws-fix-line button');
      await page.keyboard.press('Enter');
      await linesLeft(2);
      // focus stayed in the list, on the Undo that took the undone one's place
      expect(await focusedText(page)).toBe('Undo');
      expect(await settledHighlightOf(page, REASSIGNED, (name) => name === colourBefore)).toBe(colourBefore);
      await page.keyboard.press('Enter');
      await linesLeft(1);
      expect(await focusedText(page)).toBe('Undo');
      await page.keyboard.press('Enter');
      await linesLeft(0);
      expect(await sidebarActors(page)).toEqual(actorsBefore);
      expect(await settledHighlightOf(page, DISMISSED, (name) => name !== null)).not.toBeNull();
      await reopen(launched, page, server.origin);
      expect(await sidebarActors(page)).toEqual(actorsBefore);
      expect(await correctionLines(page)).toEqual([]);
    });
  });
}

/**
 * Dark in Firefox too: automation cannot emulate the colour scheme there, so a Firefox that prefers dark content is
 * launched for it, and axe and the rendered contrast run over a claim's form, a source's form and the list.
 */
describe('corrections in a dark Firefox', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startUiServer();
    // 0: content prefers dark, whatever the system says
    launched = await launch('firefox', { firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 } });
    page = await launched.browser.newPage();
    await openWithWhoSaid(launched, page, server.origin);
  }, 90_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('has no axe violations and every text readable in the forms and the list', async () => {
    const background = await inShadow(page, (shadow) => {
      const panel = shadow?.querySelector('.ws-panel');
      return panel ? getComputedStyle(panel).backgroundColor : '';
    });
    expect(background).toBe('rgb(29, 31, 35)');
    const claimId = await claimIdOf(page, DISMISSED);
    await focusInShadow(page, `[data-claim-id="${claimId}"] .ws-fix-open`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitInShadow(page, (shadow, id) => shadow?.querySelector(`[data-claim-id="${id}"]`) === null, { polling: 100, timeout: 5_000 }, claimId ?? '');
    const other = await claimIdOf(page, 'underestimated');
    await focusInShadow(page, `[data-claim-id="${other}"] .ws-fix-open`);
    await page.keyboard.press('Enter');
    expect((await runAxe(page)).violations).toEqual([]);
    expect((await renderedContrast(page)).failures).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'corrections-form-firefox-dark.png') });
    await page.keyboard.press('Escape');
    await focusInShadow(page, '.ws-actor-row .ws-fix-open');
    await page.keyboard.press('Enter');
    expect((await runAxe(page)).violations).toEqual([]);
    expect((await renderedContrast(page)).failures).toEqual([]);
    await page.keyboard.press('Escape');
    // leave nothing kept behind: undo the one correction made
    await focusInShadow(page, '.ws-fix-line button');
    await page.keyboard.press('Enter');
    await waitInShadow(page, (shadow) => shadow?.querySelector('.ws-fix-line') === null, { polling: 100, timeout: 5_000 });
  });
});
