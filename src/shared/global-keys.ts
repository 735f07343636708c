/**
 * Names shared by the background and the content script. The content script publishes its switch-off function on
 * its own isolated world's global under CONTROLLER_GLOBAL; the page's main world cannot see it.
 */
export const CONTROLLER_GLOBAL = '__whosaidSwitchOff';

/** The custom element that hosts the sidebar and hover card inside a shadow root. */
export const ROOT_TAG = 'whosaid-root';

/** Prefix of every highlight name WhoSaid registers in `CSS.highlights`. */
export const HIGHLIGHT_PREFIX = 'whosaid-';
