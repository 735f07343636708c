/**
 * The learned cue decision: a logistic model over cue-features.ts, trained on PolNeAR train by scripts/train.ts
 * (weights in cue-weights.generated.ts). The rules propose — a construction matcher asks "is this word, here, a
 * cue in this construction?" — and the model decides, reading the words around it instead of the word alone.
 * `modelCueConfig()` wraps the rules' own configuration: forms the model was never trained on, punctuation cues
 * (colons, dashes) and "according to" keep the rules' answer; reporting verbs the rules always switch on stay on.
 */
import { ALWAYS_CUES, learnedCueConfig, type Construction, type CueConfig, type CueSite } from '../find-cues.js';
import { cueFeatures } from './cue-features.js';
import { CUE_MODEL } from './weights.generated.js';
import { linearScore, parseLinearModel, type LinearModel, type SerializedLinearModel } from './linear-model.js';

/** A trained cue model: a linear model and the word forms it decides for. */
export interface CueModel extends LinearModel {
  forms: ReadonlySet<string>;
}

/** What the generated file holds for the cue model: a linear model and its forms, one per line. */
export interface SerializedCueModel extends SerializedLinearModel {
  forms: string;
}

export function parseCueModel(s: SerializedCueModel): CueModel {
  return { ...parseLinearModel(s), forms: new Set(s.forms.split('\n').filter((f) => f !== '')) };
}

/** The log-odds that the word at `tok` is a cue in `construction`. */
export function cueScore(model: CueModel, seg: CueSite['seg'], tok: number, form: string, construction: Construction,
  scratch: string[] = []): number {
  return linearScore(model, cueFeatures(seg, tok, form, construction, scratch));
}

const ALWAYS_ON = new Set(Object.keys(ALWAYS_CUES));

/** A cue configuration in which the model decides for the words it knows, and the rules for the rest. */
export function modelCueConfig(model: CueModel, rules: CueConfig = learnedCueConfig()): CueConfig {
  const scratch: string[] = [];
  const isWord = (form: string): boolean => form !== '' && form !== 'according' && !form.startsWith(':') &&
    form !== '―' && form !== '–h';
  return {
    isCueForm: (form) => rules.isCueForm(form) || model.forms.has(form),
    allows: (form, construction, context, site) => {
      if (site === undefined || !isWord(form) || !model.forms.has(form)) return rules.allows(form, construction, context);
      if (ALWAYS_ON.has(form) && construction !== 'bare') return true;
      return cueScore(model, site.seg, site.tok, form, construction, scratch) >= model.threshold;
    },
    requiredNext: (form) => rules.requiredNext?.(form) ?? '',
  };
}

let defaultModel: CueModel | null = null;

/** The checked-in model, parsed on first use. */
export function defaultCueModel(): CueModel {
  defaultModel ??= parseCueModel(CUE_MODEL);
  return defaultModel;
}
