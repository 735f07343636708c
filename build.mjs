/**
 * The one build: bundles the background and the content script with esbuild and writes one loadable folder per
 * browser from the single manifest.json plus a small per-browser overlay: extension/chrome/, extension/firefox/,
 * and the test-only extension/firefox-test/ (see src/page/test-hook.ts). Prints what a first click loads.
 *   node build.mjs            build all folders
 *   WHOSAID_DEBUG=1 node build.mjs   keep debug logging and skip minification
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = dirname(fileURLToPath(import.meta.url));
const OUT = join(ROOT, 'extension');
const DEBUG = process.env.WHOSAID_DEBUG === '1';
const baseManifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

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

async function bundle(target, entry, outfile) {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: join(OUT, target.name, outfile),
    bundle: true,
    format: 'iife',
    target: target.esbuildTarget,
    minify: !DEBUG,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: {
      __FIREFOX__: String(target.firefox),
      __TEST_HOOKS__: String(target.testHooks),
      __DEBUG__: String(DEBUG),
    },
    logLevel: 'warning',
    plugins: [noInnerHtmlInPreact],
  });
}

async function buildTarget(target) {
  const dir = join(OUT, target.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await bundle(target, 'src/background/main.ts', 'background.js');
  await bundle(target, 'src/page/content.ts', 'content.js');
  await bundle(target, 'src/ui/options/main.tsx', 'options.js');
  for (const file of ['options.html', 'options.css']) cpSync(join(ROOT, 'src/ui/options', file), join(dir, file));
  if (target.testHooks) await bundle(target, 'src/page/test-hook.ts', 'test-hook.js');
  const manifest = { ...baseManifest, ...target.overlay };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(join(dir, 'icons'));
  for (const size of [16, 32, 48, 128]) cpSync(join(ROOT, `icons/icon-${size}.png`), join(dir, `icons/icon-${size}.png`));
}

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

for (const target of TARGETS) await buildTarget(target);

for (const name of ['chrome', 'firefox']) {
  const content = sizeOf(join(OUT, name, 'content.js'));
  const background = sizeOf(join(OUT, name, 'background.js'));
  console.log(
    `${name.padEnd(8)} content script ${kb(content.raw)} minified, ${kb(content.gzip)} gzipped` +
      ` (all a first click loads into the page; the toggle probe is a few hundred bytes);` +
      ` background ${kb(background.raw)} (${kb(background.gzip)} gzipped)`,
  );
}
console.log(`built ${TARGETS.map((target) => `extension/${target.name}/`).join(', ')}`);
