/**
 * The checked-in learned models after the frames are proposed, parsed on first use: where a content starts
 * (bounds-weights.generated.ts), where a source starts and ends (source-bounds-weights.generated.ts) and how likely a
 * frame is a report (report-weights.generated.ts), all rebuilt by `npm run train`. Apart from
 * default-model.ts so that the content script, which ships these models, does not carry the span tagger's.
 */
import { parseBoundsModel, type BoundsModel } from './content-bounds.js';
import { parseSourceBoundsModel } from './source-bounds.js';
import { CONTENT_BOUNDS } from './bounds-weights.generated.js';
import { SOURCE_BOUNDS } from './source-bounds-weights.generated.js';
import { parseReportModel, type ReportModel } from './report-model.js';
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

let parsed: BoundsModel | null = null;
let parsedSources: BoundsModel | null = null;
let parsedReports: ReportModel | null = null;

export function defaultBoundsModel(): BoundsModel {
  parsed ??= parseBoundsModel(CONTENT_BOUNDS);
  return parsed;
}

export function defaultSourceBoundsModel(): BoundsModel {
  parsedSources ??= parseSourceBoundsModel(SOURCE_BOUNDS);
  return parsedSources;
}

export function defaultReportModel(): ReportModel {
  parsedReports ??= parseReportModel(REPORT_MODEL);
  return parsedReports;
}

/** The languages the checked-in models were trained in (on PolNeAR): any other runs its rules alone. */
const TRAINED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** The checked-in models: the engine as shipped; null for a language they were not trained in. */
export function defaultLearnedBounds(language = 'en'): LearnedBounds | null {
  if (!TRAINED_LANGUAGES.has(language)) return null;
  return { contentStarts: defaultBoundsModel(), sources: defaultSourceBoundsModel(), reports: defaultReportModel() };
}
