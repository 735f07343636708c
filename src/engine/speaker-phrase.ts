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
import { DETERMINERS, PREPOSITIONS } from './lexicon/en/function-words.js';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, TITLES, UNNAMED_SOURCE_NOUNS } from './lexicon/en/actor-words.js';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, THING_PRONOUNS } from './lexicon/en/pronouns.js';

/** Conjunctions, subordinators and sentence adverbs: they open a clause, never a name ("When Margaret Hamilton"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'yet', 'or', 'nor', 'plus', 'however', 'meanwhile', 'indeed', 'ultimately', 'still', 'also',
  'now', 'then', 'instead', 'moreover', 'finally', 'thus', 'therefore', 'hence', 'nonetheless', 'nevertheless',
  'besides', 'anyway', 'again', 'even', 'only', 'just', 'perhaps', 'maybe', 'otherwise', 'furthermore',
  'when', 'whenever', 'while', 'whilst', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'as', 'since',
  'once', 'until', 'after', 'before', 'where', 'etc', 'firstly', 'secondly', 'lastly',
]);

/** Auxiliaries, copulas and linking verbs: inside a phrase they make it a clause, not a noun phrase. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'become', 'becomes', 'became', 'remain',
  'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'get', 'gets', 'got',
  'often', 'always', 'usually', 'never', 'not', 'cannot',
]);

/** Closed-class words that are no head of a noun phrase: alone they name nobody ("This", "Few", "more"). */
const NOT_A_HEAD: ReadonlySet<string> = new Set([
  ...DETERMINERS, ...PREPOSITIONS, ...CLAUSE_OPENERS, ...CLAUSE_VERBS,
  'few', 'more', 'less', 'much', 'most', 'many', 'such', 'same', 'own', 'all', 'none', 'nothing', 'something',
  'anything', 'everything', 'there', 'here', 'what', 'whatever', 'whose', 'whom', 'whether', 'very', 'too',
  'quite', 'rather', 'almost', 'already', 'later', 'earlier', 'soon', 'worldwide', 'abroad', 'together', 'alone',
  'like', 'unlike', 'worth', 'than', 'not', 'no', 'yes', 'please', 'let', 'let\'s', 'his', 'hers', 'theirs',
  'ours', 'mine', 'yours', 'its', 'their', 'our', 'my', 'your',
]);

/** Words trimmed off the end of a phrase: the closed-class words above, except numerals ("the middle one"). */
const TRAILING_NOISE: ReadonlySet<string> = new Set([...NOT_A_HEAD].filter((w) => !/^(?:one|two|three|four|five)$/.test(w)));

/** True for a conjunction, preposition, determiner, auxiliary or sentence adverb: never a name by itself. */
export function isFunctionWord(lower: string): boolean {
  return NOT_A_HEAD.has(lower);
}

/** Uncountable nouns that speak without an article ("research shows", "evidence suggests"). */
const BARE_SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  'research', 'evidence', 'intelligence', 'polling', 'science', 'history', 'experience', 'testimony', 'legislation',
  'management', 'leadership', 'staff', 'police', 'security', 'media', 'news', 'government', 'congress', 'parliament',
]);

const PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...THING_PRONOUNS, ...PLURAL_PRONOUNS, ...SPEAKER_PRONOUNS]);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Subject pronouns, written out or with a contracted auxiliary ("we'll", "I'd", "you're"). */
const CONTRACTED = /^(i|you|he|she|it|we|they)(?:['’](?:ll|d|re|ve|m|s))?$/;

export type SpeakerPhrase =
  /** A noun phrase (possibly trimmed from the phrase given). */
  | { kind: 'phrase'; range: TokenRange }
  /** A subject pronoun, perhaps with a contraction ("We’re" → "we"): read as that pronoun. */
  | { kind: 'pronoun'; range: TokenRange; word: string }
  /** A quantifier standing for unspecified people ("Some believe", "many expect"): a mention, but nobody in particular. */
  | { kind: 'unspecified'; range: TokenRange }
  /** No noun phrase: the speaker is unknown. */
  | { kind: 'none' };

/** Quantifiers that stand alone for people: the source of "Some say …", an unknown speaker all the same. */
const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['some', 'many', 'few', 'most', 'several', 'all', 'each', 'another', 'both', 'none']);

/** Prepositions beyond the lexicon's adjunct openers, which a noun phrase may still contain ("around the country"). */
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'around', 'between', 'beyond', 'toward', 'towards', 'along',
  'per', 'including', 'except', 'than', 'versus', 'plus', 'and', 'or', 'nor']);

function isContraction(tok: Token): boolean {
  return /n['’]t$|['’](?:ll|re|ve|d|m)$/.test(tok.lower) || /^(?:there|here|it|that|what|who|let)['’]s$/.test(tok.lower);
}

/** "faced", "investigating": a lower-case word with a verb's ending. */
function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ed|ing)$/.test(lower) && !/(?:eed|ring|thing)$/.test(lower);
}

/** A lone lower-case word is a speaker only as a plural ("officials") or a noun known to speak ("the report"). */
function canStandAlone(tok: Token): boolean {
  const w = tok.lower;
  if (TITLES.has(w) || DOCUMENT_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || UNNAMED_SOURCE_NOUNS.has(w) || BARE_SPEAKING_NOUNS.has(w)) return true;
  return w.length > 3 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w);
}

/** The pronoun a token stands for ("we’ll" → "we"), or null. */
function pronounOf(tok: Token, lex: Lexicon): string | null {
  if (tok.kind !== 'word') return null;
  // a language's own pronouns, as written ("il", "elle"); English's also with a contraction ("we’ll")
  if (lex.SUBJECT_PRONOUNS.has(tok.lower) && (lex.PERSON_PRONOUNS.has(tok.lower) || lex.THING_PRONOUNS.has(tok.lower) ||
    lex.PLURAL_PRONOUNS.has(tok.lower) || lex.SPEAKER_PRONOUNS.has(tok.lower))) return tok.lower;
  const m = CONTRACTED.exec(tok.lower.replace(/’/g, "'"));
  if (m === null) return null;
  const word = m[1] ?? '';
  return PERSON_PRONOUNS.has(word) || THING_PRONOUNS.has(word) || PLURAL_PRONOUNS.has(word) || SPEAKER_PRONOUNS.has(word) ? word : null;
}

/**
 * The noun phrase inside the speaker phrase `range`, the subject pronoun it ends with ("code he said" → "he"), or
 * none. Whole tokens only: the range returned lies inside the one given. `antecedent` reads the noun before a
 * relative pronoun ("a woman who said"), where a lone singular noun is a fine head.
 */
/** Auxiliaries that open a relative clause after "that": "the officials that have said …". */
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);

export function speakerPhrase(seg: Segmented, range: TokenRange, antecedent = false): SpeakerPhrase {
  const { tokens } = seg;
  let first = range.first;
  let end = range.end;
  const at = (t: number): Token | undefined => tokens[t];
  // a single pronoun ("she", "it", "who") is read and resolved by the caller
  const only = end - first === 1 ? at(first) : undefined;
  if (only !== undefined && (RELATIVE_PRONOUNS.has(only.lower) || PRONOUNS.has(only.lower) || seg.lexicon.RELATIVE_PRONOUNS.has(only.lower) ||
    (seg.lexicon.SUBJECT_PRONOUNS.has(only.lower) && pronounOf(only, seg.lexicon) !== null))) return { kind: 'phrase', range };
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
      if (b !== undefined && end - 1 > first && b.kind === 'word' && !b.cap && TRAILING_NOISE.has(b.lower) && pronounOf(b, seg.lexicon) === null) { end--; continue; }
      break;
    }
  };
  // "A firestorm of [criticism]", "the strength of [criticism]": the cue noun is the phrase's own complement
  const lastGiven = at(range.end - 1);
  if (lastGiven !== undefined && lastGiven.kind === 'word' && !lastGiven.cap && PREPOSITIONS.has(lastGiven.lower)) return { kind: 'none' };
  trimEdges();
  if (first >= end) return { kind: 'none' };
  // "…code he said", "the goals they claim", "We’re told": a subject pronoun right before the cue is the speaker
  const last = at(end - 1);
  const pronoun = last === undefined ? null : pronounOf(last, seg.lexicon);
  if (last !== undefined && pronoun !== null && (end - first > 1 || last.lower !== pronoun)) {
    return { kind: 'pronoun', range: { first: end - 1, end }, word: pronoun };
  }
  // "But", "When Margaret Hamilton", "(Alibaba": what opens a clause is not the speaker
  while (first < end) {
    const a = at(first);
    if (a === undefined) break;
    if (a.kind !== 'word' || CLAUSE_OPENERS.has(a.lower)) { first++; continue; }
    // a sentence adverb set off by a comma: "Conversely, a majority of …"
    if (a.cap && /ly$/.test(a.lower) && at(first + 1)?.text === ',') { first += 2; continue; }
    break;
  }
  trimEdges();
  if (first >= end) return { kind: 'none' };
  // "from the email", "in an assault": a prepositional phrase is an adjunct; a subject may follow its comma
  // ("at least four officers" is a quantity, not an adjunct)
  const head = at(first);
  const quantity = head?.lower === 'at' && /^(?:least|most)$/.test(at(first + 1)?.lower ?? '');
  if (head !== undefined && PREPOSITIONS.has(head.lower) && !quantity) {
    let comma = first + 1;
    while (comma < end && at(comma)?.text !== ',') comma++;
    if (comma >= end - 1) return { kind: 'none' };
    return speakerPhrase(seg, { first: comma + 1, end }, antecedent);
  }
  // "It goes without", "They all agreed": a subject pronoun with more words after it is a clause
  if (head !== undefined && pronounOf(head, seg.lexicon) !== null && !DETERMINERS.has(head.lower) && end - first > 1 && at(first + 1)?.text !== ',') {
    return { kind: 'none' };
  }
  // "a computer programmer who has released code", "the hotel bosses that responded to …": a relative clause with
  // no comma before it tells which one; the phrase it follows names the speaker
  for (let t = first + 1; t < end; t++) {
    const tok = at(t);
    if (tok === undefined || tok.text === ',') break;
    const nextWord = at(t + 1)?.lower ?? '';
    if (tok.kind === 'word' && (tok.lower === 'who' || tok.lower === 'which' ||
      (tok.lower === 'that' && (nextWord.endsWith('ed') || RELATIVE_VERBS.has(nextWord)))) && at(t - 1)?.kind === 'word') {
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
    if (isContraction(tok)) return { kind: 'none' };
    if (!tok.cap && CLAUSE_VERBS.has(tok.lower)) return { kind: 'none' };
    if (tok.cap && t === first && CLAUSE_VERBS.has(tok.lower) && end - first > 1) return { kind: 'none' };
  }
  // a second determiner after a plain word, before any comma, starts another phrase: "the researchers used the
  // technique", "direction the dots" ("the head of the commission" and "Clinton and the others" stay one phrase)
  for (let t = first + 1; t < end; t++) {
    const tok = at(t);
    if (tok === undefined || tok.text === ',') break;
    const prev = at(t - 1);
    if (tok.kind === 'word' && ARTICLES.has(tok.lower) && prev !== undefined && prev.kind === 'word' &&
      !INNER_PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !CLAUSE_OPENERS.has(prev.lower) && !/['’]s$/.test(prev.lower)) {
      return { kind: 'none' };
    }
  }
  // a verb with its object or complement: "alarmed by the strength", "led the team", "going in the same direction"
  const second = at(first + 1);
  if (head !== undefined && !head.cap && second !== undefined && hasVerbEnding(head.lower) &&
    (DETERMINERS.has(second.lower) || PREPOSITIONS.has(second.lower))) return { kind: 'none' };
  // "Parata, 75, has overseen …": an age between commas is no speaker
  if (head !== undefined && /^\d/.test(head.text) && at(first + 1)?.text === ',') return { kind: 'none' };
  if (end - first === 1 && head !== undefined) {
    // one word: no function word, number, verb form, adverb or bare singular ("But", "75", "faced", "respectively")
    if (QUANTIFIER_PRONOUNS.has(head.lower)) return { kind: 'unspecified', range: { first, end } };
    if (NOT_A_HEAD.has(head.lower) || /^\d/.test(head.text)) return { kind: 'none' };
    if (!head.cap && (hasVerbEnding(head.lower) || /ly$/.test(head.lower) || (!antecedent && !canStandAlone(head)))) return { kind: 'none' };
  }
  return { kind: 'phrase', range: { first, end } };
}
