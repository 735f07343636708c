/**
 * The one element WhoSaid adds to a page: `<whosaid-root>`, whose shadow root holds the sidebar and the hover card
 * so page styles cannot reach in and ours cannot leak out. The root is closed and the host carries no attributes:
 * the page sees that WhoSaid paints, never what it found or what the reader corrected, and cannot reach a button.
 * Inside, only the reader's own (trusted) input acts (shared/trusted-input.ts). The session's state is written
 * on a hidden element inside the root, where only the extension and the test driver (through the automation
 * protocol, tests/browser/closed-shadow.ts) can read it. Removing the host is all it takes to restore the page's DOM.
 */
import type { PanelState } from '../ui/sidebar-api.js';
import { ROOT_TAG } from '../shared/global-keys.js';
import { acceptOnlyTrustedInput } from '../shared/trusted-input.js';

/** The hidden element in the shadow root that holds the session's state (data-state, data-claims, data-highlights). */
export const STATE_CLASS = 'ws-state';

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
  /** Whether every claim is painted or only those near the viewport (a page with thousands of claims). */
  setHighlights(extent: 'all' | 'near-viewport'): void;
  /** Adds a constructed sheet to the shadow root (after whatever is there). */
  adoptStyles(css: string): void;
  remove(): void;
}

export function createWhoSaidRoot(doc: Document): WhoSaidRoot {
  const view = doc.defaultView;
  if (view === null) throw new Error('the document has no window');
  const host = doc.createElement(ROOT_TAG);
  // Closed: the page's scripts get null from host.shadowRoot, so they can neither read the analysis and the
  // reader's corrections nor reach a button to click. Assistive technology reads closed roots as any other.
  const shadow = host.attachShadow({ mode: 'closed' });
  acceptOnlyTrustedInput(shadow);
  const adoptStyles = (css: string): void => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  };
  adoptStyles(HOST_CSS);
  const stateElement = doc.createElement('div');
  stateElement.className = STATE_CLASS;
  stateElement.hidden = true;
  stateElement.dataset['state'] = 'analyzing';
  stateElement.dataset['claims'] = '0';
  shadow.append(stateElement);
  // After <body>, as the root's last child: the page's own body content and its selectors stay as they were.
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    adoptStyles,
    setState(state, claimCount) {
      stateElement.dataset['claims'] = String(claimCount);
      stateElement.dataset['state'] = state;
    },
    setHighlights(extent) {
      stateElement.dataset['highlights'] = extent;
    },
    remove() {
      host.remove();
    },
  };
}
