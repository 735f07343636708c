/**
 * The engine's lab door: what only the accuracy runner (src/eval), the trainers and benches (scripts/) and the tests
 * use: the engine with explicit decisions (analyzeWith), its steps one by one, the training features of the shipped
 * models, and the lab-only models that live in this folder (the span tagger, its frame decision, the part-of-speech
 * tagger). The product never comes in here (tests/architecture/layers.test.ts); lab code may use both doors.
 */
// the engine with explicit decisions, and its first steps on their own
export { analyzeWith, SENTENCES_PER_SLICE, type FrameDecision } from '../analyze.js';
export { lexiconFor, DEFAULT_LANGUAGE, type Lexicon, type CueCounts, type CueVerb } from '../lexicon/index.js';
// every language with its sentence reader, for eval, benches and tests (also the tools' door, languages.ts; the
// product door stays English: a page gets another language from its bundle)
export { registerToolLanguages } from '../lexicon/tool-languages.js';
export { dialogueDashReader } from '../lexicon/dialogue-dash.js';
export { segment, segmentInSlices, tokenizeBlock } from '../segment.js';
export type { Segmented, Sentence, Token, TokenRange, QuoteRole } from '../tokens.js';
export { findCues, cueConfigFor, learnedCueConfig, permissiveCueConfig, CUE_THRESHOLDS, alwaysCuesOf, rulesCueConfig } from '../find-cues.js';
export { CONSTRUCTION_INDEX, contextOf, type Construction, type CueCandidate, type CueConfig } from '../cue.js';
export type { Frame } from '../constructions/frame.js';
export { judgeContext, mayDrop, refusalOf, withoutLeadingLabel, type Refusal } from '../judge-frames.js';
export { speakerPhrase, isFunctionWord } from '../speaker-phrase.js';
export { blockOffsets } from '../polnear-format.js';
// the shipped models and their training features
export { defaultBoundsModel, defaultSourceBoundsModel, defaultReportModel, learnedBoundsOf, type LearnedBounds } from '../model/default-bounds.js';
export {
  parseBoundsModel, startCandidates, startFeatureKeys, START_TEMPLATES, stringOfKey, TokenReadings,
  type BoundsModel, type PackedBoundsModel, type SerializedBoundsModel, type StringIds,
} from '../model/content-bounds.js';
export { packBoundsModel, packCueCounts, unpackCueCounts } from '../model/packed-weights.js';
export {
  END_COUNT, JOINT_COUNT, parseSourceBoundsModel, sourceCandidates, sourceFeatureKeys, sourceStringOfKey, START_COUNT,
} from '../model/source-bounds.js';
export {
  featureHashes, packWeights, parseReportModel, rawScore, WEIGHT_LEVELS, type ReportModel, type SerializedReportModel,
} from '../model/report-model.js';
// the lab's own models: the span tagger (3b), the decision it makes over frames, the part-of-speech tagger it reads
export * from './span-tags.js';
export {
  TEMPLATES, TEMPLATE_COUNT, VOCABULARY_TEMPLATES, POS_TEMPLATES, featureKey, templateOfKey, valueOfKey, GrowingVocabulary,
  allTemplates, usesPos, templateValues, type TemplateName, type Vocabulary, type FeatureSpec,
} from './span-templates.js';
export * from './span-input.js';
export * from './span-features.js';
export * from './span-model.js';
export * from './span-tagger.js';
export { TOKEN_CLASSES, tokenClass, type TokenClass } from '../model/token-class.js';
export { SPAN_TAGGER } from './span-weights.generated.js';
export { defaultSpanTagger, spanTaggerFor } from './default-span-tagger.js';
export { taggerDecision, decideFrames } from './decide-frames.js';
export * from './pos/tagger.js';
export { POS_WEIGHTS } from './pos/weights.generated.js';
