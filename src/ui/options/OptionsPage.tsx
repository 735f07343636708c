/**
 * The options page: sites where WhoSaid runs by itself (each asked for as an optional host permission on the
 * reader's click, listed, revocable), which parts of a claim are highlighted and whether what people think or plan
 * is, the palette, the sidebar's side and width, and whether analyses are kept in the library (with a link to it).
 * Every change is saved at once to storage.sync and announced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { PALETTES } from '../../shared/palette.js';
import { t } from '../../shared/i18n.js';
import { CLAIM_KIND_LABELS } from '../../shared/presentation.js';
import { PALETTE_IDS, SIDEBAR_WIDTH, type HighlightRole, type Settings, type SettingsPatch } from '../../shared/settings.js';
import { describePattern, sitePattern } from '../../shared/auto-run-sites.js';
import type { OptionsApi } from './options-api.js';

export interface OptionsPageProps {
  api: OptionsApi;
}

const HIGHLIGHT_ROLES: readonly HighlightRole[] = ['source', 'cue', 'content'];

export function OptionsPage({ api }: OptionsPageProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    const refreshSites = () => {
      api.grantedSites().then((granted) => live && setSites(granted), () => undefined);
    };
    api.loadSettings().then((loaded) => live && setSettings(loaded), () => undefined);
    refreshSites();
    const stop = api.onSitesChanged(refreshSites);
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const save = (patch: SettingsPatch) => {
    api.saveSettings(patch).then(
      (saved) => {
        setSettings(saved);
        setStatus(t('options_saved'));
      },
      (error: unknown) => setStatus(t('options_save_failed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  const addSite = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = sitePattern(siteInput);
    if ('error' in parsed) {
      setSiteError(parsed.error);
      return;
    }
    setSiteError('');
    // The permission request must start inside the click's task: no await before it.
    api.requestSite(parsed.pattern).then(
      async (granted) => {
        if (!granted) {
          setStatus(t('options_site_refused', { site: describePattern(parsed.pattern) }));
          return;
        }
        setSiteInput('');
        setSites(await api.grantedSites());
        setStatus(t('options_site_added', { site: describePattern(parsed.pattern) }));
      },
      (error: unknown) => setSiteError(error instanceof Error ? error.message : String(error)),
    );
  };

  const removeSite = (pattern: string) => {
    api.revokeSite(pattern).then(
      async () => {
        setSites(await api.grantedSites());
        setStatus(t('options_site_removed', { site: describePattern(pattern) }));
      },
      (error: unknown) => setStatus(t('options_remove_failed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('options_sites_title')}</h2>
        <p class="hint">{t('options_sites_hint')}</p>
        <form class="site-form" onSubmit={addSite}>
          <label for="site-input">{t('options_site_label')}</label>
          <input
            id="site-input"
            name="site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="www.example.com"
            value={siteInput}
            aria-invalid={siteError !== ''}
            aria-describedby={siteError ? 'site-error' : undefined}
            onInput={(event) => setSiteInput(event.currentTarget.value)}
          />
          <button type="submit">{t('options_site_allow')}</button>
        </form>
        {siteError ? (
          <p id="site-error" class="error" role="alert">
            {siteError}
          </p>
        ) : null}
        {sites.length === 0 ? (
          <p class="empty">{t('options_sites_empty')}</p>
        ) : (
          <ul class="sites" aria-label={t('options_sites_label')}>
            {sites.map((pattern) => (
              <li key={pattern} data-pattern={pattern}>
                <span class="site-name"><bdi>{describePattern(pattern)}</bdi></span>
                <code><bdi>{pattern}</bdi></code>
                <button type="button" aria-label={t('options_remove_label', { site: describePattern(pattern) })} onClick={() => removeSite(pattern)}>
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {settings ? (
        <>
          <section aria-labelledby="highlights-title">
            <h2 id="highlights-title">{t('options_highlights_title')}</h2>
            <fieldset>
              <legend>{t('options_highlight_legend')}</legend>
              {HIGHLIGHT_ROLES.map((role) => (
                <label class="check" key={role}>
                  <input
                    type="checkbox"
                    name={`highlight-${role}`}
                    checked={settings.highlight[role]}
                    onChange={(event) => save({ highlight: { [role]: event.currentTarget.checked } })}
                  />
                  <span class={`sample sample-${role}`}>{t(`options_part_${role}`)}</span>
                  <span class="hint">{t(`options_part_${role}_hint`)}</span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('options_kinds_legend')}</legend>
              <p class="hint">{t('options_kinds_hint')}</p>
              <label class="check">
                <input
                  type="checkbox"
                  name="show-thoughts"
                  checked={settings.claims.showThoughts}
                  onChange={(event) => save({ claims: { showThoughts: event.currentTarget.checked } })}
                />
                <span class="sample sample-thought">{CLAIM_KIND_LABELS.thought.many}</span>
                <span class="hint">{t('options_thoughts_hint')}</span>
              </label>
            </fieldset>
          </section>

          <section aria-labelledby="palette-title">
            <h2 id="palette-title">{t('options_colours_title')}</h2>
            <fieldset>
              <legend>{t('options_palette_legend')}</legend>
              {PALETTE_IDS.map((id) => (
                <label class="radio" key={id}>
                  <input
                    type="radio"
                    name="palette"
                    value={id}
                    checked={settings.palette === id}
                    onChange={() => save({ palette: id })}
                  />
                  <span>{id === 'vivid' ? t('palette_vivid') : t('palette_okabe_ito')}</span>
                  <span class="swatches" aria-hidden="true">
                    {PALETTES[id].colors.map((color) => (
                      <span class="swatch" key={color.solid} style={{ background: color.solid }} />
                    ))}
                  </span>
                </label>
              ))}
            </fieldset>
          </section>

          <section aria-labelledby="sidebar-title">
            <h2 id="sidebar-title">{t('options_sidebar_title')}</h2>
            <fieldset>
              <legend>{t('options_side_legend')}</legend>
              {(['left', 'right'] as const).map((side) => (
                <label class="radio" key={side}>
                  <input
                    type="radio"
                    name="side"
                    value={side}
                    checked={settings.sidebar.side === side}
                    onChange={() => save({ sidebar: { side } })}
                  />
                  <span>{side === 'left' ? t('options_side_left') : t('options_side_right')}</span>
                </label>
              ))}
            </fieldset>
            <div class="width">
              <label for="sidebar-width">{t('options_width')}</label>
              <input
                id="sidebar-width"
                type="range"
                min={SIDEBAR_WIDTH.min}
                max={SIDEBAR_WIDTH.max}
                step={SIDEBAR_WIDTH.step}
                value={settings.sidebar.width}
                aria-valuetext={t('options_width_pixels', { width: settings.sidebar.width })}
                onChange={(event) => save({ sidebar: { width: Number(event.currentTarget.value) } })}
              />
              <output for="sidebar-width">{t('options_width_px', { width: settings.sidebar.width })}</output>
            </div>
            <p class="hint">{t('options_sidebar_hint')}</p>
          </section>

          <section aria-labelledby="library-title">
            <h2 id="library-title">{t('library_title')}</h2>
            <label class="check">
              <input
                type="checkbox"
                name="library-keep"
                checked={settings.library.keep}
                onChange={(event) => save({ library: { keep: event.currentTarget.checked } })}
              />
              <span>{t('options_library_keep')}</span>
            </label>
            <p class="hint">
              {t('options_library_hint')}{' '}
              <a href="library.html">{t('open_library')}</a>
            </p>
          </section>
        </>
      ) : (
        <p role="status">{t('options_loading')}</p>
      )}

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
