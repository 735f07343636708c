/**
 * The learned claim filter: after the constructions have built their frames (cue, speaker, content), a logistic
 * model over frame-features.ts keeps or drops each one, trained on PolNeAR train by scripts/train.ts on whether
 * such a frame matched an annotated attribution. It sees what the cue decision could not: the speaker it found and
 * the content it took.
 */
import type { Segmented } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';
import { frameFeatures } from './frame-features.js';
import { linearScore, parseLinearModel, type LinearModel } from './linear-model.js';
import { CLAIM_MODEL } from './weights.generated.js';

/** Whether a proposed claim stands, given the article's tokens. */
export type FrameFilter = (seg: Segmented, frame: Frame) => boolean;

export function claimFilter(model: LinearModel): FrameFilter {
  const scratch: string[] = [];
  return (seg, frame) => linearScore(model, frameFeatures(seg, frame, scratch)) >= model.threshold;
}

let defaultModel: LinearModel | null = null;

/** The checked-in claim model, parsed on first use. */
export function defaultClaimModel(): LinearModel {
  defaultModel ??= parseLinearModel(CLAIM_MODEL);
  return defaultModel;
}
