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
 * dev, claims under 0.6 are right about half the time (51% of 86) and those above it 88% (1,456): the line where a
 * highlight stops being much more likely right than a coin. The engine drops a cue verb's frame under the report
 * model's own threshold (0.35, half the dev F1) before it becomes a claim; other claims (a quotation's "…, X said",
 * a label, a headline) may score lower and are kept, shown as uncertain.
 */
export const LOW_CONFIDENCE = 0.6;

/**
 * A floating quote's (a quoted paragraph with no cue, floating-quotes.ts): the report model never sees one (it has no
 * cue verb), and PolNeAR dev holds only five, too few to calibrate. The quotation is certain, its speaker inferred from
 * the claim before it: sure enough to be shown plainly, less sure than a claim with its own cue and source.
 */
export const FLOATING_QUOTE_CONFIDENCE = 0.7;

/**
 * The least an always-on cue form's claim gets ("…, the document states", "she insists", "Reyes alleges": cue-verbs.ts
 * alwaysOn, the forms switched on whatever PolNeAR's counts say). The report model reads them by lemma and learned
 * "states" mostly from plural nouns ("Rust Belt states"), so "…, the document states." scored 0.31; with those nouns
 * refused (find-cues.ts), 289 of 317 always-on claims on PolNeAR train are right (91%) and 45 of 45 on dev: well above
 * the line where a claim is shown as uncertain, so they are never shown so.
 */
export const ALWAYS_ON_CONFIDENCE = LOW_CONFIDENCE;

/** What a claim gets when no model scored it. */
export const CONFIDENCE_UNSCORED = 1;

export function isLowConfidence(claim: Pick<Claim, 'confidence'>): boolean {
  return claim.confidence < LOW_CONFIDENCE;
}
