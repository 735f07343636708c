/**
 * Mounts the Preact sidebar into the content script's shadow root: injects its stylesheet there (never into the
 * page), reserves room beside the article, remembers where the reader's focus was and gives it back on close.
 * The one entry the content script calls; everything else in src/ui/sidebar is internal.
 */
import { render } from 'preact';
import type { Correction } from '../../shared/corrections.js';
import type { ClaimKind } from '../../engine/index.js';
import type { SidebarActions, SidebarHandle, SidebarModel } from '../sidebar-api.js';
import { SIDEBAR_CSS } from './sidebar-css.js';
import { DEFAULT_LAYOUT, reservePageGutter, type PageGutter } from './page-fit.js';
import { Sidebar } from './Sidebar.js';
import { parseCssRgb, relativeLuminance } from '../../shared/contrast.js';

export interface MountOptions {
  /** Move keyboard focus into the sidebar when it opens (default true: the reader just asked for it). */
  focusOnOpen?: boolean;
  /** Shift the page beside the sidebar so it never covers the article (default true). */
  reservePageSpace?: boolean;
}

export function mountSidebar(
  container: ShadowRoot,
  model: SidebarModel,
  actions: SidebarActions,
  options: MountOptions = {},
): SidebarHandle {
  const doc = container.host.ownerDocument;
  const pageFocus = doc.activeElement !== container.host ? doc.activeElement : null;
  // read before anything of ours is added: reading a computed style brings the page's style up to date, which
  // costs next to nothing while nothing is pending
  const pageDark = pageLooksDark(doc);
  const removeStyles = injectStyles(container, SIDEBAR_CSS);
  const mountPoint = doc.createElement('div');
  mountPoint.className = 'ws-sidebar-root';
  container.appendChild(mountPoint);
  const gutter: PageGutter | null =
    options.reservePageSpace === false ? null : reservePageGutter(doc, model.layout ?? DEFAULT_LAYOUT);

  let destroyed = false;
  const returnFocus = () => {
    const active = container.activeElement;
    if (pageFocus instanceof HTMLElement && pageFocus.isConnected && pageFocus !== doc.body) {
      pageFocus.focus({ preventScroll: true });
    } else if (active instanceof HTMLElement) {
      active.blur();
    }
  };
  const wrappedActions: SidebarActions = {
    jumpToClaim: (claimId) => actions.jumpToClaim(claimId),
    selectActor: (actorId) => actions.selectActor(actorId),
    close: () => {
      returnFocus();
      actions.close();
    },
    ...(actions.jumpBack ? { jumpBack: () => actions.jumpBack?.() } : {}),
    ...(actions.previewClaim ? { previewClaim: (claimId: string | null) => actions.previewClaim?.(claimId) } : {}),
    ...(actions.correct ? { correct: (correction: Correction) => actions.correct?.(correction) } : {}),
    ...(actions.undoCorrection ? { undoCorrection: (index: number) => actions.undoCorrection?.(index) } : {}),
    ...(actions.showKinds ? { showKinds: (kinds: readonly ClaimKind[]) => actions.showKinds?.(kinds) } : {}),
    ...(actions.openLibrary ? { openLibrary: () => actions.openLibrary?.() } : {}),
    ...(actions.loadExports ? { loadExports: () => actions.loadExports?.() ?? Promise.resolve(false) } : {}),
  };
  const draw = (next: SidebarModel) => {
    const theme = next.theme && next.theme !== 'auto' ? next.theme : pageDark ? 'dark' : 'auto';
    render(<Sidebar model={{ ...next, theme }} actions={wrappedActions} />, mountPoint);
  };

  draw(model);
  if (options.focusOnOpen !== false) {
    // Focus once the browser has rendered the new sidebar: focusing now would make it lay out the sidebar (and the
    // page beside it) inside this task instead of in the frame that does so anyway.
    afterNextFrame(doc, () => {
      if (!destroyed) mountPoint.querySelector<HTMLElement>('.ws-panel')?.focus({ preventScroll: true });
    });
  }

  return {
    update(next) {
      if (destroyed) return;
      gutter?.update(next.layout ?? DEFAULT_LAYOUT);
      draw(next);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      const focusWasInside = container.activeElement !== null;
      render(null, mountPoint);
      mountPoint.remove();
      removeStyles();
      gutter?.release();
      if (focusWasInside) returnFocus();
    },
  };
}

/** Runs `then` in a task after the browser's next frame (at once in a later task where there are no frames). */
function afterNextFrame(doc: Document, then: () => void): void {
  const view = doc.defaultView;
  if (view === null) return;
  if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(() => view.setTimeout(then, 0));
  else view.setTimeout(then, 0);
}

/** Adopts a constructed stylesheet on the shadow root (immune to the page's CSP), else appends a <style> there. */
function injectStyles(root: ShadowRoot, css: string): () => void {
  const view = root.host.ownerDocument.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in root) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) {
        return () => {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
        };
      }
    }
  } catch {
    // Constructed sheets unavailable in this world: fall back to a style element inside the shadow root.
  }
  const style = root.host.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
  return () => style.remove();
}

/** True when the page's own background is dark (the first opaque background of body or html). */
export function pageLooksDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const parsed = parseCssRgb(view.getComputedStyle(element).backgroundColor);
    if (parsed && parsed.alpha > 0.5) return relativeLuminance(parsed.rgb) < 0.2;
  }
  return false;
}
