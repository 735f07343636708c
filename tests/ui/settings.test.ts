/**
 * Settings read from storage are always valid (defaults for what is missing or wrong), changes are validated too,
 * and the auto-run site list comes from granted permissions, typed sites becoming match patterns.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, validateSettings } from '../../src/shared/settings.js';
import { loadSettings, saveSettings, watchSettings } from '../../src/shared/settings-store.js';
import { autoRunPatterns, describePattern, sitePattern } from '../../src/shared/auto-run-sites.js';

describe('validateSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces invalid ones field by field', () => {
    const settings = validateSettings({
      highlight: { source: false, cue: 'no', content: true, extra: 1 },
      palette: 'neon',
      sidebar: { side: 'left', width: 1000 },
      unknown: true,
    });
    expect(settings).toEqual({
      highlight: { source: false, cue: true, content: true },
      palette: 'okabe-ito',
      sidebar: { side: 'left', width: 560 },
      library: { keep: true },
      claims: { showThoughts: false },
    });
    // thoughts show only when the reader asked, and only for a real boolean
    expect(validateSettings({ claims: { showThoughts: true } }).claims).toEqual({ showThoughts: true });
    expect(validateSettings({ claims: { showThoughts: 'yes' } }).claims).toEqual({ showThoughts: false });
    expect(validateSettings({ sidebar: { side: 'top', width: 333 } }).sidebar).toEqual({ side: 'right', width: 330 });
    expect(validateSettings({ sidebar: { width: Number.NaN } }).sidebar.width).toBe(360);
    expect(validateSettings({ sidebar: { width: 12 } }).sidebar.width).toBe(280);
    expect(validateSettings({ palette: 'vivid' }).palette).toBe('vivid');
  });

  it('merges a change and validates it', () => {
    const next = mergeSettings(DEFAULT_SETTINGS, { highlight: { cue: false }, sidebar: { width: 401 } });
    expect(next.highlight).toEqual({ source: true, cue: false, content: true });
    expect(next.sidebar).toEqual({ side: 'right', width: 400 });
  });
});

describe('settings store', () => {
  function fakeArea(initial: Record<string, unknown> = {}) {
    const data: Record<string, unknown> = { ...initial };
    return {
      data,
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, items);
      },
    };
  }

  it('loads validated settings and saves patches', async () => {
    const area = fakeArea({ settings: { palette: 'vivid', sidebar: { width: 'wide' } } });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, palette: 'vivid' });
    const saved = await saveSettings(area, { sidebar: { side: 'left' } });
    expect(saved.sidebar.side).toBe('left');
    expect(area.data['settings']).toEqual(saved);
  });

  it('falls back to defaults when storage fails', async () => {
    const broken = { get: async () => Promise.reject(new Error('sync disabled')), set: async () => undefined };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('reports validated changes in the sync area only', () => {
    type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
    const listeners = new Set<Listener>();
    const events = { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) };
    const seen: unknown[] = [];
    const stop = watchSettings(events, (settings) => seen.push(settings.palette));
    for (const listener of listeners) {
      listener({ settings: { newValue: { palette: 'vivid' } } }, 'sync');
      listener({ settings: { newValue: { palette: 'vivid' } } }, 'local');
      listener({ other: { newValue: 1 } }, 'sync');
    }
    expect(seen).toEqual(['vivid']);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('auto-run sites', () => {
  it('turns what a reader types into a match pattern for the site and its subdomains', () => {
    expect(sitePattern('www.example.com')).toEqual({ pattern: '*://*.example.com/*' });
    expect(sitePattern('https://news.example.co.uk/world/article-1?x=1')).toEqual({ pattern: '*://*.news.example.co.uk/*' });
    expect(sitePattern('  Example.COM ')).toEqual({ pattern: '*://*.example.com/*' });
    expect(sitePattern('127.0.0.1:8080')).toEqual({ pattern: '*://127.0.0.1/*' });
    expect(sitePattern('localhost')).toEqual({ pattern: '*://localhost/*' });
    expect(sitePattern('bücher.example')).toEqual({ pattern: '*://*.xn--bcher-kva.example/*' });
  });

  it('refuses what is not a web site', () => {
    for (const input of ['', 'intranet', 'ftp://example.com', 'file:///etc/passwd', 'http://', 'a b']) {
      expect(sitePattern(input), input).toHaveProperty('error');
    }
  });

  it('isolates what the reader typed inside its error, so a right-to-left override turns only that', () => {
    expect(sitePattern('intranet\u202E')).toEqual({ error: '“\u2068intranet\u202E\u2069” is not a site address.' });
  });

  it('describes patterns in words', () => {
    expect(describePattern('*://*.example.com/*')).toBe('example.com and its subdomains');
    expect(describePattern('*://127.0.0.1/*')).toBe('127.0.0.1');
    expect(describePattern('https://example.org/*')).toBe('https only: example.org');
  });

  it('lists granted optional sites, not the manifest’s fixed ones or catch-alls', () => {
    expect(
      autoRunPatterns(['*://*.b.com/*', 'http://127.0.0.1/*', '<all_urls>', '*://*.a.com/*', '*://*.a.com/*'], ['http://127.0.0.1/*']),
    ).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
  });
});
