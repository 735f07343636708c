/**
 * The content script's entry, injected by the background on the reader's click (never declared in the manifest)
 * and, on the sites the reader chose, registered to run as a page loads. It is its own toggle: when WhoSaid already
 * runs in this page, a click's injection switches it off; otherwise it starts one session and publishes that
 * session's switch-off under CONTROLLER_GLOBAL in this isolated world, where the next injection finds it.
 */
import type { Browser } from 'webextension-polyfill';
import { AUTO_RUN_GLOBAL, CONTROLLER_GLOBAL } from '../shared/global-keys.js';
import { clearDebugMarks, debugMark } from '../shared/debug-log.js';
import type { ContentToBackground } from '../shared/messages.js';
import { findArticle } from './article/find-article.js';
import { WhoSaidController } from './controller.js';
import { mountSidebar } from './sidebar-mount.js';
import { readArticleWithoutBlocking } from './observe/read-article.js';
import { watchPage } from './observe/page-watcher.js';
import { loadSettings } from '../shared/settings-store.js';
import { claimAskedFor, keepLater, pageFacts } from './library-link.js';
import { correctionsStoreWith } from '../shared/corrections-store.js';
import { correctionsKitOnDemand } from '../shared/corrections-kit.js';
import { prepareLanguage } from './language/readable-languages.js';

/**
 * The extension API of this browser: Firefox's `browser`, Chrome's `chrome`. The content script makes three calls
 * (runtime.sendMessage, storage.sync, storage.local), which both browsers answer with promises under MV3 (Chrome
 * ≥ 121 here), so it goes without webextension-polyfill: about 3 KB gzipped less in every click, which pays for
 * the language seam (issue 17: a click on an English page injects no more bytes than before). The background and
 * the extension pages keep the polyfill.
 */
const browser = (Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome')) as Pick<Browser, 'runtime' | 'storage'>;

function send(message: ContentToBackground): void {
  // The badge is a nicety: a background that is restarting must not break the page side.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Asks the background for the bundle of a language's words (lexicon-<language>.js) in this frame; true once it ran.
 * The message names the tag only: the background alone turns it into one of its own files.
 */
async function requestLexiconBundle(language: string): Promise<boolean> {
  const message: ContentToBackground = { type: 'whosaid/load-lexicon', language };
  const answer: unknown = await browser.runtime.sendMessage(message);
  return answer === true;
}

/**
 * Asks the background for the sidebar's file exports (export.js, which a click does not carry) in this frame; true
 * once it ran. The message names nothing: the background injects its one file.
 */
async function requestExports(): Promise<boolean> {
  const message: ContentToBackground = { type: 'whosaid/load-export' };
  const answer: unknown = await browser.runtime.sendMessage(message).catch(() => false);
  return answer === true;
}

/**
 * Asks the background for what applies, reads back and keeps the reader's corrections (corrections.js, which a click does
 * not carry) in this frame; true once it ran. The message names nothing: the background injects its one file.
 */
async function requestCorrections(): Promise<boolean> {
  const message: ContentToBackground = { type: 'whosaid/load-corrections' };
  const answer: unknown = await browser.runtime.sendMessage(message).catch(() => false);
  return answer === true;
}

/** The corrections kit, asked for the first time an article has corrections (stored, or the reader's own). */
const correctionsKit = correctionsKitOnDemand(requestCorrections);

/**
 * One injection, one toggle, decided synchronously: a click's second injection switches the running session off;
 * per-site auto-run (marked by auto-run-mark.ts, injected just before) never switches off what a click started.
 */
function toggleWhoSaid(): void {
  const startedAutomatically = Reflect.get(globalThis, AUTO_RUN_GLOBAL) === true;
  Reflect.deleteProperty(globalThis, AUTO_RUN_GLOBAL);
  const switchOff: unknown = Reflect.get(globalThis, CONTROLLER_GLOBAL);
  if (typeof switchOff === 'function') {
    if (!startedAutomatically) switchOff();
    return;
  }
  // Where the page's timeline says the script began (the page bench splits a click into the browser's injection
  // and WhoSaid's own work by it); builds with marks only, cleared when WhoSaid is switched off.
  debugMark('started');
  // read meanwhile: the article is found and analysed while the storage answers
  const settings = loadSettings(browser.storage.sync);
  /** Opened from the library with a claim to show: jump to it on the first analysis shown, not on later ones. */
  let jumpPending = true;
  const controller = new WhoSaidController({
    doc: document,
    findArticle: (doc) => findArticle(doc),
    readArticle: readArticleWithoutBlocking,
    // English is built in; another language's words are injected the first time an article in it is read here
    prepareLanguage: (language) => prepareLanguage(language, requestLexiconBundle),
    watchPage,
    mountSidebar,
    loadExports: requestExports,
    send,
    settings,
    // a click asked for the sidebar: focus goes there; auto-run leaves the reader's focus where it is
    focusSidebar: !startedAutomatically,
    inheritsHighlightStyles: !__FIREFOX__,
    onShown: (analysis, askedFor) => {
      // only what the reader asked for is kept, under the address it had then (see the controller)
      if (askedFor !== null) void settings.then((current) => current.library.keep && keepLater(analysis, pageFacts(document, askedFor), send, askedFor.movedInDocument));
      if (!jumpPending) return;
      jumpPending = false;
      const claimId = claimAskedFor(analysis, location.hash);
      if (claimId !== null) controller.jumpToClaim(claimId);
    },
    // the extension's own storage: the content script reads and writes it, the page cannot reach it; an item there
    // is read and written by the kit, which comes when there is one
    corrections: correctionsStoreWith(browser.storage.local, correctionsKit),
    correctionsKit,
  });
  Reflect.set(globalThis, CONTROLLER_GLOBAL, () => {
    Reflect.deleteProperty(globalThis, CONTROLLER_GLOBAL);
    controller.destroy();
    clearDebugMarks();
  });
  void controller.start();
}

toggleWhoSaid();
