/**
 * The content script's entry, injected by the background on the reader's click (never declared in the manifest):
 * starts one WhoSaid session in this page and publishes its switch-off under CONTROLLER_GLOBAL in this isolated
 * world, where the background's next click finds it.
 */
import browser from 'webextension-polyfill';
import { CONTROLLER_GLOBAL } from '../shared/global-keys.js';
import type { ContentToBackground } from '../shared/messages.js';
import { findArticle } from './article/find-article.js';
import { WhoSaidController } from './controller.js';
import { mountSidebar } from './sidebar-mount.js';
import { loadSettings } from '../shared/settings-store.js';
import type { Settings } from '../shared/settings.js';

function send(message: ContentToBackground): void {
  // The badge is a nicety: a background that is restarting must not break the page side.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function startWhoSaid(settings: Settings): void {
  if (typeof Reflect.get(globalThis, CONTROLLER_GLOBAL) === 'function') return;
  const controller = new WhoSaidController({
    doc: document,
    findArticle: (doc) => findArticle(doc),
    mountSidebar,
    send,
    settings,
  });
  Reflect.set(globalThis, CONTROLLER_GLOBAL, () => {
    Reflect.deleteProperty(globalThis, CONTROLLER_GLOBAL);
    controller.destroy();
  });
  void controller.start();
}

// The reader's settings first (a local storage read; defaults if it fails), then one session.
void loadSettings(browser.storage.sync).then(startWhoSaid);
