/**
 * The learned models after the frames are proposed, per language: where a content starts, where a source starts and
 * ends, and how likely a frame is a report. Each lexicon carries the weights trained on its language
 * (`Lexicon.MODELS`, rebuilt by `npm run train`); they are parsed on first use, once per set of weights. A language
 * without a model runs that step on its rules alone. Apart from lab/default-span-tagger.ts so that the content script, which
 * ships these models, does not carry the span tagger's.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { parseBoundsModel, type BoundsModel, type PackedBoundsModel, type SerializedBoundsModel } from './content-bounds.js';
import { parseSourceBoundsModel } from './source-bounds.js';
import { CONTENT_BOUNDS } from './bounds-weights.generated.js';
import { SOURCE_BOUNDS } from './source-bounds-weights.generated.js';
import { parseReportModel, type ReportModel, type SerializedReportModel } from './report-model.js';
import { REPORT_MODEL } from './report-weights.generated.js';

/** The learned steps after the frames stand; a null model leaves those bounds as the rules proposed them. */
export interface LearnedBounds {
  /** Step 3c: where each content starts. */
  contentStarts: BoundsModel | null;
  /** Step 4: where each source starts and ends. */
  sources: BoundsModel | null;
  /** Step 3d: how likely each frame is a report (its confidence), and the threshold under which it goes; none when absent. */
  reports?: ReportModel | null;
}

/** Parsed models by the weights they were parsed from: a lexicon and the trainers share one parse. */
const CONTENT_MODELS = new WeakMap<SerializedBoundsModel | PackedBoundsModel, BoundsModel>();
const SOURCE_MODELS = new WeakMap<SerializedBoundsModel | PackedBoundsModel, BoundsModel>();
const REPORT_MODELS = new WeakMap<SerializedReportModel, ReportModel>();

function contentModel(weights: SerializedBoundsModel | PackedBoundsModel): BoundsModel {
  let model = CONTENT_MODELS.get(weights);
  if (model === undefined) { model = parseBoundsModel(weights); CONTENT_MODELS.set(weights, model); }
  return model;
}

function sourceModel(weights: SerializedBoundsModel | PackedBoundsModel): BoundsModel {
  let model = SOURCE_MODELS.get(weights);
  if (model === undefined) { model = parseSourceBoundsModel(weights); SOURCE_MODELS.set(weights, model); }
  return model;
}

function reportModel(weights: SerializedReportModel): ReportModel {
  let model = REPORT_MODELS.get(weights);
  if (model === undefined) { model = parseReportModel(weights); REPORT_MODELS.set(weights, model); }
  return model;
}

/** The models trained on English PolNeAR (the weights lexicon/en carries), for the trainers and eval. */
export function defaultBoundsModel(): BoundsModel {
  return contentModel(CONTENT_BOUNDS);
}

export function defaultSourceBoundsModel(): BoundsModel {
  return sourceModel(SOURCE_BOUNDS);
}

export function defaultReportModel(): ReportModel {
  return reportModel(REPORT_MODEL);
}

/** The models of a lexicon's language: the engine as shipped for that language; null where it has none. */
export function learnedBoundsOf(lexicon: Lexicon): LearnedBounds {
  const { contentStarts, sourceBounds, reports } = lexicon.MODELS;
  return {
    contentStarts: contentStarts === undefined ? null : contentModel(contentStarts),
    sources: sourceBounds === undefined ? null : sourceModel(sourceBounds),
    reports: reports === undefined ? null : reportModel(reports),
  };
}
