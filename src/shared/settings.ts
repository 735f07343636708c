/**
 * The reader's settings: what is highlighted (parts of a claim, and whether thoughts show), which palette, where the sidebar sits and how wide, whether analyses
 * are kept in the library. Typed defaults, and one validator that turns whatever storage returns (old versions, hand
 * edits, another device) into valid settings field by field. Pure: the storage I/O lives in settings-store.ts.
 * Sites where WhoSaid runs by itself are not settings but granted optional host permissions (see auto-run-sites).
 */
import { PALETTES, type PaletteName } from './palette.js';

export type HighlightRole = 'source' | 'cue' | 'content';
export type PaletteId = PaletteName;
export type SidebarSide = 'left' | 'right';

export interface Settings {
  /** Which parts of each claim are highlighted in the page. */
  highlight: Record<HighlightRole, boolean>;
  palette: PaletteId;
  sidebar: { side: SidebarSide; width: number };
  /** Keep each analysis in the library (the extension's own database); off: nothing new is kept. */
  library: { keep: boolean };
  /**
   * Which kinds of claim show when WhoSaid runs: statements and findings always (the sidebar's chips hide them for a
   * page), thoughts — what people believe, hope or plan — only when the reader asks.
   */
  claims: { showThoughts: boolean };
}

export const SIDEBAR_WIDTH = { min: 280, max: 560, step: 10 } as const;

export const DEFAULT_SETTINGS: Settings = {
  highlight: { source: true, cue: true, content: true },
  palette: 'okabe-ito',
  sidebar: { side: 'right', width: 360 },
  library: { keep: true },
  claims: { showThoughts: false },
};

/** The key under which settings live in storage.sync. */
export const SETTINGS_KEY = 'settings';

export const PALETTE_IDS = Object.keys(PALETTES) as PaletteId[];
const ROLES: readonly HighlightRole[] = ['source', 'cue', 'content'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clampWidth(width: number): number {
  const stepped = Math.round(width / SIDEBAR_WIDTH.step) * SIDEBAR_WIDTH.step;
  return Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, stepped));
}

/** Valid settings from anything: each valid field is kept, each missing or invalid one takes its default. */
export function validateSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const highlightIn = isRecord(input['highlight']) ? input['highlight'] : {};
  const highlight = { ...DEFAULT_SETTINGS.highlight };
  for (const role of ROLES) {
    const value = highlightIn[role];
    if (typeof value === 'boolean') highlight[role] = value;
  }
  const paletteIn = input['palette'];
  const palette = PALETTE_IDS.find((id) => id === paletteIn) ?? DEFAULT_SETTINGS.palette;
  const sidebarIn = isRecord(input['sidebar']) ? input['sidebar'] : {};
  const side: SidebarSide = sidebarIn['side'] === 'left' || sidebarIn['side'] === 'right' ? sidebarIn['side'] : DEFAULT_SETTINGS.sidebar.side;
  const widthIn = sidebarIn['width'];
  const width = typeof widthIn === 'number' && Number.isFinite(widthIn) ? clampWidth(widthIn) : DEFAULT_SETTINGS.sidebar.width;
  const libraryIn = isRecord(input['library']) ? input['library'] : {};
  const keep = typeof libraryIn['keep'] === 'boolean' ? libraryIn['keep'] : DEFAULT_SETTINGS.library.keep;
  const claimsIn = isRecord(input['claims']) ? input['claims'] : {};
  const showThoughts = typeof claimsIn['showThoughts'] === 'boolean' ? claimsIn['showThoughts'] : DEFAULT_SETTINGS.claims.showThoughts;
  return { highlight, palette, sidebar: { side, width }, library: { keep }, claims: { showThoughts } };
}

/** Settings with a change applied, validated again so a bad patch cannot store a bad value. */
export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return validateSettings({
    highlight: { ...current.highlight, ...patch.highlight },
    palette: patch.palette ?? current.palette,
    sidebar: { ...current.sidebar, ...patch.sidebar },
    library: { ...current.library, ...patch.library },
    claims: { ...current.claims, ...patch.claims },
  });
}

export interface SettingsPatch {
  highlight?: Partial<Record<HighlightRole, boolean>>;
  palette?: PaletteId;
  sidebar?: Partial<Settings['sidebar']>;
  library?: Partial<Settings['library']>;
  claims?: Partial<Settings['claims']>;
}
