/**
 * The one element WhoSaid adds to a page: `<whosaid-root>`, whose shadow root holds the sidebar and the hover card
 * so page styles cannot reach in and ours cannot leak out. Its data-state / data-claims attributes tell tests and
 * scripts when the work is done. Removing it is all it takes to restore the page's DOM.
 */
import type { PanelState } from '../ui/sidebar-api.js';
import { ROOT_TAG } from '../shared/global-keys.js';

/** Host-level rules: the host itself takes no room in the page's layout; its children position themselves. */
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
}`;

export interface WhoSaidRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  setState(state: PanelState, claimCount: number): void;
  /** Adds a constructed sheet to the shadow root (after whatever is there). */
  adoptStyles(css: string): void;
  remove(): void;
}

export function createWhoSaidRoot(doc: Document): WhoSaidRoot {
  const view = doc.defaultView;
  if (view === null) throw new Error('the document has no window');
  const host = doc.createElement(ROOT_TAG);
  // Open so tests and assistive tooling can inspect it; the page could read our DOM anyway.
  const shadow = host.attachShadow({ mode: 'open' });
  const adoptStyles = (css: string): void => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  };
  adoptStyles(HOST_CSS);
  host.dataset['state'] = 'analyzing';
  host.dataset['claims'] = '0';
  // After <body>, as the root's last child: the page's own body content and its selectors stay as they were.
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    adoptStyles,
    setState(state, claimCount) {
      host.dataset['claims'] = String(claimCount);
      host.dataset['state'] = state;
    },
    remove() {
      host.remove();
    },
  };
}
