/**
 * `npm start`: installs what is missing, builds the extension, serves the demo article on 127.0.0.1 and opens a real
 * browser with WhoSaid loaded on it (web-ext run), Chromium by default. Click the toolbar button or press
 * Alt+Shift+W on the page.
 *   npm start                      Chromium (/usr/bin/chromium)
 *   npm start -- --firefox         Firefox (/usr/bin/firefox-esr)
 *   npm start -- --headless        no window: a smoke check that everything starts (Ctrl+C to stop)
 *   npm start -- --page PATH       another page under tests/fixtures/, e.g. article/harbour-scored.html
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensurePackages } from './setup.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const headless = args.includes('--headless');
const pageIndex = args.indexOf('--page');
const page = pageIndex >= 0 ? args[pageIndex + 1] : 'demo/tramline-article.html';

// A fresh machine: the browser from Debian and the packages from the lock file (nothing here downloads a browser).
ensureBrowsers([firefox ? 'firefox-esr' : 'chromium']);
ensurePackages();

const built = spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// The tests' static server (TypeScript), loaded through tsx now that it is surely installed.
const { tsImport } = await import('tsx/esm/api');
const { startStaticServer } = await tsImport('../tests/browser/static-server.ts', import.meta.url);
const server = await startStaticServer({ '/': join(ROOT, 'tests', 'fixtures') });
const url = `${server.origin}/${page}`;

/** Keeps the browser from calling home: this machine, and a reader trying the demo, need only 127.0.0.1. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browserArgs = firefox
  ? ['--target', 'firefox-desktop', '--firefox', '/usr/bin/firefox-esr', '--source-dir', join(ROOT, 'extension', 'firefox'), ...(headless ? ['--arg=-headless'] : [])]
  : [
      '--target', 'chromium', '--chromium-binary', '/usr/bin/chromium', '--source-dir', join(ROOT, 'extension', 'chrome'),
      ...CHROMIUM_FLAGS.map((flag) => `--arg=${flag}`),
      ...(headless ? ['--arg=--headless=new'] : []),
    ];

console.log(`WhoSaid demo: ${url}\nOpening ${firefox ? 'Firefox' : 'Chromium'}; click the WhoSaid button or press Alt+Shift+W on the page.`);
const webExt = spawn(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['run', ...browserArgs, '--start-url', url, '--no-reload'], {
  stdio: 'inherit',
});

const stop = () => webExt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
webExt.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
