import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from '../../src/engine/analyze.js';
import { learnedCueConfig, type CueConfig } from '../../src/engine/find-cues.js';
import { drain } from '../../src/engine/slices.js';
import { segment } from '../../src/engine/segment.js';
import { cueFeatures } from '../../src/engine/model/cue-features.js';
import { cueScore, defaultCueModel, modelCueConfig, parseCueModel } from '../../src/engine/model/cue-model.js';
import { claimFilter, defaultClaimModel, type FrameFilter } from '../../src/engine/model/claim-model.js';
import { linearScore, parseLinearModel } from '../../src/engine/model/linear-model.js';
import type { Analysis, TextBlock } from '../../src/engine/types.js';

const para = (text: string): TextBlock => ({ kind: 'paragraph', text });

const run = (blocks: TextBlock[], cues: CueConfig, keep?: FrameFilter): Analysis => drain(analyzeWith(blocks, {}, cues, keep));

describe('linear models', () => {
  it('parses integer weights by their scale and sums the features present', () => {
    const m = parseLinearModel({ weights: 'a\t1500\nb\t-500\nwith\ttab\t250', scale: 1000, threshold: 0.5 });
    expect(m.weights.get('a')).toBe(1.5);
    expect(m.weights.get('with\ttab')).toBe(0.25);
    expect(linearScore(m, ['a', 'b', 'unknown'])).toBe(1);
  });
});

describe('cue features', () => {
  it('describe the word, its construction and the tokens around it', () => {
    const seg = segment([para('“We will rebuild,” the mayor said on Monday.')]);
    const at = seg.tokens.findIndex((t) => t.lower === 'said');
    const features = cueFeatures(seg, at, 'said', 'before', []);
    expect(features).toContain('f=said');
    expect(features).toContain('l=say');
    expect(features).toContain('fc=said|before');
    expect(features).toContain('p1=mayor');
    expect(features).toContain('n1=on');
  });

  it('stay inside the sentence and the block at the edges of the text', () => {
    const seg = segment([para('Said.')]);
    expect(cueFeatures(seg, 0, 'said', 'bare', [])).toContain('p1=END');
    expect(cueFeatures(seg, 99, 'said', 'bare', [])).toEqual([]);
  });
});

describe('model-decided cues', () => {
  it('leave words the model was not trained on to the rules', () => {
    const empty = parseCueModel({ weights: '', scale: 1, forms: '', threshold: 0 });
    const rules = learnedCueConfig();
    const config = modelCueConfig(empty, rules);
    const text = [para('The port authority said that cargo traffic fell by a third.')];
    expect(run(text, config).claims).toEqual(analyze(text).claims);
  });

  it('decide by the score at the word for the forms they know', () => {
    const never = parseCueModel({ weights: 'bias\t-5000', scale: 1000, forms: 'said', threshold: 0 });
    const text = [para('The port authority said that cargo traffic fell by a third.')];
    expect(run(text, modelCueConfig(never)).claims).toHaveLength(0);
    const always = parseCueModel({ weights: 'bias\t5000', scale: 1000, forms: 'said', threshold: 0 });
    expect(run(text, modelCueConfig(always)).claims).toHaveLength(1);
  });

  it('a claim filter drops proposed claims it scores below its threshold', () => {
    const text = [para('The port authority said that cargo traffic fell by a third.')];
    const dropAll = claimFilter(parseLinearModel({ weights: 'bias\t-1000', scale: 1000, threshold: 0 }));
    expect(run(text, learnedCueConfig(), dropAll).claims).toHaveLength(0);
  });

  it('the checked-in models load and score a plain report as a claim', () => {
    const model = defaultCueModel();
    expect(model.forms.has('said')).toBe(true);
    const seg = segment([para('The port authority said that cargo traffic fell by a third.')]);
    const at = seg.tokens.findIndex((t) => t.lower === 'said');
    expect(cueScore(model, seg, at, 'said', 'after')).toBeGreaterThan(model.threshold);
    const text = [para('The port authority said that cargo traffic fell by a third.')];
    expect(run(text, modelCueConfig(model), claimFilter(defaultClaimModel())).claims).toHaveLength(1);
  });
});
