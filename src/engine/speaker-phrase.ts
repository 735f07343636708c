/**
 * Checks a speaker phrase before it names an actor. The scanners that find the phrase (noun-phrase.ts) work on
 * capitals and closed word lists, so on real pages they sometimes hand over something that is not a noun phrase:
 * a sentence connective ("But"), a determiner or quantifier ("This", "Few"), a verb ("faced", "investigating"),
 * an adjunct ("from the email"), or a piece of a clause ("information becomes", "there's a good chance we'll").
 * `speakerPhrase` trims such a phrase to the noun phrase inside it, or says there is none, in which case the claim
 * belongs to the unknown speaker.
 */
import type { Segmented, Token, TokenRange } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';

/**
 * The lexicon's closed-class words that are no head of a noun phrase (alone they name nobody: "This", "Few",
 * "more"), and those trimmed off a phrase's end (all but the numerals: "the middle one"); built once per lexicon.
 * CLAUSE_OPENERS, CLAUSE_VERBS, NOT_A_HEAD_WORDS and the other lists read here live in the lexicon (lexicon/en/seam-words.ts).
 */
interface PhraseWords { NOT_A_HEAD: ReadonlySet<string>; TRAILING_NOISE: ReadonlySet<string>; PRONOUNS: ReadonlySet<string> }
const PHRASE_WORDS = new WeakMap<Lexicon, PhraseWords>();

function phraseWordsOf(lex: Lexicon): PhraseWords {
  let words = PHRASE_WORDS.get(lex);
  if (words === undefined) {
    const NOT_A_HEAD: ReadonlySet<string> = new Set([...lex.DETERMINERS, ...lex.PREPOSITIONS, ...lex.CLAUSE_OPENERS, ...lex.CLAUSE_VERBS,
      ...lex.NOT_A_HEAD_WORDS, ...lex.HEAD_NUMERALS]);
    words = {
      NOT_A_HEAD,
      TRAILING_NOISE: new Set([...NOT_A_HEAD].filter((w) => !lex.HEAD_NUMERALS.has(w))),
      PRONOUNS: new Set([...lex.PERSON_PRONOUNS, ...lex.THING_PRONOUNS, ...lex.PLURAL_PRONOUNS, ...lex.SPEAKER_PRONOUNS]),
    };
    PHRASE_WORDS.set(lex, words);
  }
  return words;
}

/** True for a conjunction, preposition, determiner, auxiliary or sentence adverb: never a name by itself. */
export function isFunctionWord(lex: Lexicon, lower: string): boolean {
  return phraseWordsOf(lex).NOT_A_HEAD.has(lower);
}

export type SpeakerPhrase =
  /** A noun phrase (possibly trimmed from the phrase given). */
  | { kind: 'phrase'; range: TokenRange }
  /** A subject pronoun, perhaps with a contraction ("We’re" → "we"): read as that pronoun. */
  | { kind: 'pronoun'; range: TokenRange; word: string }
  /** A quantifier standing for unspecified people ("Some believe", "many expect"): a mention, but nobody in particular. */
  | { kind: 'unspecified'; range: TokenRange }
  /** No noun phrase: the speaker is unknown. */
  | { kind: 'none' };

function isContraction(lex: Lexicon, tok: Token): boolean {
  return lex.CONTRACTION.test(tok.lower);
}

/** A lone lower-case word is a speaker only as a plural ("officials") or a noun known to speak ("the report"). */
function canStandAlone(lex: Lexicon, tok: Token): boolean {
  const w = tok.lower;
  if (lex.TITLES.has(w) || lex.DOCUMENT_NOUNS.has(w) || lex.ORGANISATION_NOUNS.has(w) || lex.UNNAMED_SOURCE_NOUNS.has(w) || lex.BARE_SPEAKING_NOUNS.has(w)) return true;
  return w.length > 3 && lex.PLURAL_ENDING.test(w) && lex.SINGULAR_S_ENDING?.test(w) !== true;
}

/** The pronoun a token stands for ("we’ll" → "we"), or null. */
function pronounOf(lex: Lexicon, tok: Token): string | null {
  if (tok.kind !== 'word') return null;
  const m = lex.CONTRACTED_PRONOUN.exec(tok.lower.replace(/’/g, "'"));
  if (m === null) return null;
  const word = m[1] ?? '';
  return lex.PERSON_PRONOUNS.has(word) || lex.THING_PRONOUNS.has(word) || lex.PLURAL_PRONOUNS.has(word) || lex.SPEAKER_PRONOUNS.has(word) ? word : null;
}

/**
 * The noun phrase inside the speaker phrase `range`, the subject pronoun it ends with ("code he said" → "he"), or
 * none. Whole tokens only: the range returned lies inside the one given. `antecedent` reads the noun before a
 * relative pronoun ("a woman who said"), where a lone singular noun is a fine head.
 */
export function speakerPhrase(seg: Segmented, range: TokenRange, antecedent = false): SpeakerPhrase {
  const { tokens, lexicon: lex } = seg;
  const { NOT_A_HEAD, TRAILING_NOISE, PRONOUNS } = phraseWordsOf(lex);
  let first = range.first;
  let end = range.end;
  const at = (t: number): Token | undefined => tokens[t];
  // a single pronoun ("she", "it", "who") is read and resolved by the caller
  const only = end - first === 1 ? at(first) : undefined;
  if (only !== undefined && (lex.RELATIVE_PRONOUNS.has(only.lower) || PRONOUNS.has(only.lower))) return { kind: 'phrase', range };
  // edges: punctuation other than brackets that close inside, and lower-case function words at the end
  const opensBracket = (from: number, to: number): boolean => {
    for (let t = from; t < to; t++) if (at(t)?.text === '(') return true;
    return false;
  };
  const trimEdges = (): void => {
    for (;;) {
      const a = at(first);
      if (a !== undefined && first < end && a.kind !== 'word') { first++; continue; }
      const b = at(end - 1);
      if (b !== undefined && end > first && b.kind !== 'word' && b.text !== ')' && b.text !== '.') { end--; continue; }
      // a closing bracket whose opening one lies outside the phrase: "respectively)"
      if (b !== undefined && end > first && b.text === ')' && !opensBracket(first, end - 1)) { end--; continue; }
      if (b !== undefined && end - 1 > first && b.kind === 'word' && !b.cap && TRAILING_NOISE.has(b.lower) && pronounOf(lex, b) === null) { end--; continue; }
      break;
    }
  };
  // "A firestorm of [criticism]", "the strength of [criticism]": the cue noun is the phrase's own complement
  const lastGiven = at(range.end - 1);
  if (lastGiven !== undefined && lastGiven.kind === 'word' && !lastGiven.cap && lex.PREPOSITIONS.has(lastGiven.lower)) return { kind: 'none' };
  trimEdges();
  if (first >= end) return { kind: 'none' };
  // "…code he said", "the goals they claim", "We’re told": a subject pronoun right before the cue is the speaker
  const last = at(end - 1);
  const pronoun = last === undefined ? null : pronounOf(lex, last);
  if (last !== undefined && pronoun !== null && (end - first > 1 || last.lower !== pronoun)) {
    return { kind: 'pronoun', range: { first: end - 1, end }, word: pronoun };
  }
  // "But", "When Margaret Hamilton", "(Alibaba": what opens a clause is not the speaker
  while (first < end) {
    const a = at(first);
    if (a === undefined) break;
    if (a.kind !== 'word' || lex.CLAUSE_OPENERS.has(a.lower)) { first++; continue; }
    // a sentence adverb set off by a comma: "Conversely, a majority of …"
    if (a.cap && lex.ADVERB_ENDING.test(a.lower) && at(first + 1)?.text === ',') { first += 2; continue; }
    break;
  }
  trimEdges();
  if (first >= end) return { kind: 'none' };
  // "from the email", "in an assault": a prepositional phrase is an adjunct; a subject may follow its comma
  // ("at least four officers" is a quantity, not an adjunct)
  const head = at(first);
  const quantity = head !== undefined && lex.QUANTITY_PHRASES.has(`${head.lower} ${at(first + 1)?.lower ?? ''}`);
  if (head !== undefined && lex.PREPOSITIONS.has(head.lower) && !quantity) {
    let comma = first + 1;
    while (comma < end && at(comma)?.text !== ',') comma++;
    if (comma >= end - 1) return { kind: 'none' };
    return speakerPhrase(seg, { first: comma + 1, end }, antecedent);
  }
  // "It goes without", "They all agreed": a subject pronoun with more words after it is a clause
  if (head !== undefined && pronounOf(lex, head) !== null && !lex.DETERMINERS.has(head.lower) && end - first > 1 && at(first + 1)?.text !== ',') {
    return { kind: 'none' };
  }
  // "a computer programmer who has released code", "the hotel bosses that responded to …": a relative clause with
  // no comma before it tells which one; the phrase it follows names the speaker
  for (let t = first + 1; t < end; t++) {
    const tok = at(t);
    if (tok === undefined || tok.text === ',') break;
    const nextWord = at(t + 1)?.lower ?? '';
    if (tok.kind === 'word' && (lex.RELATIVE_CLAUSE_OPENERS.has(tok.lower) ||
      (lex.COMPLEMENTIZERS.has(tok.lower) && (lex.PAST_ENDING.test(nextWord) || lex.RELATIVE_VERBS.has(nextWord)))) && at(t - 1)?.kind === 'word') {
      end = t;
      break;
    }
  }
  // a clause, not a phrase: "information becomes", "there's a good chance", "Facebook … often deflect …"
  // (only before a comma: "The report, which was written by …" is a phrase with its relative clause)
  for (let t = first; t < end; t++) {
    const tok = at(t);
    if (tok?.text === ',') break;
    if (tok === undefined || tok.kind !== 'word') continue;
    if (isContraction(lex, tok)) return { kind: 'none' };
    if (!tok.cap && lex.CLAUSE_VERBS.has(tok.lower)) return { kind: 'none' };
    if (tok.cap && t === first && lex.CLAUSE_VERBS.has(tok.lower) && end - first > 1) return { kind: 'none' };
  }
  // a second determiner after a plain word, before any comma, starts another phrase: "the researchers used the
  // technique", "direction the dots" ("the head of the commission" and "Clinton and the others" stay one phrase; an
  // article that is itself a genitive's "of" stays too: "Angaben der Polizei")
  for (let t = first + 1; t < end; t++) {
    const tok = at(t);
    if (tok === undefined || tok.text === ',') break;
    const prev = at(t - 1);
    if (tok.kind === 'word' && lex.ARTICLES.has(tok.lower) && !lex.OF_WORDS.has(tok.lower) && prev !== undefined && prev.kind === 'word' &&
      !lex.INNER_PREPOSITIONS.has(prev.lower) && !lex.DETERMINERS.has(prev.lower) && !lex.CLAUSE_OPENERS.has(prev.lower) && !lex.POSSESSIVE_ENDING.test(prev.lower)) {
      // "In precedenza la Wafa aveva riferito": the plain word ends an adjunct that opens with a preposition just before
      // the phrase, and the subject is the phrase from the determiner on
      const opener = at(first - 1);
      if (t === first + 1 && opener !== undefined && opener.kind === 'word' && lex.PREPOSITIONS.has(opener.lower) &&
        seg.sentenceOf[first - 1] === seg.sentenceOf[first]) return speakerPhrase(seg, { first: t, end }, antecedent);
      return { kind: 'none' };
    }
  }
  // a verb with its object or complement: "alarmed by the strength", "led the team", "going in the same direction"
  const second = at(first + 1);
  if (head !== undefined && !head.cap && second !== undefined && lex.hasVerbEnding(head.lower) &&
    (lex.DETERMINERS.has(second.lower) || lex.PREPOSITIONS.has(second.lower))) return { kind: 'none' };
  // "Parata, 75, has overseen …": an age between commas is no speaker
  if (head !== undefined && /^\d/.test(head.text) && at(first + 1)?.text === ',') return { kind: 'none' };
  if (end - first === 1 && head !== undefined) {
    // one word: no function word, number, verb form, adverb or bare singular ("But", "75", "faced", "respectively")
    if (lex.QUANTIFIER_PRONOUNS.has(head.lower)) return { kind: 'unspecified', range: { first, end } };
    if (NOT_A_HEAD.has(head.lower) || /^\d/.test(head.text)) return { kind: 'none' };
    if (!head.cap && (lex.hasVerbEnding(head.lower) || lex.ADVERB_ENDING.test(head.lower) || (!antecedent && !canStandAlone(lex, head)))) return { kind: 'none' };
  }
  return { kind: 'phrase', range: { first, end } };
}
