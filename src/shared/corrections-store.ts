/**
 * Keeps the reader's corrections of each article in the extension's own storage (storage.local: the content
 * script's to read and write, never the page's), one item per article version (normalised URL + text hash).
 * What is read back is validated: a corrupt, foreign or other-version item becomes "no corrections" with a problem
 * the sidebar can say; a full storage on writing is reported in words, never thrown. Takes the storage area as a
 * parameter so tests give it an in-memory one.
 */
import type { ArticleKey } from './article-key.js';
import { MAX_CORRECTIONS, parseCorrections, type Correction } from './corrections.js';

/** The part of a WebExtension storage area (webextension-polyfill's `browser.storage.local`) this module uses. */
export interface CorrectionsStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const CORRECTIONS_KEY_PREFIX = 'whosaid-corrections:';
export const CORRECTIONS_VERSION = 1;

/** What is stored under an article's key. */
export interface StoredCorrections {
  version: typeof CORRECTIONS_VERSION;
  url: string;
  textHash: string;
  /** When last written (ms since the epoch): for a later clean-up of old articles. */
  savedAt: number;
  corrections: Correction[];
}

export interface LoadedCorrections {
  corrections: Correction[];
  /** Said to the reader when what was stored could not be read (in part or at all); null when all was well. */
  problem: string | null;
}

export type SaveOutcome = { ok: true } | { ok: false; problem: string };

export interface CorrectionsStore {
  load(key: ArticleKey): Promise<LoadedCorrections>;
  /** Stores the whole list (an empty list removes the article's item). */
  save(key: ArticleKey, corrections: readonly Correction[]): Promise<SaveOutcome>;
}

export function storageKeyOf(key: ArticleKey): string {
  return `${CORRECTIONS_KEY_PREFIX}${key.textHash}:${key.url}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNREADABLE = 'Corrections kept for this article could not be read and are not applied.';
const PARTLY_UNREADABLE = (dropped: number): string =>
  `${dropped} ${dropped === 1 ? 'correction' : 'corrections'} kept for this article could not be read and ${dropped === 1 ? 'is' : 'are'} not applied.`;

/** The corrections in a stored item, validated against the key it was read under. */
export function readStoredCorrections(value: unknown, key: ArticleKey): LoadedCorrections {
  if (value === undefined) return { corrections: [], problem: null };
  if (!isRecord(value) || value['version'] !== CORRECTIONS_VERSION || value['url'] !== key.url || value['textHash'] !== key.textHash) {
    return { corrections: [], problem: UNREADABLE };
  }
  const { corrections, dropped } = parseCorrections(value['corrections']);
  return { corrections, problem: dropped > 0 ? PARTLY_UNREADABLE(dropped) : null };
}

/** Words for a failed write: a full storage gets its own. */
export function saveProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Chromium: "QUOTA_BYTES quota exceeded"; Firefox: a QuotaExceededError
  if (/quota/i.test(message) || (error instanceof Error && error.name === 'QuotaExceededError')) {
    return 'The browser’s storage for WhoSaid is full: this correction shows now but will not be kept for your next visit.';
  }
  return `This correction shows now but could not be kept for your next visit (${message.slice(0, 120)}).`;
}

export function correctionsStore(area: CorrectionsStorageArea, now: () => number = Date.now): CorrectionsStore {
  return {
    async load(key) {
      const itemKey = storageKeyOf(key);
      try {
        const stored = await area.get(itemKey);
        return readStoredCorrections(stored[itemKey], key);
      } catch {
        return { corrections: [], problem: UNREADABLE };
      }
    },
    async save(key, corrections) {
      const itemKey = storageKeyOf(key);
      try {
        if (corrections.length === 0) {
          await area.remove(itemKey);
          return { ok: true };
        }
        if (corrections.length > MAX_CORRECTIONS) {
          return { ok: false, problem: `WhoSaid keeps at most ${MAX_CORRECTIONS} corrections an article: this one will not be kept.` };
        }
        const item: StoredCorrections = { version: CORRECTIONS_VERSION, url: key.url, textHash: key.textHash, savedAt: now(), corrections: [...corrections] };
        await area.set({ [itemKey]: item });
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: saveProblem(error) };
      }
    },
  };
}
