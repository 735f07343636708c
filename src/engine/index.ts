/**
 * The engine's product door: what the page, the interface, the background, shared/ and the CLI may import, and the
 * only way into src/engine/ for them (tests/architecture/layers.test.ts holds them to it). What only the accuracy
 * runner, the trainers and the benches need sits behind the lab door, lab/index.ts.
 */
export { analyze, analyzeInSlices } from './analyze.js';
export type * from './types.js';
// the claims of an article without a cue word, and how sure the engine is of each
export { FLOATING_CUE_LEMMA } from './floating-quotes.js';
export { LOW_CONFIDENCE, isLowConfidence } from './confidence.js';
export { UNKNOWN_ACTOR_ID, UNKNOWN_ACTOR_NAME, isUnknownActor } from './unknown-actor.js';
// the CLI's `extract`: plain text in, the PolNeAR extraction record out
export { blocksFromPlainText, toExtractRecord } from './polnear-format.js';
export type { ExtractRecord, ExtractAttribution, ExtractActor } from './polnear-format.js';
// the sliced form's runner, for callers that need the result in one go
export { drain } from './slices.js';
// shared/space.ts finds claims again in edited text the way segment.ts reads it: the same word characters, the
// same word ends, the same quotation marks
export { CHAR_WORD, classAt, codePointAt } from './chars.js';
export { isQuoteMark, quoteRoleInContext, wordTokenEnd } from './segment.js';
// the languages the engine reads, and the way a language's lexicon registers itself
export { DEFAULT_LANGUAGE, isSupportedLanguage, registerLexicon, supportedLanguages } from './lexicon/index.js';
export type { Lexicon } from './lexicon/index.js';
// every language this build has, for the CLI (a bundle that never calls it carries none of them: package.json)
// a language that reads its reports by the order of its clauses (German) brings its sentence reader with its bundle
export { registerSentenceReader, type SentenceReader } from './constructions/sentence-readers.js';
