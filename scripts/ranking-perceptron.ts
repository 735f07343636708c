/**
 * What the two bounds trainers share (scripts/train-bounds.ts for content starts, scripts/train-source-bounds.ts for
 * source bounds): the engine's frames of a PolNeAR article, the feature and string tables an extraction grows, and
 * the averaged, loss-augmented ranking perceptron that learns to pick one candidate among several, with its weights
 * quantised to integers and only the strings the kept features read.
 */
import {
  analyzeWith, cueConfigFor, lexiconFor, type Segmented, type Frame, blockOffsets, type SerializedBoundsModel,
  type StringIds,
} from '../src/engine/lab/index.js';
import { drain, blocksFromPlainText } from '../src/engine/index.js';
import { trimFragment } from '../src/eval/score.js';
import type { GoldDocument } from '../src/eval/polnear.js';
import { seededRandom } from './seeded-random.js';

export const rules = cueConfigFor(lexiconFor('en'));

/** The engine's tokens and final frames (rules deciding) for one article, before any bounds are chosen. */
export function framesOf(doc: GoldDocument): { seg: Segmented; frames: Frame[] } | null {
  let captured: { seg: Segmented; frames: Frame[] } | null = null;
  drain(analyzeWith(blocksFromPlainText(doc.text), {}, rules, function* capture(seg, proposed) {
    captured = { seg, frames: proposed };
    return proposed;
  }, null));
  return captured;
}

/** One training example: each candidate's feature ids, which one is gold, and what choosing each costs. */
export interface Example {
  pairs: Int32Array[];
  gold: number;
  loss: Float64Array;
}

/** The feature keys an extraction has seen (by id, with how many candidates had each) and the strings they read. */
export class FeatureTable {
  readonly keys: number[] = [];
  readonly counts: number[] = [];
  readonly strings: string[] = [];
  private readonly ids = new Map<number, number>();
  private readonly stringIds = new Map<string, number>();
  /** String ids that grow as new strings are read (the features' StringIds while extracting). */
  readonly growing: StringIds = {
    idOf: (s: string): number => {
      let id = this.stringIds.get(s);
      if (id === undefined) { id = this.strings.length; this.stringIds.set(s, id); this.strings.push(s); }
      return id;
    },
  };

  /** The feature id of `key`, counted once more. */
  idOf(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) { id = this.keys.length; this.ids.set(key, id); this.keys.push(key); this.counts.push(0); }
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    return id;
  }
}

export interface PerceptronSettings {
  epochs: number;
  seed: number;
  /** Features seen fewer times are dropped. */
  minCount: number;
  /** The largest weight, in integer units. */
  quant: number;
  /** Loss-augmented learning: a candidate's loss, times this, is added to its score while learning. */
  margin: number;
}

/**
 * Trains; returns the serialized weights (margin 0) with only the strings their features read. `stringOfKey` says
 * which string a key reads, so the kept strings can be renumbered. `what` names the examples in the progress lines.
 */
export function trainRanking(examples: Example[], table: FeatureTable, settings: PerceptronSettings,
  stringOfKey: (key: number) => { id: number; withId: (id: number) => number } | null, what: string): SerializedBoundsModel {
  const kept = table.counts.map((n) => n >= settings.minCount);
  const n = table.keys.length;
  const w = new Float64Array(n);
  const sum = new Float64Array(n);
  let step = 1;
  const score = (features: Int32Array): number => {
    let s = 0;
    for (const f of features) if (kept[f] === true) s += w[f] ?? 0;
    return s;
  };
  const bump = (features: Int32Array, by: number): void => {
    for (const f of features) {
      if (kept[f] !== true) continue;
      w[f] = (w[f] ?? 0) + by;
      sum[f] = (sum[f] ?? 0) + by * step;
    }
  };
  const random = seededRandom(settings.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let wrong = 0;
    for (const i of order) {
      const ex = examples[i];
      if (ex === undefined) continue;
      let best = 0;
      let bestScore = -Infinity;
      for (const [p, features] of ex.pairs.entries()) {
        const s = score(features) + settings.margin * (ex.loss[p] ?? 0);
        if (s > bestScore) { bestScore = s; best = p; }
      }
      if (best !== ex.gold) {
        wrong++;
        const gold = ex.pairs[ex.gold];
        const predicted = ex.pairs[best];
        if (gold !== undefined) bump(gold, 1);
        if (predicted !== undefined) bump(predicted, -1);
      }
      step++;
    }
    process.stdout.write(`  epoch ${epoch + 1}: ${(100 * wrong / examples.length).toFixed(1)}% of ${what} wrongly while learning\n`);
  }
  const averaged = w.map((x, i) => x - (sum[i] ?? 0) / step);
  let largest = 0;
  for (const x of averaged) largest = Math.max(largest, Math.abs(x));
  const unit = largest / settings.quant;
  const weights = new Map<number, number>();
  const strings: string[] = [];
  const newIds = new Map<number, number>();
  for (const [i, key] of table.keys.entries()) {
    const q = Math.round((averaged[i] ?? 0) / unit);
    if (q === 0) continue;
    const read = stringOfKey(key);
    if (read === null) { weights.set(key, q); continue; }
    let id = newIds.get(read.id);
    if (id === undefined) { id = strings.length; newIds.set(read.id, id); strings.push(table.strings[read.id] ?? ''); }
    weights.set(read.withId(id), q);
  }
  const sorted = [...weights].sort((a, b) => a[0] - b[0]);
  return { strings, weights: Object.fromEntries(sorted.map(([k, w]) => [String(k), w])), margin: 0 };
}

/** Token → character offsets in the document text (the first and past the last character of a token). */
export interface CharOffsets {
  at: (k: number) => number;
  endAt: (k: number) => number;
}

export function charOffsets(seg: Segmented): CharOffsets {
  const offsets = blockOffsets(seg.blocks);
  return {
    at: (k) => (offsets[seg.tokens[k]?.block ?? 0] ?? 0) + (seg.tokens[k]?.start ?? 0),
    endAt: (k) => (offsets[seg.tokens[k]?.block ?? 0] ?? 0) + (seg.tokens[k]?.end ?? 0),
  };
}

/**
 * The target of `frame`'s `role`: of the gold attribution whose cue shares a character with the frame's cue, that
 * role's span trimmed as the exact measure trims it, when it is one fragment; else null.
 */
export function goldSpanFor(doc: GoldDocument, frame: Frame, role: 'source' | 'content', { at, endAt }: CharOffsets): [number, number] | null {
  const cueStart = at(frame.cueRange.first);
  const cueEnd = endAt(frame.cueRange.end - 1);
  const gold = doc.attributions.find((a) => {
    const fr = a.cue.fragments.length > 0 ? a.cue.fragments : [[a.cue.start, a.cue.end] as [number, number]];
    return fr.some(([s, e]) => s < cueEnd && cueStart < e);
  });
  const span = gold === undefined ? null : gold[role];
  const fragments = span === null ? [] : span.fragments.length > 0 ? span.fragments : [[span.start, span.end] as [number, number]];
  const only = fragments.length === 1 ? fragments[0] : undefined;
  return only === undefined ? null : trimFragment(doc.text, only[0], only[1]);
}
