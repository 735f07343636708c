/**
 * What the clause-report construction (clause-reports.ts) reads a sentence with: the reader over one sentence, its
 * token tests, the speaker phrases read rightwards and leftwards (articles, adjectives, capitalised nouns and names,
 * genitives, appositions), and the cue verbs with their separated particles. Words come from the lexicon's
 * CLAUSE_REPORTS.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import type { ClauseReportWords } from '../lexicon/lexicon.js';
import type { CueCandidate, CueConfig } from '../cue.js';
export type { ClauseReportState } from './sentence-readers.js';

/** Words a speaker phrase may hold at most. */
const MAX_SPEAKER_WORDS = 16;
/** Tokens between a cue and the comma or colon that opens its content ("sagte am Montag in Berlin, …"). */
export const MAX_CUE_TO_CONTENT = 20;
/** How far a separated particle may stand from its verb. */
const MAX_PARTICLE_DISTANCE = 25;

export interface Reader {
  /** The end of content taken by earlier sentences' reports. */
  takenBefore: number;
  seg: Segmented;
  sentence: Sentence;
  words: ClauseReportWords;
  config: CueConfig;
}

/** A capitalised word, or a number joined to one ("39-Jährige", "US-Präsident"). */
export function isCapWord(r: Reader, t: number): boolean {
  const tok = r.seg.tokens[t];
  return tok !== undefined && tok.kind === 'word' && (tok.cap || /^[0-9]+-\p{Lu}/u.test(tok.text));
}

export function lowerAt(r: Reader, t: number): string {
  return r.seg.tokens[t]?.lower ?? '';
}

export function isWordOutside(r: Reader, t: number): boolean {
  const tok = r.seg.tokens[t];
  return tok !== undefined && tok.kind === 'word' && (r.seg.quoteOf[t] ?? -1) === -1;
}

export function isPunct(r: Reader, t: number, marks: string): boolean {
  const tok = r.seg.tokens[t];
  return tok !== undefined && tok.kind === 'punct' && marks.includes(tok.text) && (r.seg.quoteOf[t] ?? -1) === -1;
}

/** The end of the sentence's content: its final full stop (or ! ?) left out, closing marks kept. */
export function contentEnd(r: Reader): number {
  let end = r.sentence.end;
  while (end > r.sentence.first && isPunct(r, end - 1, '.!?;')) end--;
  return end;
}

/**
 * The speaker phrase that starts at `from`, read rightwards: a subject pronoun alone, or articles, adjectives,
 * capitalised words and names, with a genitive or "von" after the head ("der Sprecher des Ministeriums"). Null when
 * no capitalised word heads it.
 */
export function phraseRight(r: Reader, from: number, limit: number): TokenRange | null {
  const { words } = r;
  const first = r.seg.tokens[from];
  if (first === undefined || !isWordOutside(r, from) || from >= limit) return null;
  if (words.subjectPronouns.has(first.lower)) return { first: from, end: from + 1 };
  let t = from;
  let head = false;
  // after an article, a genitive, "und" or a preposition inside the phrase, adjectives may come before the next noun
  let awaitingNoun = true;
  while (t < limit && t - from < MAX_SPEAKER_WORDS) {
    const tok = r.seg.tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'punct') {
      // "Dr. Müller", "Matthias W. Beckmann": an abbreviation's or an initial's full stop inside a name
      const initial = head && /^\p{Lu}$/u.test(r.seg.tokens[t - 1]?.text ?? '');
      if (tok.text === '.' && (r.seg.lexicon.ABBREVIATIONS.has(lowerAt(r, t - 1)) || initial) && r.seg.tokens[t + 1]?.cap === true) { t++; continue; }
      // "der Berner Gesundheits- und Sozialdirektor": a compound's shared part before "und"
      if (head && tok.text === '-' && words.phraseJoiners.has(lowerAt(r, t + 1))) { awaitingNoun = false; t++; continue; }
      // "der Berner Gesundheits-, Sozial- und Integrationsdirektor": a list of such parts
      if (head && tok.text === '-' && isPunct(r, t + 1, ',') && isCapWord(r, t + 2)) { t += 2; continue; }
      // "des United States Geological Survey (USGS)": a short bracket after the head
      const close = head && tok.text === '(' ? closingBracket(r, t, limit) : -1;
      if (close > 0) { t = close + 1; continue; }
      break;
    }
    if (tok.kind === 'quote') {
      // a quoted name heads the phrase or sits inside it: "laut „Reuters“", "die Zeitung „Die Welt“"
      const q = r.seg.quoteOf[t] ?? -1;
      const region = r.seg.quotes[q];
      // (after a noun, only its name: "des Magazins „Der Spiegel“", "die Tageszeitung „The Guardian“")
      const named = head && !awaitingNoun && commonNounAt(r, t - 1);
      if (region === undefined || region.open !== t || region.close >= limit || region.close - region.open > 6 || (head && !awaitingNoun && !named)) break;
      head = true;
      awaitingNoun = false;
      t = region.close + 1;
      continue;
    }
    if ((r.seg.quoteOf[t] ?? -1) !== -1) break;
    // "Die" opening a sentence is an article for all its capital
    if (isCapWord(r, t) && !r.words.phraseEnders.has(tok.lower) && !words.phraseOpeners.has(tok.lower)) {
      // after a noun of report a second noun starts something else ("nach eigenen Angaben Einladungen")
      if (head && !awaitingNoun && isReportNoun(r, lowerAt(r, t - 1))) break;
      head = true;
      awaitingNoun = false;
      t++;
      continue;
    }

    if (words.phraseOpeners.has(tok.lower) && !head) { t++; continue; }
    // "der Sprecher des Ministeriums", "Angaben von AFP und Reuters", "der USGS in Denver": the phrase goes on when
    // a noun follows (after adjectives: "des späteren Opfers")
    // (a bare name, with no article before it, takes no genitive: "erklärt Nadeschdin der DW" names a hearer)
    if (head && !awaitingNoun && (words.genitiveArticles.has(tok.lower) ? commonNounAt(r, t - 1) && !bareName(r, from, t - 1) && nounAhead(r, t + 1, limit, true) :
      words.phraseJoiners.has(tok.lower) && nounAhead(r, t + 1, limit, false))) {
      awaitingNoun = true;
      t++;
      continue;
    }
    if (awaitingNoun && head && words.phraseOpeners.has(tok.lower)) { t++; continue; }
    // an adjective before a noun ("der grüne Staatssekretär"), never after it
    if (awaitingNoun && /(?:e|en|er|es|em)$/u.test(tok.lower) && !words.phraseEnders.has(tok.lower) && !r.config.isCueForm(tok.lower)) { t++; continue; }
    break;
  }
  // a phrase ends on its head, not on an article or adjective
  let end = t;
  while (end > from && !isCapWord(r, end - 1) && r.seg.tokens[end - 1]?.kind !== 'quote' && r.seg.tokens[end - 1]?.text !== ')') end--;
  return head && end > from ? { first: from, end } : null;
}

/**
 * Whether the capitalised word at t is a common noun, which a genitive may follow ("der Sprecher des Ministeriums"),
 * rather than a name, after which an article starts a hearer ("erklärt Nadeschdin der DW").
 */
export function commonNounAt(r: Reader, t: number): boolean {
  const lower = lowerAt(r, t);
  const lex = r.seg.lexicon;
  return lex.isPersonNoun(lower) || lex.DOCUMENT_NOUNS.has(lower) || lex.ORGANISATION_NOUNS.has(lower) ||
    lex.UNNAMED_SOURCE_NOUNS.has(lower) || isReportNoun(r, lower) || r.words.nounEnding.test(lower);
}

/**
 * Whether the capitalised word at t is a name standing bare in the phrase begun at `from`: no article or other opener
 * before it, and no person noun, organisation or noun of report ("Nadeschdin", "Brenner"), so an article after it
 * starts a hearer, never a genitive ("Sprecher der Polizei", "Angaben der Polizei" keep theirs).
 */
function bareName(r: Reader, from: number, t: number): boolean {
  for (let k = from; k < t; k++) if (!isCapWord(r, k)) return false;
  const lower = lowerAt(r, t);
  const lex = r.seg.lexicon;
  if (lex.isPersonNoun(lower) || lex.ROLE_WORDS.has(lower) || lex.DOCUMENT_NOUNS.has(lower) || lex.ORGANISATION_NOUNS.has(lower) ||
    lex.UNNAMED_SOURCE_NOUNS.has(lower) || isReportNoun(r, lower)) return false;
  return !r.words.institutionEnding.test(lower);
}

/** The ")" closing the bracket at `open` within a few words and before `limit`, or -1. */
export function closingBracket(r: Reader, open: number, limit: number): number {
  for (let k = open + 1; k < limit && k - open <= 10; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind === 'quote') return -1;
    if (tok.text === ')') return k;
    if (tok.text === '(') return -1;
  }
  return -1;
}

/**
 * Whether a noun (a capitalised word, not a phrase ender) comes next, after articles and, when `adjectives`, after
 * adjectives too: a genitive takes them ("des späteren Opfers"); after "von" they read as a quantity or a topic
 * ("sprach von weniger Unfällen").
 */
export function nounAhead(r: Reader, from: number, limit: number, adjectives: boolean): boolean {
  for (let k = from; k < limit && k - from < 4; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind !== 'word' || (r.seg.quoteOf[k] ?? -1) !== -1) return false;
    if (isCapWord(r, k)) return !r.words.phraseEnders.has(tok.lower) && !r.seg.lexicon.MONTHS_AND_DAYS.has(tok.text);
    if (!r.words.phraseOpeners.has(tok.lower) && !(adjectives && /(?:e|en|er|es|em)$/u.test(tok.lower))) return false;
  }
  return false;
}

/**
 * A speaker phrase after its cue with the apposition that closes the sentence or its clause: "sagte Marcelo Ebrard,
 * der Bürgermeister von Mexiko-Stadt." — only when the apposition names a person's role (isPersonNoun), so that
 * "sagte Merkel, die Lage sei ernst" keeps its content.
 */
export function speakerWithApposition(r: Reader, speaker: TokenRange | null): TokenRange | null {
  if (speaker === null || !isPunct(r, speaker.end, ',') || r.words.subjectPronouns.has(lowerAt(r, speaker.first))) return speaker;
  const read = phraseRight(r, speaker.end + 1, r.sentence.end);
  if (read === null) return speaker;
  // the apposition runs on to its comma or the sentence's end over what a noun phrase holds ("Elon Musk, der
  // Milliardär hinter der Firma, …")
  const apposition = appositionToItsEnd(r, read);
  let role = false;
  for (let k = apposition.first; k < apposition.end; k++) if (isCapWord(r, k) && r.seg.lexicon.isPersonNoun(lowerAt(r, k))) { role = true; break; }
  // "sagt der Präsident des Gemeinderats, Nicolas Féraud.": a role, then the name it belongs to; "sagte Elon Musk, der
  // Milliardär hinter der Firma, …": a name, then what he is
  const described = personRole(r, speaker) || r.seg.lexicon.ARTICLES.has(lowerAt(r, speaker.first));
  const named = !role && ((described && onlyCapWords(r, apposition)) ||
    (onlyCapWords(r, speaker) && r.seg.lexicon.ARTICLES.has(lowerAt(r, apposition.first))));
  const closes = apposition.end >= contentEnd(r) || isPunct(r, apposition.end, ',');
  return (role || named) && closes ? { first: speaker.first, end: apposition.end } : speaker;
}

/** Words an apposition may run on over, past the phrase read, to reach its comma or the sentence's end. */
const MAX_APPOSITION_TAIL = 8;

/** The apposition read, run on to the comma or sentence end within a few words of noun-phrase matter, or as read. */
function appositionToItsEnd(r: Reader, read: TokenRange): TokenRange {
  const end = contentEnd(r);
  for (let k = read.end; k < end && k - read.end <= MAX_APPOSITION_TAIL; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || tok.kind === 'quote' || (r.seg.quoteOf[k] ?? -1) !== -1) return read;
    if (isPunct(r, k, ',')) return k > read.end && onlyPhraseWords(r, read.end, k) ? { first: read.first, end: k } : read;
    if (tok.kind === 'word' && !tok.cap && !r.seg.lexicon.PREPOSITIONS.has(tok.lower) && !r.words.phraseOpeners.has(tok.lower) &&
      !r.words.genitiveArticles.has(tok.lower) && !/(?:e|en|er|es|em)$/u.test(tok.lower)) return read;
  }
  return read;
}

/** Whether a phrase holds a person's role word ("der Präsident des Gemeinderats"). */
function personRole(r: Reader, phrase: TokenRange): boolean {
  for (let k = phrase.first; k < phrase.end; k++) if (isCapWord(r, k) && r.seg.lexicon.isPersonNoun(lowerAt(r, k))) return true;
  return false;
}

/** Whether a phrase is capitalised words only, as a name is ("Nicolas Féraud"), two at most three. */
function onlyCapWords(r: Reader, phrase: TokenRange): boolean {
  if (phrase.end - phrase.first < 2 || phrase.end - phrase.first > 3) return false;
  for (let k = phrase.first; k < phrase.end; k++) if (!isCapWord(r, k) || r.seg.lexicon.isPersonNoun(lowerAt(r, k))) return false;
  return true;
}

/** The speaker phrase that ends just before `end`, read leftwards ("Medienberichten zufolge", "ersten Angaben zufolge"). */
export function phraseLeft(r: Reader, end: number, floor: number): TokenRange | null {
  let t = end;
  let head = false;
  while (t > floor && end - t < MAX_SPEAKER_WORDS) {
    const tok = r.seg.tokens[t - 1];
    if (tok === undefined || tok.kind !== 'word' || (r.seg.quoteOf[t - 1] ?? -1) !== -1) break;
    if (tok.cap) { head = true; t--; continue; }
    // (a possessive opens its phrase: nothing before it belongs, "die seiner Meinung nach wachsenden Gefahren")
    if (r.seg.lexicon.POSSESSIVES.has(tok.lower)) { t--; break; }
    if (r.words.phraseOpeners.has(tok.lower) || r.words.genitiveArticles.has(tok.lower)) { t--; continue; }
    // "Den Fischern am Hafen zufolge": a place after a noun its article opens
    if (head && r.words.placeJoiners?.has(tok.lower) === true && t - 3 >= floor && isCapWord(r, t - 2) && r.words.phraseOpeners.has(lowerAt(r, t - 3))) { t--; continue; }
    // an adjective, not a verb after a noun ("Am vergangenen Samstag starben behördlichen Angaben zufolge": no
    // adjective follows its noun)
    // (a capitalised adjective opening the sentence is none: "Ersten vorläufigen Angaben zufolge")
    const before = lowerAt(r, t - 2);
    const afterNoun = t - 2 >= floor && isCapWord(r, t - 2) && !r.words.phraseOpeners.has(before) && !r.seg.lexicon.PREPOSITIONS.has(before) &&
      !r.seg.lexicon.NEGATIONS.has(before) &&
      !(t - 2 === r.sentence.first && /(?:e|en|er|es|em)$/u.test(before));
    if (/(?:e|en|er|es|em)$/u.test(tok.lower) && !afterNoun && !r.words.phraseEnders.has(tok.lower) && !r.config.isCueForm(tok.lower)) { t--; continue; }
    break;
  }
  // a capitalised sentence opener that is no noun ("Am", "Im") ends the phrase
  while (t < end && r.words.phraseEnders.has(lowerAt(r, t))) t++;
  return head && t < end ? { first: t, end } : null;
}

/** Whether `lower` is a noun of report ("angaben") or a compound ending in one ("polizeiangaben"). */
export function isReportNoun(r: Reader, lower: string): boolean {
  return r.words.reportNouns.some((noun) => lower === noun || (lower.endsWith(noun) && lower.length > noun.length + 2));
}

/** A frame of a cue word that stands for its construction (a preposition, an adverb, a mood). */
export function cueAt(t: number, form: string, lemma: string): CueCandidate {
  return { first: t, last: t, form, lemma, kind: 'verb', context: '' };
}

/** The lemma of the cue verb at t, or null: a listed form, with its particle later in the clause when it is separated. */
export function cueVerbAt(r: Reader, t: number, afterPronoun = false): string | null {
  const tok = r.seg.tokens[t];
  if (tok === undefined || !isWordOutside(r, t) || tok.cap || !r.config.isCueForm(tok.lower)) return null;
  const required = r.config.requiredNext?.(tok.lower) ?? '';
  if (required !== '' && lowerAt(r, t + 1) !== required && lowerAt(r, t - 1) !== required) return null;
  // after an article it is a noun or an adjective ("die erklärte Absicht")
  if (!afterPronoun && r.seg.lexicon.ARTICLES.has(lowerAt(r, t - 1))) return null;
  const particles = r.words.separatedParticles.get(tok.lower);
  if (particles === undefined) return r.seg.lexicon.lemmaOf(tok.lower);
  // verb-final with the particle written apart before it: "wie das Ministerium bekannt gab"
  const before = particles.get(lowerAt(r, t - 1));
  if (before !== undefined && lowerAt(r, t - 1) !== '' && isWordOutside(r, t - 1)) return before;
  // a separated form: its particle must close its clause ("teilte am Montag mit, …")
  for (let k = t + 1; k < r.sentence.end && k - t <= MAX_PARTICLE_DISTANCE; k++) {
    if (isPunct(r, k, ',:;.!?') || r.seg.tokens[k]?.kind === 'quote') break;
    const particle = lowerAt(r, k);
    const verb = particle === '' ? undefined : particles.get(particle);
    if (verb !== undefined && isWordOutside(r, k)) return verb;
  }
  return particles.get('') ?? null;
}

/** Whether tokens [first, end) may close a phrase: words outside quotations and brackets, no clause punctuation. */
export function onlyPhraseWords(r: Reader, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const tok = r.seg.tokens[k];
    if (tok === undefined || (tok.kind === 'punct' && !'()-./'.includes(tok.text))) return false;
    if (tok.kind === 'word' && (r.words.auxiliaries.has(tok.lower) || r.config.isCueForm(tok.lower) ||
      r.seg.lexicon.RELATIVE_PRONOUNS.has(tok.lower) && isPunct(r, k - 1, ','))) return false;
  }
  return true;
}

/** The colon in [first, end) before a quotation followed by a comma and a cue verb (an incise of its own), or -1. */
export function colonBeforeQuotedIncise(r: Reader, first: number, end: number): number {
  for (let k = first; k < end; k++) {
    if (!isPunct(r, k, ':')) continue;
    const region = r.seg.quotes[r.seg.quoteOf[k + 1] ?? -1];
    if (region === undefined || region.open !== k + 1 || !isPunct(r, region.close + 1, ',')) continue;
    if (cueVerbAt(r, region.close + 2) !== null) return k;
  }
  return -1;
}
