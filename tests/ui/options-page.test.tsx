// @vitest-environment jsdom
/**
 * The options page with a fake browser: changes are saved as they are made, a site is asked for straight from the
 * click (no await before the permission request), listed once granted and removable; bad input is explained.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../src/ui/options/OptionsPage.js';
import type { OptionsApi } from '../../src/ui/options/options-api.js';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../../src/shared/settings.js';

afterEach(cleanup);

function fakeApi(options: { grant?: boolean; sites?: string[] } = {}) {
  let settings: Settings = DEFAULT_SETTINGS;
  let sites = [...(options.sites ?? [])];
  const listeners = new Set<() => void>();
  const api = {
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch) => {
      settings = mergeSettings(settings, patch);
      return settings;
    }),
    grantedSites: vi.fn(async () => [...sites]),
    requestSite: vi.fn((pattern: string) => {
      if (options.grant !== false) sites.push(pattern);
      return Promise.resolve(options.grant !== false);
    }),
    revokeSite: vi.fn(async (pattern: string) => {
      sites = sites.filter((site) => site !== pattern);
      return true;
    }),
    onSitesChanged: vi.fn((callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    }),
  } satisfies OptionsApi;
  return { api, current: () => settings, listeners };
}

describe('Options page', () => {
  it('shows the stored settings and saves each change', async () => {
    const { api, current } = fakeApi();
    render(<OptionsPage api={api} />);
    const cue = await screen.findByRole('checkbox', { name: /Cue/ });
    expect((cue as HTMLInputElement).checked).toBe(true);
    fireEvent.click(cue);
    await waitFor(() => expect(current().highlight.cue).toBe(false));
    fireEvent.click(screen.getByRole('radio', { name: /Vivid/ }));
    await waitFor(() => expect(current().palette).toBe('vivid'));
    // thoughts are off until the reader asks for them
    const thoughts = screen.getByRole('checkbox', { name: /What people think or plan/ }) as HTMLInputElement;
    expect(thoughts.checked).toBe(false);
    fireEvent.click(thoughts);
    await waitFor(() => expect(current().claims.showThoughts).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: 'Left' }));
    await waitFor(() => expect(current().sidebar.side).toBe('left'));
    fireEvent.change(screen.getByRole('slider', { name: 'Width' }), { target: { value: '420' } });
    await waitFor(() => expect(current().sidebar.width).toBe(420));
    expect(screen.getByText('420 px')).toBeTruthy();
    expect(screen.getAllByRole('status').some((element) => element.textContent === 'Saved.')).toBe(true);
  });

  it('asks for a typed site straight from the click, then lists it, and removes it', async () => {
    const { api } = fakeApi();
    render(<OptionsPage api={api} />);
    expect(await screen.findByText(/No sites yet/)).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Site' }), { target: { value: 'https://www.example.com/news/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this site' }));
    // Synchronously inside the click: the browser only accepts a permission request during the user gesture.
    expect(api.requestSite).toHaveBeenCalledWith('*://*.example.com/*');
    const item = await screen.findByText('example.com and its subdomains');
    expect(item.closest('li')?.getAttribute('data-pattern')).toBe('*://*.example.com/*');
    fireEvent.click(screen.getByRole('button', { name: 'Remove example.com and its subdomains' }));
    await waitFor(() => expect(screen.getByText(/No sites yet/)).toBeTruthy());
    expect(api.revokeSite).toHaveBeenCalledWith('*://*.example.com/*');
  });

  it('explains input that is not a site and does not ask the browser', async () => {
    const { api } = fakeApi();
    render(<OptionsPage api={api} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Site' }), { target: { value: 'intranet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this site' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not a full site name/);
    expect(api.requestSite).not.toHaveBeenCalled();
  });

  it('says so when the reader declines, and follows permission changes made elsewhere', async () => {
    const { api, listeners } = fakeApi({ grant: false });
    render(<OptionsPage api={api} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Site' }), { target: { value: 'example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this site' }));
    await waitFor(() => expect(screen.getByText('Not allowed: example.org and its subdomains.')).toBeTruthy());
    api.grantedSites.mockResolvedValue(['*://127.0.0.1/*']);
    for (const listener of listeners) listener();
    expect(await screen.findByText('127.0.0.1')).toBeTruthy();
  });
});
