/**
 * The sidebar's stylesheet, injected into the shadow root only (never the page). Light and dark themes through
 * custom properties: dark follows prefers-color-scheme, or a dark page (`.ws-dark`, set by mount). Motion only
 * when the reader has not asked for less. Text colours are chosen for contrast ≥ 4.5:1 on their backgrounds.
 */
/** Dark theme colours, used for a dark page and for readers who prefer dark. */
const DARK_THEME = `
  --ws-bg: #1d1f23;
  --ws-bg-soft: #2a2d33;
  --ws-fg: #eceef1;
  --ws-muted: #b4bac4;
  --ws-border: #474c55;
  --ws-accent: #8ab4f8;
  --ws-accent-fg: #10131a;
  --ws-pressed-bg: #2f3f5c;
  --ws-distancing: #ffb4ab;
  --ws-distancing-bg: #4a2222;
  --ws-focus: #8ab4f8;
  --ws-finding: #9fd8c4;
  --ws-finding-bg: #173a30;
  --ws-thought: #d7c4f5;
  --ws-thought-bg: #33284a;
  color-scheme: dark;
`;

export const SIDEBAR_CSS = `
.ws-panel {
  --ws-bg: #ffffff;
  --ws-bg-soft: #f3f4f6;
  --ws-fg: #1b1c1f;
  --ws-muted: #4f5563;
  --ws-border: #c9ccd3;
  --ws-accent: #0b57d0;
  --ws-accent-fg: #ffffff;
  --ws-pressed-bg: #dbe6fb;
  --ws-distancing: #8a1c1c;
  --ws-distancing-bg: #fde8e8;
  --ws-focus: #0b57d0;
  --ws-finding: #0b5a43;
  --ws-finding-bg: #e1f4ec;
  --ws-thought: #5b3a99;
  --ws-thought-bg: #efe8fb;
  all: initial;
  box-sizing: border-box;
  position: fixed;
  top: 0;
  bottom: 0;
  right: 0;
  width: var(--ws-width, 360px);
  max-width: 100vw;
  z-index: 2147483646;
  display: flex;
  flex-direction: column;
  background: var(--ws-bg);
  color: var(--ws-fg);
  border-left: 1px solid var(--ws-border);
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  text-align: left;
  direction: ltr;
  color-scheme: light;
}
.ws-panel.ws-left {
  right: auto;
  left: 0;
  border-left: none;
  border-right: 1px solid var(--ws-border);
  box-shadow: 4px 0 16px rgba(0, 0, 0, 0.12);
}
.ws-panel.ws-dark {
${DARK_THEME}
}
@media (prefers-color-scheme: dark) {
  .ws-panel:not(.ws-light) {
${DARK_THEME}
  }
}
.ws-panel *, .ws-panel *::before, .ws-panel *::after { box-sizing: border-box; }
.ws-panel :focus { outline: none; }
.ws-panel :focus-visible { outline: 3px solid var(--ws-focus); outline-offset: 2px; border-radius: 4px; }
.ws-panel :where(button, input, select) {
  font: inherit;
  color: inherit;
}
.ws-panel :where(button) {
  cursor: pointer;
  background: none;
  border: 1px solid transparent;
  border-radius: 6px;
  padding: 2px 6px;
  text-align: inherit;
}
.ws-panel :where(button):hover { background: var(--ws-bg-soft); }
.ws-panel :where(h2, h3, p, ul) { margin: 0; padding: 0; }
.ws-panel :where(ul) { list-style: none; }
.ws-header {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 10px 12px;
  border-bottom: 1px solid var(--ws-border);
  flex: none;
}
.ws-title { font-size: 16px; font-weight: 700; flex: 1; }
.ws-header button { border-color: var(--ws-border); }
.ws-close { font-size: 18px; line-height: 1; min-width: 32px; min-height: 32px; }
.ws-body { overflow-y: auto; flex: 1; padding: 10px 12px 16px; }
.ws-message { padding: 16px 4px; color: var(--ws-fg); }
.ws-spinner { display: inline-block; width: 12px; height: 12px; margin-right: 8px; border-radius: 50%;
  border: 2px solid var(--ws-muted); border-top-color: transparent; vertical-align: -1px; }
@media (prefers-reduced-motion: no-preference) {
  .ws-spinner { animation: ws-spin 0.9s linear infinite; }
  .ws-panel button { transition: background-color 120ms ease; }
}
@keyframes ws-spin { to { transform: rotate(360deg); } }
.ws-section-title { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--ws-muted); margin: 14px 0 6px; }
.ws-voices { background: var(--ws-bg-soft); border-radius: 8px; padding: 8px 10px 10px; }
.ws-voices .ws-section-title { margin-top: 2px; }
.ws-figures { display: grid; gap: 6px; }
.ws-figure-row { display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; }
.ws-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 4px; }
.ws-figure { border: 1px solid var(--ws-border) !important; background: var(--ws-bg) !important; }
.ws-pair .ws-figure { width: 100%; }
.ws-pair .ws-count { display: block; }
.ws-more { font-size: 12px; color: var(--ws-accent); text-decoration: underline; }
.ws-figure strong { font-size: 15px; }
.ws-panel button[aria-pressed="true"] { background: var(--ws-pressed-bg) !important; border-color: var(--ws-accent) !important; }
.ws-bar { display: flex; height: 4px; border-radius: 2px; overflow: hidden; background: var(--ws-border); margin: 3px 0 2px; }
.ws-bar-part { background: var(--ws-accent); }
.ws-cue-label { color: var(--ws-muted); font-size: 12px; margin-right: 2px; }
.ws-chip { font-size: 12px; border: 1px solid var(--ws-border) !important; background: var(--ws-bg) !important; }
.ws-chip-distancing { color: var(--ws-distancing); }
.ws-search { display: block; margin-top: 12px; }
.ws-search span { display: block; font-size: 12px; color: var(--ws-muted); margin-bottom: 2px; }
.ws-search input { width: 100%; padding: 6px 8px; border: 1px solid var(--ws-border); border-radius: 6px;
  background: var(--ws-bg); }
.ws-filter-note { margin: 8px 0 4px !important; font-size: 12px; color: var(--ws-muted); display: flex; gap: 6px;
  align-items: baseline; flex-wrap: wrap; }
.ws-filter-note button { font-size: 12px; border-color: var(--ws-border); }
.ws-group-title { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--ws-muted); margin: 16px 0 4px; }
/* content-visibility: an extra guard beside the windowed list, sources scrolled out of view skip layout and paint.
   Their contained paint would clip focus rings drawn outside the box, hence the side padding (and margin back). */
.ws-actor { border-top: 1px solid var(--ws-border); padding: 6px; margin: 0 -6px;
  content-visibility: auto; contain-intrinsic-size: auto 160px; }
.ws-show { font-size: 12px; color: var(--ws-accent); text-decoration: underline; }
.ws-show-item { padding: 2px 0; }
.ws-actor-btn { display: flex !important; width: 100%; align-items: center; gap: 8px; padding: 4px 6px !important; }
.ws-actor-name { font-weight: 650; flex: 1; min-width: 0; overflow-wrap: anywhere; }
.ws-swatch { flex: none; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.35); }
.ws-count { font-size: 12px; color: var(--ws-muted); white-space: nowrap; }
.ws-kind { font-size: 11px; color: var(--ws-muted); }
.ws-role { display: inline-block; margin-left: 6px; font-size: 11px; font-weight: 600; line-height: 16px;
  border-radius: 9px; padding: 0 7px; white-space: nowrap; vertical-align: 1px;
  color: var(--ws-fg); background: var(--ws-bg-soft); border: 1px solid var(--ws-border); }
.ws-role-unknown { font-weight: 400; color: var(--ws-muted); border-style: dashed; }
.ws-role-why { font-style: italic; }
.ws-roles { gap: 4px 6px; }
.ws-role-none { font-size: 12px; color: var(--ws-muted); padding: 1px 2px; }
.ws-desc { font-size: 12px; color: var(--ws-muted); margin: 0 6px 4px 28px !important; }
.ws-claims { margin-left: 22px !important; display: grid; gap: 2px; }
.ws-claim { display: flex; gap: 2px; align-items: flex-start; border-radius: 6px; }
.ws-claim-jump { flex: 1; display: block; padding: 4px 6px !important; min-width: 0; }
.ws-claim-meta { display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; margin-bottom: 2px; }
.ws-cue { font-weight: 650; }
.ws-badge { font-size: 11px; border-radius: 4px; padding: 0 4px; background: var(--ws-bg-soft); color: var(--ws-fg);
  border: 1px solid var(--ws-border); }
.ws-badge-distancing { color: var(--ws-distancing); background: var(--ws-distancing-bg); border-color: currentColor; }
.ws-content { display: block; overflow-wrap: anywhere; }
.ws-claim-actions { flex: none; display: flex; flex-direction: column; gap: 2px; padding-top: 2px; }
.ws-icon-btn { font-size: 12px; color: var(--ws-muted) !important; border-color: var(--ws-border) !important; }
.ws-export { display: flex; gap: 6px; flex-wrap: wrap; }
.ws-export button { border-color: var(--ws-border); }
.ws-empty-filter { padding: 12px 4px; color: var(--ws-muted); }
.ws-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
/* the kind chips: statements, findings, what people think or plan; a tick as well as the pressed colour */
.ws-kinds { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; margin: 2px 0 8px; }
.ws-kinds-title { font-size: 12px; color: var(--ws-muted); margin-right: 2px; }
.ws-kind-chip { font-size: 12px; border: 1px solid var(--ws-border) !important; border-radius: 999px !important;
  padding: 1px 8px !important; color: var(--ws-fg); }
.ws-kind-chip[aria-pressed="true"] { background: var(--ws-pressed-bg); border-color: var(--ws-accent) !important; }
.ws-kind-check { display: inline-block; width: 0.9em; }
.ws-badge-finding { color: var(--ws-finding); background: var(--ws-finding-bg); border-color: currentColor; }
.ws-badge-thought { color: var(--ws-thought); background: var(--ws-thought-bg); border-color: currentColor;
  border-style: dashed; }
.ws-badge-unsure { font-style: italic; border-style: dotted; color: var(--ws-muted); }
.ws-claim-unsure .ws-content { color: var(--ws-muted); }
.ws-back { border-color: var(--ws-border) !important; font-size: 12px; }
/* Space given: quoted words solid, paraphrased words hatched in the same colour (told apart without colour too) */
.ws-space { display: flex; align-items: center; gap: 8px; margin: 0 6px 4px 28px !important; font-size: 12px;
  color: var(--ws-muted); }
.ws-space-bar { flex: 1; display: flex; height: 8px; border-radius: 2px; overflow: hidden; min-width: 40px;
  background: var(--ws-bg-soft); box-shadow: inset 0 0 0 1px var(--ws-border); }
.ws-space-quoted { background: var(--ws-actor); }
.ws-space-paraphrased { background: repeating-linear-gradient(135deg, var(--ws-actor) 0 2px, transparent 2px 4px);
  box-shadow: inset 0 0 0 1px var(--ws-actor); }
/* a fixed width for the figure, so every bar's track is the same length and the bars compare */
.ws-space-figure { flex: none; width: 8.5em; text-align: right; white-space: nowrap; }
.ws-article-space p { margin: 0; }
.ws-space-wide { display: flex; margin: 3px 0 2px; }
.ws-space-key { font-size: 12px; color: var(--ws-muted); }
.ws-key { display: inline-block; width: 14px; height: 8px; border-radius: 2px; vertical-align: 0; --ws-actor: var(--ws-muted); }
.ws-key-quoted { background: var(--ws-actor); }
.ws-key-paraphrased { background: repeating-linear-gradient(135deg, var(--ws-actor) 0 2px, transparent 2px 4px);
  box-shadow: inset 0 0 0 1px var(--ws-actor); }
.ws-key-paraphrased { margin-left: 6px; }
.ws-space-section { background: var(--ws-bg-soft); border-radius: 8px; padding: 8px 10px 10px; margin-top: 10px; }
.ws-space-section .ws-section-title { margin-top: 2px; }
.ws-space-section .ws-space-bar { background: var(--ws-bg); }
.ws-space-chart { display: grid; gap: 3px; margin: 6px 0 2px !important; padding: 0 !important; list-style: none; }
.ws-chart-row { display: grid; grid-template-columns: minmax(0, 10em) 1fr 8.5em; gap: 8px; align-items: center;
  font-size: 12px; }
.ws-chart-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
.ws-chart-row .ws-space-figure { width: auto; color: var(--ws-muted); }
.ws-sort { display: flex; align-items: baseline; gap: 4px; flex-wrap: wrap; font-size: 12px; color: var(--ws-muted);
  margin: 4px 0 0; }
.ws-sort button { font-size: 12px; color: var(--ws-fg); border-color: var(--ws-border); }
/* corrections: the Correct buttons, their forms in place, the marks and the list of corrections made */
.ws-actor-row { display: flex; gap: 4px; align-items: center; }
.ws-actor-row .ws-actor-btn { flex: 1; min-width: 0; }
.ws-claim { flex-wrap: wrap; }
.ws-badge-corrected { font-style: italic; border-style: dashed; }
.ws-fix { flex-basis: 100%; display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px; margin: 4px 0 6px 6px; padding: 8px; border-radius: 6px;
  background: var(--ws-bg-soft); border: 1px solid var(--ws-border); font-size: 13px; }
.ws-fix > button:first-child { justify-self: start; }
.ws-fix button { border-color: var(--ws-border); background: var(--ws-bg); }
.ws-fix button:disabled { cursor: default; color: var(--ws-muted); }
.ws-fix-field { font-size: 12px; color: var(--ws-muted); }
.ws-fix :where(input, select) { min-width: 0; padding: 4px 6px; border: 1px solid var(--ws-border); border-radius: 6px;
  background: var(--ws-bg); }
.ws-fix-row { display: flex; gap: 4px; }
.ws-fix-row :where(input, select) { flex: 1 1 0; width: 0; }
.ws-fix-actions { display: flex; gap: 4px; justify-content: flex-end; }
.ws-corrections ul { display: grid; gap: 4px; }
.ws-fix-note { font-size: 12px; color: var(--ws-muted); margin-bottom: 6px !important; }
.ws-fix-line { display: flex; gap: 6px; align-items: baseline; justify-content: space-between; font-size: 13px;
  overflow-wrap: anywhere; }
.ws-fix-line button { flex: none; font-size: 12px; border-color: var(--ws-border); }
.ws-fix-skipped > span { color: var(--ws-muted); }
.ws-notice { font-size: 13px; padding: 6px 8px; margin-bottom: 6px !important; border-radius: 6px;
  color: var(--ws-distancing); background: var(--ws-distancing-bg); }
`;
