/**
 * What the options page needs from the browser, as one small interface: settings in storage.sync and the
 * per-site optional host permissions. main.tsx implements it with webextension-polyfill; tests pass a fake.
 */
import type { Settings, SettingsPatch } from '../../shared/settings.js';

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  /** Match patterns of the sites where WhoSaid runs by itself (granted optional host permissions). */
  grantedSites(): Promise<string[]>;
  /** Asks the browser for one site. Must be called straight from the reader's click (a user gesture). */
  requestSite(pattern: string): Promise<boolean>;
  revokeSite(pattern: string): Promise<boolean>;
  /** Calls back when permissions change anywhere (this page, the browser's own settings); returns unsubscribe. */
  onSitesChanged(callback: () => void): () => void;
}
