/**
 * The library page's entry: wires LibraryPage to the real browser — the store in the extension's IndexedDB, the
 * keep setting in storage.sync, the background's failure note in storage.local, change notes over a
 * BroadcastChannel, downloads through a blob link — and renders it.
 */
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../../shared/i18n.js';
import { render } from 'preact';
import { LIBRARY_CHANNEL, openLibrary } from '../../shared/library/store.js';
import { loadSettings } from '../../shared/settings-store.js';
import { isolated } from '../../shared/presentation.js';
import type { LibraryApi } from './library-api.js';
import { LibraryPage } from './LibraryPage.js';

/** Where the background leaves the message of a write that failed (see src/background/library.ts). */
const PROBLEM_KEY = 'libraryProblem';

const api: LibraryApi = {
  openStore: (onClosed) => openLibrary(globalThis.indexedDB, { onClosed }),
  keeping: async () => (await loadSettings(browser.storage.sync)).library.keep,
  async problemNote() {
    const stored = await browser.storage.local.get(PROBLEM_KEY);
    const note: unknown = stored[PROBLEM_KEY];
    if (typeof note !== 'object' || note === null) return null;
    const message: unknown = Reflect.get(note, 'message');
    const title: unknown = Reflect.get(note, 'title');
    if (typeof message !== 'string') return null;
    return typeof title === 'string' ? t('lib_not_kept', { title: isolated(title), message }) : message;
  },
  clearProblemNote: () => browser.storage.local.remove(PROBLEM_KEY),
  onLibraryChanged(callback) {
    const channel = new BroadcastChannel(LIBRARY_CHANNEL);
    channel.onmessage = () => callback();
    return () => channel.close();
  },
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  openSettings: () => void browser.runtime.openOptionsPage(),
};

// the page speaks the interface language: its title, and its lang for screen readers and hyphenation
document.documentElement.lang = uiLanguage();
document.title = t('lib_page_title');
const root = document.getElementById('app');
if (root) {
  render(
    <LibraryPage
      api={api}
      initialHash={location.hash}
      navigate={(hash, replace) => {
        const url = `${location.pathname}${location.search}${hash}`;
        if (replace) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
      }}
      onHashChange={(callback) => {
        const listener = () => callback(location.hash);
        window.addEventListener('hashchange', listener);
        return () => window.removeEventListener('hashchange', listener);
      }}
    />,
    root,
  );
}
