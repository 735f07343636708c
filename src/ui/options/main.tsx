/**
 * The options page's entry: wires OptionsPage to the real browser (storage.sync, permissions) through
 * webextension-polyfill and renders it.
 */
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { autoRunPatterns, requiredOrigins } from '../../shared/auto-run-sites.js';
import { loadSettings, saveSettings } from '../../shared/settings-store.js';
import type { OptionsApi } from './options-api.js';
import { OptionsPage } from './OptionsPage.js';
import { t, uiLanguage } from '../../shared/i18n.js';

const api: OptionsApi = {
  loadSettings: () => loadSettings(browser.storage.sync),
  saveSettings: (patch) => saveSettings(browser.storage.sync, patch),
  async grantedSites() {
    const { origins = [] } = await browser.permissions.getAll();
    return autoRunPatterns(origins, requiredOrigins(browser.runtime.getManifest()));
  },
  requestSite: (pattern) => browser.permissions.request({ origins: [pattern] }),
  revokeSite: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  onSitesChanged(callback) {
    const listener = () => callback();
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
};

// the page speaks the interface language: its title, and its lang for screen readers and hyphenation
document.documentElement.lang = uiLanguage();
document.title = t('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsPage api={api} />, root);
