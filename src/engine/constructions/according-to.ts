/**
 * The "according to" construction: "According to X, …", "…, according to X." and "…, according to X, …" — the
 * cue is the phrase, the source the words after it, the content the clause before it or after it.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import type { AccordingToPhrase, Lexicon } from '../lexicon/lexicon.js';
import { extendOverQuotes, hasWords, isClosingMark } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEndOf } from './content-bounds.js';

/** Per lexicon, its "according to" phrases by their first word, longest first: every word of an article is asked. */
const PHRASES_BY_FIRST_WORD = new WeakMap<Lexicon, ReadonlyMap<string, readonly AccordingToPhrase[]>>();

function phrasesByFirstWord(lexicon: Lexicon): ReadonlyMap<string, readonly AccordingToPhrase[]> {
  let byWord = PHRASES_BY_FIRST_WORD.get(lexicon);
  if (byWord === undefined) {
    const map = new Map<string, AccordingToPhrase[]>();
    const longestFirst = [...lexicon.ACCORDING_TO].sort((a, b) => b.words.length - a.words.length);
    for (const phrase of longestFirst) {
      const first = phrase.words[0];
      if (first !== undefined) map.set(first, [...(map.get(first) ?? []), phrase]);
    }
    byWord = map;
    PHRASES_BY_FIRST_WORD.set(lexicon, byWord);
  }
  return byWord;
}

/** The lexicon's phrase whose words start at token t ("according to", "selon", "nach Angaben von"), or null. */
export function accordingPhraseAt(seg: Segmented, t: number): AccordingToPhrase | null {
  const { tokens } = seg;
  const first = tokens[t];
  if (first === undefined) return null;
  const phrases = phrasesByFirstWord(seg.lexicon).get(first.lower);
  if (phrases === undefined) return null;
  for (const phrase of phrases) {
    let matches = true;
    for (let i = 1; i < phrase.words.length && matches; i++) {
      const tok = tokens[t + i];
      matches = tok !== undefined && tok.lower === phrase.words[i] && tok.block === first.block;
    }
    if (!matches) continue;
    const n = phrase.words.length;
    // "Pour la ministre, …" reports, "Pour repérer ces personnes, …" does not
    if (phrase.opensSentence === true && !(opensSentenceAt(seg, t) && speakerThenComma(seg, t + n))) continue;
    // "selon le ministère" reports, "selon que …" and "selon nous" do not
    if (phrase.needsSource === true && !namesSource(seg, t + n)) continue;
    return phrase;
  }
  return null;
}

/**
 * Whether a source may open at t: a name, a determiner, a pronoun for someone ("selon lui") or a noun for people;
 * not "selon que …", "selon nous" (the writer) or "selon toute vraisemblance".
 */
function namesSource(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  const tok = seg.tokens[t];
  if (tok === undefined || tok.kind !== 'word' || tok.block !== seg.tokens[t - 1]?.block) return false;
  // "selon nous", "selon nos informations": the writer's own voice
  if (lex.WRITER_PRONOUNS.has(tok.lower)) return false;
  if (tok.cap) return true;
  return (lex.DETERMINERS.has(tok.lower) && !lex.INDEFINITE_DETERMINERS.has(tok.lower)) || lex.PERSON_PRONOUNS.has(tok.lower) ||
    lex.PLURAL_PRONOUNS.has(tok.lower) || lex.isPersonNoun(tok.lower) || lex.INDEFINITE_DETERMINERS.has(tok.lower) &&
    speakingNoun(lex, seg.tokens[t + 1]?.lower ?? '');
}

/** A noun for people, a document, a body or an unnamed source: "selon un sondage", "selon plusieurs sources". */
function speakingNoun(lex: Lexicon, lower: string): boolean {
  return lex.isPersonNoun(lower) || lex.DOCUMENT_NOUNS.has(lower) || lex.ORGANISATION_NOUNS.has(lower) || lex.UNNAMED_SOURCE_NOUNS.has(lower);
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


/** The cue of "according to" at t, when switched on (learned under its first word, 'according'). */
export function accordingToCue(seg: Segmented, t: number, config: CueConfig): ProposedCue | null {
  const phrase = accordingPhraseAt(seg, t);
  if (phrase === null) return null;
  const form = phrase.words[0] ?? '';
  // a phrase the lexicon guards itself ("selon" only before a source) is a cue without a learned count: its first word
  // ("à", "pour") must not be a cue form everywhere else
  const guarded = phrase.needsSource === true || phrase.opensSentence === true;
  return guarded || config.isCueForm(form) ? { first: t, last: t + phrase.words.length - 1, form, lemma: phrase.lemma, kind: 'according' } : null;
}

/**
 * "According to X, …" / "…, according to X." / "…, according to X, …"; with a postposition ("X zufolge"), the source
 * is the words before the phrase and the content the clause after it (or before the source).
 */
export function matchAccordingTo(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  if (accordingPhraseAt(seg, cue.first)?.position === 'postposition') return matchPostposition(seg, sentence, cue, floor);
  // "…, que según la doctrina militar pueden servir para …": right after "que" the phrase stands inside that clause,
  // whose verb ends the source and which is the whole content
  const inClause = lex.COMPLEMENTIZERS.has(tokens[cue.first - 1]?.lower ?? '');
  let i = cue.last + 1;
  while (i < sentence.end && i - cue.last <= 16) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'punct' && t.text !== '.' && t.text !== '’' && t.text !== "'" && t.text !== '-' && t.text !== '(' && t.text !== ')') || t.kind === 'quote') break;
    if (inClause && i > cue.last + 1 && (lex.CLAUSE_VERBS.has(t.lower) || lex.MODALS.has(t.lower))) break;
    i++;
  }
  // the phrase's own reach ("Para o líder da oposição, deputado Marcos Vieira, …": past an apposition)
  i = accordingPhraseAt(seg, cue.first)?.sourceEnd?.(tokens, cue.last + 1, i, sentence.end) ?? i;
  const sourceEnd = contentEndOf(seg, sentence, cue.last + 1) < i ? contentEndOf(seg, sentence, cue.last + 1) : i;
  if (sourceEnd <= cue.last + 1) return null;
  const source = { first: cue.last + 1, end: sourceEnd };
  const content: TokenRange[] = [];
  const start = Math.max(floor, sentence.first);
  let beforeEnd = cue.first;
  while (beforeEnd > start && tokens[beforeEnd - 1]?.kind === 'punct' && !isClosingMark(seg, beforeEnd - 1)) beforeEnd--;
  // "These deals take time, he said, according to a transcript": the speaker right before the phrase said it; the
  // phrase only tells where the writer read it, and the verb frames the sentence
  if (speakerAndSpeechVerbEnd(seg, start, beforeEnd)) return null;
  if (!inClause && hasWords(seg, start, beforeEnd, 2)) content.push({ first: start, end: beforeEnd });
  let after = sourceEnd;
  while (after < sentence.end && tokens[after]?.kind === 'punct' && tokens[after]?.text === ',') after++;
  let afterEnd = contentEndOf(seg, sentence, after);
  // (the clause the phrase stands in ends at its comma: "…, que según X pueden servir para disuadir, están listos")
  for (let t = after; inClause && t < afterEnd; t++) if (tokens[t]?.text === ',' && seg.quoteOf[t] === -1) afterEnd = t;
  // "according to the appeal, which was penned by …": the relative clause is about the source, not reported
  const relativeAfter = lex.RELATIVE_WORDS.has(tokens[after]?.lower ?? '') && after > sourceEnd;
  if (after < afterEnd && !relativeAfter && hasWords(seg, after, afterEnd, 2)) {
    content.push({ first: after, end: extendOverQuotes(seg, after, afterEnd) });
  }
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'according', content, source);
}

/** The most words of a name between a comma and its verb of speech ("…, Mark Zuckerberg said according to …"). */
const SPEAKER_NAME_WORDS = 3;

/**
 * Whether tokens [start, end) end in ", <speaker> <verb of speech>": a third-person pronoun or a capitalised name of
 * up to SPEAKER_NAME_WORDS words after a comma, then a verb whose lemma is one of speech ("said", "told").
 */
function speakerAndSpeechVerbEnd(seg: Segmented, start: number, end: number): boolean {
  const lex = seg.lexicon;
  const { tokens } = seg;
  const verb = tokens[end - 1];
  if (verb === undefined || verb.kind !== 'word' || verb.cap || !lex.SPEECH_LEMMAS.has(lex.lemmaOf(verb.lower))) return false;
  const pronoun = tokens[end - 2];
  if (pronoun !== undefined && lex.THIRD_PERSON_SUBJECTS.has(pronoun.lower) && tokens[end - 3]?.text === ',') return end - 3 > start;
  let first = end - 1;
  while (first > start && end - 1 - first < SPEAKER_NAME_WORDS && tokens[first - 1]?.kind === 'word' && tokens[first - 1]?.cap === true) first--;
  return first < end - 1 && first - 1 > start && tokens[first - 1]?.text === ',';
}

/** Words a postposition's source may reach back over: "Dem Bericht des Ministeriums zufolge". */
const POSTPOSITION_SOURCE_WORDS = 8;

/** "X zufolge, …" / "…, X zufolge." : the source is the words before the phrase, back to a comma or the sentence start. */
function matchPostposition(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number): Frame | null {
  const { tokens } = seg;
  const start = Math.max(floor, sentence.first);
  let sourceFirst = cue.first;
  while (sourceFirst > start && cue.first - sourceFirst < POSTPOSITION_SOURCE_WORDS && tokens[sourceFirst - 1]?.kind === 'word') sourceFirst--;
  if (sourceFirst >= cue.first) return null;
  const source = { first: sourceFirst, end: cue.first };
  const content: TokenRange[] = [];
  let beforeEnd = sourceFirst;
  while (beforeEnd > start && tokens[beforeEnd - 1]?.kind === 'punct' && !isClosingMark(seg, beforeEnd - 1)) beforeEnd--;
  if (hasWords(seg, start, beforeEnd, 2)) content.push({ first: start, end: beforeEnd });
  let after = cue.last + 1;
  while (after < sentence.end && tokens[after]?.kind === 'punct' && tokens[after]?.text === ',') after++;
  const afterEnd = contentEndOf(seg, sentence, after);
  if (after < afterEnd && hasWords(seg, after, afterEnd, 2)) content.push({ first: after, end: extendOverQuotes(seg, after, afterEnd) });
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'according', content, source);
}
