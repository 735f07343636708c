/**
 * `npm run eval [-- --split train] [-- --pred PRED.jsonl]`: runs the engine over PolNeAR (dev by default) through
 * the extraction contract and prints one table of the three measures, overall and by direct / mixed / indirect, then
 * the claims' confidence: precision and recall at three thresholds and its reliability (calibration.ts).
 * Skips with a one-line message when ../shared is absent. `npm run eval -- --roles [--errors]` scores the source
 * roles against the hand-labelled actors instead (src/eval/roles.ts); `npm run eval -- --pronouns [--split train]`
 * compares the speakers of "he", "she", "they" and "it" with CoreNLP's coreference chains (src/eval/pronouns.ts);
 * `npm run eval -- --news [--errors]` scores the engine on our hand-judged real news pages (src/eval/news.ts).
 * `npm run eval -- --language de [--split train] [--corpus gepade] [--errors]` scores the German engine on SpkAtt
 * news or GePaDe speeches (src/eval/spkatt.ts). `npm run eval -- --language fr|es|pt|it|ru`, a language with no
 * annotated corpus, says so and prints its hand-judged real pages instead (src/eval/without-corpus.ts).
 */
import { readFileSync } from 'node:fs';
import {
  analyze, drain, blocksFromPlainText, toExtractRecord, type ExtractRecord, type Analysis,
} from '../engine/index.js';
import { analyzeWith, cueConfigFor, lexiconFor, taggerDecision, defaultBoundsModel } from '../engine/lab/index.js';
import { formatComparison, formatScoreboard, scoreCorpus, type Scoreboard, type ScoredDocument } from './score.js';
import { runRoleEval } from './roles.js';
import { runPronounEval } from './pronouns.js';
import { runNewsEval } from './news.js';
import { runGermanEval } from './spkatt.js';
import { lacksCorpus, runWithoutCorpus } from './without-corpus.js';
import { formatReliability, formatThresholds, judgeClaims } from './calibration.js';
import { goldForScoring, polnearAvailable, polnearPath, predictedForScoring, readPolnear, scoredAgainstGold } from './polnear.js';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function main(args: string[]): number {
  const split = argValue(args, '--split') ?? 'dev';
  const predFile = argValue(args, '--pred');
  if (!polnearAvailable(split)) {
    process.stdout.write(`eval skipped: ${polnearPath(split)} not found (../shared is absent).\n`);
    return 0;
  }
  const gold = readPolnear(split);
  const predicted = new Map<string, ExtractRecord>();
  const ablation: [string, Scoreboard][] = [];
  let chars = 0;
  let ms = 0;
  const shipped: Analysis[] = [];
  if (predFile !== undefined) {
    for (const line of readFileSync(predFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as ExtractRecord;
      predicted.set(r.doc_id, r);
    }
  } else {
    // beside the engine as shipped (the rules with their count table): the rules proposing and the trained span
    // tagger of src/engine/lab/ deciding (`npm run train`)
    const cues = cueConfigFor(lexiconFor('en'));
    const decide = taggerDecision();
    let taggerMs = 0;
    const modelRecords = gold.map((doc) => {
      const t0 = performance.now();
      const analysis = drain(analyzeWith(blocksFromPlainText(doc.text), { polnear: true }, cues, decide));
      taggerMs += performance.now() - t0;
      return scoredAgainstGold(doc, analysis);
    });
    const modelBoard = scoreCorpus(modelRecords);
    process.stdout.write(`PolNeAR ${split}, the rules proposing and the span tagger deciding (\`npm run train\`; ` +
      `${taggerMs.toFixed(0)} ms):\n\n${formatScoreboard(modelBoard)}\n\n`);
    // the ablation: the rules with no learned step at all (not the tagger, not the content starts, not the source
    // bounds), then the learned bounds one at a time
    ablation.push(['rules alone', scoreCorpus(gold.map((doc) =>
      scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), { polnear: true }, cues, undefined, null)))))]);
    const contentStartsOnly = { contentStarts: defaultBoundsModel(), sources: null };
    ablation.push(['rules + content starts', scoreCorpus(gold.map((doc) =>
      scoredAgainstGold(doc, drain(analyzeWith(blocksFromPlainText(doc.text), { polnear: true }, cues, undefined, contentStartsOnly)))))]);
    ablation.push(['rules + tagger + learned bounds', modelBoard]);
    for (const doc of gold) {
      const t0 = performance.now();
      // as `whosaid extract` reads it: the PolNeAR contract keeps the speech acts naming only a topic
      const analysis = analyze(blocksFromPlainText(doc.text), { polnear: true });
      ms += performance.now() - t0;
      chars += doc.text.length;
      shipped.push(analysis);
      predicted.set(doc.doc_id, toExtractRecord(doc.doc_id, doc.text, analysis));
    }
  }
  const docs: ScoredDocument[] = gold.map((d) => {
    const rec = predicted.get(d.doc_id);
    return { text: d.text, gold: goldForScoring(d), pred: rec === undefined ? [] : predictedForScoring(rec) };
  });
  const board = scoreCorpus(docs);
  const nGold = docs.reduce((n, d) => n + d.gold.length, 0);
  const nPred = docs.reduce((n, d) => n + d.pred.length, 0);
  process.stdout.write(`PolNeAR ${split}: ${docs.length} documents, ${nGold} gold attributions, ${nPred} predicted` +
    (predFile !== undefined ? ` (from ${predFile})` : ' (the engine as shipped: the rules and their count table, the learned content starts and source bounds, the report model)') + '\n\n');
  process.stdout.write(formatScoreboard(board) + '\n');
  if (shipped.length > 0) {
    // the claims' confidence (the report model's, calibrated on dev): precision and recall above thresholds, and
    // how often claims of each confidence are right
    const judged = judgeClaims(gold, shipped);
    process.stdout.write(`\nConfidence (${split}, attribution measure):\n\n${formatThresholds(judged)}\n${formatReliability(judged)}\n`);
  }
  if (ablation.length > 0) {
    ablation.splice(2, 0, ['rules + learned bounds + report model (shipped)', board]);
    process.stdout.write(`\nThe learned steps one by one (${split}):\n\n${formatComparison(ablation)}\n`);
  }
  if (ms > 0) process.stdout.write(`\nengine: ${(chars / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(chars / 1e3 / ms).toFixed(2)} MB/s, including warm-up)\n`);
  return 0;
}

const cliArgs = process.argv.slice(2);
const language = argValue(cliArgs, '--language');
const germanCorpus = argValue(cliArgs, '--corpus') === 'gepade' || (language !== undefined && language.toLowerCase().startsWith('de'));
// a language with no annotated corpus (fr, es, pt, it, ru) gets its judged real pages, never English PolNeAR
const withoutCorpus = language !== undefined && !germanCorpus && lacksCorpus(language);
process.exitCode = cliArgs.includes('--news') ? await runNewsEval(cliArgs) : germanCorpus ? runGermanEval(cliArgs) : withoutCorpus ? await runWithoutCorpus(cliArgs, language) : cliArgs.includes('--roles') ? await runRoleEval(cliArgs) : cliArgs.includes('--pronouns') ? runPronounEval(cliArgs) : main(cliArgs);
