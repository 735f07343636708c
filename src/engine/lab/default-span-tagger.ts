/**
 * The checked-in span tagger (span-weights.generated.ts, rebuilt by `npm run train`), parsed on first use.
 */
import { parseSpanTagger, type SpanTaggerModel } from './span-model.js';
import { SPAN_TAGGER } from './span-weights.generated.js';

let parsed: SpanTaggerModel | null = null;

export function defaultSpanTagger(): SpanTaggerModel {
  parsed ??= parseSpanTagger(SPAN_TAGGER);
  return parsed;
}
