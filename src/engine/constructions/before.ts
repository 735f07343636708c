/**
 * The "content before the cue" construction: "<content>, <speaker> <cue>." or inverted "<content>,” said <speaker>",
 * and its interrupted form "<content>,” <speaker> <cue>, “<more content>.”
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { extendOverQuotes, hasWords, isClosingMark, isOpeningMark, regionOf } from '../tokens.js';
import type { CueCandidate, CueConfig } from '../cue.js';
import { appositiveSubject, hearerAfter, subjectLeftOf, subjectRightOf } from '../noun-phrase.js';
import { makeFrame, type Frame } from './frame.js';
import { asClauseOpener, matchAsClause } from './as-clause.js';
import { CONTENT_LIMITS, contentEndAfter, contentEndOf, isTrailingAdjunct } from './content-bounds.js';
import { looksLikeSpeaker, opensAdjunct, speakerAndCueFollow } from './speakers.js';
import { accordingPhraseAt } from './according-to.js';

/**
 * Tries the "content before the cue" construction: "<content>, <speaker> <cue> [adjunct]." or
 * "<content>, <cue> <speaker>." — and its interrupted form "<content>, <speaker> <cue>, <more content>."
 * `quoteFloor` bounds how far back a quotation that ends at the separator may reach.
 */
export function matchBefore(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number, quoteFloor: number,
  config: CueConfig): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  if (cue.kind !== 'verb' || !config.allows(cue.form, 'before', cue.context, { seg, tok: cue.first })) return null;
  // "Comme l'a souligné l'Arcep, …": an as-clause, in the languages that have one
  const asOpener = asClauseOpener(seg, sentence, cue);
  if (asOpener >= 0) return matchAsClause(seg, sentence, cue, asOpener, floor, quoteFloor);
  const ofReport = reportOfReport(seg, sentence, cue);
  if (ofReport !== null) return ofReport;
  const left = subjectLeftOf(tokens, cue.first, Math.max(floor, sentence.first), config.isCueForm, lex);
  if (left.negated) return null;
  const sentenceEnd = contentEndOf(seg, sentence, cue.last + 1);
  let source: TokenRange;
  let sep: number;
  let afterCue = cue.last + 1;
  // "…, lance la députée" reports; "…, le combat continue" does not: an incise verb needs its speaker after it
  // ("…, poursuit-elle" is read "poursuit elle", "…, a-t-il lancé" "a il lancé": the pronoun is inverted too)
  const inverted = left.first < left.end ? invertedPronoun(lex, seg, { first: left.first, end: left.end }) :
    !(seg.quoteOf[cue.first] === -1 && tokens[cue.first - 1]?.text === ',' &&
      appositiveSubject(tokens, cue.first - 1, Math.max(floor, sentence.first), config.isCueForm, lex) !== null);
  if (!inverted && lex.INCISE_ONLY_LEMMAS?.has(cue.lemma) === true) return null;
  if (left.first < left.end) {
    sep = left.first - 1;
    source = { first: left.first, end: left.end };
    // "…, a-t-il dit" (read "a il dit"): the auxiliary inverted before its pronoun belongs to the incise
    if (invertedPronoun(lex, seg, source) && lex.INVERTED_AUXILIARIES?.has(tokens[sep]?.lower ?? '') === true) sep--;
  } else if (seg.quoteOf[cue.first] === -1 && tokens[cue.first - 1]?.text === ',' && appositiveSubject(tokens, cue.first - 1, Math.max(floor, sentence.first), config.isCueForm, lex) !== null) {
    // "“…,” Tina Tchen, the first lady’s chief of staff, said in an interview."
    const app = appositiveSubject(tokens, cue.first - 1, Math.max(floor, sentence.first), config.isCueForm, lex);
    source = app ?? { first: cue.first, end: cue.first };
    sep = source.first - 1;
  } else {
    // inverted: "…,” said Pamfilova" / "…, said the document" / "…,” said Ann Lee, a friend of the family."
    sep = cue.first - 1;
    // "…, a affirmé le ministre", "…, a ensuite ajouté l'avocat": auxiliaries and adverbs before an inverted cue
    while (sep > sentence.first && inciseWord(lex, tokens[sep]?.lower ?? '', true)) sep--;
    // "…, a déclaré jeudi le ministre": a time or an adverb between the cue and its speaker
    let speakerFrom = cue.last + 1;
    for (let moved = true; moved;) {
      moved = false;
      while (speakerFrom < sentence.end && inciseWord(lex, tokens[speakerFrom]?.lower ?? '', false)) { speakerFrom++; moved = true; }
      // "…, estime pour sa part Nadia", "…, rappelle de son côté le parquet"
      const phrase = lex.INCISE_ADJUNCT_PHRASES?.find((p) => p.split(' ').every((w, i) => tokens[speakerFrom + i]?.lower === w));
      if (phrase !== undefined) { speakerFrom += phrase.split(' ').length; moved = true; }
    }
    // "…, a déclaré à l'AFP Laurent Brun": the hearer between an inverted cue and its speaker
    speakerFrom = pastInciseHearer(seg, pastInciseSetting(seg, speakerFrom, sentence.end), sentence.end);
    let right = subjectRightOf(tokens, speakerFrom, sentence.end, lex);
    if (right === null || !(looksLikeSpeaker(lex, tokens, right) || invertedPronoun(lex, seg, right))) {
      // "«…», comentó.": no speaker after the cue, in a language that drops its subjects (an empty range: frame.ts)
      if (!lex.PRO_DROP || !isTrailingAdjunct(seg, speakerFrom, sentenceEnd, config)) return null;
      right = { first: speakerFrom, end: speakerFrom };
    }
    source = right;
    afterCue = right.end;
    const comma = tokens[afterCue];
    const next = tokens[afterCue + 1];
    const relative = comma !== undefined && comma.kind === 'word' && lex.RELATIVES_AFTER_SPEAKER.has(comma.lower);
    // (but not before a verb: "The combination, say economists, marks a journey …" goes on with the content)
    const verbNext = next !== undefined && next.kind === 'word' && !next.cap && !lex.TITLES.has(next.lower) && verbEnding(lex, next.lower);
    // (nor before an auxiliary, or an article, its noun and an auxiliary: "Il piano, ha aggiunto Halevi, è pronto", "Se
    // servirà, ha aggiunto Halevi, l'esercito è pronto" go on with the clause, where an apposition has no verb)
    const auxiliaryAt = (t: number): boolean => { const w = tokens[t]; return w !== undefined && w.kind === 'word' && !w.cap && lex.MODEL_AUXILIARIES.has(w.lower); };
    // (a gerund with its object or complement opens an adjunct, never an apposition: "…, hanno riferito i media locali,
    // portando a 66 il numero …", "…, said the mayor, speaking at a rally")
    const after2 = tokens[afterCue + 2]?.lower ?? '';
    const gerundNext = next !== undefined && next.kind === 'word' && !next.cap && lex.GERUND_ENDING.test(next.lower) &&
      lex.PREPOSITIONS.has(after2);
    const clauseNext = verbNext || gerundNext || auxiliaryAt(afterCue + 1) || (lex.ARTICLES.has(next?.lower ?? '') && auxiliaryAt(afterCue + 3));
    if (relative || (comma?.text === ',' && next !== undefined && next.kind === 'word' && !lex.PARTICIPLE_FORMS.has(next.lower) && !lex.COMPLEMENTIZERS.has(next.lower) && !clauseNext)) {
      let e = afterCue + 1;
      while (e < sentenceEnd && !(tokens[e]?.text === ',' && lex.PARTICIPLE_FORMS.has(tokens[e + 1]?.lower ?? '')) && tokens[e]?.kind !== 'quote' &&
        !(tokens[e]?.text === ',' && lex.APPOSITION_ENDERS?.has(tokens[e + 1]?.lower ?? '') === true)) e++;
      source = { first: right.first, end: e };
      afterCue = e;
    }
  }
  // "…, said Borges, who predicted …": a relative pronoun's clause never carries the content before it
  if (source.end - source.first === 1 && lex.RELATIVE_WORDS.has(tokens[source.first]?.lower ?? '')) return null;
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
  // "In a wide-ranging interview, Obama also said:" — a colon after the cue opens the content below it
  if (after?.text === ':' && after.block === tokens[cue.last]?.block) return null;
  // "…, the minister told Reuters.": the hearer is part of the frame, what follows it must be an adjunct
  const trailingStart = lex.HEARER_FIRST.has(cue.lemma) && after !== undefined && after.kind === 'word' ? hearerAfter(tokens, afterCue, sentenceEnd, lex) : afterCue;
  // "…, he said, according to a transcript": where the writer read the report trails it as an adjunct does
  const trails = (from: number): boolean => isTrailingAdjunct(seg, from, sentenceEnd, config) || accordingPhraseAt(seg, from) !== null;
  if (quoteEndedSentence && after !== undefined && afterCue < sentenceEnd && after.text !== ',' && !trails(trailingStart)) return null;
  if (after !== undefined && afterCue < sentenceEnd) {
    const next = tokens[afterCue + 1];
    // (", lors d'une réunion publique": an adjunct the apposition ended at, not more content)
    // (", portando a 66 il numero …", ", speaking of …": a gerund with its complement is the writer's adjunct, not more content)
    const gerundAdjunct = next !== undefined && next.kind === 'word' && !next.cap && lex.GERUND_ENDING.test(next.lower) &&
      lex.PREPOSITIONS.has(tokens[afterCue + 2]?.lower ?? '');
    if ((after.text === ',' || after.text === ';') && next !== undefined && !(next.kind === 'word' && lex.PARTICIPLE_FORMS.has(next.lower)) &&
      !(next.kind === 'word' && lex.APPOSITION_ENDERS?.has(next.lower) === true) && !gerundAdjunct &&
      accordingPhraseAt(seg, afterCue + 1) === null) {
      const first = afterCue + 1;
      const end = isOpeningMark(seg, first) ? contentEndAfter(seg, first, sentence, config) : extendOverQuotes(seg, first, sentenceEnd);
      if (hasWords(seg, first, end, 2)) second = { first, end };
    } else if (after.kind === 'word' && (lex.COMPLEMENTIZERS.has(after.lower) || isOpeningMark(seg, afterCue))) {
      return null;
    } else if (after.text === ':' || isOpeningMark(seg, afterCue)) {
      return null;
    } else if (quoteEndTok < 0 && !trails(trailingStart)) {
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
  // "On this weekend’s broadcast of “Fox News Sunday,” Pence said his running mate …": a quotation inside a
  // phrase is a title, and the cue's content follows it
  const quoted = quoteEndTok >= 0 ? regionOf(seg, quoteEndTok) : undefined;
  const before = quoted === undefined ? undefined : tokens[quoted.open - 1];
  if (quoted !== undefined && quoted.open > contentFirst && second === null && before !== undefined && before.kind === 'word' &&
    (lex.PREPOSITIONS.has(before.lower) || lex.ARTICLES.has(before.lower)) && contentFollows(seg, afterCue, sentenceEnd, config)) return null;
  // "In an interview on CBS's “Face the Nation,” Obama said the …", "In a letter to Zucker, Trump asked the network to
  // …": a short phrase opening with a preposition says where or how the speaker spoke, not what; the content follows
  // the cue (PolNeAR train: 3 of 26 such frames annotated)
  const openerTok = tokens[contentFirst];
  if (second === null && openerTok !== undefined && openerTok.kind === 'word' && lex.PREPOSITIONS.has(openerTok.lower) &&
    contentEnd - contentFirst <= CONTENT_LIMITS.maxSettingTokens && hasWords(seg, afterCue, sentenceEnd, 2)) return null;
  const content: TokenRange[] = [];
  // "Asked if …, Ryan said, “…”": the opening clause is an adjunct, and a report of its own
  const opener = tokens[contentFirst];
  const opensWithBareCue = opener !== undefined && opener.kind === 'word' && config.allows(opener.lower, 'bare', undefined, { seg, tok: contentFirst });
  // a short opening part is the clause's subject when the part after the cue goes on with its verb ("The combination,
  // say economists, marks …")
  const secondOpener = second === null ? undefined : tokens[second.first];
  const secondGoesOn = secondOpener !== undefined && secondOpener.kind === 'word' && !secondOpener.cap &&
    (verbEnding(lex, secondOpener.lower) || lex.MODEL_AUXILIARIES.has(secondOpener.lower));
  const firstIsAdjunct = quoteEndTok < 0 && second !== null && (opensAdjunct(lex, opener) || opensWithBareCue ||
    (!hasWords(seg, contentFirst, contentEnd, 4) && !secondGoesOn));
  // "DuVernay said she felt …, she said.": the sentence's own speaker and cue come first, so this is not the frame
  // ("Clinton had told police that …, the source added.": another speaker, after a comma, reports the whole)
  // (but not from inside brackets: "(the existence of which, many Democrats say, represents …)")
  const outerReport = sepIsComma && sepTok.text === ',' && lex.OUTER_REPORT_LEMMAS.has(cue.lemma) &&
    !(source.end - source.first === 1 && lex.SUBJECT_PRONOUNS.has(tokens[source.first]?.lower ?? '')) &&
    !insideBrackets(seg, contentFirst, sep);
  if (!isOpeningMark(seg, contentFirst) && !firstIsAdjunct && !outerReport && speakerAndCueFollow(seg, contentFirst, contentEnd, config, true)) return null;
  if (!firstIsAdjunct) {
    // a quotation may be short (“It’s finished,” she said); a paraphrase before its cue needs a clause
    const minWords = (quoteEndTok >= 0 && isOpeningMark(seg, contentFirst)) || secondGoesOn ? 1 : CONTENT_LIMITS.minWordsBefore;
    if (!hasWords(seg, contentFirst, contentEnd, minWords)) return null;
    content.push({ first: contentFirst, end: contentEnd });
  }
  if (second !== null) content.push(second);
  if (content.length === 0) return null;
  return makeFrame(seg, cue, 'before', content, source);
}

/**
 * "… Lo ha detto Peskov. Lo riporta Ria Novosti.": a sentence opening with an object pronoun for the sentence before
 * (Lexicon.REPORT_OF_REPORT_OBJECTS), then the cue (with its auxiliaries) and its speaker after it, reports the whole
 * sentence before in its paragraph, the report that sentence holds included; that report stays a claim of its own.
 */
function reportOfReport(seg: Segmented, sentence: Sentence, cue: CueCandidate): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  if (lex.REPORT_OF_REPORT_OBJECTS?.has(tokens[sentence.first]?.lower ?? '') !== true) return null;
  for (let t = sentence.first + 1; t < cue.first; t++) if (!inciseWord(lex, tokens[t]?.lower ?? '', true)) return null;
  const previous = seg.sentences[seg.sentenceOf[sentence.first - 1] ?? -1];
  if (previous === undefined || previous.block !== sentence.block || previous.end !== sentence.first) return null;
  let speakerFrom = cue.last + 1;
  while (speakerFrom < sentence.end && inciseWord(lex, tokens[speakerFrom]?.lower ?? '', false)) speakerFrom++;
  speakerFrom = pastInciseHearer(seg, pastInciseSetting(seg, speakerFrom, sentence.end), sentence.end);
  const source = subjectRightOf(tokens, speakerFrom, sentence.end, lex);
  if (source === null || !looksLikeSpeaker(lex, tokens, source)) return null;
  let end = previous.end;
  while (end > previous.first && tokens[end - 1]?.kind === 'punct' && /^[.!?;]$/u.test(tokens[end - 1]?.text ?? '')) end--;
  if (!hasWords(seg, previous.first, end, 3)) return null;
  return makeFrame(seg, cue, 'before', [{ first: previous.first, end }], source);
}

/**
 * A word of an inverted incise in a language that has them (Lexicon.INVERTED_AUXILIARIES, REFLEXIVES, INCISE_ADJUNCTS):
 * before the cue an auxiliary, a reflexive or an adverb ("a", "s'est", "ensuite"), after it an adverb or a time ("jeudi").
 */
function inciseWord(lex: Lexicon, lower: string, beforeCue: boolean): boolean {
  return (beforeCue && (lex.INVERTED_AUXILIARIES?.has(lower) === true || lex.REFLEXIVES?.has(lower) === true)) ||
    lex.INCISE_ADJUNCTS?.has(lower) === true;
}

/**
 * Past a hearer after an inverted cue, in a language that names one there (Lexicon.INCISE_HEARER_PREPOSITIONS):
 * "à l'AFP", "au Monde", "à la presse", then the speaker. Returns `from` when none stands there.
 */
function pastInciseHearer(seg: Segmented, from: number, end: number): number {
  const { tokens } = seg;
  const lex = seg.lexicon;
  if (lex.INCISE_HEARER_PREPOSITIONS?.has(tokens[from]?.lower ?? '') !== true) return from;
  let t = from + 1;
  if (lex.ARTICLES.has(tokens[t]?.lower ?? '')) t++;
  const head = tokens[t];
  if (head === undefined || head.kind !== 'word') return from;
  t++;
  // a capitalised hearer is one word ("à l'AFP", "au Parisien"), two before a speaker of two or more ("à Radio France
  // Jean Dupont"); a common noun is one word ("à la presse")
  if (head.cap) {
    let run = t;
    while (run < end && tokens[run]?.kind === 'word' && tokens[run]?.cap === true) run++;
    if (run - t >= 3) t++;
  }
  const next = tokens[t];
  return t < end && next !== undefined && next.kind === 'word' ? t : from;
}

/** How many words a place, a medium or a hearer between an inverted cue and its speaker may take (INCISE_SETTING_PREPOSITIONS). */
const INCISE_SETTING_REACH = 8;

/**
 * Past a place, a medium or a hearer after an inverted cue, in a language that names them there
 * (Lexicon.INCISE_SETTING_PREPOSITIONS): "…, riferisce nel suo sito web l'emittente Al Manar", "…, ha detto al programma
 * Ping Pong di Radio 1 il vicepremier": the speaker starts at the next definite article, with words only between.
 * Returns `from` when none stands there.
 */
function pastInciseSetting(seg: Segmented, from: number, end: number): number {
  const { tokens } = seg;
  const lex = seg.lexicon;
  const opener = tokens[from]?.lower ?? '';
  if (lex.INCISE_SETTING_PREPOSITIONS === undefined ||
    !(lex.INCISE_SETTING_PREPOSITIONS.has(opener) || lex.INCISE_HEARER_PREPOSITIONS?.has(opener) === true)) return from;
  for (let t = from + 2; t < end && t - from <= INCISE_SETTING_REACH; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word') return from;
    const next = tokens[t + 1];
    if (lex.DEFINITE_ARTICLES.has(tok.lower) && next !== undefined && next.kind === 'word' && t + 1 < end) return t;
  }
  return from;
}

/** "…, dit-elle", "…, a-t-il dit": a subject pronoun inverted after its verb (a hyphen before it), alone as the speaker. */
function invertedPronoun(lex: Lexicon, seg: Segmented, range: TokenRange): boolean {
  const tok = seg.tokens[range.first];
  return lex.INVERTED_AUXILIARIES !== undefined && range.end - range.first === 1 && tok !== undefined &&
    lex.THIRD_PERSON_SUBJECTS.has(tok.lower) && seg.blocks[tok.block]?.text.charAt(tok.start - 1) === '-';
}

/** A word ending as a finite verb does ("marks", "passed"; not "press"). */
function verbEnding(lex: Lexicon, lower: string): boolean {
  return lex.PLURAL_ENDING.test(lower) || lex.PAST_ENDING.test(lower);
}

/** Whether token `at` lies inside a bracket opened at or after `from`. */
function insideBrackets(seg: Segmented, from: number, at: number): boolean {
  let depth = 0;
  for (let t = from; t < at; t++) {
    const text = seg.tokens[t]?.text;
    if (text === '(') depth++;
    else if (text === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether a clause, not an adjunct, follows the cue: words up to the sentence's end that are no trailing adjunct. */
function contentFollows(seg: Segmented, from: number, end: number, config: CueConfig): boolean {
  const next = seg.tokens[from];
  return from < end && next !== undefined && next.kind === 'word' && hasWords(seg, from, end, 3) &&
    !isTrailingAdjunct(seg, from, end, config);
}
