/**
 * The construction registry: every construction of step 3 and what it answers for. Step 2 (find-cues.ts) reads it for
 * the constructions that bring a cue of their own (a transcript label, a colon, a closing dash, "according to");
 * step 3 (attach-content.ts) reads it for which construction frames a cue of each kind. A construction imports only
 * what a cue is (cue.ts), never the steps that use it, so adding one is a module here and a line below.
 */
import type { Segmented, Sentence } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import type { Frame } from './frame.js';
import { matchBefore } from './before.js';
import { matchAfter } from './after.js';
import { accordingPhraseAt, accordingToCue, matchAccordingTo } from './according-to.js';
import { colonCue, matchColon } from './colon.js';
import { matchLabel, transcriptLabelCue } from './transcript-label.js';
import { dashCue, isClosingDash, matchDash } from './signature-dash.js';

/** A cue a construction proposes once per sentence, from where the sentence stands in its block. */
export type SentenceCue = (seg: Segmented, sentence: Sentence, config: CueConfig) => ProposedCue | null;

/** A construction whose cue is not a reporting word: where such a cue may stand, and the cue it proposes there. */
export interface CueOfItsOwn {
  /**
   * How many tokens this construction's cue would take at token `t` of the sentence (a colon, a closing dash, the
   * words of an "according to" phrase), or 0 where none may stand: the search for cues goes on after them.
   */
  tokensAt(seg: Segmented, sentence: Sentence, t: number): number;
  propose(seg: Segmented, sentence: Sentence, t: number, config: CueConfig): ProposedCue | null;
}

/** Cues proposed once per sentence: a transcript's "WALLACE:" opening a block. */
export const SENTENCE_CUES: readonly SentenceCue[] = [transcriptLabelCue];

/** Cues at a token, in the order find-cues tries them: the first that stands at a token proposes there. */
export const CUES_OF_THEIR_OWN: readonly CueOfItsOwn[] = [
  // "Reyes was blunt: “…”", and a label's colon opening a block ("Carly Fiorina: …")
  { tokensAt: (seg, _sentence, t) => (seg.tokens[t]?.kind === 'punct' && seg.tokens[t]?.text === ':' ? 1 : 0), propose: colonCue },
  // "West tried to disrupt the vote – lawmakers", "“…” ― Sonya Herridge"
  { tokensAt: (seg, sentence, t) => (isClosingDash(seg, sentence, t) ? 1 : 0), propose: dashCue },
  // "According to X, …", "selon X", "X zufolge"
  {
    tokensAt: (seg, _sentence, t) => (seg.tokens[t]?.kind === 'word' ? accordingPhraseAt(seg, t)?.words.length ?? 0 : 0),
    propose: (seg, _sentence, t, config) => accordingToCue(seg, t, config),
  },
];

/** What a construction is given to frame a cue: the cue in its sentence and where attach-content stands. */
export interface MatchSite {
  seg: Segmented;
  sentence: Sentence;
  cue: CueCandidate;
  /** The first token the construction may read: past content already framed in this sentence. */
  from: number;
  /** Content already taken runs up to here (exclusive), in this sentence or earlier ones. */
  takenUntil: number;
  config: CueConfig;
  /** The frame before this one in the sentence, whose speaker a participle goes on with (", adding that …"). */
  previous: Frame | null;
}

export type Matcher = (site: MatchSite) => Frame | null;

/** The constructions that frame a cue of one kind: with the content before the cue, and read left to right. */
export interface Framing {
  /** Tried first, right to left over the sentence's cues (their content may hold words that look like cues). */
  contentBefore: Matcher | null;
  /** Tried next, left to right, on the cues the first pass left. */
  inOrder: Matcher | null;
}

/** Per kind of cue, the constructions that frame it. */
export const FRAMING: Readonly<Record<CueCandidate['kind'], Framing>> = {
  // "<content>, <speaker> said." before; "<speaker> told … that <content>" (and its bare, participle, passive forms)
  verb: {
    contentBefore: (m) => matchBefore(m.seg, m.sentence, m.cue, m.from, m.takenUntil, m.config),
    inOrder: (m) => matchAfter(m.seg, m.sentence, m.cue, m.from, m.config, m.previous),
  },
  // "according to" frames its whole sentence, its content before the phrase or after it
  according: {
    contentBefore: (m) => matchAccordingTo(m.seg, m.sentence, m.cue, m.from),
    inOrder: (m) => matchAccordingTo(m.seg, m.sentence, m.cue, m.from),
  },
  // ':“' a colon before a quotation; ':', ':h' and ':T' a speaker's label opening a block
  colon: {
    contentBefore: null,
    inOrder: (m) => m.cue.form === ':“' ? matchColon(m.seg, m.sentence, m.cue, m.config) : matchLabel(m.seg, m.sentence, m.cue, m.config),
  },
  // a headline's "claim – speaker", a signature after a closing dash
  dash: { contentBefore: null, inOrder: (m) => matchDash(m.seg, m.sentence, m.cue, m.takenUntil) },
  // a floating quote's opening mark has no construction: floating-quotes.ts frames it after step 3
  quote: { contentBefore: null, inOrder: null },
};
