/**
 * `npm run bench -- clicks`: the bytes a click injects into a page, per language and browser, built in memory with
 * build.mjs's own options (scripts/bundles.mjs): content.js for an English page, content.js and lexicon-<lang>.js for
 * a page in another language. Goals (issue 17): an English click no more than when the issue was written (48f3801;
 * tests/architecture/language-bundles.test.ts holds the ceiling reached so far), another language's bundle at most
 * 25 KB gzipped.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { bundledLanguages, bundleOptions, lexiconBundleFile, lexiconBundleStdin, ROOT } from './bundles.mjs';

/** content.js of the Chrome build at 48f3801, gzipped at level 9 (as build.mjs measures): issue 17's "today". */
const ENGLISH_CLICK_BEFORE_SEAM = 105_999;
const LANGUAGE_BUNDLE_GOAL = 25 * 1024;

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean): string => (met ? 'ok  ' : 'MISS');

async function gzippedSize(options: BuildOptions): Promise<number> {
  const result = await build({ ...options, write: false, outfile: 'bundle.js', logLevel: 'silent' });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote nothing');
  return gzipSync(output.contents, { level: 9 }).byteLength;
}

export async function run(): Promise<boolean> {
  let met = true;
  for (const firefox of [false, true]) {
    const base = bundleOptions({ esbuildTarget: [firefox ? 'firefox140' : 'chrome121'], firefox });
    const content = await gzippedSize({ ...base, entryPoints: [join(ROOT, 'src/page/content.ts')] });
    const englishMet = content <= ENGLISH_CLICK_BEFORE_SEAM;
    met &&= englishMet;
    process.stdout.write(`${firefox ? 'Firefox' : 'Chrome'}: what a click injects, gzipped\n`);
    process.stdout.write(`  ${mark(englishMet)} English page  content.js ${kilobytes(content)} (${content.toLocaleString('en')} B)  (goal ≤ ${kilobytes(ENGLISH_CLICK_BEFORE_SEAM)}, 48f3801's ${ENGLISH_CLICK_BEFORE_SEAM.toLocaleString('en')} B)\n`);
    for (const language of bundledLanguages()) {
      const bundle = await gzippedSize({ ...base, stdin: lexiconBundleStdin(ROOT, language) });
      const languageMet = bundle <= LANGUAGE_BUNDLE_GOAL;
      met &&= languageMet;
      process.stdout.write(`  ${mark(languageMet)} ${language} page       content.js + ${lexiconBundleFile(language)} ${kilobytes(bundle)} = ${kilobytes(content + bundle)}  (goal: + ≤ ${kilobytes(LANGUAGE_BUNDLE_GOAL)})\n`);
    }
    // not part of a click: injected the first time the reader exports from the sidebar
    const exports = await gzippedSize({ ...base, entryPoints: [join(ROOT, 'src/ui/export/export-entry.ts')] });
    process.stdout.write(`       first export  + export.js ${kilobytes(exports)}\n`);
    // nor this: injected the first time an article has corrections (stored, or the reader's first)
    const corrections = await gzippedSize({ ...base, entryPoints: [join(ROOT, 'src/shared/corrections-entry.ts')] });
    process.stdout.write(`       first correction + corrections.js ${kilobytes(corrections)}\n`);
  }
  return met;
}
