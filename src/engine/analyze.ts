/**
 * The engine's one public entry: `analyze(blocks)` turns ordered text blocks into actors and claims. Its steps, each
 * a module of src/engine/ named after what it does, run in this order, and analyzeWith() below calls each itself:
 *
 *   0. lexicon          lexicon/       the words of the article's language (`options.language`, English by default)
 *   1. segment          segment.ts     tokens, sentences and quotations over all blocks (types and queries: tokens.ts)
 *   2. find cues        find-cues.ts   per sentence, the reporting expressions outside quotations (what a cue is:
 *                                      cue.ts)
 *   3. attach content   attach-content.ts hands each cue to its construction (constructions/: before, after,
 *                                      according to, colon, transcript label, signature/dash; constructions/registry.ts
 *                                      says which frames which), which proposes a frame of cue, content and speaker;
 *                                      keeps the frames that do not overlap
 *   3b. decide          lab/decide-frames.ts when given (eval, the trainer), a learned decision over the proposed
 *                                      frames; the product passes none
 *   3c. bounds          model/content-bounds.ts a learned model chooses where each content starts
 *   3d. judge           judge-frames.ts rules refuse what is never a claim (deeds, the writer's voice, section labels,
 *                                      datelines, page furniture); a learned model (model/report-model.ts) gives the
 *                                      rest a calibrated confidence and drops those under its threshold
 *   3e. floating quotes floating-quotes.ts a paragraph that is a quotation with no cue is a claim too; step 5 gives it
 *                                      the speaker of the claim before it, or the unknown speaker
 *   4. find sources     find-sources.ts per frame, its speaker phrase trimmed to a noun phrase (speaker-phrase.ts;
 *                                      where it starts and ends chosen by model/source-bounds.ts, learned) and read: a
 *                                      name, a pronoun, a document, an unnamed source, or none
 *   5. resolve actors   resolve-actors.ts links step 4's readings to actors, through pronouns and descriptions;
 *                                      claims with no speaker go to the unknown actor (unknown-actor.ts)
 *   6. classify         classify.ts    direct, indirect or mixed; then each frame becomes a claim with its stance
 *   6b. claim kind      claim-kind.ts  statement, finding or thought, from the cue, the source and the actor
 *   7. source roles     roles.ts       each actor's role (official, politician, expert, …) and the words it was read from
 *
 * `analyzeWith` takes the decisions explicitly: a cue configuration and a decision over the proposed frames, the
 * seam through which the trained span tagger of src/engine/lab/ (`npm run train`, scored by `npm run eval`) decides,
 * and the learned bounds (content starts, source bounds; null leaves every bound as proposed: the rules alone; left
 * out, the models of the lexicon's language).
 * `analyzeInSlices` is the same work cut into short slices for a page's main thread; `analyze` just drains it.
 */
import type { Actor, Analysis, AnalyzeOptions, Claim, Span, TextBlock } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { DEFAULT_LANGUAGE, lexiconFor } from './lexicon/index.js';
import { segmentInSlices } from './segment.js';
import type { CueConfig } from './cue.js';
import { cueConfigFor, findCues } from './find-cues.js';
import { attachContent, isTaken, newAttachState } from './attach-content.js';
import type { Frame } from './constructions/frame.js';
import { findSourcesInSlices } from './find-sources.js';
import { resolveActors } from './resolve-actors.js';
import { spansOf } from './actor-table.js';
import { assignRoles } from './roles.js';
import { classifyContent } from './classify.js';
import { claimKindIn, kindReadsContext } from './claim-kind.js';
import { chooseContentStartsInSlices } from './model/content-bounds.js';
import { learnedBoundsOf, type LearnedBounds } from './model/default-bounds.js';
import { UNKNOWN_ACTOR_ID } from './unknown-actor.js';
import { drain } from './slices.js';
import { newClauseReportState, sentenceReaderFor } from './constructions/sentence-readers.js';
import { addFloatingQuotes, FLOATING_CUE_LEMMA } from './floating-quotes.js';
import { judgeFramesInSlices, speaksForNobody } from './judge-frames.js';
import { FLOATING_QUOTE_CONFIDENCE } from './confidence.js';

/**
 * Sentences handled between two yields of the sliced form, or fewer when they are long: tokens is the measure
 * (a page of endless sentences or walls of quotation marks has few sentences and many tokens).
 */
export const SENTENCES_PER_SLICE = 100;
const ATTACH_TOKENS_PER_SLICE = 2_500;
/** Claims emitted between two yields. */
const CLAIMS_PER_SLICE = 500;

/**
 * A decision over the frames the constructions proposed (step 3b): takes them and returns those that stand. The lab's
 * span tagger is one (lab/decide-frames.ts); the product runs the rules alone and passes none.
 */
export type FrameDecision = (seg: Segmented, proposed: Frame[], cues: CueConfig) => Generator<void, Frame[]>;

/** Each language's cue configuration, built on first use and kept: the content script analyses many pages. */
const DEFAULT_CONFIGS = new Map<Lexicon, CueConfig>();

function defaultCueConfig(lexicon: Lexicon): CueConfig {
  let config = DEFAULT_CONFIGS.get(lexicon);
  if (config === undefined) {
    config = cueConfigFor(lexicon);
    DEFAULT_CONFIGS.set(lexicon, config);
  }
  return config;
}

/** Analyses an article in one go. */
export function analyze(blocks: TextBlock[], options: AnalyzeOptions = {}): Analysis {
  return drain(analyzeInSlices(blocks, options));
}

/**
 * Analyses an article, yielding every few hundred sentences so a caller can spread the work over several
 * tasks; returns exactly what analyze() returns.
 */
export function* analyzeInSlices(blocks: TextBlock[], options: AnalyzeOptions = {}): Generator<void, Analysis> {
  return yield* analyzeWith(blocks, options, defaultCueConfig(lexiconOf(options)));
}

/**
 * The lexicon of the article's language: `options.language`, English when none is given (the engine's one default;
 * every step reads the lexicon chosen here, through the segmented text). Throws a RangeError for a language it lacks.
 */
export function lexiconOf(options: AnalyzeOptions): Lexicon {
  return lexiconFor(options.language ?? DEFAULT_LANGUAGE);
}

/**
 * The engine with explicit decisions: a cue configuration and, optionally, a decision that takes the frames the
 * constructions proposed and returns those that stand (used by the lexicon learner, the trainer and eval).
 */
export function* analyzeWith(blocks: TextBlock[], options: AnalyzeOptions, cues: CueConfig,
  decide?: FrameDecision, learnedGiven?: LearnedBounds | null): Generator<void, Analysis> {
  const debug = options.debug;
  // 0. the words of the article's language, and the models trained on it (none: its rules alone)
  const lexicon = lexiconOf(options);
  const learned = learnedGiven === undefined ? learnedBoundsOf(lexicon) : learnedGiven;
  // 1. segment: tokens, sentences, quotations
  const seg: Segmented = yield* segmentInSlices(blocks, lexicon);
  debug?.('segment', { tokens: seg.tokens.length, sentences: seg.sentences.length, quotes: seg.quotes.length });
  // 2–3. per sentence, find its cues and attach their content (a sentence inside content already taken has none)
  let frames: Frame[] = [];
  const state = newAttachState();
  // a verb-second language (German) reads its reports by the order of its clauses (constructions/clause-reports.ts)
  const clauseWords = lexicon.CLAUSE_REPORTS;
  const readSentence = sentenceReaderFor(lexicon.language);
  const clauseState = newClauseReportState();
  let sentencesInSlice = 0;
  let tokensInSlice = 0;
  for (let s = 0; s < seg.sentences.length; s++) {
    const sentence = seg.sentences[s];
    if (sentence !== undefined && clauseWords !== undefined && readSentence !== undefined) {
      frames.push(...readSentence(seg, sentence, cues, clauseWords, clauseState));
      tokensInSlice += sentence.end - sentence.first;
    } else if (sentence !== undefined && !isTaken(sentence, state)) {
      const found = findCues(seg, sentence, cues);
      frames.push(...attachContent(seg, sentence, found, cues, state));
      tokensInSlice += sentence.end - sentence.first;
    }
    sentencesInSlice += 1;
    if (sentencesInSlice >= SENTENCES_PER_SLICE || tokensInSlice >= ATTACH_TOKENS_PER_SLICE) {
      sentencesInSlice = 0;
      tokensInSlice = 0;
      yield;
    }
  }
  debug?.('attach', frames);
  // 3b. a learned decision over what the constructions proposed, when one is given
  if (decide !== undefined) {
    frames = yield* decide(seg, frames, cues);
    debug?.('decide', frames);
  }
  // 3c. where each content starts, chosen by the learned bounds model (null: as proposed)
  const bounds = learned?.contentStarts ?? null;
  if (bounds !== null) {
    frames = yield* chooseContentStartsInSlices(seg, frames, bounds);
    debug?.('bounds', frames);
  }
  // 3d. judge: the rules refuse what is never a claim (a speech act naming only a topic too, unless the PolNeAR
  // contract asks for it); the report model (when given) scores the rest and drops the unlikely ones
  const judged = yield* judgeFramesInSlices(seg, frames, learned?.reports ?? null, options.polnear === true);
  const confidenceOf = new Map<Frame, number>();
  for (let i = 0; i < judged.frames.length; i++) {
    const frame = judged.frames[i];
    if (frame !== undefined) confidenceOf.set(frame, judged.confidence[i] ?? 1);
  }
  frames = judged.frames;
  const topicOnly = judged.topicOnly;
  debug?.('judge', frames);
  // 3e. a quoted paragraph no frame reached is a floating quote, with the speaker of the claim before it (in 5)
  frames = addFloatingQuotes(seg, frames);
  debug?.('floating', frames);
  // 4. find sources: read each frame's speaker phrase (its bounds chosen by the learned source-bounds model, when given)
  const sources = yield* findSourcesInSlices(seg, frames, learned?.sources ?? null);
  // 5. resolve actors: link the readings to actors
  const { actors, actorOf, sourceOf, coSpeakersOf } = yield* resolveActors(seg, frames, sources);
  debug?.('actors', actors);
  yield;
  // 6. classify, and emit the claims: one per speaker, so a report of conjoined speakers ("Clinton and Sanders said")
  // is a claim of each, sharing cue and content (types.ts); 6b. each claim's kind, read in its context
  const claims: Claim[] = [];
  const roleFrames: Frame[] = [];
  const roleActorOf: string[] = [];
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    // a speech act naming only a topic claims nothing: its speaker was resolved, as a mention, and that is all
    if (f === undefined || topicOnly.has(f)) continue;
    const cueSpans = spansOf(seg, f.cueRange);
    const read = sourceOf[i] ?? null;
    const content: Span[] = f.content.flatMap((r) => spansOf(seg, r));
    const quote = classifyContent(seg, f.content);
    const confidence = confidenceOf.get(f) ?? FLOATING_QUOTE_CONFIDENCE;
    // most cues are verbs of saying, statements whatever their context: only the others gather it
    const readsContext = kindReadsContext(f.cue.lemma, lexicon);
    const stance = lexicon.stanceOf(f.cue.lemma);
    const coSpeakers = coSpeakersOf.get(i);
    // a paraphrase nobody is said to make is no claim a reader can use (judge-frames.ts speaksForNobody)
    if (options.polnear !== true && coSpeakers === undefined && speaksForNobody(seg, f, actorOf[i] ?? UNKNOWN_ACTOR_ID, read !== null, quote)) continue;
    // the frame's own speaker, then (rarely) the further speakers of a conjoined phrase
    for (let k = -1; k < (coSpeakers?.length ?? 0); k++) {
      const speaker = k < 0 ? { actorId: actorOf[i] ?? UNKNOWN_ACTOR_ID, source: read } : coSpeakers?.[k];
      if (speaker === undefined) continue;
      const sourceSpans = speaker.source === null ? [] : spansOf(seg, speaker.source);
      const actor = actorById.get(speaker.actorId);
      const kind = !readsContext ? 'statement' : claimKindIn({
        lemma: f.cue.lemma,
        cueWords: wordsOf(seg, f.cueRange),
        sourceWords: speaker.source === null ? [] : wordsOf(seg, speaker.source),
        actorKind: actor?.kind ?? 'unknown',
        actorWords: actor === undefined ? [] : actor.name.toLowerCase().split(/\s+/u),
        quote,
      }, lexicon);
      claims.push({
        id: `c${claims.length + 1}`,
        kind,
        quote,
        source: sourceSpans[0] ?? null,
        cue: cueSpans[0] ?? { block: 0, start: 0, end: 0 },
        content,
        actorId: speaker.actorId,
        cueLemma: f.cue.lemma,
        stance,
        confidence,
        ...(f.construction === 'floating' && f.cue.lemma !== FLOATING_CUE_LEMMA ? { goesOn: true as const } : {}),
      });
      roleFrames.push(speaker.source === read ? f : { ...f, source: speaker.source });
      roleActorOf.push(speaker.actorId);
    }
    if ((i + 1) % CLAIMS_PER_SLICE === 0) yield;
  }
  const withTopics = topicOnly.size === 0 ? actors : withoutTopicOnlyActors(actors, claims, frames, topicOnly, actorOf, coSpeakersOf);
  // the unknown speaker stands only for claims; when the judge left it none (a paraphrase nobody is said to make was
  // its only frame), it goes too, or the sidebar would list "Unknown speaker" with nothing said
  const speaking = claims.some((c) => c.actorId === UNKNOWN_ACTOR_ID) ? withTopics : withTopics.filter((a) => a.id !== UNKNOWN_ACTOR_ID);
  // 7. source roles
  yield* assignRoles(seg, speaking, roleFrames, roleActorOf);
  debug?.('roles', speaking.map((a) => [a.name, a.role, a.roleEvidence]));
  return { blocks, actors: speaking, claims };
}

/**
 * The actors without those only a topic-naming speech act brought in ("The mayor condemned the attack" and nothing
 * else by the mayor): an actor of such a frame with no claim, whom no other actor names as its author.
 */
function withoutTopicOnlyActors(actors: Actor[], claims: readonly Claim[], frames: readonly Frame[], topicOnly: ReadonlySet<Frame>,
  actorOf: readonly (string | undefined)[], coSpeakersOf: ReadonlyMap<number, readonly { actorId: string }[]>): Actor[] {
  const topicActors = new Set<string>();
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f === undefined || !topicOnly.has(f)) continue;
    const id = actorOf[i];
    if (id !== undefined) topicActors.add(id);
    for (const co of coSpeakersOf.get(i) ?? []) topicActors.add(co.actorId);
  }
  const kept = new Set<string>(claims.map((c) => c.actorId));
  for (const actor of actors) if (actor.authorId !== undefined) kept.add(actor.authorId);
  return actors.filter((actor) => kept.has(actor.id) || !topicActors.has(actor.id));
}

/** The lower-case words of a token range, for the claim-kind step. */
function wordsOf(seg: Segmented, range: TokenRange): string[] {
  const words: string[] = [];
  for (let t = range.first; t < range.end; t++) {
    const token = seg.tokens[t];
    if (token !== undefined) words.push(token.lower);
  }
  return words;
}
