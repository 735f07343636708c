/**
 * Step 3 — attach content: decides for each cue how its sentence is built (content before the cue, after it,
 * around "according to", after a speaker's colon) and marks the content's tokens, following quotations over
 * sentence and paragraph ends. One attribution never sits inside another's content (PolNeAR's convention).
 */
import type { QuoteRegion, Segmented, Sentence, Token, TokenRange } from './tokens.js';
import { extendOverQuotes, hasQuote, hasWords, isClosingMark, isOpeningMark, regionOf } from './tokens.js';
import type { Construction, CueCandidate, CueConfig } from './find-cues.js';
import { contextOf, findCues } from './find-cues.js';
import { isNumber } from './chars.js';
import {
  CONTENT_MAY_OPEN_WITH_PREPOSITION, FINITE_REPORT_VERB, HEARER_FIRST, lemmaOf, PARTICIPLE_FORMS, particleLength, SPEECH_LEMMAS,
} from './lexicon/en/cue-verbs.js';
import {
  ADJUNCT_CONJUNCTIONS, BARE_CUE_OPENERS, CLAUSE_JOINERS, CUE_PREFIX, PASSIVE_AUXILIARIES, PREPOSITIONS, SUBORDINATE_OPENERS,
  SUBORDINATORS, TIME_WORDS,
} from './lexicon/en/function-words.js';
import {
  DOCUMENT_NOUNS, NOT_A_NAME_ALONE, ORGANISATION_NOUNS, SPEAKER_PHRASE_STARTS, TITLES, UNNAMED_SOURCE_NOUNS,
} from './lexicon/en/actor-words.js';
import { RELATIVE_WORDS, RELATIVES_AFTER_SPEAKER, SECOND_REPORT_SUBJECTS, SUBJECT_PRONOUNS, THIRD_PERSON_SUBJECTS } from './lexicon/en/pronouns.js';
import { MONTHS } from './lexicon/en/calendar.js';
import { appositiveSubject, hearerAfter, subjectLeftOf, subjectRightOf } from './noun-phrase.js';

/** One attribution before actors are known: which tokens are cue, content and speaker. */
export interface Frame {
  cue: CueCandidate;
  /** The cue as shown: with auxiliaries and adverbs before it ("has also said") and a particle after ("called for"). */
  cueRange: TokenRange;
  construction: Construction | 'according' | 'colon';
  content: TokenRange[];
  source: TokenRange | null;
}

/** Tunables of the content step. */
export const CONTENT_LIMITS = {
  /** A content before its cue needs at least this many words. */
  minWordsBefore: 3,
  /** At most this many tokens of adjunct between a cue and "that" ("said in a statement on Tuesday that"). */
  maxAdjunctTokens: 10,
  /** What may follow an inverted or final cue before the sentence ends ("…, she said at that time."). */
  maxTrailingTokens: 12,
};

/** State carried from sentence to sentence: content already taken runs up to `takenUntil` (exclusive). */
export interface AttachState {
  takenUntil: number;
  /** The last frame whose content ended with a quotation: the next quoted sentence may continue it. */
  continuable: Frame | null;
}

export function newAttachState(): AttachState {
  return { takenUntil: 0, continuable: null };
}

/** The sentence's last content token (exclusive end): drops a final full stop unless a quotation closes after it. */
function contentEndOf(seg: Segmented, sentence: Sentence, from: number): number {
  let end = sentence.end;
  while (end > from) {
    const t = seg.tokens[end - 1];
    if (t !== undefined && t.kind === 'punct' && (t.text === '.' || t.text === ',' || t.text === ';' || t.text === ':' ||
      t.text === '—' || t.text === '-')) end--;
    else break;
  }
  return end;
}

/** True when tokens [from, to) are only a short adjunct ("at that time", "in a statement", "on Tuesday"). */
function isTrailingAdjunct(seg: Segmented, from: number, to: number, config: CueConfig): boolean {
  if (from >= to) return true;
  const first = seg.tokens[from];
  if (first === undefined) return true;
  if (first.kind === 'punct' && first.text === ',') return true;
  if (first.kind !== 'word') return false;
  const adjunctStart = PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || first.lower.endsWith('ly') ||
    ADJUNCT_CONJUNCTIONS.has(first.lower);
  if (to - from > CONTENT_LIMITS.maxTrailingTokens) {
    // "said Friday afternoon, as they bristled at …": a short adjunct, then a subordinate clause after a comma
    if (!adjunctStart) return false;
    for (let t = from; t < to && t - from <= CONTENT_LIMITS.maxTrailingTokens; t++) {
      const tok = seg.tokens[t];
      if (tok === undefined || tok.kind === 'quote') return false;
      if (tok.text === ',') return SUBORDINATORS.has(seg.tokens[t + 1]?.lower ?? '') || PARTICIPLE_FORMS.has(seg.tokens[t + 1]?.lower ?? '');
    }
    return false;
  }
  if (first.lower === 'that' || config.isCueForm(first.lower) && PARTICIPLE_FORMS.has(first.lower)) return first.lower !== 'that';
  for (let t = from; t < to; t++) if (seg.tokens[t]?.kind === 'quote') return false;
  return adjunctStart;
}

/** True when a short speaker phrase and a cue allowed with content after it start at `from`: "Mr. McKinley said". */
function speakerAndCueFollow(seg: Segmented, from: number, end: number, config: CueConfig, speechOnly = false): boolean {
  const first = seg.tokens[from];
  if (first === undefined || first.kind !== 'word' || !(first.cap || SPEAKER_PHRASE_STARTS.has(first.lower))) return false;
  for (let t = from + 1; t < end && t - from <= 6; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind === 'quote' || (tok.kind === 'punct' && tok.text !== '.')) return false;
    if (tok.kind === 'word' && !tok.cap && config.isCueForm(tok.lower) && config.allows(tok.lower, 'after', contextOf(seg, t + 1), { seg, tok: t })) {
      if (speechOnly && !SPEECH_LEMMAS.has(lemmaOf(tok.lower))) return false;
      const next = seg.tokens[t + 1];
      return next !== undefined && (next.kind === 'word' || next.kind === 'quote' || next.text === ':' || next.text === ',');
    }
  }
  return false;
}

/** "she said." / "Warren said," right after a quotation: one to three words of speaker, a cue word, then a stop. */
function speakerNamedAgain(seg: Segmented, from: number, config: CueConfig): boolean {
  const first = seg.tokens[from];
  if (first === undefined || first.kind !== 'word' || !(first.cap || THIRD_PERSON_SUBJECTS.has(first.lower))) return false;
  for (let t = from + 1; t <= from + 3; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word') return false;
    if (!tok.cap && config.isCueForm(tok.lower)) {
      const next = seg.tokens[t + 1];
      return next === undefined || next.block !== tok.block || (next.kind === 'punct' && /^[.,;!?]$/.test(next.text));
    }
  }
  return false;
}

/** Where the content after a cue starts: past the hearer ("told reporters"), adjuncts ("in a statement"), ",", ":". */
function contentStartAfter(seg: Segmented, cue: CueCandidate, sentence: Sentence): number {
  const { tokens } = seg;
  let pos = cue.last + 1;
  if (HEARER_FIRST.has(cue.lemma)) {
    const thatAt = findThatOrQuote(seg, pos, sentence.end, 8);
    pos = thatAt >= 0 ? thatAt : hearerAfter(tokens, pos, sentence.end);
  }
  const first = tokens[pos];
  if (first !== undefined && first.kind === 'word' && (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower))) {
    const thatAt = findThatOrQuote(seg, pos, sentence.end, CONTENT_LIMITS.maxAdjunctTokens);
    if (thatAt >= 0) pos = thatAt;
  }
  while (pos < sentence.end) {
    const t = tokens[pos];
    if (t !== undefined && t.kind === 'punct' && (t.text === ',' || t.text === ':' || t.text === '—')) pos++;
    else break;
  }
  return pos;
}

/** The next "that", quotation mark or colon within `window` tokens, before any other clause break. */
function findThatOrQuote(seg: Segmented, from: number, end: number, window: number): number {
  for (let t = from; t < end && t - from <= window; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'word' && tok.lower === 'that') return t;
    if (tok.kind === 'quote' && isOpeningMark(seg, t)) return t;
    if (tok.kind === 'punct' && tok.text === ':') return t + 1;
    // a comma ends the adjunct unless a quotation follows it ("said Tuesday, “…”")
    if (tok.kind === 'punct' && tok.text === ',' && !isOpeningMark(seg, t + 1)) break;
    if (tok.kind === 'punct' && tok.text !== ',' && tok.text !== '.' && tok.text !== '-') break;
  }
  return -1;
}

/**
 * The end of a content that starts at `first` after its cue: the sentence end, or earlier at a participle cue
 * (", adding that …"), or the closing mark of a quotation that is the whole content; later when a quotation
 * runs on past the sentence.
 */
function contentEndAfter(seg: Segmented, first: number, sentence: Sentence, config: CueConfig): number {
  const { tokens } = seg;
  let end = contentEndOf(seg, sentence, first);
  for (let t = first + 1; t < end; t++) {
    const tok = tokens[t];
    // "… “most people don’t know,” she said.": the speaker named again after a quotation closes the content
    if (tok !== undefined && isClosingMark(seg, t) && speakerNamedAgain(seg, t + 1, config)) {
      end = t + 1;
      break;
    }
    if (tok === undefined || seg.quoteOf[t] !== -1) continue;
    const nx = tokens[t + 1];
    if (nx === undefined || nx.kind !== 'word') continue;
    // "Back when he wrote his book, Mr. McKinley said that …": a later clause with its own speaker and cue is
    // the main report, so the subordinate one ends at the comma
    if (tok.kind === 'punct' && tok.text === ',' && speakerAndCueFollow(seg, t + 1, end, config)) {
      end = t;
      break;
    }
    // ", but …", ", which …", ", while …": PolNeAR ends the content where such a clause joins the sentence
    if (tok.kind === 'punct' && tok.text === ',' && CLAUSE_JOINERS.has(nx.lower) && t - first >= 4) {
      end = t;
      break;
    }
    // ", adding that …" and "… and said that …" start a report of their own
    if (tok.kind === 'punct' && tok.text === ',' && PARTICIPLE_FORMS.has(nx.lower) && config.allows(nx.lower, 'participle', undefined, { seg, tok: t + 1 })) {
      end = t;
      break;
    }
    if (tok.kind === 'word' && (tok.lower === 'and' || tok.lower === 'but')) {
      // "… and said that …", "…, and she wants …": a second report, with or without its own subject
      let v = t + 1;
      const ownSubject = SECOND_REPORT_SUBJECTS.has(nx.lower);
      if (ownSubject) v++;
      if (tokens[v]?.lower === 'also') v++;
      const verb = tokens[v];
      if (verb !== undefined && verb.kind === 'word' && config.allows(verb.lower, 'after', undefined, { seg, tok: v }) && !PARTICIPLE_FORMS.has(verb.lower) &&
        (ownSubject || FINITE_REPORT_VERB.test(verb.lower))) {
        end = tokens[t - 1]?.text === ',' ? t - 1 : t;
        break;
      }
    }
  }
  const opener = regionOf(seg, first);
  if (opener !== undefined && opener.open === first && opener.close < end) {
    // a quotation that is the whole content, followed only by punctuation
    let rest = opener.close + 1;
    while (rest < end && tokens[rest]?.kind === 'punct') rest++;
    if (rest >= end) return opener.close + 1;
  }
  return extendOverQuotes(seg, first, end);
}

/** The cue extended by its particle, for verbs that take one. */
function withParticle(seg: Segmented, cue: CueCandidate): CueCandidate {
  const next = seg.tokens[cue.last + 1];
  if (cue.kind !== 'verb' || next === undefined || next.kind !== 'word') return cue;
  // "called for", "was quoted as saying"
  const length = particleLength(cue.lemma, (k) => seg.tokens[cue.last + 1 + k]?.lower);
  return length > 0 ? { ...cue, last: cue.last + length } : cue;
}

function makeFrame(seg: Segmented, cue: CueCandidate, construction: Frame['construction'], content: TokenRange[],
  source: TokenRange | null): Frame {
  let first = cue.first;
  const lowest = source !== null && source.end <= cue.first ? source.end : 0;
  while (first - 1 >= lowest) {
    const t = seg.tokens[first - 1];
    if (t === undefined || t.kind !== 'word' || !(CUE_PREFIX.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !t.cap))) break;
    first--;
  }
  if (cue.kind !== 'verb') first = cue.first;
  return { cue, cueRange: { first, end: cue.last + 1 }, construction, content, source };
}

/** An inverted speaker names someone: a capitalised word, or a noun for people, bodies or documents. */
function looksLikeSpeaker(tokens: Token[], range: TokenRange): boolean {
  for (let t = range.first; t < range.end; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word') continue;
    if (tok.cap || UNNAMED_SOURCE_NOUNS.has(tok.lower) || DOCUMENT_NOUNS.has(tok.lower) || ORGANISATION_NOUNS.has(tok.lower) ||
      TITLES.has(tok.lower)) return true;
  }
  return false;
}

/** Words that open an adjunct rather than a reported clause ("At a rally …, Beck said, “…”"). */
function opensAdjunct(tok: Token | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && (PREPOSITIONS.has(tok.lower) || TIME_WORDS.has(tok.lower) ||
    (tok.lower.endsWith('ing') && tok.lower.length > 5) || ADJUNCT_CONJUNCTIONS.has(tok.lower));
}

/**
 * Tries the "content before the cue" construction: "<content>, <speaker> <cue> [adjunct]." or
 * "<content>, <cue> <speaker>." — and its interrupted form "<content>, <speaker> <cue>, <more content>."
 * `quoteFloor` bounds how far back a quotation that ends at the separator may reach.
 */
function tryBefore(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number, quoteFloor: number,
  config: CueConfig): Frame | null {
  const { tokens } = seg;
  if (cue.kind !== 'verb' || !config.allows(cue.form, 'before', cue.context, { seg, tok: cue.first })) return null;
  const left = subjectLeftOf(tokens, cue.first, Math.max(floor, sentence.first), config.isCueForm);
  if (left.negated) return null;
  const sentenceEnd = contentEndOf(seg, sentence, cue.last + 1);
  let source: TokenRange;
  let sep: number;
  let afterCue = cue.last + 1;
  if (left.first < left.end) {
    sep = left.first - 1;
    source = { first: left.first, end: left.end };
  } else if (tokens[cue.first - 1]?.text === ',' && appositiveSubject(tokens, cue.first - 1, Math.max(floor, sentence.first), config.isCueForm) !== null) {
    // "“…,” Tina Tchen, the first lady’s chief of staff, said in an interview."
    const app = appositiveSubject(tokens, cue.first - 1, Math.max(floor, sentence.first), config.isCueForm);
    source = app ?? { first: cue.first, end: cue.first };
    sep = source.first - 1;
  } else {
    // inverted: "…,” said Pamfilova" / "…, said the document" / "…,” said Ann Lee, a friend of the family."
    sep = cue.first - 1;
    const right = subjectRightOf(tokens, cue.last + 1, sentence.end);
    if (right === null || !looksLikeSpeaker(tokens, right)) return null;
    source = right;
    afterCue = right.end;
    const comma = tokens[afterCue];
    const next = tokens[afterCue + 1];
    const relative = comma !== undefined && comma.kind === 'word' && RELATIVES_AFTER_SPEAKER.has(comma.lower);
    if (relative || (comma?.text === ',' && next !== undefined && next.kind === 'word' && !PARTICIPLE_FORMS.has(next.lower) && next.lower !== 'that')) {
      let e = afterCue + 1;
      while (e < sentenceEnd && !(tokens[e]?.text === ',' && PARTICIPLE_FORMS.has(tokens[e + 1]?.lower ?? '')) && tokens[e]?.kind !== 'quote') e++;
      source = { first: right.first, end: e };
      afterCue = e;
    }
  }
  // "…, said Borges, who predicted …": a relative pronoun's clause never carries the content before it
  if (source.end - source.first === 1 && RELATIVE_WORDS.has(tokens[source.first]?.lower ?? '')) return null;
  const sepTok = tokens[sep];
  // “Who do they think they are?” Trump said. — the quotation ended the previous sentence with its own stop
  const quoteEndedSentence = sep === sentence.first - 1 && isClosingMark(seg, sep) && sep >= floor - 1 &&
    /^[.?!…]$/.test(tokens[sep - 1]?.text ?? '') && tokens[sep]?.block === tokens[cue.first]?.block;
  if (sepTok === undefined || (!quoteEndedSentence && (sep < floor || sep < sentence.first))) return null;
  const sepIsClose = isClosingMark(seg, sep);
  const sepIsComma = sepTok.kind === 'punct' && (sepTok.text === ',' || sepTok.text === '—');
  if (!sepIsComma && !sepIsClose) return null;
  const quoteEndTok = sepIsClose ? sep : (isClosingMark(seg, sep - 1) ? sep - 1 : -1);
  // what follows the cue: nothing, an adjunct, or ", <more content>"
  let second: TokenRange | null = null;
  // "…,'' he said in a statement, ''and yet …''": an adjunct, then the quotation goes on
  for (let t = afterCue; t < sentenceEnd && t - afterCue <= 16 && quoteEndTok >= 0; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind === 'quote') break;
    // "“…,” Tester said, referring to …, “you give …”": the last comma before the quotation resumes it
    if (tok.text === ',' && t > afterCue && isOpeningMark(seg, t + 1)) { afterCue = t; break; }
  }
  const after = tokens[afterCue];
  // "…, the minister told Reuters.": the hearer is part of the frame, what follows it must be an adjunct
  const trailingStart = HEARER_FIRST.has(cue.lemma) && after !== undefined && after.kind === 'word' ? hearerAfter(tokens, afterCue, sentenceEnd) : afterCue;
  if (quoteEndedSentence && after !== undefined && afterCue < sentenceEnd && after.text !== ',' &&
    !isTrailingAdjunct(seg, trailingStart, sentenceEnd, config)) return null;
  if (after !== undefined && afterCue < sentenceEnd) {
    const next = tokens[afterCue + 1];
    if ((after.text === ',' || after.text === ';') && next !== undefined && !(next.kind === 'word' && PARTICIPLE_FORMS.has(next.lower))) {
      const first = afterCue + 1;
      const end = isOpeningMark(seg, first) ? contentEndAfter(seg, first, sentence, config) : extendOverQuotes(seg, first, sentenceEnd);
      if (hasWords(seg, first, end, 2)) second = { first, end };
    } else if (after.kind === 'word' && (after.lower === 'that' || isOpeningMark(seg, afterCue))) {
      return null;
    } else if (after.text === ':' || isOpeningMark(seg, afterCue)) {
      return null;
    } else if (quoteEndTok < 0 && !isTrailingAdjunct(seg, trailingStart, sentenceEnd, config)) {
      return null;
    }
  }
  // where the content starts: the opening mark of a quotation that ends at the separator, else the sentence start
  let contentEnd = sep;
  let contentFirst = Math.max(floor, sentence.first);
  if (quoteEndTok >= 0) {
    const r = regionOf(seg, quoteEndTok);
    if (r !== undefined && r.open >= quoteFloor) {
      contentEnd = quoteEndTok + 1;
      if (r.open < contentFirst || (isOpeningMark(seg, contentFirst) && regionOf(seg, contentFirst) === r)) contentFirst = r.open;
    }
  }
  const content: TokenRange[] = [];
  // "Asked if …, Ryan said, “…”": the opening clause is an adjunct, and a report of its own
  const opener = tokens[contentFirst];
  const opensWithBareCue = opener !== undefined && opener.kind === 'word' && config.allows(opener.lower, 'bare', undefined, { seg, tok: contentFirst });
  const firstIsAdjunct = quoteEndTok < 0 && second !== null && (opensAdjunct(opener) || opensWithBareCue ||
    !hasWords(seg, contentFirst, contentEnd, 4));
  // "DuVernay said she felt …, she said.": the sentence's own speaker and cue come first, so this is not the frame
  if (!isOpeningMark(seg, contentFirst) && !firstIsAdjunct && speakerAndCueFollow(seg, contentFirst, contentEnd, config, true)) return null;
  if (!firstIsAdjunct) {
    // a quotation may be short (“It’s finished,” she said); a paraphrase before its cue needs a clause
    const minWords = quoteEndTok >= 0 && isOpeningMark(seg, contentFirst) ? 1 : CONTENT_LIMITS.minWordsBefore;
    if (!hasWords(seg, contentFirst, contentEnd, minWords)) return null;
    content.push({ first: contentFirst, end: contentEnd });
  }
  if (second !== null) content.push(second);
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'before', content, source);
}

/** "According to X, …" / "…, according to X." / "…, according to X, …". */
function tryAccording(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number): Frame | null {
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
  const relativeAfter = RELATIVE_WORDS.has(tokens[after]?.lower ?? '') && after > sourceEnd;
  if (after < afterEnd && !relativeAfter && hasWords(seg, after, afterEnd, 2)) {
    content.push({ first: after, end: extendOverQuotes(seg, after, afterEnd) });
  }
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'according', content, source);
}

/** "Carly Fiorina: …" — a speaker's name and a colon opening a block. */
function tryColon(seg: Segmented, sentence: Sentence, cue: CueCandidate, config: CueConfig): Frame | null {
  const { tokens } = seg;
  const block = seg.blockTokens[sentence.block];
  if (block === undefined || !config.allows(cue.form, 'after', cue.context, { seg, tok: cue.first })) return null;
  if (cue.form === ':“') {
    // "Reyes was blunt: “…”": the sentence's subject speaks the quotation after the colon
    const subject = sentenceSubject(seg, sentence, cue.first);
    if (subject === null) return null;
    for (let t = subject.end; t < cue.first; t++) if (config.isCueForm(tokens[t]?.lower ?? '') || tokens[t]?.kind === 'quote') return null;
    const first = cue.last + 1;
    return makeFrame(seg, cue, 'colon', [{ first, end: contentEndAfter(seg, first, sentence, config) }], subject);
  }
  const labelFirst = cue.form === ':T' && tokens[block.first]?.kind === 'quote' ? block.first + 1 : block.first;
  for (let t = labelFirst; t < cue.first; t++) {
    const tok = tokens[t];
    if (tok === undefined || !(tok.kind === 'word' && (tok.cap || tok.lower === 'of')) && tok.text !== '.') return null;
  }
  const first = cue.last + 1;
  const lastSentenceEnd = block.end;
  let end = lastSentenceEnd;
  while (end > first && tokens[end - 1]?.kind === 'punct' && tokens[end - 1]?.text === '.') end--;
  if (!hasWords(seg, first, end, 2)) return null;
  return makeFrame(seg, cue, 'colon', [{ first, end: extendOverQuotes(seg, first, end) }], { first: labelFirst, end: cue.first });
}

/** "West tried to disrupt the vote – lawmakers": the words after a headline's last dash name its speaker. */
function tryHeadlineDash(seg: Segmented, sentence: Sentence, cue: CueCandidate, takenUntil: number): Frame | null {
  const { tokens } = seg;
  const block = seg.blockTokens[sentence.block];
  if (block === undefined) return null;
  if (cue.form === '―') return trySignature(seg, cue, block, takenUntil);
  if (block.end - cue.last > 7 || cue.first - block.first < 3) return null;
  let end = block.end;
  while (end > cue.last + 1 && tokens[end - 1]?.kind === 'punct') end--;
  const speaker = { first: cue.last + 1, end };
  const lastWord = tokens[speaker.end - 1]?.lower ?? '';
  const firstWord = tokens[speaker.first];
  const plural = lastWord.length > 3 && lastWord.endsWith('s') && firstWord !== undefined && !PREPOSITIONS.has(firstWord.lower);
  if (speaker.first >= speaker.end || !(looksLikeSpeaker(tokens, speaker) || plural)) return null;
  for (let t = speaker.first; t < speaker.end; t++) if (tokens[t]?.kind === 'quote' || /^[–—-]$/.test(tokens[t]?.text ?? '')) return null;
  if (!hasWords(seg, block.first, cue.first, 3)) return null;
  return makeFrame(seg, cue, 'before', [{ first: block.first, end: cue.first }], speaker);
}

/** A number or a month's name: the date after a signature ("July 5, 2016"). */
const isDateWord = (text: string): boolean => isNumber(text) || MONTHS.has(text);

/**
 * A signature closing a paragraph: a dash, a name of one to five capitalised words, maybe a handle in brackets and
 * a date, then nothing. The content is the quotation before the dash, or the paragraph's text before it (after an
 * embed's tag), or — for a paragraph that is only the signature — the quotation paragraph above.
 */
function trySignature(seg: Segmented, cue: CueCandidate, block: { first: number; end: number },
  takenUntil: number): Frame | null {
  const { tokens } = seg;
  let t = cue.last + 1;
  const nameFirst = t;
  while (t < block.end && t - nameFirst < 5 && tokens[t]?.kind === 'word' && tokens[t]?.cap === true) t++;
  const nameEnd = t;
  if (nameEnd === nameFirst || (nameEnd - nameFirst === 1 && NOT_A_NAME_ALONE.has(tokens[nameFirst]?.text ?? ''))) return null;
  // "(@SpeakerRyan) July 5, 2016", "." — nothing else may follow the name
  if (tokens[t]?.text === '(') { while (t < block.end && tokens[t]?.text !== ')') t++; t++; }
  while (t < block.end && (tokens[t]?.kind === 'punct' || isDateWord(tokens[t]?.text ?? ''))) t++;
  if (t < block.end) return null;
  const speaker = { first: nameFirst, end: nameEnd };
  let before = cue.first;
  while (before > block.first && tokens[before - 1]?.kind === 'punct' && !isClosingMark(seg, before - 1)) before--;
  if (before > block.first) {
    const r = isClosingMark(seg, before - 1) ? regionOf(seg, before - 1) : undefined;
    let first = r !== undefined && r.open >= block.first ? r.open : block.first;
    // an embedded post keeps its markup in the text: start after the tag's ">"
    for (let k = before - 1; k > first; k--) if (tokens[k]?.text === '>') { first = k + 1; break; }
    first = Math.max(first, takenUntil);
    if (!hasWords(seg, first, before, 3)) return null;
    return makeFrame(seg, cue, 'before', [{ first, end: before }], speaker);
  }
  // "- Bernie Sanders." alone under a quotation paragraph
  for (let b = seg.tokens[cue.first]?.block ?? 0; b-- > 0;) {
    const range = seg.blockTokens[b];
    if (range === undefined) return null;
    if (range.end === range.first) continue;
    const r = regionOf(seg, range.first);
    if (r === undefined || r.open !== range.first || !r.closed || r.open < takenUntil || !hasWords(seg, range.first, r.close, 3)) return null;
    return makeFrame(seg, cue, 'before', [{ first: range.first, end: r.close + 1 }], speaker);
  }
  return null;
}

/**
 * The subject at the start of a sentence, for a second verb of a coordination ("Carson admitted …, but said …"):
 * a pronoun or a capitalised name run after any opening adjunct that ends in a comma.
 */
function sentenceSubject(seg: Segmented, sentence: Sentence, before: number): TokenRange | null {
  const { tokens } = seg;
  let t = sentence.first;
  if (opensAdjunct(tokens[t]) || tokens[t]?.cap === true && PREPOSITIONS.has(tokens[t]?.lower ?? '')) {
    while (t < before && tokens[t]?.text !== ',') t++;
    t++;
  }
  // a dateline ("WASHINGTON —", "KIEV (Reuters) -") is not the subject
  let d = t;
  while (d < before && d - t < 4 && tokens[d]?.kind === 'word' && tokens[d]?.text === tokens[d]?.text.toUpperCase()) d++;
  if (d > t && /^[—–-]$/.test(tokens[d]?.text ?? '')) {
    t = d;
    while (t < before && /^[—–-]$/.test(tokens[t]?.text ?? '')) t++;
  }
  const first = t;
  const head = tokens[t];
  if (head === undefined || head.kind !== 'word') return null;
  if (SUBJECT_PRONOUNS.has(head.lower)) return { first: t, end: t + 1 };
  if (head.lower === 'the' || head.lower === 'a' || head.lower === 'an') {
    // "The document condemns …": a determiner phrase up to its head noun for a body, a document or a group
    for (let e = t + 1; e < before && e - t <= 6; e++) {
      const w = tokens[e];
      if (w === undefined || w.kind !== 'word') break;
      if (DOCUMENT_NOUNS.has(w.lower) || ORGANISATION_NOUNS.has(w.lower) || UNNAMED_SOURCE_NOUNS.has(w.lower)) return { first: t, end: e + 1 };
    }
  }
  while (t < before && t - first < 8) {
    const tok = tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'word' && (tok.cap || (t > first && tok.lower === 'of'))) t++;
    else if (tok.kind === 'punct' && tok.text === '.' && t > first) t++;
    else break;
  }
  while (t > first && tokens[t - 1]?.kind !== 'word') t--;
  return t > first ? { first, end: t } : null;
}

/** Content after the cue, with the speaker on its left (or none): "Metsola told … that …", "Asked whether …". */
function tryAfter(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number, config: CueConfig,
  previous: Frame | null): Frame | null {
  const { tokens } = seg;
  if (cue.kind !== 'verb') return null;
  const limit = Math.max(floor, sentence.first);
  // a passive with its agent: "O’Malley’s move was first reported by MSNBC" (the agent speaks, the subject is the
  // content), "Asked by Stephanopoulos to respond …"; but "the report, which was written by …" only describes
  if (tokens[cue.last + 1]?.lower === 'by') {
    const agent = subjectRightOf(tokens, cue.last + 2, sentence.end);
    if (agent === null || !looksLikeSpeaker(tokens, agent) || !config.allows(cue.form, 'after', cue.context, { seg, tok: cue.first })) return null;
    const byCue = { ...cue, last: cue.last + 1 };
    if (cue.first === sentence.first || (cue.first === sentence.first + 1 && opensAdjunct(tokens[sentence.first]))) {
      // "Asked by Stephanopoulos to respond to Trump’s criticism, Carson said …"
      let end = agent.end;
      while (end < sentence.end && tokens[end]?.text !== ',' && tokens[end]?.kind !== 'quote') end++;
      if (!hasWords(seg, agent.end, end, 2)) return null;
      return makeFrame(seg, cue, 'bare', [{ first: agent.end, end }], agent);
    }
    const passive = [1, 2, 3].some((k) => PASSIVE_AUXILIARIES.has(tokens[cue.first - k]?.lower ?? ''));
    if (!passive) return null;
    const subject = subjectLeftOf(tokens, cue.first, limit, config.isCueForm);
    const subjectText = tokens[subject.first];
    if (subject.first >= subject.end || subjectText === undefined || RELATIVE_WORDS.has(subjectText.lower)) return null;
    return makeFrame(seg, byCue, 'after', [{ first: subject.first, end: subject.end }], agent);
  }
  let source: TokenRange | null = null;
  let construction: Construction = 'after';
  const prevTok = tokens[cue.first - 1];
  // ", adding that …" / ", falsely suggesting that …": the participle's speaker is the clause's subject
  let beforeParticiple = cue.first - 1;
  while (beforeParticiple > limit && tokens[beforeParticiple]?.kind === 'word' && /ly$/.test(tokens[beforeParticiple]?.lower ?? '')) beforeParticiple--;
  if (tokens[beforeParticiple]?.text === ',' && PARTICIPLE_FORMS.has(cue.form)) {
    if (!config.allows(cue.form, 'participle', cue.context, { seg, tok: cue.first })) return null;
    construction = 'participle';
    source = previous?.source ?? sentenceSubject(seg, sentence, cue.first);
  } else {
    const left = subjectLeftOf(tokens, cue.first, limit, config.isCueForm);
    // negation is a trap for readers ("has not named"): a report that did not happen is not a claim
    if (left.negated) return null;
    if (left.first < left.end) {
      source = { first: left.first, end: left.end };
    } else if (prevTok !== undefined && prevTok.text === ',') {
      const app = appositiveSubject(tokens, cue.first - 1, limit, config.isCueForm);
      if (app !== null) source = app;
    } else if (prevTok !== undefined && prevTok.kind === 'word' && (prevTok.lower === 'and' || prevTok.lower === 'but')) {
      source = previous !== null && previous.source !== null ? previous.source : sentenceSubject(seg, sentence, cue.first);
    }
    if (source === null && cue.first === sentence.first) {
      // "Said the harbour master, Tomas Reyes: “…”"
      const right = subjectRightOf(tokens, cue.last + 1, sentence.end);
      if (right !== null) {
        let e = right.end;
        while (e < sentence.end && e - right.end < 12 && tokens[e]?.text !== ':' && tokens[e]?.kind !== 'quote') e++;
        if (tokens[e]?.text === ':' && isOpeningMark(seg, e + 1) && looksLikeSpeaker(tokens, { first: right.first, end: e })) {
          if (!config.allows(cue.form, 'before', cue.context, { seg, tok: cue.first })) return null;
          const first = e + 1;
          return makeFrame(seg, cue, 'before', [{ first, end: contentEndAfter(seg, first, sentence, config) }], { first: right.first, end: e });
        }
      }
    }
    if (source === null) construction = 'bare';
    if (!config.allows(cue.form, construction, cue.context, { seg, tok: cue.first })) return null;
  }
  const extended = withParticle(seg, cue);
  const first = contentStartAfter(seg, extended, sentence);
  // "… echoed:" closing its paragraph, the quotation or block quote below it is the content
  const below = first >= sentence.end && tokens[sentence.end - 1]?.text === ':' ? contentBelow(seg, sentence) : null;
  if (below !== null) return makeFrame(seg, extended, construction, [below], source);
  let end = contentEndAfter(seg, first, sentence, config);
  const relativeSource = source !== null && source.end - source.first === 1 && RELATIVE_WORDS.has(tokens[source.first]?.lower ?? '');
  if (construction === 'bare' || relativeSource) {
    // "Asked whether …, Christie said …": a speakerless cue's content ends at the clause's comma
    for (let t = first + 1; t < end; t++) {
      if (tokens[t]?.text === ',' && seg.quoteOf[t] === -1) { end = t; break; }
    }
  }
  if (first >= end || !hasWords(seg, first, end, 1)) return null;
  // "what Liz Wahl said when she resigned": a subordinate clause is not what was said; but "describes as “…”"
  // labels the quotation that follows, which is the content
  const opener = tokens[first];
  const labelsQuotation = opener?.lower === 'as' && isOpeningMark(seg, first + 1);
  if (opener !== undefined && opener.kind === 'word' && SUBORDINATE_OPENERS.has(opener.lower) && !labelsQuotation) return null;
  // "said in an interview." with nothing reported after it
  if (opener !== undefined && opener.kind === 'word' && ((!opener.cap && PREPOSITIONS.has(opener.lower)) || TIME_WORDS.has(opener.lower)) &&
    !HEARER_FIRST.has(cue.lemma) && !CONTENT_MAY_OPEN_WITH_PREPOSITION.has(extended.lemma) && !hasQuote(seg, first, end) &&
    end - first <= 6) return null;
  return makeFrame(seg, extended, construction, [{ first, end }], source);
}

/**
 * Attaches content to the cues of one sentence. Constructions with the content before the cue are tried first,
 * right to left, because their content may hold words that look like cues; the rest go left to right.
 */
export function attachSentence(seg: Segmented, sentenceIndex: number, config: CueConfig, state: AttachState): Frame[] {
  const sentence = seg.sentences[sentenceIndex];
  if (sentence === undefined || sentence.end <= state.takenUntil) return [];
  const floor = Math.max(sentence.first, state.takenUntil);
  const cues = findCues(seg, sentence, config).filter((c) => c.first >= floor);
  const frames: Frame[] = [];

  if (cues.length === 0) {
    continueQuotation(seg, sentence, state);
    return frames;
  }
  // content-before constructions, right to left
  const taken: TokenRange[] = [];
  let ceiling = sentence.end;
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k];
    if (cue === undefined || cue.last >= ceiling) continue;
    // "according to" frames its whole sentence, so it goes first, like content-before constructions
    const f = cue.kind === 'according' ? tryAccording(seg, sentence, cue, floor) : tryBefore(seg, sentence, cue, floor, state.takenUntil, config);
    if (f === null) continue;
    frames.push(f);
    const firstContent = f.content[0];
    if (firstContent !== undefined) {
      const first = Math.min(firstContent.first, f.source?.first ?? cue.first, cue.first);
      // the adjunct after the cue is part of the report's frame ("he said when asked about …")
      const adjunctEnd = f.content.length === 1 ? trailingEnd(seg, sentence, Math.max(cue.last + 1, f.source?.end ?? 0), config) : 0;
      const end = Math.max(cue.last + 1, f.source?.end ?? 0, adjunctEnd, ...f.content.map((c) => c.end));
      taken.push({ first, end });
      ceiling = first;
    }
  }
  frames.reverse();
  const inTaken = (tok: number): boolean => taken.some((r) => tok >= r.first && tok < r.end);
  // the others, left to right
  let pos = floor;
  let previous: Frame | null = frames[0] ?? null;
  const all: Frame[] = [...frames];
  for (const cue of cues) {
    if (cue.first < pos || inTaken(cue.first)) continue;
    if (frames.some((f) => f.cue === cue)) { pos = Math.max(pos, cue.last + 1); continue; }
    let f: Frame | null = null;
    if (cue.kind === 'according') f = tryAccording(seg, sentence, cue, pos);
    else if (cue.kind === 'colon') f = tryColon(seg, sentence, cue, config);
    else if (cue.kind === 'dash') f = tryHeadlineDash(seg, sentence, cue, state.takenUntil);
    else f = tryAfter(seg, sentence, cue, pos, config, previous);
    if (f === null) continue;
    // never let a content run over a content-before frame's material
    const last = f.content[f.content.length - 1];
    if (last !== undefined && taken.some((r) => r.first < last.end && r.first >= cue.last)) continue;
    all.push(f);
    previous = f;
    pos = Math.max(cue.last + 1, ...f.content.map((c) => c.end));
  }
  // a frame must say something: drop one whose content holds no word
  for (let i = all.length - 1; i >= 0; i--) {
    const f = all[i];
    if (f !== undefined && !f.content.some((c) => hasWords(seg, c.first, c.end, 1))) all.splice(i, 1);
  }
  all.sort((a, b) => a.cue.first - b.cue.first);
  let maxEnd = sentence.end;
  for (const f of all) for (const c of f.content) maxEnd = Math.max(maxEnd, c.end);
  state.takenUntil = Math.max(state.takenUntil, maxEnd);
  // a direct quotation may go on in the next sentence
  const lastFrame = all[all.length - 1];
  state.continuable = lastFrame !== undefined && endsWithQuotation(seg, lastFrame) ? lastFrame : null;
  return all;
}

function endsWithQuotation(seg: Segmented, f: Frame): boolean {
  const last = f.content[f.content.length - 1];
  if (last === undefined) return false;
  let end = last.end - 1;
  while (end > last.first && seg.tokens[end]?.kind === 'punct') end--;
  return isClosingMark(seg, end) || (isClosingMark(seg, last.end - 1));
}

/** Where a trailing adjunct after a cue ends: before ", <participle>" or at the sentence's end. */
function trailingEnd(seg: Segmented, sentence: Sentence, from: number, config: CueConfig): number {
  const end = contentEndOf(seg, sentence, from);
  for (let t = from; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind === 'quote') return t;
    // "… he said when asked whether …": the question is a report of its own
    if (tok.kind === 'word' && config.allows(tok.lower, 'bare', undefined, { seg, tok: t }) && BARE_CUE_OPENERS.has(seg.tokens[t - 1]?.lower ?? '')) return t;
    if (tok.text === ',' && PARTICIPLE_FORMS.has(seg.tokens[t + 1]?.lower ?? '') && config.allows(seg.tokens[t + 1]?.lower ?? '', 'participle', undefined, { seg, tok: t + 1 })) return t;
  }
  return end;
}

/**
 * A sentence that is all quotation, right after a direct quotation in the same paragraph, continues it:
 * “…,” Trump said. “I give her, too …” — added as a further content fragment.
 */
function continueQuotation(seg: Segmented, sentence: Sentence, state: AttachState): void {
  const f = state.continuable;
  state.continuable = null;
  if (f === null) return;
  const first = sentence.first;
  const r = regionOf(seg, first);
  const lastContent = f.content[f.content.length - 1];
  if (r === undefined || r.open !== first || lastContent === undefined) return;
  const lastBlock = seg.tokens[lastContent.end - 1]?.block ?? -1;
  const sameBlock = lastBlock === sentence.block || seg.tokens[f.cue.first]?.block === sentence.block;
  if (!sameBlock && !wholeNextParagraph(seg, sentence, r, Math.max(lastBlock, seg.tokens[f.cue.first]?.block ?? -1))) return;
  const end = r.close + 1;
  f.content.push({ first, end });
  state.takenUntil = Math.max(state.takenUntil, end);
  state.continuable = f;
}

/** The content below a paragraph that ends in a colon: the next block's quotation, or a whole block quote. */
function contentBelow(seg: Segmented, sentence: Sentence): TokenRange | null {
  for (let b = sentence.block + 1; b < seg.blockTokens.length; b++) {
    const range = seg.blockTokens[b];
    if (range === undefined) return null;
    if (range.end === range.first) continue;
    const r = regionOf(seg, range.first);
    if (r !== undefined && r.open === range.first && r.closed) return { first: range.first, end: r.close + 1 };
    if (seg.blocks[b]?.kind === 'blockquote') return { first: range.first, end: range.end };
    return null;
  }
  return null;
}

/**
 * A paragraph that is one closed quotation and nothing else, right after the paragraph of a direct quotation,
 * goes on with it (“…,” Bozell adds. ⏎ “The establishment is …”).
 */
function wholeNextParagraph(seg: Segmented, sentence: Sentence, r: QuoteRegion, previousBlock: number): boolean {
  const range = seg.blockTokens[sentence.block];
  if (range === undefined || range.first !== sentence.first || !r.closed || previousBlock < 0) return false;
  for (let b = previousBlock + 1; b < sentence.block; b++) {
    const between = seg.blockTokens[b];
    if (between !== undefined && between.end > between.first) return false;
  }
  let last = range.end - 1;
  while (last > r.close && seg.tokens[last]?.kind === 'punct') last--;
  if (last !== r.close) return false;
  // not when the next paragraph signs the quotation ("- Bernie Sanders.")
  for (let b = sentence.block + 1; b < seg.blockTokens.length; b++) {
    const next = seg.blockTokens[b];
    if (next === undefined || next.end === next.first) continue;
    return !/^[–—―-]$/.test(seg.tokens[next.first]?.text ?? '');
  }
  return true;
}

