#!/usr/bin/env node
// The `whosaid` command: loads the TypeScript CLI (src/cli/main.ts) through tsx, so a fresh clone works right
// after `npm ci` with no build step; tsx caches its transforms, so later runs start fast.
let tsImport;
try {
  ({ tsImport } = await import('tsx/esm/api'));
} catch {
  process.stderr.write('whosaid: the dev dependency "tsx" is missing; run `npm ci` in the WhoSaid folder first.\n');
  process.exit(70);
}
const cli = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await cli.main(process.argv.slice(2));
