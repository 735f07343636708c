/**
 * The background: turns a toolbar click or the keyboard command into a toggle of WhoSaid in that tab, keeps the
 * tab's badge showing its claim count, and hands the library's messages to library.ts once save-guard.ts passed
 * them (the sender's own address, one save per tab every few seconds). Every message's shape is validated first.
 * Nothing is injected into any page before such a click; after it, the content script may ask for the words of its
 * article's language (lexicon-<lang>.js), and the sidebar for the file exports when the reader exports (export.js),
 * injected into the same tab and frame.
 */
import browser from 'webextension-polyfill';
import { t, tn } from '../shared/i18n.js';
import type { Runtime } from 'webextension-polyfill';
import { parseContentToBackground } from '../shared/messages.js';
import { startAutoRun } from './auto-run.js';
import { keepInLibrary, openLibraryPage } from './library.js';
import { PerTabRateLimit } from './rate-limit.js';
import { entryFromSender, SAVE_INTERVAL_MS } from './save-guard.js';
import type { LibraryEntry } from '../shared/library/entry.js';

const CONTENT_SCRIPT = 'content.js';
/** The file exports (src/ui/export/export-entry.ts), injected only when the reader exports. */
const EXPORT_SCRIPT = 'export.js';
/** What applies and reads back corrections (src/shared/corrections-entry.ts), injected only for an article with some. */
const CORRECTIONS_SCRIPT = 'corrections.js';

/** The bundle holding one language's words, next to content.js (build.mjs); `language` is a validated tag. */
function lexiconBundle(language: string): string {
  return `lexicon-${language}.js`;
}
const BADGE_COLOR = '#0072B2';

/**
 * One library tab per 2 s per tab at most: the sidebar asks only on the reader's click, but a page that reached the
 * button (or forged the message) must not open tab after tab.
 */
const OPEN_LIBRARY_INTERVAL_MS = 2_000;
const openLibraryLimit = new PerTabRateLimit(OPEN_LIBRARY_INTERVAL_MS);

/**
 * The one toggle: injects the content script into the tab's top frame, and the script decides (synchronously, so
 * two quick clicks cannot both start): WhoSaid off where it runs, else on. One injection per click, no probe first,
 * so the reader's click reaches the page as soon as the browser allows.
 */
export async function toggleInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
}

/** The count on the toolbar button, and its tooltip in words ("WhoSaid: 12 claims on this page"); none: cleared. */
async function setBadge(tabId: number, count: number | null): Promise<void> {
  const text = count === null ? '' : badgeText(count);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title: count === null ? t('action_title') : tn('badge_title', count) });
  if (text !== '') await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** Library saves, at most one per tab every SAVE_INTERVAL_MS (the newest of those between coalesced). */
const librarySaves = new PerTabRateLimit<{ entry: LibraryEntry; incognito: boolean; onlyIfNew: boolean }>(SAVE_INTERVAL_MS);

function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}

/**
 * The tab of a message from our own content script in a tab's top frame (the only frame it is injected into), else
 * null: another extension, a frame, or one of our own pages (the library, options) is not a content script.
 */
function contentScriptTab(sender: Runtime.MessageSender): number | null {
  if (sender.id !== browser.runtime.id || sender.frameId !== 0) return null;
  if (sender.url !== undefined && sender.url.startsWith(browser.runtime.getURL(''))) return null;
  return sender.tab?.id ?? null;
}

/**
 * Injects the bundle of `language`'s words into the tab's top frame, in the content script's own isolated world
 * (scripting's default), where it hands them to the engine. The file name is ours, made from a tag the message
 * parser checked against this build's languages; nothing the page wrote names a file. True once it ran.
 */
async function loadLexicon(tabId: number, language: string): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [lexiconBundle(language)] });
  return true;
}

/** Injects one of our on-demand scripts into the tab's top frame, in the content script's isolated world; true once it ran. */
async function loadScript(tabId: number, file: typeof EXPORT_SCRIPT | typeof CORRECTIONS_SCRIPT): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  return true;
}

async function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<void> {
  // Only our own content script in a tab's top frame may speak to us; anything else is dropped unread.
  const tabId = contentScriptTab(sender);
  if (tabId === null) return;
  const parsed = parseContentToBackground(message);
  if (parsed === null) return;
  switch (parsed.type) {
    case 'whosaid/claims':
      await setBadge(tabId, parsed.count);
      return;
    case 'whosaid/off':
      await setBadge(tabId, null);
      return;
    case 'whosaid/test-toggle':
      if (__TEST_HOOKS__) await toggleInTab(tabId);
      return;
    case 'whosaid/library-save': {
      // an entry for another address than the sending page's is not the reader's analysis of that page
      const entry = entryFromSender(parsed.entry, sender.url, sender.tab?.url);
      if (entry === null) return;
      librarySaves.submit(tabId, { entry, incognito: sender.tab?.incognito === true, onlyIfNew: parsed.onlyIfNew === true }, (save) => {
        keepInLibrary(save.entry, save.incognito, save.onlyIfNew).catch(reportFailure);
      });
      return;
    }
    case 'whosaid/open-library':
      if (openLibraryLimit.allow(tabId)) await openLibraryPage();
      return;
    case 'whosaid/load-lexicon':
    case 'whosaid/load-export':
    case 'whosaid/load-corrections':
      // answered in the listener below, which awaits the injection
      return;
  }
}

/**
 * A content script's request for its language's words, the file exports or the corrections kit: whether they were
 * injected (false for any refusal); null for any other message.
 */
function injectionRequest(message: unknown, sender: Runtime.MessageSender): Promise<boolean> | null {
  const tabId = contentScriptTab(sender);
  const parsed = tabId === null ? null : parseContentToBackground(message);
  if (tabId === null || parsed === null) return null;
  let injected: Promise<boolean>;
  if (parsed.type === 'whosaid/load-lexicon') injected = loadLexicon(tabId, parsed.language);
  else if (parsed.type === 'whosaid/load-export') injected = loadScript(tabId, EXPORT_SCRIPT);
  else if (parsed.type === 'whosaid/load-corrections') injected = loadScript(tabId, CORRECTIONS_SCRIPT);
  else return null;
  return injected.catch((error: unknown) => {
    reportFailure(error);
    return false;
  });
}

function reportFailure(error: unknown): void {
  // A page the browser protects (the store, about: pages) refuses injection; there is nothing to undo.
  console.warn('WhoSaid:', error instanceof Error ? error.message : String(error));
}

browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggleInTab(tab.id).catch(reportFailure);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // the messages answered: the content script waits for its language's words before it analyses, the sidebar for the
  // file exports before it saves one
  const injection = injectionRequest(message, sender);
  if (injection !== null) return injection;
  onMessage(message, sender).catch(reportFailure);
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => {
  openLibraryLimit.forget(tabId);
  librarySaves.forget(tabId);
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // A new document in the tab has no WhoSaid running: its badge must not show the old page's count.
  if (changeInfo.status === 'loading') setBadge(tabId, null).catch(reportFailure);
});

// Sites the reader allowed on the options page run WhoSaid by themselves (see auto-run.ts).
startAutoRun(reportFailure);
