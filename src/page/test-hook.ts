/**
 * Test builds only (extension/*-test/, never packaged): lets a page on 127.0.0.1 ask for the same toggle a toolbar
 * click performs, for Firefox where automation cannot click the toolbar. The page posts TEST_TOGGLE_REQUEST; the
 * background runs its ordinary toggle for this tab. The page may also ask how many times each language bundle ran
 * in this frame (tests/browser/languages.test.ts: German words injected once), which Firefox automation cannot read
 * from the content script's isolated world otherwise.
 */
import browser from 'webextension-polyfill';
import { TEST_LEXICON_DELIVERIES, TEST_LEXICON_DELIVERIES_REQUEST, TEST_TOGGLE_REQUEST } from '../shared/messages.js';
import { lexiconStore } from './language/lexicon-store.js';

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window || event.data !== TEST_TOGGLE_REQUEST) return;
  browser.runtime.sendMessage({ type: 'whosaid/test-toggle' }).catch(() => undefined);
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window || event.data !== TEST_LEXICON_DELIVERIES_REQUEST) return;
  const deliveries = Object.fromEntries(lexiconStore().deliveries);
  window.postMessage({ type: TEST_LEXICON_DELIVERIES, deliveries }, window.location.origin);
});
