/**
 * Test builds only (extension/*-test/, never packaged): lets a page on 127.0.0.1 ask for the same toggle a toolbar
 * click performs, for Firefox where automation cannot click the toolbar. The page posts TEST_TOGGLE_REQUEST; the
 * background runs its ordinary toggle for this tab.
 */
import browser from 'webextension-polyfill';
import { TEST_TOGGLE_REQUEST } from '../shared/messages.js';

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window || event.data !== TEST_TOGGLE_REQUEST) return;
  browser.runtime.sendMessage({ type: 'whosaid/test-toggle' }).catch(() => undefined);
});
