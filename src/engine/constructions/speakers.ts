/**
 * Speaker tests the constructions share: whether a phrase looks like a speaker, the subject opening a sentence,
 * whether a speaker and cue follow (a later clause is the main report), and a speaker named again after a quotation.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Segmented, Sentence, Token, TokenRange } from '../tokens.js';
import type { CueConfig } from '../cue.js';
import { contextOf } from '../cue.js';

/** An inverted speaker names someone: a capitalised word, or a noun for people, bodies or documents. */
export function looksLikeSpeaker(lex: Lexicon, tokens: Token[], range: TokenRange): boolean {
  for (let t = range.first; t < range.end; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word') continue;
    if (tok.cap || lex.UNNAMED_SOURCE_NOUNS.has(tok.lower) || lex.DOCUMENT_NOUNS.has(tok.lower) || lex.ORGANISATION_NOUNS.has(tok.lower) ||
      lex.TITLES.has(tok.lower) || (lex.PERSON_NOUN_SPEAKERS === true && lex.isPersonNoun(tok.lower))) return true;
  }
  return false;
}

/** Words that open an adjunct rather than a reported clause ("At a rally …, Beck said, “…”"). */
export function opensAdjunct(lex: Lexicon, tok: Token | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && (lex.PREPOSITIONS.has(tok.lower) || lex.TIME_WORDS.has(tok.lower) ||
    (lex.GERUND_ENDING.test(tok.lower) && tok.lower.length > 5) || lex.ADJUNCT_CONJUNCTIONS.has(tok.lower));
}

/**
 * The subject at the start of a sentence, for a second verb of a coordination ("Carson admitted …, but said …"):
 * a pronoun or a capitalised name run after any opening adjunct that ends in a comma.
 */
export function sentenceSubject(seg: Segmented, sentence: Sentence, before: number): TokenRange | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  let t = sentence.first;
  if (opensAdjunct(lex, tokens[t]) || tokens[t]?.cap === true && lex.PREPOSITIONS.has(tokens[t]?.lower ?? '')) {
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
  // "También habló …", "But Smith said …": a connective opening the sentence is no part of its subject
  while (t < before && tokens[t]?.kind === 'word' && lex.SENTENCE_CONNECTIVES.has(tokens[t]?.lower ?? '')) t++;
  const first = t;
  const head = tokens[t];
  if (head === undefined || head.kind !== 'word') return null;
  if (lex.SUBJECT_PRONOUNS.has(head.lower)) return { first: t, end: t + 1 };
  // "Habló con los vecinos y dijo …": a language that drops its subjects opens a sentence with its verb
  if (lex.PRO_DROP === true && lex.hasVerbEnding(head.lower)) return null;
  if (lex.ARTICLES.has(head.lower)) {
    // "The document condemns …": a determiner phrase up to its head noun for a body, a document or a group
    for (let e = t + 1; e < before && e - t <= 6; e++) {
      const w = tokens[e];
      if (w === undefined || w.kind !== 'word') break;
      // (or a person by office: "The mayor arrived on Friday, saying …")
      if (lex.DOCUMENT_NOUNS.has(w.lower) || lex.ORGANISATION_NOUNS.has(w.lower) || lex.UNNAMED_SOURCE_NOUNS.has(w.lower) ||
        lex.PERSON_TITLES.has(w.lower)) {
        // with the name the title is written before ("La alcaldesa Ana Ruiz recorrió el barrio y aseguró …")
        let end = e + 1;
        while (end < before && end - e <= 4 && tokens[end]?.kind === 'word' && tokens[end]?.cap === true) end++;
        return { first: t, end };
      }
    }
  }
  while (t < before && t - first < 8) {
    const tok = tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'word' && (tok.cap || (t > first && seg.lexicon.OF_WORDS.has(tok.lower)))) t++;
    else if (tok.kind === 'punct' && tok.text === '.' && t > first) t++;
    else break;
  }
  while (t > first && tokens[t - 1]?.kind !== 'word') t--;
  return t > first ? { first, end: t } : null;
}

/** True when a short speaker phrase and a cue allowed with content after it start at `from`: "Mr. McKinley said". */
export function speakerAndCueFollow(seg: Segmented, from: number, end: number, config: CueConfig, speechOnly = false): boolean {
  const lex = seg.lexicon;
  const first = seg.tokens[from];
  if (first === undefined || first.kind !== 'word' || !(first.cap || lex.SPEAKER_PHRASE_STARTS.has(first.lower))) return false;
  for (let t = from + 1; t < end && t - from <= 6; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind === 'quote' || (tok.kind === 'punct' && tok.text !== '.')) return false;
    if (tok.kind === 'word' && !tok.cap && config.isCueForm(tok.lower) && config.allows(tok.lower, 'after', contextOf(seg, t + 1), { seg, tok: t })) {
      if (speechOnly && !lex.SPEECH_LEMMAS.has(lex.lemmaOf(tok.lower))) return false;
      const next = seg.tokens[t + 1];
      return next !== undefined && (next.kind === 'word' || next.kind === 'quote' || next.text === ':' || next.text === ',');
    }
  }
  return false;
}

/** "she said." / "Warren said," right after a quotation: one to three words of speaker, a cue word, then a stop. */
export function speakerNamedAgain(seg: Segmented, from: number, config: CueConfig): boolean {
  const lex = seg.lexicon;
  const first = seg.tokens[from];
  if (first === undefined || first.kind !== 'word' || !(first.cap || lex.THIRD_PERSON_SUBJECTS.has(first.lower))) return false;
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
