/**
 * The "according to" construction: "According to X, …", "…, according to X." and "…, according to X, …" — the
 * cue is the phrase, the source the words after it, the content the clause before it or after it.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import { extendOverQuotes, hasWords, isClosingMark } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEndOf } from './content-bounds.js';

/** Whether tokens t and t + 1 are "according to". */
export function isAccordingTo(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  const next = seg.tokens[t + 1];
  return seg.tokens[t]?.lower === lex.ACCORDING_TO.words[0] && next !== undefined && next.lower === lex.ACCORDING_TO.words[1];
}

/** The cue of "according to" at t, when switched on (learned under its first word, 'according'). */
export function accordingToCue(seg: Segmented, t: number, config: CueConfig): ProposedCue | null {
  const lex = seg.lexicon;
  const form = lex.ACCORDING_TO.words[0];
  return config.isCueForm(form) ? { first: t, last: t + 1, form, lemma: lex.ACCORDING_TO.lemma, kind: 'according' } : null;
}

/** "According to X, …" / "…, according to X." / "…, according to X, …". */
export function matchAccordingTo(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  let i = cue.last + 1;
  while (i < sentence.end && i - cue.last <= 16) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'punct' && t.text !== '.' && t.text !== '’' && t.text !== "'" && t.text !== '-' && t.text !== '(' && t.text !== ')') || t.kind === 'quote') break;
    i++;
  }
  const sourceEnd = contentEndOf(seg, sentence, cue.last + 1) < i ? contentEndOf(seg, sentence, cue.last + 1) : i;
  if (sourceEnd <= cue.last + 1) return null;
  const source = { first: cue.last + 1, end: sourceEnd };
  const content: TokenRange[] = [];
  const start = Math.max(floor, sentence.first);
  let beforeEnd = cue.first;
  while (beforeEnd > start && tokens[beforeEnd - 1]?.kind === 'punct' && !isClosingMark(seg, beforeEnd - 1)) beforeEnd--;
  if (hasWords(seg, start, beforeEnd, 2)) content.push({ first: start, end: beforeEnd });
  let after = sourceEnd;
  while (after < sentence.end && tokens[after]?.kind === 'punct' && tokens[after]?.text === ',') after++;
  const afterEnd = contentEndOf(seg, sentence, after);
  // "according to the appeal, which was penned by …": the relative clause is about the source, not reported
  const relativeAfter = lex.RELATIVE_WORDS.has(tokens[after]?.lower ?? '') && after > sourceEnd;
  if (after < afterEnd && !relativeAfter && hasWords(seg, after, afterEnd, 2)) {
    content.push({ first: after, end: extendOverQuotes(seg, after, afterEnd) });
  }
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'according', content, source);
}
