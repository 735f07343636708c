/**
 * The engine's one public entry: `analyze(blocks)` turns ordered text blocks into actors and claims.
 * Its steps read top to bottom: segment → find cues → attach content → find sources → resolve actors → classify.
 * `analyzeWith` takes the decisions explicitly: a cue configuration and a filter over proposed claims, the seam
 * through which the trained models of src/engine/model/ (`npm run train`, scored by `npm run eval`) decide.
 * `analyzeInSlices` is the same work cut into short slices for a page's main thread; `analyze` just drains it.
 */
import type { Analysis, AnalyzeOptions, Claim, Span, TextBlock } from './types.js';
import type { Segmented } from './tokens.js';
import { segmentInSlices } from './segment.js';
import { learnedCueConfig, type CueConfig } from './find-cues.js';
import { findCues } from './find-cues.js';
import { attachContent, isTaken, newAttachState } from './attach-content.js';
import type { Frame } from './constructions/frame.js';
import { resolveActors, spansOf } from './resolve-actors.js';
import { classifyContent } from './classify.js';
import { stanceOf } from './lexicon/en/cue-verbs.js';
import type { FrameFilter } from './model/claim-model.js';
import { UNKNOWN_ACTOR_ID } from './unknown-actor.js';

/** Sentences handled between two yields of the sliced form. */
export const SENTENCES_PER_SLICE = 400;
/** Claims emitted between two yields. */
const CLAIMS_PER_SLICE = 2_000;

const DEFAULT_CONFIG: { cues: CueConfig | null } = { cues: null };

function defaultCueConfig(): CueConfig {
  DEFAULT_CONFIG.cues ??= learnedCueConfig();
  return DEFAULT_CONFIG.cues;
}

/** Analyses an article in one go. */
export function analyze(blocks: TextBlock[], options: AnalyzeOptions = {}): Analysis {
  const run = analyzeInSlices(blocks, options);
  for (;;) {
    const step = run.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Analyses an article, yielding every few hundred sentences so a caller can spread the work over several
 * tasks; returns exactly what analyze() returns.
 */
export function* analyzeInSlices(blocks: TextBlock[], options: AnalyzeOptions = {}): Generator<void, Analysis> {
  return yield* analyzeWith(blocks, options, defaultCueConfig());
}

/**
 * The engine with explicit decisions: a cue configuration and, optionally, a filter over the proposed claims (used
 * by the lexicon learner and the trainer).
 */
export function* analyzeWith(blocks: TextBlock[], options: AnalyzeOptions, cues: CueConfig,
  keep?: FrameFilter): Generator<void, Analysis> {
  const debug = options.debug;
  // 1. segment: tokens, sentences, quotations
  const seg: Segmented = yield* segmentInSlices(blocks);
  debug?.('segment', { tokens: seg.tokens.length, sentences: seg.sentences.length, quotes: seg.quotes.length });
  // 2–3. find cues and attach their content, sentence by sentence
  const frames: Frame[] = [];
  const state = newAttachState();
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s];
    if (sentence !== undefined && !isTaken(sentence, state)) {
      const found = findCues(seg, sentence, cues);
      for (const f of attachContent(seg, sentence, found, cues, state)) if (keep === undefined || keep(seg, f)) frames.push(f);
    }
    if ((s + 1) % SENTENCES_PER_SLICE === 0) yield;
  }
  debug?.('attach', frames);
  // 4–5. read the speaker phrases and link them to actors
  const { actors, actorOf, sourceOf } = yield* resolveActors(seg, frames);
  debug?.('actors', actors);
  yield;
  // 6. classify and emit the claims
  const claims: Claim[] = [];
  for (const [i, f] of frames.entries()) {
    const cueSpans = spansOf(seg, f.cueRange);
    const read = sourceOf[i] ?? null;
    const sourceSpans = read === null ? [] : spansOf(seg, read);
    const content: Span[] = f.content.flatMap((r) => spansOf(seg, r));
    claims.push({
      id: `c${i + 1}`,
      kind: classifyContent(seg, f.content),
      source: sourceSpans[0] ?? null,
      cue: cueSpans[0] ?? { block: 0, start: 0, end: 0 },
      content,
      actorId: actorOf[i] ?? UNKNOWN_ACTOR_ID,
      cueLemma: f.cue.lemma,
      stance: stanceOf(f.cue.lemma),
    });
    if ((i + 1) % CLAIMS_PER_SLICE === 0) yield;
  }
  return { blocks, actors, claims };
}
