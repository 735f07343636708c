/**
 * The "according to" construction: "According to X, …", "…, according to X." and "…, according to X, …" — the
 * cue is the phrase, the source the words after it, the content the clause before it or after it.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import { extendOverQuotes, hasWords, isClosingMark } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../find-cues.js';
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

/**
 * How many tokens the "according to" phrase at t spans (0 when none there): the lexicon's phrases when it lists them
 * ("selon", "d'après", "à en croire"), else ACCORDING_TO's two words.
 */
export function accordingToAt(seg: Segmented, t: number): number {
  const phrases = seg.lexicon.ACCORDING_TO_PHRASES;
  if (phrases === undefined) return isAccordingTo(seg, t) ? 2 : 0;
  const { tokens } = seg;
  const block = tokens[t]?.block;
  for (const phrase of phrases) {
    const n = phrase.words.length;
    if (!phrase.words.every((w, i) => tokens[t + i]?.lower === w && tokens[t + i]?.block === block)) continue;
    if (phrase.opensSentence === true && !(opensSentenceAt(seg, t) && speakerThenComma(seg, t + n))) continue;
    if (!namesSource(seg, t + n)) continue;
    return n;
  }
  return 0;
}

/** The cue of the phrase of `length` tokens at t: the lexicon's phrases are cues in themselves, ACCORDING_TO's when switched on. */
export function accordingToCueAt(seg: Segmented, t: number, length: number, config: CueConfig): ProposedCue | null {
  const lex = seg.lexicon;
  if (lex.ACCORDING_TO_PHRASES === undefined) return accordingToCue(seg, t, config);
  return { first: t, last: t + length - 1, form: seg.tokens[t]?.lower ?? '', lemma: lex.ACCORDING_TO.lemma, kind: 'according' };
}

/**
 * Whether a source may open at t: a name, a determiner, a pronoun for someone ("selon lui") or a noun for people;
 * not "selon que …", "selon nous" (the writer) or "selon toute vraisemblance".
 */
function namesSource(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  const tok = seg.tokens[t];
  if (tok === undefined || tok.kind !== 'word' || tok.block !== seg.tokens[t - 1]?.block) return false;
  if (tok.cap) return !lex.WRITER_PRONOUNS.has(tok.lower);
  return (lex.DETERMINERS.has(tok.lower) && !lex.INDEFINITE_DETERMINERS.has(tok.lower)) || lex.PERSON_PRONOUNS.has(tok.lower) ||
    lex.PLURAL_PRONOUNS.has(tok.lower) || lex.isPersonNoun(tok.lower) || lex.INDEFINITE_DETERMINERS.has(tok.lower) &&
    lex.isPersonNoun(seg.tokens[t + 1]?.lower ?? '');
}

/** Whether token t opens its sentence: its block's first token, or after a full stop, a question or exclamation mark. */
function opensSentenceAt(seg: Segmented, t: number): boolean {
  const prev = seg.tokens[t - 1];
  return prev === undefined || prev.block !== seg.tokens[t]?.block || /^[.!?…]$/.test(prev.text);
}

/**
 * Whether a speaker and then a comma follow at t: a name ("Pour Javier López,") or a determiner before a noun for a
 * person, a body or a document ("Pour la ministre,", "Pour le gouvernement,"), not an infinitive or a time.
 */
function speakerThenComma(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  const { tokens } = seg;
  const head = tokens[t];
  if (head === undefined || head.kind !== 'word') return false;
  let noun = head.cap;
  if (!noun && lex.DETERMINERS.has(head.lower)) {
    const next = tokens[t + 1];
    noun = next !== undefined && next.kind === 'word' && (next.cap || lex.PERSON_TITLES.has(next.lower) || lex.ORGANISATION_NOUNS.has(next.lower) ||
      lex.UNNAMED_SOURCE_NOUNS.has(next.lower) || lex.DOCUMENT_NOUNS.has(next.lower));
  }
  if (!noun) return false;
  for (let i = t + 1; i < t + 12; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.block !== head.block || tok.kind === 'quote') return false;
    if (tok.text === ',') return true;
    if (tok.kind === 'punct' && tok.text !== '-' && tok.text !== '(' && tok.text !== ')') return false;
  }
  return false;
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
