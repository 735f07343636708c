/**
 * A search in Latin letters finds the Cyrillic name, in the sidebar of a Russian page, in real Chromium and Firefox:
 * on our invented page (tests/fixtures/language/russian-names.html) "Belozersky", "Yuriy Belozerskiy", "Peskov"
 * and "zelentsov" each leave that speaker's claims alone in the list, whichever transliteration, and whatever case
 * the name is declined in ("Марины Песковой", "Пескова"); a Cyrillic query still finds by its own letters. The Latin key comes with
 * the Russian bundle (shared/latin-key.ts through scripts/bundles.mjs): skipped while no Russian bundle ships.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CHROME_BUILD, FIREFOX_TEST_BUILD, missingBuild, type BrowserName } from './browsers.js';
import { sidebarActors } from './page-probes.js';
import { focusInShadow, inShadow, waitInShadow } from './closed-shadow.js';
import { startFixtureSession, type FixtureSession } from './fixture-session.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

const shipsRussian = [CHROME_BUILD, FIREFOX_TEST_BUILD].every((build) => existsSync(join(build, 'lexicon-ru.js')));
if (!shipsRussian) console.warn('skipped: no lexicon-ru.js in the builds (src/engine/lexicon/ru/ not on this branch yet)');

/** Each query and the one speaker (as the sidebar names them, in part) whose claims it must leave. */
const QUERIES: Array<[string, string]> = [
  ['Belozersky', 'Белозерск'],
  ['Yuriy Belozerskiy', 'Белозерск'],
  ['Peskov', 'Песков'],
  ['zelentsov', 'Зеленцов'],
  ['Белозерский', 'Белозерск'],
];

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe.skipIf(!shipsRussian)(`a Latin search on a Russian page, in ${browserName}`, () => {
    let session: FixtureSession | undefined;
    let page: Page;

    beforeAll(async () => {
      session = await startFixtureSession(browserName, { width: 1280, height: 900 });
      page = session.page;
      expect((await session.openWithWhoSaid('language/russian-names.html')).state).toBe('ready');
    }, 60_000);

    afterAll(() => session?.close());

    /** Types a query into the sidebar's search box (its text selected and typed over) and waits for the list. */
    async function search(query: string): Promise<void> {
      await inShadow(page, (shadow) => shadow?.querySelector('input[type="search"]')?.scrollIntoView({ block: 'center' }));
      await focusInShadow(page, 'input[type="search"]');
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(query);
      await waitInShadow(page, (shadow, wanted) => shadow?.querySelector<HTMLInputElement>('input[type="search"]')?.value === wanted, { polling: 100, timeout: 5_000 }, query);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }

    it('lists the three speakers before any search', async () => {
      const actors = (await sidebarActors(page)).filter((actor) => actor.claims > 0).map((actor) => actor.name).join(' | ');
      for (const [, name] of QUERIES) expect(actors).toContain(name);
    });

    for (const [query, name] of QUERIES) {
      it(`"${query}" leaves ${name}'s claims alone`, async () => {
        await search(query);
        const shown = (await sidebarActors(page)).filter((actor) => actor.claims > 0);
        expect(shown.length, JSON.stringify(shown)).toBeGreaterThan(0);
        for (const actor of shown) expect(actor.name, query).toContain(name);
      });
    }

    it('"Petrov" finds nothing', async () => {
      await search('Petrov');
      expect((await sidebarActors(page)).filter((actor) => actor.claims > 0)).toEqual([]);
    });
  });
}
