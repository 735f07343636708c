/**
 * How well the claims' confidence says how often they are right: per claim, its confidence and whether it matched a
 * gold attribution (the attribution measure of score.ts); precision and recall at confidence thresholds, and the
 * reliability of the confidence (predicted against observed, per bin). Shared by `npm run eval` and the report
 * model's trainer (scripts/train-report.ts), which calibrates on dev.
 */
import { LOW_CONFIDENCE, type Analysis, toExtractRecord } from '../engine/index.js';
import { goldForScoring, predictedForScoring, type GoldDocument } from './polnear.js';
import { matchAttributions } from './score.js';

/** One claim's confidence and whether it is right by the attribution measure. */
export interface Judgement {
  p: number;
  right: boolean;
}

/** A corpus's claims judged, and how many gold attributions it holds. */
export interface Judged {
  judgements: Judgement[];
  gold: number;
}

/** Every claim of the analyses of `docs` (in order), with its confidence and whether it matched gold. */
export function judgeClaims(docs: GoldDocument[], analyses: Analysis[]): Judged {
  const judgements: Judgement[] = [];
  let gold = 0;
  for (const [i, doc] of docs.entries()) {
    const analysis = analyses[i];
    if (analysis === undefined) continue;
    const goldList = goldForScoring(doc);
    gold += goldList.length;
    const pred = predictedForScoring(toExtractRecord(doc.doc_id, doc.text, analysis));
    const { matchOf } = matchAttributions(goldList, pred);
    for (const [k, claim] of analysis.claims.entries()) judgements.push({ p: claim.confidence, right: (matchOf[k] ?? -1) >= 0 });
  }
  return { judgements, gold };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** Precision, recall and F1 of the claims at or above each threshold (0 keeps all). */
export function formatThresholds({ judgements, gold }: Judged, thresholds: readonly number[] = [0, LOW_CONFIDENCE, 0.8]): string {
  const lines = [`${'confidence ≥'.padEnd(22)}  claims      P      R     F1`, `${'─'.repeat(22)}  ──────  ─────  ─────  ─────`];
  for (const t of thresholds) {
    const kept = judgements.filter((j) => j.p >= t);
    const hit = kept.filter((j) => j.right).length;
    const p = kept.length === 0 ? 0 : hit / kept.length;
    const r = gold === 0 ? 0 : hit / gold;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const name = t === 0 ? 'all' : t === LOW_CONFIDENCE ? `${t.toFixed(2)} (LOW_CONFIDENCE)` : t.toFixed(2);
    lines.push(`${name.padEnd(22)}  ${String(kept.length).padStart(6)}  ${pct(p)}  ${pct(r)}  ${pct(f1)}`);
  }
  return lines.join('\n');
}

/** Bins of confidence: [low, high). */
export const RELIABILITY_BINS: readonly [number, number][] = [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.01]];

/** Per bin, the mean confidence (predicted) against the share right (observed), and the expected calibration error. */
export function formatReliability({ judgements }: Judged): string {
  const cells: string[] = [];
  let error = 0;
  for (const [low, high] of RELIABILITY_BINS) {
    const inBin = judgements.filter((j) => j.p >= low && j.p < high);
    if (inBin.length === 0) continue;
    const predicted = inBin.reduce((s, j) => s + j.p, 0) / inBin.length;
    const observed = inBin.filter((j) => j.right).length / inBin.length;
    error += Math.abs(predicted - observed) * inBin.length;
    cells.push(`${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}: ${(predicted * 100).toFixed(0)}→${(observed * 100).toFixed(0)}% (${inBin.length})`);
  }
  const ece = judgements.length === 0 ? 0 : error / judgements.length;
  return `reliability, predicted→observed (claims): ${cells.join(' · ')}; expected calibration error ${(ece * 100).toFixed(1)} points`;
}
