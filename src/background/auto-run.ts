/**
 * Per-site auto-run: on the sites the reader allowed on the options page (granted optional host permissions),
 * the content script is registered to run by itself when a page loads. The registration follows the permissions:
 * re-synced at start-up and whenever a permission is added or removed (here or in the browser's own settings).
 */
import browser from 'webextension-polyfill';
import { autoRunPatterns, requiredOrigins } from '../shared/auto-run-sites.js';

export const AUTO_RUN_SCRIPT_ID = 'whosaid-auto-run';
/** The mark first (the start is automatic), then the content script itself. */
const AUTO_RUN_SCRIPTS = ['auto-run-mark.js', 'content.js'];

/** Makes the registered content script match exactly the granted sites; returns them. */
export async function syncAutoRun(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = autoRunPatterns(origins, requiredOrigins(browser.runtime.getManifest()));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (patterns.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: AUTO_RUN_SCRIPT_ID, matches: patterns, js: AUTO_RUN_SCRIPTS, runAt: 'document_idle', allFrames: false },
    ]);
  }
  return patterns;
}

/** Starts following the permissions; syncs run one after another so two quick changes cannot interleave. */
export function startAutoRun(onError: (error: unknown) => void): void {
  let queue: Promise<unknown> = Promise.resolve();
  const resync = () => {
    queue = queue.then(syncAutoRun).catch(onError);
  };
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
