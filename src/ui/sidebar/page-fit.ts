/**
 * Keeps the sidebar off the article: while it is open, the page's root gets a margin on the sidebar's side as wide
 * as the sidebar, so the article reflows into the rest of the window instead of lying under it. Preferably through
 * a constructed stylesheet adopted by the document (no DOM change at all); where that is refused (some content
 * script worlds) through the root's style attribute, restored byte for byte on release.
 */
import type { SidebarLayout } from '../sidebar-api.js';

export const DEFAULT_LAYOUT: SidebarLayout = { side: 'right', width: 360 };

/** Below this many pixels of page left beside the sidebar, it overlays instead of squeezing the page. */
export const MIN_PAGE_WIDTH = 480;

export interface PageGutter {
  update(layout: SidebarLayout): void;
  release(): void;
}

export function reservePageGutter(doc: Document, initial: SidebarLayout): PageGutter {
  const root = doc.documentElement;
  const view = doc.defaultView;
  let sheet: CSSStyleSheet | null = null;
  let sheetRefused = false;
  let savedAttribute: { had: boolean; value: string } | null = null;
  let released = false;
  /** The newest layout: a check scheduled for an older one judges this one. */
  let current = initial;
  /** What the adopted sheet holds now. */
  let sheetCss = '';

  const marginFor = (layout: SidebarLayout): number => {
    const windowWidth = view?.innerWidth ?? 0;
    return windowWidth - layout.width >= MIN_PAGE_WIDTH ? layout.width : 0;
  };

  const marginApplied = (property: string, margin: number): boolean =>
    view?.getComputedStyle(root).getPropertyValue(property) === `${margin}px`;

  const adoptSheet = (): CSSStyleSheet | null => {
    try {
      if (!view || !('adoptedStyleSheets' in doc)) return null;
      const created = new view.CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, created];
      return doc.adoptedStyleSheets.includes(created) ? created : null;
    } catch {
      return null;
    }
  };

  const dropSheet = () => {
    const own = sheet;
    if (!own) return;
    sheet = null;
    sheetCss = '';
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((candidate) => candidate !== own);
    } catch {
      own.replaceSync('');
    }
  };

  const restoreAttribute = () => {
    if (!savedAttribute) return;
    if (savedAttribute.had) root.setAttribute('style', savedAttribute.value);
    else root.removeAttribute('style');
  };

  const apply = (layout: SidebarLayout) => {
    const margin = marginFor(layout);
    const property = layout.side === 'left' ? 'margin-left' : 'margin-right';
    if (!sheetRefused) {
      // no margin and no sheet yet: nothing to adopt (adopting even an empty sheet restyles the page)
      if (margin === 0 && sheet === null) {
        current = layout;
        return;
      }
      sheet ??= adoptSheet();
      if (sheet) {
        // Only a real change is written: every write restyles the whole page, and the sidebar updates often
        // (a rewrite after the highlights were registered also left some of them unpainted in Chromium).
        const css = margin > 0 ? `html { ${property}: ${margin}px !important; }` : '';
        if (css !== sheetCss) {
          sheet.replaceSync(css);
          sheetCss = css;
        }
        current = layout;
        if (margin > 0) checkAfterNextFrame();
        return;
      }
      sheetRefused = true;
    }
    applyToAttribute(property, margin);
  };

  /**
   * Whether the adopted sheet took effect is read only after the browser's next frame: asking at once would force
   * a style recalculation of the whole page inside our task (195 ms seen on a long Wikipedia page).
   */
  const checkAfterNextFrame = () => {
    const check = () => {
      const margin = marginFor(current);
      const property = current.side === 'left' ? 'margin-left' : 'margin-right';
      if (released || sheetRefused || margin === 0 || marginApplied(property, margin)) return;
      dropSheet();
      sheetRefused = true;
      apply(current);
    };
    if (view && typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(() => view.setTimeout(check, 0));
    else check();
  };

  const applyToAttribute = (property: string, margin: number) => {
    // Fallback: the root's inline style, remembered exactly as it was before the first change.
    savedAttribute ??= { had: root.hasAttribute('style'), value: root.getAttribute('style') ?? '' };
    restoreAttribute();
    if (margin > 0) root.style.setProperty(property, `${margin}px`, 'important');
  };

  apply(initial);
  return {
    update(layout) {
      if (!released) apply(layout);
    },
    release() {
      if (released) return;
      released = true;
      dropSheet();
      restoreAttribute();
    },
  };
}
