/**
 * Debugging aid: `npx tsx src/eval/debug-doc.ts [--split dev] [--doc ID | --misses N]` prints, for one PolNeAR
 * document, gold and predicted attributions side by side (source | cue | content), or a sample of misses and false
 * alarms over the split with the most frequent missed cue words. Output goes to the terminal only.
 */
import { analyze, blocksFromPlainText, toExtractRecord } from '../engine/index.js';
import { goldForScoring, polnearAvailable, predictedForScoring, readPolnear } from './polnear.js';
import { matchAttributions, type ScoredAttribution } from './score.js';

const args = process.argv.slice(2);
const arg = (n: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const split = arg('--split') ?? 'dev';

const show = (text: string, fr: [number, number][] | null): string =>
  fr === null ? '∅' : fr.map(([s, e]) => text.slice(s, e)).join(' ‖ ').replace(/\n/g, '⏎');

function line(text: string, a: ScoredAttribution): string {
  return `[${a.type[0]}] S: ${show(text, a.source)} | C: ${show(text, a.cue)} | T: ${show(text, a.content).slice(0, 160)}`;
}

if (!polnearAvailable(split)) {
  process.stdout.write('debug-doc skipped: ../shared is absent.\n');
} else {
  const docs = readPolnear(split);
  const only = arg('--doc');
  const misses = Number(arg('--misses') ?? '0');
  const missedCues = new Map<string, number>();
  const falseCues = new Map<string, number>();
  const sampleFn: string[] = [];
  const sampleFp: string[] = [];
  for (const doc of docs) {
    if (only !== undefined && doc.doc_id !== only) continue;
    const rec = toExtractRecord(doc.doc_id, doc.text, analyze(blocksFromPlainText(doc.text)));
    const gold = goldForScoring(doc);
    const pred = predictedForScoring(rec);
    const { matchOf } = matchAttributions(gold, pred);
    const matched = new Set(matchOf.filter((m) => m >= 0));
    if (only !== undefined) {
      process.stdout.write(`# ${doc.doc_id}\n`);
      gold.forEach((g, i) => process.stdout.write(`${matched.has(i) ? '  ok ' : 'MISS '} ${line(doc.text, g)}\n`));
      pred.forEach((p, i) => { if ((matchOf[i] ?? -1) < 0) process.stdout.write(`FALSE ${line(doc.text, p)}\n`); });
      continue;
    }
    gold.forEach((g, i) => {
      if (matched.has(i)) return;
      const cue = show(doc.text, g.cue).toLowerCase();
      missedCues.set(cue, (missedCues.get(cue) ?? 0) + 1);
      if (Math.random() < 0.1) sampleFn.push(line(doc.text, g));
    });
    pred.forEach((p, i) => {
      if ((matchOf[i] ?? -1) >= 0) return;
      const cue = show(doc.text, p.cue).toLowerCase();
      falseCues.set(cue, (falseCues.get(cue) ?? 0) + 1);
      // the nearest gold with a shared cue, to see what went wrong
      const near = gold.find((g) => g.cue.some(([s, e]) => p.cue.some(([ps, pe]) => ps < e && s < pe)));
      if (Math.random() < 0.3) sampleFp.push(line(doc.text, p) + (near ? `\n      gold: ${line(doc.text, near)}` : ''));
    });
  }
  if (only === undefined) {
    const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join('  ');
    process.stdout.write(`missed cues: ${top(missedCues)}\n\nfalse cues: ${top(falseCues)}\n`);
    if (misses > 0) {
      process.stdout.write(`\n## sample misses\n${sampleFn.slice(0, misses).join('\n')}\n\n## sample false alarms\n${sampleFp.slice(0, misses).join('\n')}\n`);
    }
  }
}
