/**
 * What the library page needs from the browser, as one small interface: the store (IndexedDB), the keep setting,
 * the note a failed background write left, change notes from other contexts, a download, the settings page.
 * main.tsx implements it; tests may pass their own.
 */
import type { LibraryStore } from '../../shared/library/store.js';

export interface LibraryApi {
  /** The opened store; rejects with a LibraryError saying why when it cannot be opened. */
  openStore(onClosed: () => void): Promise<LibraryStore>;
  /** Whether new analyses are being kept (the reader's setting). */
  keeping(): Promise<boolean>;
  /** The message a failed background write left, if any; and its removal once the reader dismissed it. */
  problemNote(): Promise<string | null>;
  clearProblemNote(): Promise<void>;
  /** Calls back when another context changed the library; returns the unsubscribe. */
  onLibraryChanged(callback: () => void): () => void;
  download(fileName: string, text: string): void;
  openSettings(): void;
}
