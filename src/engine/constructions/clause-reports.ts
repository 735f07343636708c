/**
 * Reports in verb-second order (German), for a lexicon with CLAUSE_REPORTS: steps 2 and 3 in one for such a language,
 * since its cue, speaker and content are found by the order of clauses rather than by English's constructions.
 * Per sentence, in this order:
 *   - a source preposition or postposition (the lexicon's one-word ACCORDING_TO phrases, and a preposition before a
 *     noun of report) frames its whole sentence: "Laut X …", "X zufolge …", "Nach Angaben X …",
 *     "Seiner Meinung nach …", and a source adverb opening it: "Demnach …";
 *   - an incise after the content: "…, sagte der Minister.", "…, so der Minister.", "„…“, heißt es.";
 *   - a verb-final cue after a comparison: "…, wie der Minister mitteilte." / "Wie X sagte, …";
 *   - the cue before its content, after a comma or a colon: "Der Minister sagte, …", "Am Montag teilte die Polizei
 *     mit, dass …" (a separable verb's particle stands before the comma), "X hat erklärt: „…“";
 *   - a report summed up in its main clause, its object the content: "Die Polizei bestätigte die Festnahme.";
 *   - with none of these, the follow-ons (clause-follow-ons.ts): the reported mood going on with the report before
 *     ("Er sei bereit, …"; resolve-actors gives it that report's speaker, as a floating quote's), a quoted sentence
 *     going on, "Das teilte X mit.", an unlisted verb before a Konjunktiv clause or a colon and a quotation.
 * The speaker phrases and cue verbs are read by clause-reader.ts. Every word comes from the lexicon; the steps after
 * (judge, floating quotes, actors, roles) are the shared ones.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import { extendOverQuotes, hasWords } from '../tokens.js';
import type { AccordingToPhrase, ClauseReportWords, Lexicon } from '../lexicon/lexicon.js';
import type { CueCandidate, CueConfig } from '../cue.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEnd, cueAt, cueVerbAt, isPunct, isReportNoun, isWordOutside, lowerAt, MAX_CUE_TO_CONTENT, onlyPhraseWords,
  phraseLeft, phraseRight, speakerWithApposition, type ClauseReportState, type Reader } from './clause-reader.js';
import { quotedSentenceGoingOn, reportedMood, reportOfSentenceBefore, unlistedColonQuote } from './clause-follow-ons.js';



/** The whole sentence as content, or what follows the cue and source when they open it. */
function sentenceContent(r: Reader, cueFirst: number, sourceEnd: number, floor: number): TokenRange[] {
  const end = contentEnd(r);
  let first = floor;
  if (cueFirst <= floor) {
    first = sourceEnd;
    while (first < end && isPunct(r, first, ',')) first++;
  }
  return hasWords(r.seg, first, end, 3) ? [{ first, end: extendOverQuotes(r.seg, first, end) }] : [];
}

/** Per lexicon, its one-word source phrases (ACCORDING_TO: "laut", "gemäß", "zufolge") and where their source stands. */
const ONE_WORD_PHRASES = new WeakMap<Lexicon, ReadonlyMap<string, AccordingToPhrase['position']>>();

function oneWordPhrases(lex: Lexicon): ReadonlyMap<string, AccordingToPhrase['position']> {
  let phrases = ONE_WORD_PHRASES.get(lex);
  if (phrases === undefined) {
    phrases = new Map(lex.ACCORDING_TO.flatMap((p) => (p.words.length === 1 && p.words[0] !== undefined ? [[p.words[0], p.position] as const] : [])));
    ONE_WORD_PHRASES.set(lex, phrases);
  }
  return phrases;
}

/** "Laut X …", "Nach Angaben X …", "X zufolge …", "Seiner Meinung nach …", "Demnach …". */
function adverbialReport(r: Reader, floor: number, from: number): Frame | null {
  const { words, seg, sentence } = r;
  for (let t = from; t < sentence.end; t++) {
    if (!isWordOutside(r, t)) continue;
    const lower = lowerAt(r, t);
    let source: TokenRange | null = null;
    const phrase = oneWordPhrases(seg.lexicon).get(lower);
    if (phrase === 'prefix') source = phraseRight(r, t + 1, sentence.end) ?? attributedPhrase(r, t + 1);
    else if (words.reportNounPrepositions.has(lower)) {
      const after = phraseRight(r, t + 1, sentence.end);
      const headAfter = after === null ? undefined : firstCap(r, after);
      // "nach dem Urteil", "nach der Studie" tell when; "nach Angaben der Polizei", "nach einem Bericht" who says
      const head = headAfter === undefined ? '' : lowerAt(r, headAfter);
      const temporal = words.temporalArticles.has(lowerAt(r, t + 1)) && !words.opinionNouns.has(head);
      // "nach bisherigen Erkenntnissen": what is known so far, nobody's account ("nach bisherigen Angaben" is someone's)
      const knownSoFar = after !== null && headAfter === after.end - 1 && words.knowledgeAdjectives?.has(lowerAt(r, after.first)) === true &&
        !words.opinionNouns.has(head);
      if (after !== null && headAfter !== undefined && !temporal && !knownSoFar && isReportNoun(r, head)) {
        // "nach eigenen Angaben", "nach seiner Einschätzung": the account is someone's own, not the noun's
        const own = ownAccountSpeaker(r, t, after, headAfter, floor);
        if (own === 'previous') {
          // the possessive points back to the one last reported, as a floating quote's speaker does
          const content = sentenceContent(r, t, after.end, floor);
          if (content.length > 0) return { cue: cueAt(t, lower, lower), cueRange: { first: t, end: t + 1 }, construction: 'floating', content, source: null };
        } else if (own !== null) return frameOf(r, t, lower, own, sentenceContent(r, t, after.end, floor));
        source = after;
      }
      else if (seg.tokens[t - 1]?.cap === true && words.opinionNouns.has(lowerAt(r, t - 1))) {
        source = phraseLeft(r, t, floor);
        if (source !== null) return frameOf(r, t, lower, source, sentenceContent(r, source.first, t + 1, floor));
      }
    } else if (phrase === 'postposition') {
      source = phraseLeft(r, t, floor);
      if (source !== null) return frameOf(r, t, lower, source, sentenceContent(r, source.first, t + 1, floor));
      continue;
    } else if (words.sourceAdverbs.has(lower) && (t === sentence.first || !(seg.tokens[t]?.cap ?? true))) {
      return frameOf(r, t, lower, { first: t, end: t + 1 }, sentenceContent(r, t, t + 1, floor));
    }
    if (source !== null) return frameOf(r, t, lower, source, sentenceContent(r, t, source.end, floor));
  }
  return null;
}

/**
 * The speaker of a source phrase that is someone's own account, or null when the phrase names its source ("nach
 * Angaben der Polizei"): the noun of report closes the phrase and only the lexicon's own-account words and
 * possessives stand before it. A possessive speaks for the one it points back to ("Nach seiner Einschätzung kommen
 * vor allem …": he, not "Einschätzung"), the one last reported ('previous'); "eigenen" for the sentence's subject
 * ("Nach eigenen Angaben hat er …", "Das Amt hat nach eigenen Angaben …").
 */
function ownAccountSpeaker(r: Reader, t: number, phrase: TokenRange, head: number, floor: number): TokenRange | 'previous' | null {
  if (head !== phrase.end - 1 || head === phrase.first) return null;
  let possessive = -1;
  for (let k = phrase.first; k < head; k++) {
    const lower = lowerAt(r, k);
    if (r.words.accountPossessives.has(lower) && possessive < 0) possessive = k;
    else if (!r.words.ownAccountWords.has(lower)) return null;
  }
  if (possessive >= 0) return 'previous';
  // the phrase before the finite verb: the subject follows that verb; else the subject opens the sentence
  if (t <= floor) return phraseRight(r, phrase.end + 1, r.sentence.end);
  return phraseRight(r, floor, t);
}

/**
 * A source phrase with an attribute before its noun, which phraseRight stops at: "laut einer am Dienstag
 * veröffentlichten Pressemitteilung des WFP". An article, then words up to a capitalised noun after an adjective,
 * and what continues it; null when no such noun comes within a few words.
 */
function attributedPhrase(r: Reader, from: number): TokenRange | null {
  if (!r.words.phraseOpeners.has(lowerAt(r, from))) return null;
  for (let k = from + 1; k < r.sentence.end && k - from <= 6; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind !== 'word' || (r.seg.quoteOf[k] ?? -1) !== -1) return null;
    if (!tok.cap && /(?:en|er|es|em|e)$/u.test(tok.lower) && r.seg.tokens[k + 1]?.cap === true) {
      const rest = phraseRight(r, k + 1, r.sentence.end);
      return rest === null ? null : { first: from, end: rest.end };
    }
  }
  return null;
}

function frameOf(r: Reader, t: number, form: string, source: TokenRange | null, content: TokenRange[], lemma = form): Frame | null {
  if (content.length === 0) return null;
  return makeFrame(r.seg, cueAt(t, form, lemma), 'before', content, source);
}

function firstCap(r: Reader, range: TokenRange): number | undefined {
  for (let t = range.first; t < range.end; t++) if (r.seg.tokens[t]?.cap === true) return t;
  return undefined;
}

/**
 * The content after a cue: past the colon that ends the cue's clause, or past its comma when a clause that reports
 * follows (a subordinator such as "dass" or "ob", a question word, a quotation, a verb in the reported mood), or a
 * quotation right after the cue ("sagte „…“").
 */
function contentAfter(r: Reader, t: number, lemma: string): TokenRange | null {
  const end = contentEnd(r);
  for (let k = t + 1; k < end && k - t <= MAX_CUE_TO_CONTENT; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined) break;
    if (tok.kind === 'quote' && (r.seg.quoteOf[k] ?? -1) !== -1 && r.seg.quotes[r.seg.quoteOf[k] ?? -1]?.open === k) {
      // "bezeichnete den Plan als „Irrweg“", "sprach von einem „Dammbruch“": the quoted words are what was said
      const region = r.seg.quotes[r.seg.quoteOf[k] ?? -1];
      // (after "als" wherever it stands; after an article only when the quotation closes the clause)
      const closesClause = region !== undefined && (isPunct(r, region.close + 1, ',.;:!?') || region.close + 1 >= end ||
        r.words.clauseJoiners.has(lowerAt(r, region.close + 1)));
      const introduced = [1, 2, 3].some((d) => {
        const before = lowerAt(r, k - d);
        return r.words.quoteIntroducers.has(before) && (before === r.words.quoteIntroducerAlways || closesClause);
      });
      if (introduced && region !== undefined) return { first: k, end: region.close + 1 };
      if (k - t > 3) return null;
      return { first: k, end: extendOverQuotes(r.seg, k, end) };
    }
    if ((r.seg.quoteOf[k] ?? -1) !== -1) continue;
    // "… und nannte sie …": another clause, another verb
    if (r.words.clauseJoiners.has(tok.lower)) return null;
    if (tok.kind === 'punct' && (tok.text === ',' || tok.text === ':')) {
      const first = k + 1;
      if (!hasWords(r.seg, first, end, 2)) return null;
      if (tok.text === ',' && !reportsAfter(r, first, end) && !(r.seg.lexicon.SPEECH_LEMMAS.has(lemma) && !r.words.clauseJoiners.has(lowerAt(r, first)) &&
        !r.words.subordinators.has(lowerAt(r, first)))) return null;
      return { first, end: extendOverQuotes(r.seg, first, end) };
    }
    // "sagte Dr. Brandt, …": an abbreviation's full stop ends nothing
    if (tok.kind === 'punct' && tok.text === '.' && r.seg.lexicon.ABBREVIATIONS.has(lowerAt(r, k - 1))) continue;
    if (tok.kind === 'punct' && tok.text !== '-' && tok.text !== '(' && tok.text !== ')') break;
  }
  return null;
}

/** Whether the clause from `first` reads as reported: "dass …", "ob …", "wie …", a quotation, or the reported mood. */
function reportsAfter(r: Reader, first: number, end: number): boolean {
  const opener = r.seg.tokens[first];
  if (opener === undefined) return false;
  if (opener.kind === 'quote' || r.words.contentOpeners.has(opener.lower)) return true;
  // a relative clause says more of the noun before it, whatever its mood: "Innenarbeiten ausgeführt, für die keine
  // Baubewilligung vorgeschrieben sei"
  const relative = r.seg.lexicon.PREPOSITIONS.has(opener.lower) ? first + 1 : first;
  if (r.seg.lexicon.RELATIVE_PRONOUNS.has(lowerAt(r, relative)) && r.seg.tokens[relative + 1]?.cap === false) return false;
  for (let k = first; k < end && k - first <= MAX_CUE_TO_CONTENT; k++) {
    if (isPunct(r, k, ',;')) return false;
    if (isWordOutside(r, k) && r.words.reportedMoodVerbs.has(lowerAt(r, k))) return true;
  }
  return false;
}

/** The speaker of a cue that opens or closes its clause's verbs: the phrase before the finite verb, or the one after it. */
function speakerOfClause(r: Reader, clauseStartGiven: number, t: number): TokenRange | null {
  // "Und X sagte, …": a coordinating conjunction stands before the clause, not in it
  const clauseStart = r.words.clauseJoiners.has(lowerAt(r, clauseStartGiven)) && clauseStartGiven + 1 < t ? clauseStartGiven + 1 : clauseStartGiven;
  // "Wir bitten Sie, …": the writer's own voice names no speaker
  if (r.seg.lexicon.WRITER_PRONOUNS.has(lowerAt(r, clauseStart))) return null;
  // "…, der betonte, …": a relative pronoun opening the clause is its subject, standing for the noun before it
  if (isPunct(r, clauseStart - 1, ',') && r.words.subjectRelatives.has(lowerAt(r, clauseStart)) &&
    onlyPhraseWords(r, clauseStart + 1, t)) return { first: clauseStart, end: clauseStart + 1 };
  let finite = -1;
  for (let k = clauseStart; k <= t; k++) {
    if (k === t || r.words.auxiliaries.has(lowerAt(r, k))) { finite = k; break; }
  }
  // a pronoun right after the finite verb is its subject ("Diesen Vorwurf wies er zurück")
  if (r.words.subjectPronouns.has(lowerAt(r, finite + 1)) && isWordOutside(r, finite + 1)) return { first: finite + 1, end: finite + 2 };
  // the phrase opening the clause, before the cue or its auxiliary ("Der Minister sagte", "Er hat … gesagt"): what
  // stands before the finite verb is one constituent, so words after its head belong to it ("Ein Reporter von n-tv")
  const opening = phraseRight(r, clauseStart, t) ?? standingDeterminer(r, clauseStart, finite);
  if (opening !== null && finite >= opening.end && onlyPhraseWords(r, opening.end, finite)) return { first: opening.first, end: finite };
  // inverted after the finite verb, the cue or an auxiliary ("Am Montag sagte der Minister", "Gestern hat er gesagt"),
  // past a reflexive pronoun ("Dazu äußerte sich der Präsident: …")
  if (finite < 0) return null;
  let after = finite + 1;
  while (after < t + 3 && (r.words.reflexives.has(lowerAt(r, after)) || r.words.inciseAdverbs.has(lowerAt(r, after)))) after++;
  return speakerWithApposition(r, phraseRight(r, after, r.sentence.end));
}

/** A demonstrative standing alone before the finite verb, a subject of its own: "Diese bestätigte, dass …". */
function standingDeterminer(r: Reader, at: number, finite: number): TokenRange | null {
  return at + 1 === finite && (r.seg.tokens[at]?.cap ?? false) && r.words.phraseOpeners.has(lowerAt(r, at)) &&
    !r.seg.lexicon.ARTICLES.has(lowerAt(r, at)) ? { first: at, end: at + 1 } : null;
}

/** Where the clause holding token t starts: after the last comma before it, or the sentence's start (or `floor`). */
/** The phrase after an origin preposition that fills the clause before an impersonal cue ("Aus dem Ministerium heißt es"). */
function creditedSource(r: Reader, start: number, t: number): TokenRange | null {
  const preposition = lowerAt(r, start);
  const origin = r.words.originPrepositions.has(preposition);
  if (!origin && r.words.documentPrepositions?.has(preposition) !== true) return null;
  const phrase = phraseRight(r, start + 1, t);
  if (phrase === null || phrase.end !== t) return null;
  // "In einem Bericht der BBC heißt es, …": in a document, the document says it
  return origin || documentHeaded(r, phrase) ? phrase : null;
}

/** The end of the phrase that starts at `from` (what phraseRight reads), or `from` when none. */
function documentPhraseEnd(r: Reader, from: number): number {
  return phraseRight(r, from, r.sentence.end)?.end ?? from;
}

/** Whether a phrase's first noun is a document ("einem Bericht der BBC", "der Pressemitteilung des Verbands"). */
function documentHeaded(r: Reader, phrase: TokenRange): boolean {
  for (let k = phrase.first; k < phrase.end; k++) {
    if (r.seg.tokens[k]?.cap !== true || r.words.phraseOpeners.has(lowerAt(r, k))) continue;
    const lower = lowerAt(r, k);
    for (const noun of r.seg.lexicon.DOCUMENT_NOUNS) if (lower === noun || (lower.endsWith(noun) && lower.length > noun.length + 2)) return true;
    return false;
  }
  return false;
}

/** Whether the token at k closes a quotation that opens at `first`, the whole clause before the cue. */
function closesQuotation(r: Reader, k: number, first: number): boolean {
  const region = r.seg.quotes[r.seg.quoteOf[k] ?? -1];
  return region !== undefined && region.close === k && region.open === first;
}

function clauseStartOf(r: Reader, t: number, floor: number): number {
  for (let k = t - 1; k >= floor; k--) if (isPunct(r, k, ',:;')) return k + 1;
  return floor;
}

/**
 * The content of a report summed up in its own main clause ("Sie bezeichnete die Lösung als Irrweg", "Die Polizei
 * spricht von zwei Verletzten"): what follows the cue and its speaker to the sentence's end, in a main clause that
 * opens the sentence, when it holds a few words and no clause of its own.
 */
function summedContent(r: Reader, t: number, lemma: string, speaker: TokenRange, clauseStart: number, pos: number): TokenRange | null {
  if (clauseStart !== pos || pos !== r.sentence.first || !r.words.summingLemmas.has(lemma)) return null;
  const first = speaker.first > t ? speaker.end : t + 1;
  const end = contentEnd(r);
  if (!hasWords(r.seg, first, end, 2)) return null;
  for (let k = first; k < end; k++) if (isPunct(r, k, ',:;')) return null;
  return { first, end: extendOverQuotes(r.seg, first, end) };
}

/**
 * The comparison opener that opens the sentence at `pos` when the cue at t closes its clause over an apposition
 * ("Wie der Direktor des Amtes, Smith D., mitteilte, …"): no other verb between them. Else -1.
 */
function openingComparison(r: Reader, pos: number, t: number): number {
  if (pos !== r.sentence.first || !r.words.comparisonOpeners.has(lowerAt(r, pos))) return -1;
  for (let k = pos + 1; k < t; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind === 'quote' || (tok.kind === 'punct' && !',.()-'.includes(tok.text))) return -1;
    if (tok.kind === 'word' && (r.words.auxiliaries.has(tok.lower) || r.config.isCueForm(tok.lower))) return -1;
  }
  return pos;
}

/** The clause after the comma that closes the cue's clause (past its auxiliary: "mitgeteilt hatte, …"). */
function clauseAfterComma(r: Reader, t: number): TokenRange | null {
  let k = t + 1;
  while (k < r.sentence.end && isWordOutside(r, k) && r.words.auxiliaries.has(lowerAt(r, k))) k++;
  if (!isPunct(r, k, ',')) return null;
  const end = contentEnd(r);
  return hasWords(r.seg, k + 1, end, 2) ? { first: k + 1, end: extendOverQuotes(r.seg, k + 1, end) } : null;
}

/**
 * Whether tokens [first, end) before an incise say something: a quotation, a verb in the reported mood, or a clause
 * of some length — not a phrase of time before an inverted cue ("Am Sonntag, 15. März, verkündete X, dass …").
 */
function saysSomething(r: Reader, first: number, end: number): boolean {
  let words = 0;
  // a short clause says something when it holds a word in lower case that no phrase of time or place has (a verb:
  // "Dafür fehlten belastbare Studien, sagt der Verband.")
  let clause = false;
  for (let k = first; k < end; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined) continue;
    if (tok.kind === 'quote' || (tok.kind === 'word' && r.words.reportedMoodVerbs.has(tok.lower))) return true;
    if (tok.kind !== 'word') continue;
    words++;
    if (!tok.cap && /^\p{Ll}/u.test(tok.text) && !r.words.phraseOpeners.has(tok.lower) && !r.words.phraseEnders.has(tok.lower)) clause = true;
  }
  // a clause of time or condition before the verb sets the scene, it says nothing: "Wenn Kohl emotional wurde,
  // erinnerte er sich daran, …" (a "dass"-clause or a question does: "Ob es reicht, bezweifelt Langhoff")
  // (with a main clause after it, the whole says something: "Als Kämpfer die Stadt einnahmen, töteten sie …")
  const opener = lowerAt(r, first);
  let oneClause = true;
  for (let k = first; k < end && oneClause; k++) if (isPunct(r, k, ',;:')) oneClause = false;
  if (oneClause && r.words.subordinators.has(opener) && !r.words.contentOpeners.has(opener) && !r.words.comparisonOpeners.has(opener)) return false;
  return words >= 6 || (words >= 3 && clause);
}

/** Whether a passive auxiliary stands in the clause before the cue ("wurde … festgestellt"). */
function passiveBefore(r: Reader, clauseStart: number, t: number): boolean {
  for (let k = clauseStart; k < t; k++) if (isWordOutside(r, k) && r.words.passiveAuxiliaries.has(lowerAt(r, k))) return true;
  return false;
}

/**
 * The subject that opens the sentence and is interrupted before the cue by a relative clause ("Die Partei, die am
 * Samstag gewann, forderte …": the phrase) or an apposition ("Der Gouverneur, Gabino Cué, sagte …": up to the comma).
 */
function interruptedSubject(r: Reader, pos: number, t: number): TokenRange | null {
  const phrase = phraseRight(r, pos, t);
  if (phrase === null) return null;
  // the phrase runs on to its comma over what a noun phrase may hold ("Der Nachfolger des am Montag zurückgetretenen
  // Chefs, …")
  let comma = phrase.end;
  while (comma < t && !isPunct(r, comma, ',')) comma++;
  if (comma >= t || !onlyPhraseWords(r, phrase.end, comma) || !nounPhraseTail(r, phrase.end, comma)) return null;
  const subject = { first: phrase.first, end: comma };
  const next = subject.end + 1;
  // an apposition first ("Christel Happach-Kasan, die ernährungspolitische Sprecherin der FDP-Fraktion, sagte"), then
  // a relative clause ("Die Partei, die am Samstag gewann, forderte")
  const apposition = phraseRight(r, next, t);
  if (apposition !== null && isPunct(r, t - 1, ',') && onlyPhraseWords(r, apposition.end, t - 1)) return { first: subject.first, end: t - 1 };
  if (r.seg.lexicon.RELATIVE_PRONOUNS.has(lowerAt(r, next)) || r.words.subordinators.has(lowerAt(r, next))) return subject;
  return null;
}

/**
 * Whether tokens [first, end) can close a noun phrase: prepositions, articles, adjectives and capitalised words
 * ("des am Montag zurückgetretenen Chefs"), no verb or negation ("Die Gemeinde wisse nicht, …").
 */
function nounPhraseTail(r: Reader, first: number, end: number): boolean {
  const lex = r.seg.lexicon;
  for (let k = first; k < end; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind !== 'word' || tok.cap) continue;
    if (r.words.reportedMoodVerbs.has(tok.lower) || lex.NEGATIONS.has(tok.lower)) return false;
    if (!lex.PREPOSITIONS.has(tok.lower) && !lex.DETERMINERS.has(tok.lower) && !/(?:e|en|er|es|em)$/u.test(tok.lower)) return false;
  }
  return true;
}

/**
 * Where content before an incise starts: at `pos`, or back at the opening mark of a quotation that runs over sentences
 * into it („Satz eins. Satz zwei“, so X.), when no report has taken that quotation.
 */
function quotationStart(r: Reader, pos: number): number {
  const q = r.seg.quoteOf[pos] ?? -1;
  const region = r.seg.quotes[q];
  if (region === undefined || region.open >= pos || pos !== r.sentence.first) return pos;
  return region.open >= r.takenBefore ? region.open : pos;
}

/** The reports whose cue is a verb, or an incise marker ("so"), left to right. */
function verbReports(r: Reader, floor: number): Frame[] {
  const { seg, sentence, words } = r;
  const frames: Frame[] = [];
  let pos = floor;
  for (let t = floor; t < sentence.end; t++) {
    if (t < pos) continue;
    const lower = lowerAt(r, t);
    // "…, so der Minister." — the incise marker after a comma, a speaker, then the sentence's end or a comma
    if (words.inciseMarkers.has(lower) && isWordOutside(r, t) && isPunct(r, t - 1, ',')) {
      const speaker = speakerWithApposition(r, phraseRight(r, t + 1, sentence.end));
      let speakerEnd = speaker?.end ?? t;
      while (speakerEnd < contentEnd(r) && words.inciseAdverbs.has(lowerAt(r, speakerEnd))) speakerEnd++;
      if (speaker !== null && (speakerEnd >= contentEnd(r) || isPunct(r, speakerEnd, ',')) && hasWords(seg, pos, t - 1, 3)) {
        const content: TokenRange[] = [{ first: quotationStart(r, pos), end: t - 1 }];
        // "Das Problem sei, so der Präsident, dass …": the content goes on after the incise
        const rest = isPunct(r, speaker.end, ',') ? speaker.end + 1 : -1;
        if (rest > 0 && hasWords(seg, rest, contentEnd(r), 2)) content.push({ first: rest, end: extendOverQuotes(seg, rest, contentEnd(r)) });
        const f = frameOf(r, t, lower, speaker, content);
        if (f !== null) { frames.push(f); pos = Math.max(speaker.end, ...content.map((c) => c.end)); }
      }
      continue;
    }
    const lemma = cueVerbAt(r, t);
    if (lemma === null) continue;
    const cue: CueCandidate = { first: t, last: t, form: lower, lemma, kind: 'verb', context: '' };
    const clauseStart = clauseStartOf(r, t, pos);
    // a passive ("wurde festgestellt", "wird beschuldigt") names no speaker as its subject
    if (passiveBefore(r, clauseStart, t) && !words.passiveSpeakerLemmas.has(lemma)) {
      // "Ihm wird vorgeworfen, …", "Es wurde bekannt, dass …": a passive report with its content and no speaker
      const content = contentAfter(r, t, lemma);
      if (content !== null) {
        frames.push(makeFrame(seg, cue, 'after', [content], null));
        pos = content.end;
      }
      continue;
    }
    // the subject, then a relative clause or an apposition, then the cue: "Die Partei, die …, forderte, dass …"
    const interrupted = clauseStart === t || (r.words.auxiliaries.has(lowerAt(r, clauseStart)) && onlyPhraseWords(r, clauseStart + 1, t)) ?
      interruptedSubject(r, pos, clauseStart) : null;
    const interruptedContent = interrupted === null ? null : contentAfter(r, t, cue.lemma);
    if (interrupted !== null && interruptedContent !== null) {
      frames.push(makeFrame(seg, cue, 'after', [interruptedContent], interrupted));
      pos = interruptedContent.end;
      continue;
    }
    // an incise after its content: "…, sagte der Minister." / "„…“, heißt es."
    // (also right after a closing quotation mark with no comma: "«Es kommen zu viele» sagte der Ständerat.")
    if ((clauseStart === t || closesQuotation(r, t - 1, pos)) && t > pos && hasWords(seg, pos, t - 1, 2) && saysSomething(r, pos, t - 1)) {
      let from = t + 1;
      while (from < t + 3 && r.words.inciseAdverbs.has(lowerAt(r, from))) from++;
      const speaker = speakerWithApposition(r, phraseRight(r, from, sentence.end));
      const impersonal = (r.config.requiredNext?.(lower) ?? '') === r.words.impersonalSubject;
      // "…, entgegnete Suttner empört: „…“": the content follows the colon, the clause before is a setting
      let after = speaker?.end ?? t + 1;
      while (after < sentence.end && r.words.inciseAdverbs.has(lowerAt(r, after))) after++;
      // (unless the clause before is itself what was said: "Dass …, bezweifelt Langhoff: …")
      const colonAfter = (isPunct(r, after, ':') || (isWordOutside(r, after) && isPunct(r, after + 1, ':'))) &&
        !r.seg.lexicon.COMPLEMENTIZERS.has(lowerAt(r, pos));
      if ((speaker !== null || impersonal) && !colonAfter) {
        // (the closing mark stays with its quotation when no comma stands between it and the cue)
        let contentLast = clauseStart === t ? t - 1 : t;
        while (contentLast > pos && isPunct(r, contentLast - 1, ',')) contentLast--;
        // ("…, heißt es in einem Bericht der BBC.": the document it stands in)
        const inDocument = impersonal ? creditedSource(r, t + 2, documentPhraseEnd(r, t + 3)) : null;
        frames.push(makeFrame(seg, cue, 'before', [{ first: quotationStart(r, pos), end: contentLast }], impersonal ? inDocument : speaker));
        pos = Math.max(t + 1, speaker?.end ?? 0, inDocument?.end ?? 0);
        // ("…, bezweifelt Langhoff: Sie werde …": what follows the colon starts after it)
        if (isPunct(r, pos, ':')) pos++;
        continue;
      }
    }
    // a verb-final cue after a comparison opener: "…, wie der Minister mitteilte." / "Wie X sagte, …"
    const opener = clauseStart < t && words.comparisonOpeners.has(lowerAt(r, clauseStart)) ? clauseStart :
      openingComparison(r, pos, t);
    if (opener >= 0) {
      const speaker = phraseRight(r, opener + 1, t);
      if (speaker !== null) {
        const content: TokenRange[] = [];
        if (opener > pos && hasWords(seg, pos, opener - 1, 3)) content.push({ first: pos, end: opener - 1 });
        else {
          // "Wie X sagte, ist die Lage ernst": the main clause after the comma is the content, whatever its form
          const after = clauseAfterComma(r, t);
          if (after !== null) content.push(after);
        }
        if (content.length > 0) {
          const f = makeFrame(seg, cue, opener > pos ? 'before' : 'after', content, speaker);
          frames.push(f);
          pos = Math.max(t + 1, ...content.map((c) => c.end));
          continue;
        }
      }
    }
    // the cue before its content: "Der Minister sagte, …", "Nachdem X erklärt hatte, dass …"
    const content = contentAfter(r, t, cue.lemma);
    const start = clauseStart > pos && words.subordinators.has(lowerAt(r, clauseStart)) ? clauseStart + 1 : clauseStart;
    // "In dem Bericht heißt es, …": an impersonal cue names no speaker — unless an origin preposition names where the
    // words come from: "Aus dem Schulministerium heißt es, …"
    const impersonal = (r.config.requiredNext?.(lower) ?? '') === r.words.impersonalSubject;
    const speaker = speakerOfClause(r, start, t) ?? (impersonal ? creditedSource(r, start, t) : null);
    if (speaker === null && !(impersonal && content !== null)) continue;
    if (content !== null) {
      frames.push(makeFrame(seg, cue, 'after', [content], speaker));
      pos = content.end;
      continue;
    }
    if (speaker === null) continue;
    // a report summed up in the main clause itself, its object the content: "Die Polizei bestätigte die Festnahme."
    const summed = summedContent(r, t, cue.lemma, speaker, clauseStart, pos);
    if (summed !== null) {
      frames.push(makeFrame(seg, cue, 'after', [summed], speaker));
      pos = summed.end;
    }
  }
  return frames;
}

/** The reports of one sentence of a verb-second language. */
export function clauseReports(seg: Segmented, sentence: Sentence, config: CueConfig, words: ClauseReportWords,
  state: ClauseReportState): Frame[] {
  const floor = Math.max(sentence.first, state.takenUntil);
  if (floor >= sentence.end) return [];
  const r: Reader = { takenBefore: state.takenUntil, seg, sentence, words, config };
  // a source preposition frames the sentence (each of them: "laut X …, nach Angaben Y …"); an incise or a verb
  // inside it reports a part ("laut X sei …, so Y, dass …")
  const adverbials: Frame[] = [];
  for (let from = floor; from < sentence.end;) {
    const found = adverbialReport(r, floor, from);
    if (found === null) break;
    adverbials.push(found);
    from = Math.max(found.cue.last, found.source?.end ?? 0) + 1;
  }
  const insideAdverbial = (f: Frame): boolean => adverbials.some((a) => (f.cue.first >= a.cue.first && f.cue.first <= a.cue.last + 1) ||
    (a.source !== null && f.cue.first < a.source.end && f.cue.last >= a.source.first));
  const frames = adverbials.length > 0 ? [...adverbials, ...verbReports(r, floor).filter((f) => !insideAdverbial(f))] : verbReports(r, floor);
  frames.sort((a, b) => a.cue.first - b.cue.first);
  if (frames.length === 0) {
    const backward = reportOfSentenceBefore(r, state, floor);
    if (backward !== null) frames.push(backward);
  }
  if (frames.length === 0) {
    const goesOn = unlistedColonQuote(r, floor) ?? quotedSentenceGoingOn(r, state, floor) ?? reportedMood(r, state, floor);
    if (goesOn !== null) frames.push(goesOn);
  }
  if (frames.length === 0) {
    // a sentence with neither report nor reported mood ends the run a reported-mood sentence may go on with
    // (in the report's own paragraph the run pauses: a verb plainly in the reported mood still goes on with it, "Er
    // wohnt in Forbach. Es habe Fälle gegeben, …")
    if (state.lastReportBlock >= 0 && hasWords(seg, floor, sentence.end, 1)) {
      if (state.lastReportBlock === sentence.block) state.paused = true;
      else state.lastReportBlock = -1;
    }
    return frames;
  }
  let end = sentence.end;
  for (const f of frames) for (const c of f.content) end = Math.max(end, c.end);
  state.takenUntil = Math.max(state.takenUntil, end);
  state.lastReportBlock = seg.tokens[end - 1]?.block ?? sentence.block;
  state.paused = false;
  return frames;
}
