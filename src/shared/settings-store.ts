/**
 * Reading and writing the reader's settings in storage.sync (so they follow the reader across devices), always
 * through the validator. Takes the storage area as a parameter so tests and every context use the same code.
 */
import { mergeSettings, SETTINGS_KEY, validateSettings, type Settings, type SettingsPatch } from './settings.js';

/** The part of a WebExtension storage area (webextension-polyfill's `browser.storage.sync`) this module uses. */
export interface SettingsStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The part of `browser.storage.onChanged` this module uses. */
export interface StorageChangeEvents {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

export async function loadSettings(area: SettingsStorageArea): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return validateSettings(stored[SETTINGS_KEY]);
  } catch {
    // Storage unavailable (a disabled sync, a test page): the defaults still give a working WhoSaid.
    return validateSettings(undefined);
  }
}

/** Applies a change to the stored settings and returns what was stored. */
export async function saveSettings(area: SettingsStorageArea, patch: SettingsPatch): Promise<Settings> {
  const next = mergeSettings(await loadSettings(area), patch);
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with validated settings whenever they change in storage.sync; returns the unsubscribe. */
export function watchSettings(events: StorageChangeEvents, onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[SETTINGS_KEY];
    if (areaName === 'sync' && change) onChange(validateSettings(change.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
