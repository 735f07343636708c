/**
 * Constants that build.mjs substitutes at build time (esbuild `define`), declared once so every layer sees the same
 * names. A browser difference is a branch on one of these, never user-agent sniffing.
 */

/** True in the Firefox build, false in the Chrome build. */
declare const __FIREFOX__: boolean;

/** True only in the test builds (extension/*-test/): lets a local test page ask for the toggle. Never shipped. */
declare const __TEST_HOOKS__: boolean;

/** Debug logging; a no-op unless built with WHOSAID_DEBUG=1. */
declare const __DEBUG__: boolean;

/** WhoSaid's User Timing marks in the page's timeline (debug and bench builds); none in shipped builds. */
declare const __MARKS__: boolean;

/**
 * The languages whose lexicon ships as a bundle of its own (extension/<browser>/lexicon-<lang>.js), injected into a
 * page only when its article is in that language; English is built into the content script. Not defined in tests.
 */
declare const __LEXICON_LANGUAGES__: readonly string[];
