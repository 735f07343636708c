/**
 * The content script's entry, injected by the background on the reader's click (never declared in the manifest):
 * starts one WhoSaid session in this page and publishes its switch-off under CONTROLLER_GLOBAL in this isolated
 * world, where the background's next click finds it.
 */
import browser from 'webextension-polyfill';
import { CONTROLLER_GLOBAL, STARTED_BY_CLICK_GLOBAL } from '../shared/global-keys.js';
import type { ContentToBackground } from '../shared/messages.js';
import { findArticle } from './article/find-article.js';
import { WhoSaidController } from './controller.js';
import { mountSidebar } from './sidebar-mount.js';
import { readArticleWithoutBlocking } from './observe/read-article.js';
import { watchPage } from './observe/page-watcher.js';
import { loadSettings } from '../shared/settings-store.js';
import type { Settings } from '../shared/settings.js';

function send(message: ContentToBackground): void {
  // The badge is a nicety: a background that is restarting must not break the page side.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Claims this isolated world for one session at once, synchronously: the switch-off is published before the
 * settings are read, so a second click that arrives meanwhile cancels the start instead of injecting again.
 */
function startWhoSaid(): void {
  if (typeof Reflect.get(globalThis, CONTROLLER_GLOBAL) === 'function') return;
  // Started by the reader's click (the background's probe says so) or by per-site auto-run as the page loaded.
  const startedByClick = Reflect.get(globalThis, STARTED_BY_CLICK_GLOBAL) === true;
  Reflect.deleteProperty(globalThis, STARTED_BY_CLICK_GLOBAL);
  let controller: WhoSaidController | null = null;
  let switchedOff = false;
  Reflect.set(globalThis, CONTROLLER_GLOBAL, () => {
    Reflect.deleteProperty(globalThis, CONTROLLER_GLOBAL);
    switchedOff = true;
    if (controller === null) send({ type: 'whosaid/off' });
    controller?.destroy();
  });
  // The reader's settings first (a local storage read; defaults if it fails), then the session.
  void loadSettings(browser.storage.sync).then((settings: Settings) => {
    if (switchedOff) return;
    controller = new WhoSaidController({
      doc: document,
      findArticle: (doc) => findArticle(doc),
      readArticle: readArticleWithoutBlocking,
      watchPage,
      mountSidebar,
      send,
      settings,
      focusSidebar: startedByClick,
    });
    void controller.start();
  });
}

startWhoSaid();
