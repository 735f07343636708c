/**
 * The background: turns a toolbar click or the keyboard command into a toggle of WhoSaid in that tab, and keeps the
 * tab's badge showing its claim count. Nothing is injected into any page before such a click.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { CONTROLLER_GLOBAL, STARTED_BY_CLICK_GLOBAL } from '../shared/global-keys.js';
import { parseContentToBackground } from '../shared/messages.js';
import { startAutoRun } from './auto-run.js';

const CONTENT_SCRIPT = 'content.js';
const BADGE_COLOR = '#0072B2';

/**
 * Runs in the content script's isolated world (serialised by `scripting.executeScript`, so it must be
 * self-contained): switches WhoSaid off when it is running there and says whether it was. When it was not, it
 * marks the coming start as the reader's click (see STARTED_BY_CLICK_GLOBAL).
 */
function switchOffIfRunning(globalKey: string, startedByClickKey: string): boolean {
  const switchOff: unknown = Reflect.get(globalThis, globalKey);
  if (typeof switchOff !== 'function') {
    Reflect.set(globalThis, startedByClickKey, true);
    return false;
  }
  switchOff();
  return true;
}

/** The one toggle: off when WhoSaid runs in the tab's top frame, else inject the content script (which starts it). */
export async function toggleInTab(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const [probe] = await browser.scripting.executeScript({ target, func: switchOffIfRunning, args: [CONTROLLER_GLOBAL, STARTED_BY_CLICK_GLOBAL] });
  if (probe?.result === true) {
    await setBadge(tabId, '');
    return;
  }
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
}

async function setBadge(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text !== '') await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}

async function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<void> {
  // Only our own content script in a tab's top frame may speak to us; anything else is dropped unread.
  if (sender.id !== browser.runtime.id || sender.frameId !== 0) return;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const parsed = parseContentToBackground(message);
  if (parsed === null) return;
  switch (parsed.type) {
    case 'whosaid/claims':
      await setBadge(tabId, badgeText(parsed.count));
      return;
    case 'whosaid/off':
      await setBadge(tabId, '');
      return;
    case 'whosaid/test-toggle':
      if (__TEST_HOOKS__) await toggleInTab(tabId);
      return;
  }
}

function reportFailure(error: unknown): void {
  // A page the browser protects (the store, about: pages) refuses injection; there is nothing to undo.
  console.warn('WhoSaid:', error instanceof Error ? error.message : String(error));
}

browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggleInTab(tab.id).catch(reportFailure);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  onMessage(message, sender).catch(reportFailure);
  return undefined;
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // A new document in the tab has no WhoSaid running: its badge must not show the old page's count.
  if (changeInfo.status === 'loading') setBadge(tabId, '').catch(reportFailure);
});

// Sites the reader allowed on the options page run WhoSaid by themselves (see auto-run.ts).
startAutoRun(reportFailure);
