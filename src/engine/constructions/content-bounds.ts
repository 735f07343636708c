/**
 * Where a content starts and ends, shared by the constructions: past the hearer and adjuncts after a cue, up to the
 * sentence end or a clause that starts a report of its own, on over quotations that run past the sentence; and
 * whether what trails a cue is only an adjunct. The limits of all of it are CONTENT_LIMITS.
 */
import type { Segmented, Sentence } from '../tokens.js';
import { extendOverQuotes, isClosingMark, isOpeningMark, regionOf } from '../tokens.js';
import { contextOf, type CueCandidate, type CueConfig } from '../cue.js';
import { hearerAfter } from '../noun-phrase.js';
import { speakerAndCueFollow, speakerNamedAgain } from './speakers.js';

/** Tunables of the content step. */
export const CONTENT_LIMITS = {
  /** A content before its cue needs at least this many words. */
  minWordsBefore: 3,
  /** At most this many tokens of adjunct between a cue and "that" ("said in a statement on Tuesday that"). */
  maxAdjunctTokens: 10,
  /** What may follow an inverted or final cue before the sentence ends ("…, she said at that time."). */
  maxTrailingTokens: 12,
  /** The longest phrase opening with a preposition before a cue that is read as its setting, not its content. */
  maxSettingTokens: 12,
};

/** The sentence's last content token (exclusive end): drops a final full stop unless a quotation closes after it. */
export function contentEndOf(seg: Segmented, sentence: Sentence, from: number): number {
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
export function isTrailingAdjunct(seg: Segmented, from: number, to: number, config: CueConfig): boolean {
  const lex = seg.lexicon;
  if (from >= to) return true;
  const first = seg.tokens[from];
  if (first === undefined) return true;
  if (first.kind === 'punct' && first.text === ',') return true;
  if (first.kind !== 'word') return false;
  const adjunctStart = lex.PREPOSITIONS.has(first.lower) || lex.TIME_WORDS.has(first.lower) || lex.ADVERB_ENDING.test(first.lower) ||
    lex.ADJUNCT_CONJUNCTIONS.has(first.lower);
  if (to - from > CONTENT_LIMITS.maxTrailingTokens) {
    // "said Friday afternoon, as they bristled at …": a short adjunct, then a subordinate clause after a comma
    if (!adjunctStart) return false;
    for (let t = from; t < to && t - from <= CONTENT_LIMITS.maxTrailingTokens; t++) {
      const tok = seg.tokens[t];
      if (tok === undefined || tok.kind === 'quote') return false;
      if (tok.text === ',') return lex.SUBORDINATORS.has(seg.tokens[t + 1]?.lower ?? '') || lex.PARTICIPLE_FORMS.has(seg.tokens[t + 1]?.lower ?? '');
    }
    return false;
  }
  const complementizer = lex.COMPLEMENTIZERS.has(first.lower);
  if (complementizer || config.isCueForm(first.lower) && lex.PARTICIPLE_FORMS.has(first.lower)) return !complementizer;
  for (let t = from; t < to; t++) if (seg.tokens[t]?.kind === 'quote') return false;
  return adjunctStart;
}

/** Where the content after a cue starts: past the hearer ("told reporters"), adjuncts ("in a statement"), ",", ":". */
export function contentStartAfter(seg: Segmented, cue: CueCandidate, sentence: Sentence): number {
  const lex = seg.lexicon;
  const { tokens } = seg;
  let pos = cue.last + 1;
  if (lex.HEARER_FIRST.has(cue.lemma)) {
    const thatAt = findThatOrQuote(seg, pos, sentence.end, 8);
    pos = thatAt >= 0 ? thatAt : hearerAfter(tokens, pos, sentence.end, lex);
  }
  const first = tokens[pos];
  if (first !== undefined && first.kind === 'word' && (lex.PREPOSITIONS.has(first.lower) || lex.TIME_WORDS.has(first.lower))) {
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

/** The next complementizer ("that", "que"), quotation mark or colon within `window` tokens, before any other clause break. */
function findThatOrQuote(seg: Segmented, from: number, end: number, window: number): number {
  for (let t = from; t < end && t - from <= window; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'word' && seg.lexicon.COMPLEMENTIZERS.has(tok.lower)) return t;
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
export function contentEndAfter(seg: Segmented, first: number, sentence: Sentence, config: CueConfig): number {
  const lex = seg.lexicon;
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
    // "…, and human rights groups warned that …": a second report with a speaker of its own
    if (tok.kind === 'punct' && tok.text === ',' && lex.REPORT_JOINERS?.has(nx.lower) === true && reportFollows(seg, t + 2, end, config)) {
      end = t;
      break;
    }
    // ", but …", ", which …", ", while …": PolNeAR ends the content where such a clause joins the sentence
    if (tok.kind === 'punct' && tok.text === ',' && lex.CLAUSE_JOINERS.has(nx.lower) && t - first >= 4) {
      end = t;
      break;
    }
    // ", adding that …" and "… and said that …" start a report of their own
    if (tok.kind === 'punct' && tok.text === ',' && lex.PARTICIPLE_FORMS.has(nx.lower) && config.allows(nx.lower, 'participle', undefined, { seg, tok: t + 1 })) {
      end = t;
      break;
    }
    if (tok.kind === 'word' && lex.REPORT_JOINERS?.has(tok.lower) === true) {
      // "… and said that …", "…, and she wants …": a second report, with or without its own subject
      let v = t + 1;
      const ownSubject = lex.SECOND_REPORT_SUBJECTS.has(nx.lower);
      if (ownSubject) v++;
      if (lex.JOINED_REPORT_ADVERBS?.has(tokens[v]?.lower ?? '') === true) v++;
      const verb = tokens[v];
      if (verb !== undefined && verb.kind === 'word' && config.allows(verb.lower, 'after', undefined, { seg, tok: v }) && !lex.PARTICIPLE_FORMS.has(verb.lower) &&
        (ownSubject || lex.FINITE_REPORT_VERB.test(verb.lower))) {
        end = tokens[t - 1]?.text === ',' ? t - 1 : t;
        break;
      }
      // "… was otherwise fine and the military said it was …": a second report whose subject opens with a determiner
      // (not a name, which may be the first report's own conjoined subject: "Smith and Jones told him …")
      if (!ownSubject && lex.DETERMINERS.has(nx.lower) && reportFollows(seg, t + 1, end, config, true)) {
        end = tokens[t - 1]?.text === ',' ? t - 1 : t;
        break;
      }
      // "… touting their experience and saying that …": a participle of saying goes on with the same speaker
      if (!ownSubject && verb !== undefined && verb.kind === 'word' && lex.PARTICIPLE_FORMS.has(verb.lower) &&
        lex.SPEECH_LEMMAS.has(lex.lemmaOf(verb.lower)) && config.allows(verb.lower, 'participle', undefined, { seg, tok: v })) {
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

/**
 * "…, and human rights groups warned that …": a few words of subject, then a cue word with its own "that" or
 * quotation: a second report joined to the first.
 */
function reportFollows(seg: Segmented, from: number, end: number, config: CueConfig, finite = false): boolean {
  const lex = seg.lexicon;
  for (let t = from + 1; t < end && t - from <= REPORT_SUBJECT_TOKENS; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word') return false;
    // (with no comma before the joiner, only a finite verb of report: "… allowed her staff and the public to think that …")
    if (finite && !lex.FINITE_REPORT_VERB.test(tok.lower)) continue;
    const next = seg.tokens[t + 1];
    // a verb of saying needs no "that" ("…, but the BBC's North America editor Jon Sopel said the president …");
    // another cue word does, or a quotation
    const clause = next !== undefined && (lex.COMPLEMENTIZERS.has(next.lower) || isOpeningMark(seg, t + 1) ||
      (lex.SPEECH_LEMMAS.has(lex.lemmaOf(tok.lower)) && lex.FINITE_REPORT_VERB.test(tok.lower) && next.kind === 'word'));
    if (!tok.cap && config.isCueForm(tok.lower) && clause && config.allows(tok.lower, 'after', contextOf(seg, t + 1), { seg, tok: t })) return true;
  }
  return false;
}

/** Tokens of subject "…, and/but <subject> <cue>" may have: "the BBC's North America editor Jon Sopel" is eight. */
const REPORT_SUBJECT_TOKENS = 10;
