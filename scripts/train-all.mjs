/**
 * `npm run train [-- ARGS]`: the engine's learned steps, in order — the content-start model (scripts/train-bounds.ts),
 * the source-bounds model (scripts/train-source-bounds.ts) and the report model (scripts/train-report.ts: whether a
 * frame reports, and its calibrated confidence), all skipped for a sweep, which writes nothing, then
 * the span tagger (scripts/train.ts, which gets ARGS, e.g. `-- --sweep NAME…`). All are deterministic: the same
 * bytes twice.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (script, scriptArgs) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...scriptArgs], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// The bounds models first: they learn from the rules' frames alone, while the span tagger's trainer reads them (its
// cue biases are tuned on dev with the whole engine). In this order one run reaches what the next run writes again.
if (!args.includes('--sweep')) {
  run('scripts/train-bounds.ts', []);
  run('scripts/train-source-bounds.ts', []);
  // the report model reads the frames with both bounds chosen
  run('scripts/train-report.ts', []);
}
run('scripts/train.ts', args);
