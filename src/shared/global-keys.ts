/**
 * Names shared by the background and the content script. The content script publishes its switch-off function on
 * its own isolated world's global under CONTROLLER_GLOBAL; the page's main world cannot see it.
 */
export const CONTROLLER_GLOBAL = '__whosaidSwitchOff';

/**
 * Set by the background's click probe just before it injects the content script: a session started by the reader's
 * click takes keyboard focus into the sidebar; one started by per-site auto-run leaves the reader's focus alone.
 */
export const STARTED_BY_CLICK_GLOBAL = '__whosaidStartedByClick';

/** The custom element that hosts the sidebar and hover card inside a shadow root. */
export const ROOT_TAG = 'whosaid-root';

/** Prefix of every highlight name WhoSaid registers in `CSS.highlights`. */
export const HIGHLIGHT_PREFIX = 'whosaid-';
