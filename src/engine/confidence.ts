/**
 * The confidence scale every layer shares: a claim's `confidence` is a probability (0–1) that it is a real report
 * with the right span; below LOW_CONFIDENCE the page and the sidebar show it as uncertain. The engine sets it (the
 * rules alone give every claim CONFIDENCE_UNSCORED); the threshold lives here so that the UI and the eval agree.
 */
import type { Claim } from './types.js';

/** Below this, a claim is shown as uncertain (lighter highlight, "WhoSaid is not sure" in the hover card). */
export const LOW_CONFIDENCE = 0.5;

/** What a claim gets when no model scored it. */
export const CONFIDENCE_UNSCORED = 1;

export function isLowConfidence(claim: Pick<Claim, 'confidence'>): boolean {
  return claim.confidence < LOW_CONFIDENCE;
}
