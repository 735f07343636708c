/**
 * Keeps the reader's corrections of each article in the extension's own storage (storage.local: the content
 * script's to read and write, never the page's), one item per article version (normalised URL + text hash).
 * What is read back is validated: a corrupt, foreign or other-version item becomes "no corrections" with a problem
 * the sidebar can say; a full storage on writing is reported in words, never thrown. Takes the storage area as a
 * parameter so tests give it an in-memory one.
 *
 * The storage is bounded, because a page could fill it (issue 19: ten pushState addresses of a megabyte filled the
 * browser's 10 MB, and the reader's next correction failed for good): a key's address is capped (keyUrl), an item
 * may hold MAX_ITEM_BYTES, and all of them MAX_STORED_ARTICLES items and MAX_TOTAL_BYTES. Room for the reader's
 * correction is made by removing the least recently written of WhoSaid's own items, never by refusing it; only
 * when even that cannot make room (the browser's storage full of other things) is the reader told.
 */
import { t, tn } from './i18n.js';
import { keyUrl, type ArticleKey } from './article-key.js';
import { MAX_CORRECTIONS, parseCorrections, type Correction } from './corrections.js';

/** The part of a WebExtension storage area (webextension-polyfill's `browser.storage.local`) this module uses. */
export interface CorrectionsStorageArea {
  /** One item, or every item of the area (null). */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The most articles whose corrections are kept; the least recently corrected go first. */
export const MAX_STORED_ARTICLES = 300;
/** The most one article's item may take (500 corrections with long names take about 150 KB). */
export const MAX_ITEM_BYTES = 200_000;
/** The most all items together may take: a fifth of Chromium's 10 MB for an extension's storage.local. */
export const MAX_TOTAL_BYTES = 2_000_000;

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

/** `evicted`: how many older articles' corrections were removed to make room. */
export type SaveOutcome = { ok: true; evicted: number } | { ok: false; problem: string };

export interface CorrectionsStore {
  load(key: ArticleKey): Promise<LoadedCorrections>;
  /** Stores the whole list (an empty list removes the article's item). */
  save(key: ArticleKey, corrections: readonly Correction[]): Promise<SaveOutcome>;
}

export function storageKeyOf(key: ArticleKey): string {
  return `${CORRECTIONS_KEY_PREFIX}${key.textHash}:${keyUrl(key.url)}`;
}

/** What an item takes in storage, as Chromium counts it: the UTF-8 bytes of its key and of its value as JSON. */
export function itemBytes(itemKey: string, value: unknown): number {
  return new TextEncoder().encode(itemKey).length + new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

interface KeptItem {
  key: string;
  savedAt: number;
  bytes: number;
}

/** WhoSaid's corrections items in `all` (every item of the area), but the one under `except`. */
function keptItems(all: Record<string, unknown>, except: string): KeptItem[] {
  const kept: KeptItem[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(CORRECTIONS_KEY_PREFIX) || key === except) continue;
    const savedAt = isRecord(value) && typeof value['savedAt'] === 'number' && Number.isFinite(value['savedAt']) ? value['savedAt'] : 0;
    kept.push({ key, savedAt, bytes: itemBytes(key, value) });
  }
  return kept;
}

/**
 * The least recently written items to remove so that one more item of `bytes` fits in MAX_STORED_ARTICLES and
 * MAX_TOTAL_BYTES (an unreadable item counts as the oldest).
 */
export function itemsToEvict(kept: readonly KeptItem[], bytes: number): string[] {
  const oldestFirst = [...kept].sort((a, b) => a.savedAt - b.savedAt);
  let count = oldestFirst.length;
  let total = oldestFirst.reduce((sum, item) => sum + item.bytes, 0);
  const evict: string[] = [];
  for (const item of oldestFirst) {
    if (count + 1 <= MAX_STORED_ARTICLES && total + bytes <= MAX_TOTAL_BYTES) break;
    evict.push(item.key);
    count -= 1;
    total -= item.bytes;
  }
  return evict;
}

function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message) || (error instanceof Error && error.name === 'QuotaExceededError');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNREADABLE = (): string => t('corrections_unreadable');
const PARTLY_UNREADABLE = (dropped: number): string => tn('corrections_partly_unreadable', dropped);

/** The corrections in a stored item, validated against the key it was read under. */
export function readStoredCorrections(value: unknown, key: ArticleKey): LoadedCorrections {
  if (value === undefined) return { corrections: [], problem: null };
  if (!isRecord(value) || value['version'] !== CORRECTIONS_VERSION || value['url'] !== keyUrl(key.url) || value['textHash'] !== key.textHash) {
    return { corrections: [], problem: UNREADABLE() };
  }
  const { corrections, dropped } = parseCorrections(value['corrections']);
  return { corrections, problem: dropped > 0 ? PARTLY_UNREADABLE(dropped) : null };
}

/** Words for a failed write: a full storage gets its own. */
export function saveProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Chromium: "QUOTA_BYTES quota exceeded"; Firefox: a QuotaExceededError
  if (isQuotaError(error)) {
    return t('corrections_storage_full');
  }
  return t('corrections_not_kept', { error: message.slice(0, 120) });
}

const TOO_LARGE = (): string => t('corrections_too_large');

/** The code that reads a stored item back and writes one: here, or in corrections.js once delivered (corrections-kit.ts). */
export interface CorrectionsStorageCode {
  readStoredCorrections: typeof readStoredCorrections;
  saveCorrections: typeof saveCorrections;
}

export function correctionsStore(area: CorrectionsStorageArea, now: () => number = Date.now): CorrectionsStore {
  return correctionsStoreWith(area, async () => ({ readStoredCorrections, saveCorrections }), now);
}

/**
 * The store, reading and writing items with the code `code` resolves (null: it could not be had); an article with no
 * item needs none of it (the content script asks for that code only when there is an item or a correction to keep).
 */
export function correctionsStoreWith(area: CorrectionsStorageArea, code: () => Promise<CorrectionsStorageCode | null>, now: () => number = Date.now): CorrectionsStore {
  return {
    async load(key) {
      const itemKey = storageKeyOf(key);
      try {
        const stored = await area.get(itemKey);
        const value = stored[itemKey];
        if (value === undefined) return { corrections: [], problem: null };
        const reader = await code();
        return reader === null ? { corrections: [], problem: UNREADABLE() } : reader.readStoredCorrections(value, key);
      } catch {
        return { corrections: [], problem: UNREADABLE() };
      }
    },
    async save(key, corrections) {
      const writer = await code().catch(() => null);
      return writer === null ? { ok: false, problem: saveProblem(new Error('corrections.js could not be loaded')) } : writer.saveCorrections(area, key, corrections, now);
    },
  };
}

/** Stores the whole list under the article's key (an empty list removes its item), making room as the header says. */
export async function saveCorrections(area: CorrectionsStorageArea, key: ArticleKey, corrections: readonly Correction[], now: () => number = Date.now): Promise<SaveOutcome> {
  const itemKey = storageKeyOf(key);
  try {
    if (corrections.length === 0) {
      await area.remove(itemKey);
      return { ok: true, evicted: 0 };
    }
    if (corrections.length > MAX_CORRECTIONS) {
      return { ok: false, problem: `WhoSaid keeps at most ${MAX_CORRECTIONS} corrections an article: this one will not be kept.` };
    }
    const item: StoredCorrections = { version: CORRECTIONS_VERSION, url: keyUrl(key.url), textHash: key.textHash, savedAt: now(), corrections: [...corrections] };
    const bytes = itemBytes(itemKey, item);
    if (bytes > MAX_ITEM_BYTES) return { ok: false, problem: TOO_LARGE() };
    // room within WhoSaid's own bounds: the least recently written articles' corrections go first
    const kept = keptItems(await area.get(null), itemKey);
    const evict = itemsToEvict(kept, bytes);
    if (evict.length > 0) await area.remove(evict);
    try {
      await area.set({ [itemKey]: item });
      return { ok: true, evicted: evict.length };
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // the browser's storage is full of more than our items: give up the older half of ours, and try once more
      const left = kept.filter((one) => !evict.includes(one.key)).sort((a, b) => a.savedAt - b.savedAt);
      const more = left.slice(0, Math.ceil(left.length / 2)).map((one) => one.key);
      if (more.length === 0) throw error;
      await area.remove(more);
      await area.set({ [itemKey]: item });
      return { ok: true, evicted: evict.length + more.length };
    }
  } catch (error) {
    return { ok: false, problem: saveProblem(error) };
  }
}
