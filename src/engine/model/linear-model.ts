/**
 * A linear (logistic) model over named features, as the generated weight files hold it: "feature<TAB>weight" lines
 * with integer weights, parsed once into a map. Scoring sums the weights of the features present.
 */

/** What a generated file holds for one model. */
export interface SerializedLinearModel {
  /** "feature<TAB>weight" lines, sorted; weights are integers, divided by `scale`. */
  weights: string;
  scale: number;
  /** Score (log-odds) at or above which the answer is yes. */
  threshold: number;
}

export interface LinearModel {
  weights: ReadonlyMap<string, number>;
  threshold: number;
}

export function parseLinearModel(s: SerializedLinearModel): LinearModel {
  const weights = new Map<string, number>();
  for (const line of s.weights.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    weights.set(line.slice(0, tab), Number(line.slice(tab + 1)) / s.scale);
  }
  return { weights, threshold: s.threshold };
}

/** The log-odds of the features. */
export function linearScore(model: LinearModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}
