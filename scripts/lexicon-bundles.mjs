/**
 * The per-language lexicon bundles, for build.mjs and the test that holds them to their budget: every folder of
 * src/engine/lexicon/ named by a language tag, other than en/ (built into the content script), becomes
 * lexicon-<tag>.js, injected into a page only when its article is in that language. The bundle is made from a
 * generated entry that hands everything the folder's index.ts exports to src/page/language/lexicon-store.ts, so a
 * new language needs no file outside its folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The language built into the content script. */
export const BUILT_IN_LANGUAGE = 'en';

/** The languages with a bundle of their own: each lexicon folder with an index.ts, English aside, sorted. */
export function bundledLanguages(root) {
  const folder = join(root, 'src', 'engine', 'lexicon');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name) && entry.name !== BUILT_IN_LANGUAGE)
    .filter((entry) => existsSync(join(folder, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** The file name of a language's bundle, beside content.js. */
export function lexiconBundleFile(language) {
  return `lexicon-${language}.js`;
}

/** esbuild's `stdin` for a language's bundle: its lexicon folder's exports, delivered to the content script. */
export function lexiconBundleStdin(root, language) {
  const index = join(root, 'src', 'engine', 'lexicon', language, 'index.ts');
  const store = join(root, 'src', 'page', 'language', 'lexicon-store.ts');
  return {
    contents: [
      `import * as lexiconFolder from ${JSON.stringify(index)};`,
      `import { deliverLexicon } from ${JSON.stringify(store)};`,
      `deliverLexicon(${JSON.stringify(language)}, lexiconFolder);`,
    ].join('\n'),
    resolveDir: root,
    sourcefile: `lexicon-${language}-entry.ts`,
    loader: 'ts',
  };
}
