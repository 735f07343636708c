/**
 * jsdom has neither the CSS Custom Highlight API nor constructed style sheets. These minimal stand-ins behave like
 * the browser's for what the page side uses (a registry of named highlights, sheets adopted by documents and shadow
 * roots), so DOM tests can check what WhoSaid registers and that it all goes away again.
 */

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class FakeStyleSheet {
  cssText = '';
  replaceSync(text: string): void {
    this.cssText = text;
  }
}

/** Installs the stand-ins on a jsdom window (and the global scope the page modules read `CSS`/`Highlight` from). */
export function installFakeHighlightApi(window: Window & typeof globalThis): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const scopes = [window, globalThis] as const;
  for (const scope of scopes) {
    Object.assign(scope, { Highlight: FakeHighlight, CSS: { highlights: registry, escape: (text: string) => text } });
  }
  Object.assign(window, { CSSStyleSheet: FakeStyleSheet });
  for (const prototype of [window.Document.prototype, window.ShadowRoot.prototype]) {
    const sheets = new WeakMap<object, unknown[]>();
    Object.defineProperty(prototype, 'adoptedStyleSheets', {
      configurable: true,
      get(this: object) {
        return sheets.get(this) ?? [];
      },
      set(this: object, value: unknown[]) {
        sheets.set(this, [...value]);
      },
    });
  }
  // jsdom does no layout: ranges measure as empty boxes at the top of the page.
  const emptyRect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Object.assign(window.Range.prototype, {
    getBoundingClientRect: () => emptyRect,
    getClientRects: () => [],
  });
  return registry;
}
