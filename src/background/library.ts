/**
 * The background's side of the library: keeps each analysis a content script sends (after the reader saw it),
 * unless the reader switched the library off or the tab is private, and opens the library page on request. A write
 * that fails leaves the library as it was and leaves a note the library page shows (storage.local `libraryProblem`).
 */
import browser from 'webextension-polyfill';
import type { LibraryEntry } from '../shared/library/entry.js';
import { openLibrary, toLibraryError, type LibraryStore } from '../shared/library/store.js';
import { loadSettings } from '../shared/settings-store.js';

/** Where a failed write leaves its message for the library page. */
export const LIBRARY_PROBLEM_KEY = 'libraryProblem';

let opened: Promise<LibraryStore> | null = null;

/** One connection for the worker's life; a failed open or an upgrade elsewhere makes the next write open again. */
function store(): Promise<LibraryStore> {
  if (opened === null) {
    opened = openLibrary(globalThis.indexedDB, { onClosed: () => { opened = null; } });
    opened.catch(() => { opened = null; });
  }
  return opened;
}

export async function keepInLibrary(entry: LibraryEntry, incognito: boolean, onlyIfNew = false): Promise<void> {
  // a private window's reading is not remembered
  if (incognito) return;
  const settings = await loadSettings(browser.storage.sync);
  if (!settings.library.keep) return;
  try {
    await (await store()).saveMany([entry], onlyIfNew ? 'absent' : 'replace');
  } catch (error) {
    const problem = toLibraryError(error);
    await browser.storage.local.set({ [LIBRARY_PROBLEM_KEY]: { message: problem.message, title: entry.title, at: Date.now() } });
    throw problem;
  }
}

export async function openLibraryPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('library.html') });
}
