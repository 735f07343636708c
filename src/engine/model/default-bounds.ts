/**
 * The checked-in content-bounds model (bounds-weights.generated.ts, rebuilt by `npm run train`), parsed on first use.
 * Apart from default-model.ts so that the content script, which ships this model, does not carry the span tagger's.
 */
import { parseBoundsModel, type BoundsModel } from './content-bounds.js';
import { CONTENT_BOUNDS } from './bounds-weights.generated.js';

let parsed: BoundsModel | null = null;

export function defaultBoundsModel(): BoundsModel {
  parsed ??= parseBoundsModel(CONTENT_BOUNDS);
  return parsed;
}
