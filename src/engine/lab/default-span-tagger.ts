/**
 * The checked-in span taggers per language (span-weights.generated.ts, trained on English PolNeAR by `npm run train`),
 * parsed on first use; a language is one entry. A language without one has no learned decision (decide-frames.ts
 * keeps the frames the rules proposed).
 */
import { parseSpanTagger, type SpanTaggerModel } from './span-model.js';
import { SPAN_TAGGER } from './span-weights.generated.js';

const SPAN_TAGGERS: ReadonlyMap<string, typeof SPAN_TAGGER> = new Map([['en', SPAN_TAGGER]]);
const parsed = new Map<string, SpanTaggerModel>();

/** The span tagger of a language (its lexicon's tag, 'en'), or null when none was trained on it. */
export function spanTaggerFor(language: string): SpanTaggerModel | null {
  let model = parsed.get(language);
  if (model === undefined) {
    const weights = SPAN_TAGGERS.get(language);
    if (weights === undefined) return null;
    model = parseSpanTagger(weights);
    parsed.set(language, model);
  }
  return model;
}

/** The English span tagger, the one the trainer and the benches measure. */
export function defaultSpanTagger(): SpanTaggerModel {
  return spanTaggerFor('en') ?? parseSpanTagger(SPAN_TAGGER);
}
