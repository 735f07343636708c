/**
 * The set-up both README commands begin with, so that `npm start` and `npm test` work on a fresh machine: Debian's
 * chromium and firefox-esr when missing (apt-get, as root; Firefox with its German, French, Spanish and Russian
 * language packs, which the interface-language tests switch it to), and the npm packages from the lock file when
 * node_modules is missing or older than the lock file. Plain Node with no packages: it runs before any are installed.
 *   node scripts/setup.mjs                 both browsers and the packages
 *   node scripts/setup.mjs --browser chromium   only that browser (npm start needs one)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian package → the binary it installs, the one path the tests and `npm start` use. */
const BROWSERS = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };

/**
 * Firefox shows an extension's messages in a language only when that language is installed (Chromium needs no pack):
 * tests/browser/interface-language.test.ts sets Firefox to German, French, Spanish and Russian.
 */
export const FIREFOX_LANGPACKS = {
  'firefox-esr-l10n-de': '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi',
  'firefox-esr-l10n-fr': '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi',
  'firefox-esr-l10n-es-es': '/usr/lib/firefox-esr/browser/extensions/langpack-es-ES@firefox-esr.mozilla.org.xpi',
  'firefox-esr-l10n-ru': '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi',
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export function ensureBrowsers(packages = Object.keys(BROWSERS)) {
  const wanted = { ...Object.fromEntries(packages.map((name) => [name, BROWSERS[name]])), ...(packages.includes('firefox-esr') ? FIREFOX_LANGPACKS : {}) };
  const missing = Object.keys(wanted).filter((name) => !existsSync(wanted[name]));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`setup: ${missing.join(' and ')} missing; install with: sudo apt-get install ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`setup: installing ${missing.join(' and ')} from Debian`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing]);
}

export function ensurePackages() {
  const lock = join(ROOT, 'package-lock.json');
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  // npm writes node_modules/.package-lock.json on every install: older than the lock file means out of date.
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('setup: installing the npm packages from package-lock.json');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// Run as a command (not imported by start.mjs); pathToFileURL encodes paths with spaces or '#' as import.meta.url does.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browserIndex = process.argv.indexOf('--browser');
  const browser = browserIndex >= 0 ? process.argv[browserIndex + 1] : undefined;
  if (browser !== undefined && !(browser in BROWSERS)) {
    console.error(`setup: unknown browser "${browser}" (chromium or firefox-esr)`);
    process.exit(2);
  }
  ensureBrowsers(browser === undefined ? undefined : [browser]);
  ensurePackages();
}
