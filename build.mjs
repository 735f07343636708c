/**
 * The one build: bundles the background and the content script with esbuild and writes one loadable folder per
 * browser from the single manifest.json plus a small per-browser overlay: extension/chrome/, extension/firefox/,
 * and the test-only extension/firefox-test/ (see src/page/test-hook.ts). Each language other than English gets a
 * bundle of its own words (lexicon-<lang>.js, scripts/bundles.mjs), injected only into a page in that
 * language. Prints what a first click loads, per language.
 *   node build.mjs            build all folders
 *   WHOSAID_DEBUG=1 node build.mjs   keep debug logging and the whosaid:* User Timing marks, skip minification
 *   WHOSAID_MARKS=1 node build.mjs   the shipped code plus the whosaid:* marks (the page bench times clicks by
 *                                    them), written apart to extension/marks/<name>/ so it is never packaged
 * Shipped builds set no mark, global or attribute a page could read: see src/page/host.ts.
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundledLanguages, bundleOptions, lexiconBundleFile, lexiconBundleStdin } from './scripts/bundles.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DEBUG = process.env.WHOSAID_DEBUG === '1';
const MARKS = DEBUG || process.env.WHOSAID_MARKS === '1';
const OUT = process.env.WHOSAID_MARKS === '1' && !DEBUG ? join(ROOT, 'extension', 'marks') : join(ROOT, 'extension');
const baseManifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
/** The languages whose words ship as bundles of their own: the content script and the background know them. */
const LANGUAGES = bundledLanguages(ROOT);

const GECKO = {
  id: 'whosaid@whosaid-extension',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};
/** Firefox for Android learned data_collection_permissions in 142. */
const GECKO_ANDROID = { strict_min_version: '142.0' };

/** Each target: its output folder, esbuild target, constants and the manifest overlay merged over manifest.json. */
const TARGETS = [
  {
    name: 'chrome',
    esbuildTarget: ['chrome121'],
    firefox: false,
    testHooks: false,
    overlay: { minimum_chrome_version: '121', background: { service_worker: 'background.js' } },
  },
  {
    name: 'firefox',
    esbuildTarget: ['firefox140'],
    firefox: true,
    testHooks: false,
    overlay: { background: { scripts: ['background.js'] }, browser_specific_settings: { gecko: GECKO, gecko_android: GECKO_ANDROID } },
  },
  {
    // Firefox cannot have its toolbar button clicked by automation: this build lets a 127.0.0.1 test page ask for
    // the same toggle. Never packaged.
    name: 'firefox-test',
    esbuildTarget: ['firefox140'],
    firefox: true,
    testHooks: true,
    overlay: {
      name: 'WhoSaid (test build)',
      background: { scripts: ['background.js'] },
      browser_specific_settings: {
        gecko: { ...GECKO, id: 'whosaid-test@whosaid-extension' },
        gecko_android: GECKO_ANDROID,
      },
      host_permissions: ['http://127.0.0.1/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['test-hook.js'], run_at: 'document_start' }],
    },
  },
];

/** `entry`: a source file, or esbuild's `stdin` (a language bundle's generated entry). */
async function bundle(target, dir, entry, outfile) {
  await build({
    ...bundleOptions({ esbuildTarget: target.esbuildTarget, firefox: target.firefox, testHooks: target.testHooks, debug: DEBUG, marks: MARKS, languages: LANGUAGES }),
    ...(typeof entry === 'string' ? { entryPoints: [join(ROOT, entry)] } : { stdin: entry }),
    outfile: join(dir, outfile),
  });
}

/**
 * Builds one target into a staging folder beside the final one, then swaps it in with renames, so a browser test
 * or `web-ext run` reading extension/<name>/ while another build runs never sees a half-written folder.
 * Returns the sizes of the staged scripts.
 */
async function buildTarget(target) {
  const dir = join(OUT, target.name);
  const staging = join(OUT, `.staging-${target.name}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await bundle(target, staging, 'src/background/main.ts', 'background.js');
  await bundle(target, staging, 'src/page/content.ts', 'content.js');
  await bundle(target, staging, 'src/page/auto-run-mark.ts', 'auto-run-mark.js');
  for (const language of LANGUAGES) await bundle(target, staging, lexiconBundleStdin(ROOT, language), lexiconBundleFile(language));
  // the file exports, injected only when the reader exports from the sidebar (src/ui/export/export-store.ts)
  await bundle(target, staging, 'src/ui/export/export-entry.ts', 'export.js');
  // applying and reading back corrections, injected only for an article that has some (src/shared/corrections-kit.ts)
  await bundle(target, staging, 'src/shared/corrections-entry.ts', 'corrections.js');
  await bundle(target, staging, 'src/ui/options/main.tsx', 'options.js');
  for (const file of ['options.html', 'options.css']) cpSync(join(ROOT, 'src/ui/options', file), join(staging, file));
  await bundle(target, staging, 'src/ui/library/main.tsx', 'library.js');
  for (const file of ['library.html', 'library.css']) cpSync(join(ROOT, 'src/ui/library', file), join(staging, file));
  cpSync(join(ROOT, 'src/ui/extension-page.css'), join(staging, 'extension-page.css'));
  if (target.testHooks) await bundle(target, staging, 'src/page/test-hook.ts', 'test-hook.js');
  const manifest = { ...baseManifest, ...target.overlay };
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // the interface's words in each language (src/shared/i18n.ts reads them through browser.i18n)
  cpSync(join(ROOT, '_locales'), join(staging, '_locales'), { recursive: true });
  mkdirSync(join(staging, 'icons'));
  for (const size of [16, 32, 48, 128]) cpSync(join(ROOT, `icons/icon-${size}.png`), join(staging, `icons/icon-${size}.png`));
  const sizes = {
    content: sizeOf(join(staging, 'content.js')),
    background: sizeOf(join(staging, 'background.js')),
    languages: Object.fromEntries(LANGUAGES.map((language) => [language, sizeOf(join(staging, lexiconBundleFile(language)))])),
  };
  const retired = join(OUT, `.retired-${target.name}-${process.pid}`);
  // Another build may swap its own folder in between our two renames: then retire that one and try again.
  for (let attempt = 0; ; attempt++) {
    try {
      if (existsSync(dir)) renameSync(dir, retired);
      renameSync(staging, dir);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
      rmSync(retired, { recursive: true, force: true });
    }
  }
  rmSync(retired, { recursive: true, force: true });
  return sizes;
}

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = {};
for (const target of TARGETS) sizes[target.name] = await buildTarget(target);

const languageName = (tag) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

for (const name of ['chrome', 'firefox']) {
  const { content, background, languages } = sizes[name];
  console.log(
    `${name.padEnd(8)} content script ${kb(content.raw)} minified, ${kb(content.gzip)} gzipped` +
      ` (all a click on an English page loads into it);` +
      ` background ${kb(background.raw)} (${kb(background.gzip)} gzipped)`,
  );
  for (const [language, size] of Object.entries(languages)) {
    console.log(
      `${''.padEnd(8)} ${languageName(language)} page: + ${lexiconBundleFile(language)} ${kb(size.raw)} minified,` +
        ` ${kb(size.gzip)} gzipped (a click loads ${kb(content.gzip + size.gzip)} gzipped)`,
    );
  }
}
console.log(`built ${TARGETS.map((target) => `${relative(ROOT, join(OUT, target.name))}/`).join(', ')}`);
