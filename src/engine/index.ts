/** The engine's public surface: import from here, never from its step modules. */
export { analyze, analyzeInSlices } from './analyze.js';
export { blocksFromPlainText, toExtractRecord } from './polnear-format.js';
export type { ExtractRecord, ExtractAttribution, ExtractActor } from './polnear-format.js';
export { UNKNOWN_ACTOR_ID, UNKNOWN_ACTOR_NAME, isUnknownActor } from './unknown-actor.js';
export type * from './types.js';
export { DEFAULT_LANGUAGE, isSupportedLanguage, registerLexicon, supportedLanguages } from './lexicon/index.js';
export type { Lexicon } from './lexicon/index.js';
