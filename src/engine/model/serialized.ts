/**
 * The text forms of the shipped models (content starts, source bounds, the report model): plain data, as a lexicon
 * carries its language's weights (Lexicon.MODELS) and the generated weight files hold them. Imports nothing, so the
 * lexicon can name these shapes without reaching the models, which read tokens, which read the lexicon.
 */

/** The weights as written by the trainer: the strings features read, and feature key → weight (integers). */
export interface SerializedBoundsModel {
  /** Word forms and cue lemmas, by id (the features hold their ids). */
  strings: string[];
  /** Feature key (see featureKey) → weight. */
  weights: Record<string, number>;
  /** How much better than the proposed start another must score to replace it (tuned on dev). */
  margin: number;
}

/**
 * A bounds model as the generated weight files hold it (packBoundsModel, model/packed-weights.ts): the same strings,
 * keys and integer weights in about half the bytes of the content script.
 */
export interface PackedBoundsModel {
  /** SerializedBoundsModel.strings, one after another, separated by line breaks. */
  strings: string;
  /** The feature keys with a weight, ascending, each as the gap from the one before (varints). */
  keys: string;
  /** Their integer weights, zigzagged (varints). */
  weights: string;
  margin: number;
}

/** The weights as written by the trainer, packed (packWeights) so that the content script carries few bytes. */
export interface SerializedReportModel {
  /** The hashed features with a weight, ascending, each as the gap from the one before (varint, PACK_ALPHABET). */
  keys: string;
  /** Their weights, one character each: PACK_ALPHABET's index minus WEIGHT_LEVELS; a weight's value is that / scale. */
  weights: string;
  scale: number;
  /** Platt calibration on dev: probability = 1 / (1 + e^-(a × score + b)). */
  platt: [number, number];
  /** Frames below this probability are dropped (see judge-frames.ts mayDrop for which may be). */
  threshold: number;
}
