/**
 * The confidence scale every layer shares: a claim's `confidence` is a probability (0–1) that it is a real report
 * with the right span; below LOW_CONFIDENCE the page and the sidebar show it as uncertain. The engine sets it (step
 * 3d, judge-frames.ts: the report model's probability, calibrated on PolNeAR dev, so that claims at 0.8 are right
 * about 80% of the time; the rules alone give every claim CONFIDENCE_UNSCORED); the threshold lives here so that the
 * UI and the eval agree (`npm run eval` prints precision and recall at it and the calibration per bin).
 */
import type { Claim } from './types.js';

/**
 * Below this, a claim is shown as uncertain (lighter highlight, "WhoSaid is not sure" in the hover card). On PolNeAR
 * dev, claims under 0.6 are right about half the time (50% of 93) and those above it 88% (1,449): the line where a
 * highlight stops being more likely right than a coin. The engine drops frames under the report model's own
 * threshold (0.3, tuned for attribution F1) before they become claims, so every claim shown is at least that.
 */
export const LOW_CONFIDENCE = 0.6;

/** What a claim gets when no model scored it. */
export const CONFIDENCE_UNSCORED = 1;

export function isLowConfidence(claim: Pick<Claim, 'confidence'>): boolean {
  return claim.confidence < LOW_CONFIDENCE;
}
