/**
 * The follow-ons of the clause-report construction (clause-reports.ts), tried on a sentence with no report of its
 * own: a sentence in the reported mood goes on with the report before it (German Konjunktiv I: "Er sei bereit, …"),
 * a quoted sentence goes on with the report in its paragraph, "Das teilte X mit." reports the sentence before it, and
 * a verb the lexicon does not list reports before a Konjunktiv clause or a colon and a quotation.
 */
import { extendOverQuotes, hasWords, type TokenRange } from '../tokens.js';
import type { CueCandidate } from '../cue.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEnd, cueAt, cueVerbAt, isCapWord, isPunct, isWordOutside, lowerAt, MAX_CUE_TO_CONTENT, phraseRight, speakerWithApposition,
  type ClauseReportState, type Reader } from './clause-reader.js';

/** A sentence in the reported mood with no cue of its own, going on with the report before it. */
export function reportedMood(r: Reader, state: ClauseReportState, floor: number): Frame | null {
  const { words, sentence } = r;
  for (let t = floor; t < sentence.end; t++) {
    if (!isWordOutside(r, t)) continue;
    const lower = lowerAt(r, t);
    // a condition or a comparison ("wenn es nötig sei", "als sei nichts geschehen") is no report; a clause opening the
    // sentence as its subject is ("Ob sie zugänglich waren, sei ebenfalls Gegenstand der Ermittlungen")
    if (words.reportedMoodBreakers.has(lower) && !(t === floor && words.contentOpeners.has(lower))) return null;
    const end = contentEnd(r);
    // (after a pause, a sentence with no report in the report's paragraph, only the plain reported mood goes on:
    // "soll", "würde" are then as often the writer's own)
    const goesOn = state.lastReportBlock >= 0 && sentence.block - state.lastReportBlock <= 1;
    // hearsay ("soll … gestorben sein"), "sollten", "würde" go on only with a report in their own paragraph: in the
    // next they are as often the writer's relaying of what others say ("Indes soll eine Reporterin angegriffen worden
    // sein")
    const sameParagraph = state.lastReportBlock === sentence.block && !state.paused;
    const hearsay = words.reportiveModals.has(lower) && sameParagraph;
    const substitute = sameParagraph && words.reportedMoodSubstitutes.has(lower);
    if ((!words.reportedMoodVerbs.has(lower) && !hearsay && !substitute && !reportedMoodShape(r, floor, t)) || (r.seg.tokens[t]?.cap ?? false)) continue;
    if (!hasWords(r.seg, floor, end, 3)) return null;
    // "Lorenzen spekuliert in seinen Aussagen, die Motivation … seien …": a main clause before the comma reports
    // with a verb the lexicon does not list; that verb is the cue
    const framed = unlistedReport(r, floor, t);
    if (framed !== null) return framed;
    const cue = cueAt(t, lower, words.reportedMoodLemma);
    // (hearsay after no report is the writer's relaying of it, nobody's report: SpkAtt leaves it out)
    if (!goesOn) return null;
    return { cue, cueRange: { first: t, end: t + 1 }, construction: 'floating', content: [{ first: floor, end: extendOverQuotes(r.seg, floor, end) }], source: null };
  }
  return null;
}

/**
 * An unlisted verb in the reported mood by its shape, second in its sentence beside a third-person subject: "Er
 * schäme sich zutiefst", "Nun brauche es eine Kultur des Hinsehens".
 */
function reportedMoodShape(r: Reader, floor: number, t: number): boolean {
  const { words } = r;
  if (t !== floor + 1 || !words.reportedMoodEnding.test(lowerAt(r, t))) return false;
  return words.reportedMoodSubjects.has(lowerAt(r, floor)) || words.reportedMoodSubjects.has(lowerAt(r, t + 1));
}

/**
 * A report whose verb the lexicon does not list: the sentence opens with a speaker phrase and a lower-case finite
 * verb, and after a comma comes the clause in the reported mood at `moodAt`. Null when the sentence is not so built.
 */
function unlistedReport(r: Reader, floor: number, moodAt: number): Frame | null {
  if (floor !== r.sentence.first) return null;
  let comma = -1;
  for (let k = moodAt - 1; k > floor; k--) if (isPunct(r, k, ',')) { comma = k; break; }
  if (comma < 0) return null;
  for (let k = floor; k < comma; k++) if (isPunct(r, k, ',:;') || r.seg.tokens[k]?.kind === 'quote') return null;
  const speaker = phraseRight(r, floor, comma);
  const verb = speaker === null ? -1 : speaker.end;
  const tok = r.seg.tokens[verb];
  if (speaker === null || tok === undefined || tok.kind !== 'word' || tok.cap || r.words.phraseEnders.has(tok.lower) ||
    r.words.genitiveArticles.has(tok.lower)) return null;
  const end = contentEnd(r);
  if (!hasWords(r.seg, comma + 1, end, 3)) return null;
  const cue: CueCandidate = { first: verb, last: verb, form: tok.lower, lemma: tok.lower, kind: 'verb', context: '' };
  return makeFrame(r.seg, cue, 'after', [{ first: comma + 1, end: extendOverQuotes(r.seg, comma + 1, end) }], speaker);
}

/**
 * "Das teilte die Polizei am Montag mit.": a sentence that opens with a pronoun for what was just said, then a cue
 * and its speaker, reports the sentence before it (in its paragraph, when no report took it).
 */
export function reportOfSentenceBefore(r: Reader, state: ClauseReportState, floor: number): Frame | null {
  const { seg, sentence } = r;
  if (floor !== sentence.first || !r.words.anaphoricObjects.has(lowerAt(r, floor))) return null;
  const previous = seg.sentences[(seg.sentenceOf[floor - 1] ?? -1)];
  if (previous === undefined || previous.block !== sentence.block || previous.end !== floor || state.takenUntil > previous.first) return null;
  const t = floor + 1;
  // ("Das" is a pronoun here, not the article before a noun)
  const lemma = cueVerbAt(r, t, true);
  if (lemma === null) return null;
  const speaker = speakerWithApposition(r, phraseRight(r, t + 1, sentence.end));
  if (speaker === null || !hasWords(seg, previous.first, previous.end, 3)) return null;
  let end = previous.end;
  while (end > previous.first && isPunct(r, end - 1, '.!?;')) end--;
  const cue: CueCandidate = { first: t, last: t, form: lowerAt(r, t), lemma, kind: 'verb', context: '' };
  return makeFrame(seg, cue, 'before', [{ first: previous.first, end }], speaker);
}

/**
 * "Der Minister sagte dazu: „…“" with a verb the lexicon does not list ("reagierte gelassen: „…“"): a sentence that
 * opens with a speaker phrase and a lower-case finite verb, and whose clause ends in a colon before a quotation.
 */
export function unlistedColonQuote(r: Reader, floor: number): Frame | null {
  if (floor !== r.sentence.first) return null;
  const speaker = phraseRight(r, floor, r.sentence.end);
  const verb = speaker === null ? -1 : speaker.end;
  const tok = r.seg.tokens[verb];
  if (speaker === null || tok === undefined || tok.kind !== 'word' || tok.cap || r.words.phraseEnders.has(tok.lower) ||
    r.words.genitiveArticles.has(tok.lower) || (r.seg.quoteOf[verb] ?? -1) !== -1) return null;
  for (let k = verb + 1; k < r.sentence.end && k - verb <= MAX_CUE_TO_CONTENT; k++) {
    const at = r.seg.tokens[k];
    if (at === undefined || at.kind === 'quote') return null;
    if (at.kind !== 'punct') continue;
    if (at.text !== ':') return null;
    const open = r.seg.tokens[k + 1];
    const region = r.seg.quotes[r.seg.quoteOf[k + 1] ?? -1];
    if (open === undefined || open.kind !== 'quote' || region === undefined || region.open !== k + 1) return null;
    const cue: CueCandidate = { first: verb, last: verb, form: tok.lower, lemma: tok.lower, kind: 'verb', context: '' };
    const end = extendOverQuotes(r.seg, k + 1, contentEnd(r));
    return makeFrame(r.seg, cue, 'after', [{ first: k + 1, end: Math.max(end, region.close + 1) }], speaker);
  }
  return null;
}

/**
 * A sentence that is one quotation goes on with the report before it in its paragraph: "…, sagte er, die Lage sei
 * ernst. „Wir müssen handeln.“" — a floating quote inside the paragraph, with the report's speaker. With no report
 * there, a quotation right after a sentence whose subject is a person is that person's: "Mazzucotelli wundert sich
 * über die Hartnäckigkeit der Minister. „Wir wissen doch alle, …“" (a frame whose source is that subject).
 */
export function quotedSentenceGoingOn(r: Reader, state: ClauseReportState, floor: number): Frame | null {
  if (floor !== r.sentence.first) return null;
  const open = r.seg.tokens[floor];
  const region = r.seg.quotes[r.seg.quoteOf[floor] ?? -1];
  if (open === undefined || open.kind !== 'quote' || region === undefined || region.open !== floor) return null;
  // (a quotation of several sentences goes on to its closing mark: "„Wir sehen das. Wir handeln.“")
  const closing = r.seg.sentences[r.seg.sentenceOf[region.close] ?? -1];
  if (closing === undefined || closing.block !== r.sentence.block) return null;
  let last = closing.end - 1;
  while (last > region.close && r.seg.tokens[last]?.kind === 'punct') last--;
  if (last !== region.close || !hasWords(r.seg, floor, region.close, 3)) return null;
  const cue = cueAt(floor, open.text, r.words.reportedMoodLemma);
  const content = [{ first: floor, end: region.close + 1 }];
  if (state.lastReportBlock === r.sentence.block) return { cue, cueRange: { first: floor, end: floor + 1 }, construction: 'floating', content, source: null };
  const subject = personSubjectBefore(r, floor);
  return subject === null ? null : makeFrame(r.seg, cue, 'colon', content, subject);
}

/**
 * The subject of the sentence right before `floor` in its paragraph when it is a person: a subject pronoun, a phrase
 * with a person's role ("Ein junger Polizist"), or a bare name ("Mazzucotelli"), followed by its verb in lower case.
 */
function personSubjectBefore(r: Reader, floor: number): TokenRange | null {
  const previous = r.seg.sentences[r.seg.sentenceOf[floor - 1] ?? -1];
  // (a question before it is the writer's, put to whoever answers: "Haben Sie Kontakt? „Nicht mehr.“")
  if (previous === undefined || previous.block !== r.sentence.block || previous.end !== floor || isPunct(r, floor - 1, '?')) return null;
  // (nor does the writer's "Wir fragen sie, …" name who answers)
  if (r.seg.lexicon.SUBJECT_PRONOUNS.has(lowerAt(r, previous.first)) && !r.words.subjectPronouns.has(lowerAt(r, previous.first))) return null;
  const subject = phraseRight(r, previous.first, previous.end);
  const verb = subject === null ? undefined : r.seg.tokens[subject.end];
  // (an auxiliary is a finite verb too: "Ein junger Polizist wird knallrot")
  if (subject === null || verb === undefined || verb.kind !== 'word' || verb.cap ||
    (r.words.phraseEnders.has(verb.lower) && !r.words.auxiliaries.has(verb.lower))) return null;
  if (r.words.subjectPronouns.has(lowerAt(r, subject.first))) return subject;
  let bare = true;
  for (let k = subject.first; k < subject.end; k++) {
    if (isCapWord(r, k) && r.seg.lexicon.isPersonNoun(lowerAt(r, k))) return subject;
    if (!isCapWord(r, k)) bare = false;
  }
  // (a bare name: no article, no number or month before a noun, "Zwei Kilometer weiter, …")
  const first = lowerAt(r, subject.first);
  return bare && subject.end - subject.first <= 3 && !r.seg.lexicon.HEAD_NUMERALS.has(first) && !r.words.phraseOpeners.has(first) &&
    !r.seg.lexicon.MONTHS_AND_DAYS.has(r.seg.tokens[subject.first]?.text ?? '') ? subject : null;
}
