/**
 * WhoSaid in real Chromium and Firefox on invented German, French, Spanish, Portuguese, Italian and Russian news
 * pages (tests/fixtures/language/), served from 127.0.0.1: the click injects that language's bundle once (not again when WhoSaid is switched off and on),
 * the claims are highlighted, the sidebar lists the speakers with their roles. An English click injects no bundle;
 * a Dutch page (a language WhoSaid does not read) gets the empty state naming Dutch; on the Russian page a name
 * in three cases is one actor. Where this build ships no bundle for German or French (their
 * lexicons not yet in src/engine/lexicon/), the page gets the clear empty state instead, and the tests that need
 * the words are skipped, each marked NEEDS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CHROME_BUILD, FIREFOX_TEST_BUILD, missingBuild, type BrowserName, type LaunchedBrowser } from './browsers.js';
import { highlightedTexts, sidebarActors, sidebarRoles, waitForRemoved, waitForSettled } from './page-probes.js';
import { lexiconDeliveries, sidebarMessage } from './language-probes.js';
import { startFixtureSession, type FixtureSession } from './fixture-session.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

/** Whether both builds under test ship the language's bundle (build.mjs makes one per lexicon folder). */
const ships = (language: string): boolean =>
  [CHROME_BUILD, FIREFOX_TEST_BUILD].every((build) => existsSync(join(build, `lexicon-${language}.js`)));

interface LanguagePage {
  language: 'de' | 'fr' | 'es' | 'pt' | 'it' | 'ru';
  name: string;
  file: string;
  /** A few words from inside claims' contents. */
  contents: string[];
  /** Speakers the sidebar must list with claims, and the roles one of which each must have (null: any, unknown too). */
  speakers: Array<{ name: string; roles: string[] | null }>;
  /** A speaker named in several cases ("Сомов", "Сомова", "Сомову") whom the sidebar must list as one actor. */
  oneActor?: { name: string; claims: number };
  /**
   * Speakers the engine does not name yet on this page (reported to the language's helper): each test of them is
   * expected to fail, and fails the suite the day the engine names them, so the list is kept true.
   */
  misses: Array<{ name: string; why: string }>;
}

const PAGES: LanguagePage[] = [
  {
    language: 'de',
    name: 'German',
    file: 'german-news.html',
    contents: ['Schäden am Fundament unterschätzt', 'Brücke ist sicher', 'viel früher erfahren müssen', 'drei Betriebe zu'],
    speakers: [
      { name: 'Katrin Wolters', roles: ['official', 'politician'] },
      { name: 'Heike Lorenz', roles: null },
      { name: 'Martin Seidel', roles: ['politician'] },
      { name: 'Jonas Brandt', roles: null },
    ],
    misses: [],
  },
  {
    language: 'fr',
    name: 'French',
    file: 'french-news.html',
    contents: ['sous-estimé l’usure des blocs', 'travaux ne peuvent plus attendre', 'Les jeunes ne veulent plus', 'digue souffrait'],
    speakers: [
      { name: 'Hélène Marchand', roles: ['official', 'politician'] },
      { name: 'Yann Le Goff', roles: null },
      { name: 'Paul Kerhervé', roles: ['politician', 'official'] },
    ],
    misses: [],
  },
  {
    language: 'es',
    name: 'Spanish',
    file: 'spanish-news.html',
    contents: ['Subestimamos el desgaste', 'varios barcos ya han dejado el puerto', 'Nadie nos avisó de nada', 'el muelle sufría'],
    speakers: [
      { name: 'Marta Ruiz Olmedo', roles: ['politician', 'official'] },
      { name: 'Andrés Lucena', roles: null },
      { name: 'Carmen Vidal', roles: null },
      { name: 'Pablo Serrano', roles: ['politician'] },
    ],
    misses: [],
  },
  {
    language: 'pt',
    name: 'Portuguese',
    file: 'portuguese-news.html',
    contents: ['desgaste dos pilares', 'várias lojas já fecharam', 'cheias dos últimos anos', 'estado pode pagar metade', 'ponte estava em risco'],
    speakers: [
      { name: 'Sandra Moreira', roles: ['politician', 'official'] },
      { name: 'Otávio Pires', roles: null },
      { name: 'Márcia Dantas', roles: ['expert'] },
      { name: 'Roberto Falcão', roles: ['official', 'politician'] },
      { name: 'Caio Brandão', roles: ['politician'] },
    ],
    misses: [],
  },
  {
    language: 'it',
    name: 'Italian',
    file: 'italian-news.html',
    contents: ["sottovalutato l'usura dei piloni", 'lavori non possono più aspettare', 'I turisti non arrivano più', 'il ponte soffriva'],
    speakers: [
      { name: 'Chiara Fontana', roles: ['politician', 'official'] },
      { name: 'Roberto Gallo', roles: ['business', 'advocacy'] },
      { name: 'Laura Ferri', roles: ['expert'] },
      { name: 'Matteo Sala', roles: ['politician', 'official'] },
    ],
    misses: [],
  },
  {
    language: 'ru',
    name: 'Russian',
    file: 'russian-news.html',
    contents: ['недооценили износ опор', 'объезд откроется', 'регион оплатит половину', 'магазины потеряют покупателей'],
    speakers: [
      { name: 'Игорь Сомов', roles: ['politician', 'official'] },
      { name: 'Анна Белова', roles: ['expert'] },
      { name: 'Павел Гущин', roles: ['politician'] },
      { name: 'Марина Котова', roles: null },
    ],
    oneActor: { name: 'Сомов', claims: 5 },
    misses: [],
  },
];

for (const browserName of ['chromium', 'firefox'] satisfies BrowserName[]) {
  describe(`WhoSaid in ${browserName} on pages in other languages`, () => {
    let session: FixtureSession | undefined;
    let launched: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      session = await startFixtureSession(browserName, { width: 1280, height: 800 });
      ({ launched, page } = session);
    }, 60_000);

    afterAll(() => session?.close());

    async function open(file: string): Promise<void> {
      await session?.open(`language/${file}`);
    }

    async function switchOff(): Promise<void> {
      await launched.toggle(page);
      await waitForRemoved(page);
    }

    it('injects no language bundle on an English page (one quoting a paragraph of French)', async () => {
      await open('english-quoting-french.html');
      await launched.toggle(page);
      const settled = await waitForSettled(page);
      expect(settled.state).toBe('ready');
      expect(settled.claims).toBeGreaterThan(0);
      expect(await lexiconDeliveries(page, browserName)).toEqual({});
      await switchOff();
    });

    it('says it does not read Dutch, naming it, and injects nothing', async () => {
      await open('dutch-news.html');
      await launched.toggle(page);
      expect((await waitForSettled(page)).state).toBe('empty');
      expect(await sidebarMessage(page)).toMatch(/Dutch/);
      expect(await lexiconDeliveries(page, browserName)).toEqual({});
      await switchOff();
    });

    for (const fixture of PAGES) {
      describe(`the ${fixture.name} page`, () => {
        it.skipIf(ships(fixture.language))(`says clearly that it does not read ${fixture.name} while no ${fixture.name} bundle ships`, async () => {
          await open(fixture.file);
          await launched.toggle(page);
          expect((await waitForSettled(page)).state).toBe('empty');
          expect(await sidebarMessage(page)).toMatch(new RegExp(fixture.name));
          await switchOff();
        });

        // NEEDS the lexicon folder src/engine/lexicon/<language>/ (helpers german and french) and the seam's
        // registerLexicon on main: every test below
        describe.skipIf(!ships(fixture.language))('with its words', () => {
          it('injects the bundle on the click, and paints the claims', async () => {
            await open(fixture.file);
            expect(await lexiconDeliveries(page, browserName)).toEqual({});
            await launched.toggle(page);
            const settled = await waitForSettled(page);
            expect(settled.state).toBe('ready');
            expect(await lexiconDeliveries(page, browserName)).toEqual({ [fixture.language]: 1 });
            const contents = (await highlightedTexts(page)).filter((range) => range.name.endsWith('-content') || range.name.endsWith('-unsure'));
            const missing = fixture.contents.filter((anchor) => !contents.some((range) => range.text.includes(anchor)));
            expect(missing).toEqual([]);
            const names = new Set((await highlightedTexts(page)).map((range) => range.name));
            for (const role of ['source', 'cue', 'content']) expect([...names].some((name) => name.endsWith(`-${role}`))).toBe(true);
          });

          it('lists the speakers in the sidebar with their claims and roles', async () => {
            const actors = await sidebarActors(page);
            const roles = await sidebarRoles(page);
            for (const speaker of fixture.speakers) {
              const actor = actors.find((candidate) => candidate.name.includes(speaker.name) && candidate.claims > 0);
              expect(actor, `${speaker.name} in the sidebar`).toBeDefined();
              const role = roles.chips.find((chip) => chip.name.includes(speaker.name))?.role;
              if (speaker.roles !== null) expect(speaker.roles, `${speaker.name}'s role (${String(role)})`).toContain(role);
            }
          });

          const oneActor = fixture.oneActor;
          if (oneActor !== undefined) {
            it(`lists ${oneActor.name}, named in several cases, as one actor`, async () => {
              const actors = (await sidebarActors(page)).filter((actor) => actor.name.includes(oneActor.name));
              expect(actors.map((actor) => actor.claims)).toEqual([oneActor.claims]);
            });
          }

          for (const miss of fixture.misses) {
            it.fails(`does not list ${miss.name} yet: ${miss.why}`, async () => {
              const actors = await sidebarActors(page);
              expect(actors.some((actor) => actor.name.includes(miss.name) && actor.claims > 0)).toBe(true);
            });
          }

          it('injects the bundle once: switched off and on again, the page reads it from the frame', async () => {
            await switchOff();
            await launched.toggle(page);
            expect((await waitForSettled(page)).state).toBe('ready');
            expect(await lexiconDeliveries(page, browserName)).toEqual({ [fixture.language]: 1 });
            await switchOff();
          });
        });
      });
    }
  });
}
