/**
 * The options page: sites where WhoSaid runs by itself (each asked for as an optional host permission on the
 * reader's click, listed, revocable), which parts of a claim are highlighted and whether what people think or plan
 * is, the palette, the sidebar's side and width, and whether analyses are kept in the library (with a link to it).
 * Every change is saved at once to storage.sync and announced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { PALETTES } from '../../shared/palette.js';
import { CLAIM_KIND_LABELS } from '../../shared/presentation.js';
import { PALETTE_IDS, SIDEBAR_WIDTH, type HighlightRole, type Settings, type SettingsPatch } from '../../shared/settings.js';
import { describePattern, sitePattern } from '../../shared/auto-run-sites.js';
import type { OptionsApi } from './options-api.js';

export interface OptionsPageProps {
  api: OptionsApi;
}

const ROLE_TEXT: Record<HighlightRole, { label: string; hint: string }> = {
  source: { label: 'Source', hint: 'who speaks: “the minister”, “she”' },
  cue: { label: 'Cue', hint: 'the reporting words: “said”, “according to”' },
  content: { label: 'Content', hint: 'what is claimed' },
};

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
        setStatus('Saved.');
      },
      (error: unknown) => setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`),
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
          setStatus(`Not allowed: ${describePattern(parsed.pattern)}.`);
          return;
        }
        setSiteInput('');
        setSites(await api.grantedSites());
        setStatus(`WhoSaid now runs by itself on ${describePattern(parsed.pattern)}.`);
      },
      (error: unknown) => setSiteError(error instanceof Error ? error.message : String(error)),
    );
  };

  const removeSite = (pattern: string) => {
    api.revokeSite(pattern).then(
      async () => {
        setSites(await api.grantedSites());
        setStatus(`Removed ${describePattern(pattern)}.`);
      },
      (error: unknown) => setStatus(`Could not remove: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <main class="options">
      <h1>WhoSaid settings</h1>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites where WhoSaid runs by itself</h2>
        <p class="hint">
          WhoSaid normally runs only when you click its button or press its shortcut. On the sites you add here, it
          runs as soon as an article opens. Your browser asks you to allow each site; you can remove it here at any
          time.
        </p>
        <form class="site-form" onSubmit={addSite}>
          <label for="site-input">Site</label>
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
          <button type="submit">Allow this site</button>
        </form>
        {siteError ? (
          <p id="site-error" class="error" role="alert">
            {siteError}
          </p>
        ) : null}
        {sites.length === 0 ? (
          <p class="empty">No sites yet: WhoSaid runs only when you ask.</p>
        ) : (
          <ul class="sites" aria-label="Allowed sites">
            {sites.map((pattern) => (
              <li key={pattern} data-pattern={pattern}>
                <span class="site-name"><bdi>{describePattern(pattern)}</bdi></span>
                <code><bdi>{pattern}</bdi></code>
                <button type="button" aria-label={`Remove ${describePattern(pattern)}`} onClick={() => removeSite(pattern)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {settings ? (
        <>
          <section aria-labelledby="highlights-title">
            <h2 id="highlights-title">Highlights</h2>
            <fieldset>
              <legend>Highlight in the page</legend>
              {(Object.keys(ROLE_TEXT) as HighlightRole[]).map((role) => (
                <label class="check" key={role}>
                  <input
                    type="checkbox"
                    name={`highlight-${role}`}
                    checked={settings.highlight[role]}
                    onChange={(event) => save({ highlight: { [role]: event.currentTarget.checked } })}
                  />
                  <span class={`sample sample-${role}`}>{ROLE_TEXT[role].label}</span>
                  <span class="hint">{ROLE_TEXT[role].hint}</span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Kinds of claim</legend>
              <p class="hint">
                {CLAIM_KIND_LABELS.statement.many} and {CLAIM_KIND_LABELS.finding.many.toLowerCase()} are highlighted whenever WhoSaid runs; the sidebar’s “Show” chips hide or show any kind for one page.
              </p>
              <label class="check">
                <input
                  type="checkbox"
                  name="show-thoughts"
                  checked={settings.claims.showThoughts}
                  onChange={(event) => save({ claims: { showThoughts: event.currentTarget.checked } })}
                />
                <span class="sample sample-thought">{CLAIM_KIND_LABELS.thought.many}</span>
                <span class="hint">what people believe, hope, fear or plan (“believes”, “plans to”), in a lighter style</span>
              </label>
            </fieldset>
          </section>

          <section aria-labelledby="palette-title">
            <h2 id="palette-title">Colours</h2>
            <fieldset>
              <legend>Palette for the voices</legend>
              {PALETTE_IDS.map((id) => (
                <label class="radio" key={id}>
                  <input
                    type="radio"
                    name="palette"
                    value={id}
                    checked={settings.palette === id}
                    onChange={() => save({ palette: id })}
                  />
                  <span>{PALETTES[id].label}</span>
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
            <h2 id="sidebar-title">Sidebar</h2>
            <fieldset>
              <legend>Side of the window</legend>
              {(['left', 'right'] as const).map((side) => (
                <label class="radio" key={side}>
                  <input
                    type="radio"
                    name="side"
                    value={side}
                    checked={settings.sidebar.side === side}
                    onChange={() => save({ sidebar: { side } })}
                  />
                  <span>{side === 'left' ? 'Left' : 'Right'}</span>
                </label>
              ))}
            </fieldset>
            <div class="width">
              <label for="sidebar-width">Width</label>
              <input
                id="sidebar-width"
                type="range"
                min={SIDEBAR_WIDTH.min}
                max={SIDEBAR_WIDTH.max}
                step={SIDEBAR_WIDTH.step}
                value={settings.sidebar.width}
                aria-valuetext={`${settings.sidebar.width} pixels`}
                onChange={(event) => save({ sidebar: { width: Number(event.currentTarget.value) } })}
              />
              <output for="sidebar-width">{settings.sidebar.width} px</output>
            </div>
            <p class="hint">The page moves aside while the sidebar is open, so it never covers the article.</p>
          </section>

          <section aria-labelledby="library-title">
            <h2 id="library-title">Library</h2>
            <label class="check">
              <input
                type="checkbox"
                name="library-keep"
                checked={settings.library.keep}
                onChange={(event) => save({ library: { keep: event.currentTarget.checked } })}
              />
              <span>Keep each article I run WhoSaid on in my library</span>
            </label>
            <p class="hint">
              The library stays in this browser: search it by name or by words of a claim, see what a person was
              reported saying across articles, export it, or forget it.{' '}
              <a href="library.html">Open the library</a>
            </p>
          </section>
        </>
      ) : (
        <p role="status">Loading settings…</p>
      )}

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
