/**
 * Export and copy for real in Chromium: the sidebar's Markdown, CSV and JSON buttons save files through a Blob URL
 * (the browser's download lands in a temporary folder), and "Copy" puts the claim's citation on the clipboard.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, missingBuild, type LaunchedBrowser } from './browsers.js';
import type { StaticServer } from './static-server.js';
import { clickInSidebar, openWithWhoSaid, startUiServer, UI_ARTICLE } from './ui-article.js';
import { inShadow, waitInShadow } from './closed-shadow.js';

const buildProblem = missingBuild();
if (buildProblem !== null) throw new Error(buildProblem);

async function waitForFile(dir: string, suffix: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  for (;;) {
    const found = readdirSync(dir).find((name) => name.endsWith(suffix));
    // Chromium names the file before it has written it: read it once it holds text that the next poll finds again
    const text = found === undefined ? '' : readFileSync(join(dir, found), 'utf8');
    if (text !== '' && text === previous) return text;
    previous = text;
    if (Date.now() > deadline) throw new Error(`no *${suffix} downloaded to ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('export and copy in chromium', () => {
  let server: StaticServer;
  let launched: LaunchedBrowser;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'whosaid-downloads-'));

  beforeAll(async () => {
    server = await startUiServer();
    launched = await launchChromium();
    await launched.browser
      .defaultBrowserContext()
      .overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    page = await launched.browser.newPage();
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await openWithWhoSaid(launched, page, server.origin);
  }, 90_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('saves Markdown, CSV and JSON named after the page', async () => {
    const claims = await inShadow(page, (shadow) => Number(shadow?.querySelector('.ws-state')?.getAttribute('data-claims')));
    const exportButton = (label: string) => `.ws-export button:nth-child(${['Markdown', 'CSV', 'JSON'].indexOf(label) + 1})`;

    await clickInSidebar(page, exportButton('Markdown'));
    const markdown = await waitForFile(downloads, '.md');
    expect(markdown.split('\n')[0]).toBe('# Who said what: Harbour expansion is “a gamble”, council auditors warn – Westport Herald');
    expect(markdown).toContain('## People');
    // the space given, as the sidebar shows it
    expect(markdown).toMatch(/^- Reported speech: \d+% of the article \(\d+ of \d+ words\)/m);
    expect(markdown).toMatch(/^Space given: \d+ words, \d+% of reported speech/m);
    // the source roles, counted among the voices and given per source with the words they were read from
    expect(markdown).toMatch(/^- Roles: \d+ /m);
    expect(markdown).toContain('Role: politician (“mayor” in “Mayor Lena Ortiz”)');

    await clickInSidebar(page, exportButton('CSV'));
    const csv = await waitForFile(downloads, '.csv');
    expect(csv.split('\r\n')[0]).toBe(
      'actor,actor_kind,actor_description,source,cue,stance,quote_kind,content,page_title,page_url,claim_id,' +
        'quoted_words,paraphrased_words,actor_words,actor_share_of_reported_speech_pct,corrected,actor_role,actor_role_evidence,' +
        'claim_kind,confidence',
    );
    // every claim, of every kind, whatever the chips show: the thought hidden in the page is in the file
    expect(csv.trimEnd().split('\r\n')).toHaveLength(claims + 1);
    const kinds = csv.trimEnd().split('\r\n').slice(1).map((row) => row.split(',').at(-2));
    expect(new Set(kinds)).toEqual(new Set(['statement', 'finding', 'thought']));

    await clickInSidebar(page, exportButton('JSON'));
    const json = JSON.parse(await waitForFile(downloads, '.json')) as {
      page: { url: string };
      claims: unknown[];
      space: { articleWords: number; reportedWords: number };
      actors: Array<{ name: string; role: string; space: { words: number } }>;
    };
    expect(json.actors.find((actor) => actor.name === 'Lena Ortiz')?.role).toBe('politician');
    expect(json.page.url).toBe(`${server.origin}${UI_ARTICLE}`);
    expect(json.space.articleWords).toBeGreaterThan(json.space.reportedWords);
    expect(json.actors.reduce((sum, actor) => sum + actor.space.words, 0)).toBe(json.space.reportedWords);
    expect(json.claims).toHaveLength(claims);
    expect(readdirSync(downloads).sort()).toEqual([
      'whosaid-harbour-expansion-is-a-gamble-council-auditors-warn-westport.csv',
      'whosaid-harbour-expansion-is-a-gamble-council-auditors-warn-westport.json',
      'whosaid-harbour-expansion-is-a-gamble-council-auditors-warn-westport.md',
    ]);
  });

  it('copies a claim as a citation to the clipboard', async () => {
    await clickInSidebar(page, '[data-claim-id] .ws-icon-btn');
    await waitInShadow(page, (shadow) => shadow?.querySelector('[role="status"][aria-live]')?.textContent === 'Citation copied.',
      { polling: 100, timeout: 5_000 },
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^.+ (said|told|added|insists|insisted|claimed).*: .+ — Harbour expansion is “a gamble”, council auditors warn – Westport Herald, http:\/\/127\.0\.0\.1:\d+\/ui\/harbour-article\.html$/);
  });
});
