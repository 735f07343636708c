/**
 * The contract between the content script and the Preact sidebar: the content script owns the page and the
 * highlights, the sidebar only renders a model and reports what the reader asked for through these actions.
 */
import type { Analysis, ClaimKind } from '../engine/index.js';
import type { Correction, CorrectionLine } from '../shared/corrections.js';

export type { CorrectionLine };

export type PanelState = 'analyzing' | 'ready' | 'empty' | 'error';

export interface SidebarModel {
  state: PanelState;
  /** Shown for 'empty' and 'error' (no article, language not supported, what went wrong). */
  message?: string;
  analysis: Analysis | null;
  page: { url: string; title: string };
  /** Actor id → CSS colour used for that actor's highlights. */
  actorColors: Record<string, string>;
  /** The actor whose highlights alone are shown, or null for all. */
  selectedActorId: string | null;
  /**
   * The kinds of claim shown, in the list and in the page (shared/presentation.ts DEFAULT_SHOWN_KINDS when not given:
   * statements and findings; thoughts on the reader's demand).
   */
  shownKinds?: readonly ClaimKind[];
  /** Which side of the window and how wide (px); default right, 360. From the reader's settings. */
  layout?: SidebarLayout;
  /** Force a theme; default 'auto': dark when the reader prefers dark or the page itself is dark. */
  theme?: 'auto' | 'light' | 'dark';
  /** The reader's corrections of this article in words, in the order made (already applied to `analysis`). */
  corrections?: CorrectionLine[];
  /** Something to tell the reader about their corrections: they could not be kept, or not read back. */
  notice?: string;
}


export interface SidebarLayout {
  side: 'left' | 'right';
  width: number;
}

export interface SidebarActions {
  /** Scroll the page to the claim and briefly emphasise it. */
  jumpToClaim(claimId: string): void;
  /** Show only this actor's highlights (null: all). */
  selectActor(actorId: string | null): void;
  /**
   * Show these kinds of claim, in the page's highlights as in the list. Optional: without it the sidebar's kind chips
   * filter its list alone.
   */
  showKinds?(kinds: readonly ClaimKind[]): void;
  /** Close the sidebar, keeping the highlights. */
  close(): void;
  /** Return the page to where the reader was before the last jump; optional, the sidebar scrolls back itself. */
  jumpBack?(): void;
  /**
   * A claim in the list has keyboard focus (null: none any more): the page may show its hover card, so the card is
   * reachable from the keyboard too. Optional.
   */
  previewClaim?(claimId: string | null): void;
  /** Open the library page (every article kept so far). Optional: without it the sidebar offers no link. */
  openLibrary?(): void;
  /** The reader corrected the analysis; optional (without it the sidebar offers no corrections). */
  correct?(correction: Correction): void;
  /** The reader undid their correction at this index of `model.corrections`. */
  undoCorrection?(index: number): void;
  /**
   * Have the file exports (Markdown, CSV, JSON: export.js) injected into this frame, the first time the reader exports
   * (a click does not carry them; ui/export/export-store.ts); true once they ran. Optional: without it the export
   * buttons say they could not export.
   */
  loadExports?(): Promise<boolean>;
}

export interface SidebarHandle {
  update(model: SidebarModel): void;
  destroy(): void;
}
