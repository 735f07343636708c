/**
 * How every script of the extension is bundled, for build.mjs and for the tests that hold the bundles to their
 * budget (tests/architecture/language-bundles.test.ts), so both measure the very bytes a click injects: esbuild's
 * options, and the per-language lexicon bundles. Every folder of src/engine/lexicon/ named by a language tag, other
 * than en/ (built into the content script), becomes lexicon-<tag>.js, injected into a page only when its article is
 * in that language. It is made from a generated entry that hands everything the folder's index.ts exports to
 * src/page/language/lexicon-store.ts, so a new language needs no file outside its folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The language built into the content script. */
export const BUILT_IN_LANGUAGE = 'en';

/** The languages with a bundle of their own: each lexicon folder with an index.ts, English aside, sorted. */
export function bundledLanguages(root = ROOT) {
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

/**
 * The languages written in Cyrillic: their bundle also brings the Latin key (src/shared/latin-key.ts), so on their
 * pages the sidebar's search finds "Песков" from "Peskov"; an English click carries none of it.
 */
export const CYRILLIC_LANGUAGES = ['ru', 'uk', 'be', 'bg', 'sr', 'mk'];

/** esbuild's `stdin` for a language's bundle: its lexicon folder's exports, delivered to the content script. */
export function lexiconBundleStdin(root, language) {
  const index = join(root, 'src', 'engine', 'lexicon', language, 'index.ts');
  const store = join(root, 'src', 'page', 'language', 'lexicon-store.ts');
  const latinKey = join(root, 'src', 'shared', 'latin-key.ts');
  const cyrillic = CYRILLIC_LANGUAGES.includes(language);
  return {
    contents: [
      `import * as lexiconFolder from ${JSON.stringify(index)};`,
      `import { deliverLexicon } from ${JSON.stringify(store)};`,
      ...(cyrillic ? [`import { deliverLatinKey } from ${JSON.stringify(latinKey)};`, 'deliverLatinKey();'] : []),
      `deliverLexicon(${JSON.stringify(language)}, lexiconFolder);`,
    ].join('\n'),
    resolveDir: root,
    sourcefile: `lexicon-${language}-entry.ts`,
    loader: 'ts',
  };
}

/**
 * Preact's one innerHTML write serves `dangerouslySetInnerHTML`, which WhoSaid never uses: page text is rendered as
 * text only. The build removes that write from the bundle, so no HTML string can ever reach the DOM through Preact
 * (and web-ext lint has nothing to warn about). The build fails if Preact's code no longer matches.
 */
const noInnerHtmlInPreact = {
  name: 'no-inner-html-in-preact',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const write = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
      if (!write.test(source)) throw new Error(`${args.path}: Preact's innerHTML write not found; update build.mjs`);
      const contents = source.replace(write, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in WhoSaid")})()');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The sidebar's stylesheet (src/ui/sidebar/sidebar-css.ts) is written to be read, in template literals: the build
 * drops its comments and the white space CSS does not need (about 0.5 KB gzipped of every click), keeping the space
 * before a pseudo-class (".ws-panel :focus" is not ".ws-panel:focus"). Only the literals' text changes, never the code.
 */
const compactSidebarCss = {
  name: 'compact-sidebar-css',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]ui[\\/]sidebar[\\/]sidebar-css\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const compact = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
      // the text of each literal assigned (`const DARK_THEME = `…``) between its ${…} placeholders
      const contents = source.replace(/= `([^`]*)`/g, (_, body) => `= \`${body.split(/(\$\{[^}]*\})/).map((part) => (part.startsWith('${') ? part : compact(part))).join('')}\``);
      return { contents, loader: 'ts' };
    });
  },
};

/** esbuild's options for one script of one target, without its entry and output. */
export function bundleOptions({ esbuildTarget, firefox, testHooks = false, debug = false, marks = false, languages = bundledLanguages() }) {
  return {
    bundle: true,
    format: 'iife',
    target: esbuildTarget,
    minify: !debug,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: {
      __FIREFOX__: String(firefox),
      __TEST_HOOKS__: String(testHooks),
      __DEBUG__: String(debug),
      __MARKS__: String(marks),
      __LEXICON_LANGUAGES__: JSON.stringify(languages),
    },
    logLevel: 'warning',
    plugins: [noInnerHtmlInPreact, compactSidebarCss],
  };
}
