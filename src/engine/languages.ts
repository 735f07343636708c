/**
 * The tools' door: every language the engine has, for the command line, eval, the benches and the tests. The product
 * door (index.ts) carries English only, since the content script imports it and takes another language's words from
 * that language's bundle (page/language/readable-languages.ts); this door is never imported by the extension's code
 * (tests/architecture/import-rules.ts, language-bundles.test.ts).
 */
export { registerToolLanguages } from './lexicon/tool-languages.js';
export { annotatesNestedQuotes } from './lexicon/tool-languages.js';
