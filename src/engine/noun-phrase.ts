/**
 * Noun-phrase scanners over the token stream: the speaker to the left of a cue ("The head of the CEC, Ella
 * Pamfilova, reported"), the speaker to the right of an inverted cue ("…,” said Pamfilova"), and the hearer
 * object after "told". No tagger: closed-class word lists and capitalisation, bounded windows, linear cost.
 */
import type { Token } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { isDottedInitials, startsWithNumber } from './chars.js';

/** Longest subject phrase we accept, in tokens (appositives included). */
export const MAX_SUBJECT_TOKENS = 14;
const MAX_APPOSITIVE_TOKENS = 24;

export interface LeftSubject {
  /** Tokens [first, end) of the speaker phrase; first === end when there is none. */
  first: number;
  end: number;
  /** The first token of the run of adverbs/auxiliaries skipped between phrase and cue. */
  gapStart: number;
  negated: boolean;
  /** The token just before the phrase (a comma, quotation mark, "and", …) or -1 at the sentence start. */
  before: number;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** True when `word` (lower case) can sit inside a subject phrase. */
function canBeInPhrase(tok: Token, isCueForm: (lower: string) => boolean, lex: Lexicon): boolean {
  if (tok.kind === 'quote') return false;
  // a free-standing hyphen is a dash ("-- complete with teleprompter --"): it ends the phrase
  if (tok.kind === 'punct') return tok.text === '.' || tok.text === '(' || tok.text === ')' || tok.text === '’' ||
    tok.text === "'" || tok.text === '&';
  // "But", "However", "Ultimately" open a sentence, not a name; nor does "In" ("In a Facebook message …")
  if (lex.SENTENCE_CONNECTIVES.has(tok.lower)) return false;
  if (tok.cap && lex.PREPOSITIONS.has(tok.lower)) return false;
  if (tok.cap) return true;
  if (lex.PHRASE_BREAKERS.has(tok.lower)) return false;
  if (isCueForm(tok.lower)) return false;
  return true;
}

/** A word that looks like the verb of a clause right after its subject ("Mr. Rubio joined Democrats"). */
function looksLikeVerbAfterSubject(tok: Token, left: Token | undefined, lex: Lexicon): boolean {
  if (tok.kind !== 'word' || tok.cap || left === undefined || left.kind !== 'word') return false;
  if (!(left.cap || lex.SUBJECT_PRONOUNS.has(left.lower))) return false;
  return lex.isVerbAfterSubject?.(tok.lower) === true;
}

/**
 * The speaker phrase ending just before `cue` (exclusive), scanning no further left than `limit`.
 * Skips adverbs and auxiliaries next to the cue and notes a negation among them.
 */
export function subjectLeftOf(tokens: Token[], cue: number, limit: number,
  isCueForm: (lower: string) => boolean, lex: Lexicon): LeftSubject {
  let i = cue - 1;
  let negated = false;
  while (i >= limit) {
    const t = tokens[i];
    if (!isWord(t) || t.cap && !lex.WEEKDAYS.has(t.text)) break;
    const adverb = lex.BETWEEN_SUBJECT_AND_CUE.has(t.lower) || (lex.ADVERB_ENDING.test(t.lower) && t.lower.length > 4);
    if (!adverb) break;
    if (lex.NEGATIONS.has(t.lower)) negated = true;
    i--;
  }
  // "Sanders, meanwhile, said": a connective between commas is not part of the speaker
  if (tokens[i]?.text === ',' && lex.SENTENCE_CONNECTIVES.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',' && i - 3 >= limit) {
    i -= 3;
  }
  const gapStart = i + 1;
  const end = i + 1;
  let first = end;
  let sawCap = false;
  while (i >= limit && end - i <= MAX_SUBJECT_TOKENS) {
    const t = tokens[i];
    if (t === undefined) break;
    if (t.kind === 'word' && lex.AND_WORDS.has(t.lower)) {
      // "Clinton and Sanders said", "teachers and union officials told": keep when a noun is on both sides
      const leftTok = tokens[i - 1];
      if (first < end && isWord(leftTok) && !lex.PHRASE_BREAKERS.has(leftTok.lower) && (leftTok.cap || sawCap === false)) {
        first = i; i--; continue;
      }
      break;
    }
    if (t.kind === 'punct' && t.text === '.') {
      const prev = tokens[i - 1];
      // "Mr.", "B.", "the U.S. Embassy", and the state in "(D-Wis.)"
      if (!(isWord(prev) && (lex.ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 || (prev.cap && isDottedInitials(prev.text)) ||
        tokens[i + 1]?.text === ')'))) break;
    }
    // a cue word after a determiner is a noun ("the reports said")
    const nounAfterDeterminer = t.kind === 'word' && isCueForm(t.lower) && lex.DETERMINERS.has(tokens[i - 1]?.lower ?? '');
    if (!nounAfterDeterminer && !canBeInPhrase(t, isCueForm, lex)) break;
    // (right before the cue it is a reduced relative instead: "the experts I interviewed said")
    if (i < end - 1 && looksLikeVerbAfterSubject(t, tokens[i - 1], lex)) break;
    if (t.cap) sawCap = true;
    first = i;
    i--;
  }
  // a relative pronoun right before the cue is the speaker itself ("Clinton, who said …")
  if (first === end) {
    const t = tokens[i];
    if (isWord(t) && lex.RELATIVE_PRONOUNS.has(t.lower) && i >= limit) return { first: i, end: i + 1, gapStart, negated, before: i - 1 };
  }
  // drop a leading time adjunct: "On Tuesday Trump said", "In 1998 Mr. Clinton said", "Last year 40 officials said"
  if (first < end) {
    const opensWithPreposition = lex.PREPOSITIONS.has(tokens[first]?.lower ?? '');
    // ("In" opening the sentence may have stayed outside the phrase)
    const afterPreposition = opensWithPreposition || (first - 1 >= limit && lex.PREPOSITIONS.has(tokens[first - 1]?.lower ?? ''));
    let j = opensWithPreposition ? first + 1 : first;
    const timeStart = j;
    let anchored = false;
    while (j < end - 1 && isTimeWord(tokens[j], lex)) {
      const tok = tokens[j];
      // "April Mellody": a month before a capitalised word is a name
      if (tok !== undefined && lex.MONTHS_AND_DAYS.has(tok.text) && tokens[j + 1]?.cap === true && !lex.MONTHS_AND_DAYS.has(tokens[j + 1]?.text ?? '')) break;
      // a time noun anchors the run ("This year", "Last week"); a date or a year only after a preposition ("In 1998"),
      // for "2011 email" is a noun phrase
      anchored ||= lex.TIME_NOUNS.has(tok?.lower ?? '') || (afterPreposition && isTimeAnchor(tok, lex));
      j++;
    }
    // only a run with a day, a month, a year or a time noun: "This group", "Early results" are the speaker
    if (j > timeStart && anchored) first = j;
  }
  // trailing punctuation other than a closing bracket never ends a phrase
  let phraseEnd = end;
  while (phraseEnd > first && tokens[phraseEnd - 1]?.kind === 'punct' && tokens[phraseEnd - 1]?.text !== ')') phraseEnd--;
  while (first < phraseEnd && tokens[first]?.kind === 'punct' && tokens[first]?.text !== '(') first++;
  return { first, end: phraseEnd, gapStart, negated, before: first - 1 };
}

/**
 * "Name, appositive, said": when the cue's subject is a comma-enclosed appositive, the speaker is the name before
 * it together with the appositive (PolNeAR's convention). `commaTok` is the comma right before the cue.
 */
export function appositiveSubject(tokens: Token[], commaTok: number, limit: number,
  isCueForm: (lower: string) => boolean, lex: Lexicon): { first: number; end: number } | null {
  const appEnd = commaTok;
  let comma = commaTok;
  let found: { first: number; end: number } | null = null;
  // up to three comma-enclosed chunks: "Woodrow Benford, 58, who lives outside Minneapolis, says …"
  for (let chunk = 0; chunk < 3; chunk++) {
    let i = comma - 1;
    while (i >= limit && comma - i <= MAX_APPOSITIVE_TOKENS) {
      const t = tokens[i];
      if (t === undefined || t.kind === 'quote') return null;
      if (t.kind === 'punct' && t.text === ',') break;
      if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '—')) return null;
      i--;
    }
    const previousComma = i;
    if (previousComma < limit || tokens[previousComma]?.text !== ',' || previousComma + 1 >= comma) return found;
    // a chunk opening with an auxiliary is a predicate, no apposition: "Parata, 75, has now overseen 500 strandings,
    // called on by tribes …"
    const opener = tokens[previousComma + 1]?.lower ?? '';
    if (lex.PASSIVE_AUXILIARIES.has(opener) || lex.MODALS.has(opener) || lex.AUTHORED_AUXILIARIES.has(opener)) return found;
    const name = subjectLeftOf(tokens, previousComma, limit, isCueForm, lex);
    const head = tokens[name.first];
    const named = name.first < name.end && name.end === previousComma && head !== undefined &&
      (head.cap || lex.DETERMINERS.has(head.lower) || startsWithNumber(head.text));
    // the name must start its clause: at the sentence start, after a comma or a connective, not inside a clause
    const before = tokens[name.first - 1];
    const opensClause = name.first <= limit || before === undefined || before.kind !== 'word';
    // (further left, only a proper name that opens its clause: "When Arthur Waite died in 1942, his obituary, …" is
    // the obituary's)
    if (found !== null && !(opensClause && isProperName(tokens, name.first, name.end))) return found;
    if (named && (opensClause || lex.SENTENCE_CONNECTIVES.has(before.lower))) {
      found = { first: name.first, end: appEnd };
      // after a comma it may be an apposition itself, to a name before it: "Alverson, a commissioner on the
      // commission, which sets the limits, described …" is Alverson's
      if (before?.text !== ',') return found;
    }
    comma = previousComma;
  }
  return found;
}


/** Whether tokens [first, end) are a proper name: capitalised words, with the full stops of initials. */
function isProperName(tokens: Token[], first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    const tok = tokens[t];
    if (tok === undefined || !(tok.kind === 'word' ? tok.cap : tok.text === '.')) return false;
  }
  return first < end;
}

/**
 * The speaker right after an inverted cue ("…,” said Ella Pamfilova, head of …") up to a comma, the sentence end or
 * a preposition after the name. Returns null when what follows does not look like a noun phrase.
 */
export function subjectRightOf(tokens: Token[], afterCue: number, sentenceEnd: number, lex: Lexicon): { first: number; end: number } | null {
  let i = afterCue;
  const start = i;
  let inParentheses = false;
  while (i < sentenceEnd && i - start < MAX_SUBJECT_TOKENS) {
    const t = tokens[i];
    if (t === undefined) break;
    if (t.kind === 'quote') break;
    if (t.kind === 'punct') {
      const prevWord = tokens[i - 1];
      // "Rep. Jim Clyburn (D-S.C.)": a full stop inside a parenthesis belongs to it
      if (t.text === '.' && (inParentheses || isWord(prevWord) && (lex.ABBREVIATIONS.has(prevWord.lower) || (prevWord.cap && (prevWord.text.length === 1 ||
        isDottedInitials(prevWord.text)))))) { i++; continue; }
      if (t.text === '(' || t.text === ')') inParentheses = t.text === '(';
      if (t.text === '(' || t.text === ')' || t.text === '-' || t.text === '’' || t.text === "'") { i++; continue; }
      break;
    }
    if (!t.cap && i > start && (lex.PREPOSITIONS.has(t.lower) || lex.PHRASE_BREAKERS.has(t.lower))) {
      // "of" and "for" stay inside titles ("the head of the commission"); others end the phrase
      if (lex.TITLE_PREPOSITIONS?.has(t.lower) !== true) break;
    }
    // ("…, say economists, …": a group of unnamed sources may follow its cue bare)
    if (!t.cap && i === start && !lex.DETERMINERS.has(t.lower) && !lex.TITLES.has(t.lower) && !lex.SPEAKER_LEAD_WORDS.has(t.lower) &&
      !lex.UNNAMED_SOURCE_NOUNS.has(t.lower)) return null;
    i++;
  }
  if (i === start) return null;
  let end = i;
  while (end > start && !isWord(tokens[end - 1]) && tokens[end - 1]?.text !== ')') end--;
  return end > start ? { first: start, end } : null;
}

/** The hearer after "told"/"urged": a pronoun, a capitalised run, or a short determiner phrase. */
export function hearerAfter(tokens: Token[], from: number, sentenceEnd: number, lex: Lexicon): number {
  const t = tokens[from];
  if (!isWord(t)) return from;
  if (lex.HEARER_WORDS.has(t.lower) || t.cap) {
    let i = from + 1;
    if (lex.DETERMINERS.has(t.lower)) {
      while (i < sentenceEnd && i - from < 6 && isWord(tokens[i]) && !lex.PHRASE_BREAKERS.has(tokens[i]?.lower ?? '')) i++;
      return i;
    }
    while (i < sentenceEnd && i - from < 6 && tokens[i]?.cap === true) i++;
    return i;
  }
  return from;
}

/** A word that makes a run of time words a time: a time noun, a day or month name, a year. */
function isTimeAnchor(tok: Token | undefined, lex: Lexicon): boolean {
  return isWord(tok) && (lex.TIME_NOUNS.has(tok.lower) || lex.MONTHS_AND_DAYS.has(tok.text) || /^(?:1[89]|20)\d\d$/.test(tok.text));
}

/** A word of time that may open a sentence before its speaker: a day, a month, a year, "last", "week", … */
function isTimeWord(tok: Token | undefined, lex: Lexicon): boolean {
  if (!isWord(tok)) return false;
  return lex.TIME_WORDS.has(tok.lower) || lex.MONTHS_AND_DAYS.has(tok.text) || /^(?:1[89]|20)\d\d$/.test(tok.text);
}
