/**
 * How every script of the extension is bundled, for build.mjs and for the tests that hold the bundles to their
 * budget (tests/architecture/language-bundles.test.ts), so both measure the very bytes a click injects: esbuild's
 * options, and the per-language lexicon bundles. Every folder of src/engine/lexicon/ named by a language tag, other
 * than en/ (built into the content script), becomes lexicon-<tag>.js, injected into a page only when its article is
 * in that language. It is made from a generated entry that hands everything the folder's index.ts exports to
 * src/page/language/lexicon-store.ts, so a new language needs no file outside its folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/**
 * The names of the Lexicon's fields (the `export interface Lexicon` of src/engine/lexicon/lexicon.ts), but for the two
 * a bundle's delivery is checked by (lexicon-store.ts reads `language` and `CUE_VERBS` by their names).
 */
export function lexiconFieldNames(root = ROOT) {
  const source = readFileSync(join(root, 'src', 'engine', 'lexicon', 'lexicon.ts'), 'utf8');
  const body = /^export interface Lexicon \{\n([\s\S]*?)^\}/m.exec(source)?.[1];
  if (body === undefined) throw new Error('src/engine/lexicon/lexicon.ts: no `export interface Lexicon {` found; update scripts/bundles.mjs');
  const names = [...body.matchAll(/^ {2}(?:readonly )?([A-Za-z_]\w*)\??[:(]/gm)].map((match) => match[1]);
  return [...new Set(names)].filter((name) => name !== 'language' && name !== 'CUE_VERBS');
}

/**
 * Every bundle writes the Lexicon's fields under short names ("$a" for ABBREVIATIONS and so on: the names sorted,
 * then numbered), where the engine's steps read them 600 times: 1.6 KB gzipped of an English click was their long
 * names. One table for every bundle, so content.js and each lexicon-<tag>.js read and write the same names; the "$"
 * keeps them apart from every other property. Only a property written `x.NAME` or `{ NAME: … }` is renamed, never a
 * string ("NAME" in x, Reflect.get): language-bundles.test.ts checks that no field's long name is left in a bundle.
 */
export function lexiconFieldMangleCache(root = ROOT) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const nameAt = (index) => {
    let name = '';
    for (let rest = index; rest >= 0; rest = Math.floor(rest / letters.length) - 1) name = letters.charAt(rest % letters.length) + name;
    return `$${name}`;
  };
  return Object.fromEntries(lexiconFieldNames(root).sort().map((field, index) => [field, nameAt(index)]));
}

/**
 * A module namespace (`import * as words from './words.js'`) is an object whose keys are the export names, which no
 * minifier renames: a lexicon built as `{ ...words }` would keep the long names, and `words.TITLES` would be read
 * under the short one. So the lexicon folders' namespace imports become named imports as they are bundled:
 * `words.TITLES` reads the binding `words$TITLES`, `...words` lists every exported value (`TITLES: words$TITLES, …`),
 * the same fields in the same order. The build fails on an export or a use of the namespace this cannot follow.
 */
const lexiconNamespacesAsNamedImports = {
  name: 'lexicon-namespaces-as-named-imports',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lexicon[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/^import \* as /m.test(source)) return undefined;
      const fail = (why) => { throw new Error(`${args.path}: ${why}; update scripts/bundles.mjs (lexiconNamespacesAsNamedImports)`); };
      let contents = source;
      for (const [line, namespace, specifier] of source.matchAll(/^import \* as ([A-Za-z_$][\w$]*) from '(\.[^']+)';$/gm)) {
        const exports = valueExportsOf(resolve(dirname(args.path), specifier.replace(/\.js$/, '.ts')), fail);
        const local = (name) => `${namespace}$${name}`;
        contents = contents.replace(line, `import { ${exports.map((name) => `${name} as ${local(name)}`).join(', ')} } from '${specifier}';`);
        // the code's lines only: an import's path may hold the namespace's name ('./cue-verbs.js' for verbs)
        // and outside '…' strings, where words are data
        const outsideStrings = (text, rewrite) => text.split(/('[^'\n]*')/).map((part, at) => (at % 2 === 1 ? part : rewrite(part))).join('');
        const inCode = (rewrite) => contents.split('\n').map((text) => (/^(import|export) .* from '/.test(text) ? text : outsideStrings(text, rewrite))).join('\n');
        const spread = new RegExp(`\\.\\.\\.${escapeRegExp(namespace)}(?![\\w$.])`, 'g');
        const member = new RegExp(`(?<=^|[^\\p{L}\\p{N}_$.]|\\.\\.\\.)${escapeRegExp(namespace)}\\.([A-Za-z_$][\\w$]*)`, 'gu');
        contents = inCode((text) => text.replace(spread, () => exports.map((name) => `${name}: ${local(name)}`).join(', ')).replace(member, (_, name) => local(name)));
        const code = inCode((text) => text).split('\n').filter((text) => !/^(import|export) .* from '/.test(text)).join('\n').replace(/\/\*[\s\S]*?\*\/|\/\/.*$|'[^'\n]*'/gm, '');
        if (new RegExp(`(?<=^|[^\\p{L}\\p{N}_$.]|\\.\\.\\.)${escapeRegExp(namespace)}(?![\\p{L}\\p{N}_$])`, 'u').test(code)) fail(`the namespace ${namespace} is used otherwise than as \`${namespace}.NAME\` or \`...${namespace}\``);
      }
      return { contents, loader: 'ts' };
    });
  },
};

const escapeRegExp = (text) => text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

/** The names a TypeScript module exports as values (types aside), in the order written. */
function valueExportsOf(file, fail) {
  if (!existsSync(file)) fail(`${file} not found`);
  const source = readFileSync(file, 'utf8');
  if (/^export (\*|default\b|(const|let|var) *[{[])/m.test(source)) fail(`${file} exports in a form not followed`);
  const names = [];
  for (const match of source.matchAll(/^export (?:declare )?(?:(?:const|let|var|class|enum|function\*?|async function\*?) ([A-Za-z_$][\w$]*)|\{([^}]*)\})/gm)) {
    if (match[1] !== undefined) names.push(match[1]);
    else for (const item of (match[2] ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '' && !part.startsWith('type '))) names.push(item.split(/\s+as\s+/).at(-1));
  }
  return [...new Set(names)];
}

const LEXICON_FIELD_MANGLE_CACHE = lexiconFieldMangleCache();

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
    ...(debug ? {} : { mangleProps: new RegExp(`^(${Object.keys(LEXICON_FIELD_MANGLE_CACHE).join('|')})$`), mangleCache: LEXICON_FIELD_MANGLE_CACHE }),
    logLevel: 'warning',
    plugins: [noInnerHtmlInPreact, compactSidebarCss, lexiconNamespacesAsNamedImports],
  };
}
