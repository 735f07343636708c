/**
 * What every construction proposes: a frame — one attribution before actors are known, naming which tokens are
 * cue, content and speaker — and how a cue is shown in it (with its auxiliaries and adverbs, and its particle).
 */
import type { Segmented, TokenRange } from '../tokens.js';
import { durationAt } from '../tokens.js';
import type { Construction, CueCandidate } from '../cue.js';

/** One attribution before actors are known: which tokens are cue, content and speaker. */
export interface Frame {
  cue: CueCandidate;
  /** The cue as shown: with auxiliaries and adverbs before it ("has also said") and a particle after ("called for"). */
  cueRange: TokenRange;
  /** 'floating': a quoted paragraph with no cue, whose speaker is the quotation's before it (floating-quotes.ts). */
  construction: Construction | 'according' | 'colon' | 'floating';
  content: TokenRange[];
  source: TokenRange | null;
}

/** The cue extended by its particle, for verbs that take one. */
export function withParticle(seg: Segmented, cue: CueCandidate): CueCandidate {
  const lex = seg.lexicon;
  const next = seg.tokens[cue.last + 1];
  if (cue.kind !== 'verb' || next === undefined || next.kind !== 'word') return cue;
  // "called for", "was quoted as saying"
  const length = lex.particleLength(cue.lemma, (k) => seg.tokens[cue.last + 1 + k]?.lower);
  // "argued for hours": a length of time, not the particle's object
  if (length > 0 && durationAt(seg, cue.last + 1 + length)) return cue;
  return length > 0 ? { ...cue, last: cue.last + length } : cue;
}

/** A frame for `cue`, its cue range grown left over the auxiliaries and adverbs PolNeAR counts in a cue. */
export function makeFrame(seg: Segmented, cue: CueCandidate, construction: Frame['construction'], content: TokenRange[],
  source: TokenRange | null): Frame {
  const lex = seg.lexicon;
  let first = cue.first;
  const lowest = source !== null && source.end <= cue.first ? source.end : 0;
  while (first - 1 >= lowest) {
    const t = seg.tokens[first - 1];
    if (t === undefined || t.kind !== 'word' || !(lex.CUE_PREFIX.has(t.lower) || (lex.ADVERB_ENDING.test(t.lower) && t.lower.length > 4 && !t.cap))) break;
    first--;
  }
  if (cue.kind !== 'verb') first = cue.first;
  // "Dijo que …", "«…», comentó.": no subject, in a language that drops it, goes on with the report before it
  if (lex.PRO_DROP && source?.end === source?.first) return { cue, cueRange: { first, end: cue.last + 1 }, construction: 'floating', content, source: null };
  return { cue, cueRange: { first, end: cue.last + 1 }, construction, content, source };
}

/** Whether a frame is a floating quote's (floating-quotes.ts adds them after step 3). */
export function isFloating(frame: Frame): boolean {
  return frame.construction === 'floating';
}
