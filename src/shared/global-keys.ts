/**
 * Names shared by the background and the content script. The content script publishes its switch-off function on
 * its own isolated world's global under CONTROLLER_GLOBAL; the page's main world cannot see it.
 */
export const CONTROLLER_GLOBAL = '__whosaidSwitchOff';

/**
 * Set by auto-run-mark.js, which per-site auto-run injects just before the content script: a session started by
 * the reader's click takes keyboard focus into the sidebar; one started by auto-run leaves the reader's focus alone.
 */
export const AUTO_RUN_GLOBAL = '__whosaidAutoRun';

/** The custom element that hosts the sidebar and hover card inside a shadow root. */
export const ROOT_TAG = 'whosaid-root';

/** Prefix of every highlight name WhoSaid registers in `CSS.highlights`. */
export const HIGHLIGHT_PREFIX = 'whosaid-';

/**
 * The lexicons a language bundle (lexicon-<lang>.js, injected on demand) delivered into this isolated world: the
 * content script's engine registers them from there, and they outlast one session, so switching WhoSaid off and on
 * again on a German page injects the German words once.
 */
export const LEXICON_STORE_GLOBAL = '__whosaidLexicons';

/**
 * The Latin match key of Cyrillic text (shared/latin-key.ts), which a Cyrillic language's bundle (lexicon-ru.js)
 * delivers into this isolated world, so the sidebar's search finds "Песков" from "Peskov" on the pages that need it
 * and an English click carries none of it.
 */
export const LATIN_KEY_GLOBAL = '__whosaidLatinKey';

/**
 * The file exports (Markdown, CSV, JSON) that export.js, injected the first time the reader exports from the
 * sidebar, delivered into this isolated world (src/ui/export/export-store.ts): a click on a page carries none of them.
 */
export const EXPORT_STORE_GLOBAL = '__whosaidExports';

/**
 * What applies, describes and reads back the reader's corrections, which corrections.js, injected the first time an
 * article has any, delivered into this isolated world (src/shared/corrections-kit.ts): a click carries none of it.
 */
export const CORRECTIONS_KIT_GLOBAL = '__whosaidCorrections';
