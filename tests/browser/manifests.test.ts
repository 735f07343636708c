/**
 * The built manifests say what issue 3 promises: loadable as they are in each browser, only the permissions the
 * features need (no host permissions up front, no content script declared: nothing runs before the reader's click),
 * the Alt+Shift+W shortcut, and a Firefox build that web-ext lint passes with no error and no warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './browsers.js';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
  minimum_chrome_version?: string;
  background?: { service_worker?: string; scripts?: string[] };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

function built(name: string): Manifest {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'extension', name, 'manifest.json'), 'utf8')) as Manifest;
}

/** What the features need: the click (activeTab), injecting on it (scripting), the reader's settings (storage). */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

describe('the shipped manifests', () => {
  for (const name of ['chrome', 'firefox']) {
    it(`${name}: MV3, minimal permissions, nothing declared to run on pages, Alt+Shift+W`, () => {
      const manifest = built(name);
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.permissions?.filter((permission) => !ALLOWED_PERMISSIONS.includes(permission))).toEqual([]);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      // the library and every extension page stay out of web pages' reach
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
      expect(manifest.commands?.['_execute_action']?.suggested_key?.default).toBe('Alt+Shift+W');
    });
  }

  it('chrome: a service worker, Chrome 121 or later', () => {
    const manifest = built('chrome');
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.minimum_chrome_version).toBe('121');
  });

  it('firefox: background scripts, a gecko id, Firefox 140 or later, no data collected', () => {
    const manifest = built('firefox');
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('firefox: web-ext lint finds no error, no warning and no notice', async () => {
    const { default: webExt } = await import('web-ext');
    const result = await webExt.cmd.lint(
      { sourceDir: join(PROJECT_ROOT, 'extension', 'firefox'), output: 'none' },
      { shouldExitProgram: false },
    );
    expect(result.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 90_000);
});
