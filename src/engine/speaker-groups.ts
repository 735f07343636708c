/**
 * Speakers in groups, for resolve-actors.ts: the parts of a conjoined speaker phrase ("Clinton and Sanders", "Sam
 * Ortiz, Lena Fisk and Omar Haddad", "Smith and the mayor"), each credited with the claim; and the groups a
 * sentence opens with as its subject ("The two crane operators walked off …", "Ortiz and Fisk walked off …"), whom a
 * later "they" may stand for though they have not spoken.
 */
import type { Segmented, TokenRange } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { nameIn, readSource } from './find-sources.js';
import { personNamed, type ArticleNames } from './article-names.js';

/** A group a sentence opens with as its subject: people described ("Black voters"), or named ("Crapo and Risch"). */
export interface PluralSubject {
  at: number;
  end: number;
  /** The description's plural head noun; '' for named people. */
  head: string;
  /** Each person named, when the subject is conjoined names. */
  people: TokenRange[];
}

/** Words a plural subject may run over before its head ("the two dock workers", "many progressive economists"). */
const PLURAL_SUBJECT_TOKENS = 6;
const SENTENCES_PER_SLICE = 400;

/**
 * Each sentence's subject when it is a group of people: a description whose head is a plural noun for people
 * ("The two workers walked off …", "Progressive economists argue …"), or people named together ("Crapo and Risch
 * voted …"), followed by a lower-case word (the verb). Outside quotations; one look at each sentence's head.
 */
export function* collectPluralSubjects(seg: Segmented, names: ArticleNames): Generator<void, PluralSubject[]> {
  const { tokens, lexicon: lex } = seg;
  const out: PluralSubject[] = [];
  for (const [index, sentence] of seg.sentences.entries()) {
    if (index % SENTENCES_PER_SLICE === SENTENCES_PER_SLICE - 1) yield;
    const first = sentence.first;
    if (seg.quoteOf[first] !== -1 || tokens[first]?.kind !== 'word') continue;
    for (let t = first; t < sentence.end && t - first < PLURAL_SUBJECT_TOKENS; t++) {
      const tok = tokens[t];
      if (tok === undefined || tok.kind !== 'word') break;
      if (lex.AND_WORDS.has(tok.lower) && t > first) {
        // "Sam Ortiz and Lena Fisk walked off …"
        let e = t + 1;
        while (e < sentence.end && e - t <= 4 && tokens[e]?.kind === 'word' && tokens[e]?.cap === true) e++;
        const after = tokens[e];
        const people = [{ first, end: t }, { first: t + 1, end: e }];
        if (e > t + 1 && after !== undefined && after.kind === 'word' && !after.cap && people.every((p) => personAt(seg, p, names))) {
          out.push({ at: first, end: e, head: '', people });
        }
        break;
      }
      // the cheap tests first: most words are no plural noun for people, and then the next word is never read
      if (isPluralHead(lex, tok.lower) && lex.isPersonNoun(tok.lower) && verbFollows(seg, t)) {
        out.push({ at: first, end: t + 1, head: tok.lower, people: [] });
        break;
      }
      // only determiners, numbers and modifiers before the head: not a clause ("He promised that if voters …", "As
      // Republicans …"), a verb or an adverb
      if ((lex.PREPOSITIONS.has(tok.lower) && t > first) || lex.PERSONAL_PRONOUNS.has(tok.lower) || lex.SUBORDINATORS.has(tok.lower) ||
        lex.SUBORDINATE_OPENERS.has(tok.lower) || lex.SENTENCE_CONNECTIVES.has(tok.lower) || lex.COMPLEMENTIZERS.has(tok.lower) ||
        lex.CONDITIONALS?.has(tok.lower) === true || lex.AS_WORDS.has(tok.lower) ||
        (!tok.cap && (lex.PAST_ENDING.test(tok.lower) || lex.ADVERB_ENDING.test(tok.lower)))) break;
    }
  }
  return out;
}

/** A lower-case word that may be a verb after token `t`: not a preposition, "and" or "of". */
function verbFollows(seg: Segmented, t: number): boolean {
  const next = seg.tokens[t + 1];
  const lex = seg.lexicon;
  return next !== undefined && next.kind === 'word' && !next.cap && !lex.PREPOSITIONS.has(next.lower) &&
    !lex.AND_WORDS.has(next.lower) && !lex.OF_WORDS.has(next.lower);
}

/** How many paragraphs back the group "they" stands for may have been named. */
export const PLURAL_REACH_PARAGRAPHS = 3;

/** A plural head noun: "workers", "officials", "people" (not "press", "witness", "analysis"). */
export function isPluralHead(lex: Lexicon, head: string): boolean {
  return lex.PLURAL_PERSON_NOUNS.has(head) || (lex.PLURAL_ENDING.test(head) && lex.SINGULAR_S_ENDING?.test(head) !== true);
}

/** The most speakers one conjoined phrase is read as ("A, B, C and D"). */
const MAX_CONJUNCTS = 6;

/**
 * The speakers of a conjoined speaker phrase, "Clinton and Sanders", "Mr. Grassley and Mr. Leahy", "Smith, Jones and
 * the mayor": each part a person's name or a description opened by "the" or a possessive; or, for "Two workers, Sam
 * Ortiz and Lena Fisk", the people a group is given as. Null for one speaker: no "and" at the top level, a part that
 * is no such noun phrase ("Federal and state officials", "Ms. Reyes, the chair and founder"), no person among the
 * parts, or a name with "and" inside it ("Department of Fish and Wildlife").
 */
export function conjuncts(seg: Segmented, range: TokenRange, names: ArticleNames): TokenRange[] | null {
  const { tokens, lexicon: lex } = seg;
  const parts: TokenRange[] = [];
  let start = range.first;
  let depth = 0;
  let joined = false;
  for (let t = range.first; t < range.end && parts.length <= MAX_CONJUNCTS; t++) {
    const tok = tokens[t];
    if (tok === undefined) return null;
    if (tok.text === '(') depth++;
    else if (tok.text === ')') depth = Math.max(0, depth - 1);
    const and = lex.AND_WORDS.has(tok.lower);
    if (depth > 0 || (tok.text !== ',' && !and)) continue;
    if (and) joined = true;
    parts.push({ first: start, end: t });
    // the serial comma: "A, B, and C"
    if (tok.text === ',' && lex.AND_WORDS.has(tokens[t + 1]?.lower ?? '')) { joined = true; t++; }
    start = t + 1;
  }
  parts.push({ first: start, end: range.end });
  if (!joined || parts.length < 2 || parts.length > MAX_CONJUNCTS) return null;
  // a body's name with "and" inside it is one name
  const whole = nameIn(seg, range.first, range.end);
  if (whole !== null && parts.some((p) => p.first > whole.first && p.first < whole.end)) return null;
  const trimmed = parts.map((p) => trimPart(seg, p));
  const [head, ...rest] = trimmed;
  if (head === undefined) return null;
  // "Two workers, Sam Ortiz and Lena Fisk": a plural description named by the people after it
  const headRead = head.end > head.first ? readSource(seg, head) : null;
  if (rest.length >= 2 && headRead?.kind === 'description' && isPluralHead(lex, headRead.head) && rest.every((p) => personAt(seg, p, names))) {
    return rest;
  }
  // each a person's name, or a description opened by "the" or a possessive ("Smith and the mayor", "Cruz and his
  // aides"), one at least a person's: a body's name is too often made with "and" ("Immigration and Customs
  // Enforcement", "Food and Drug Administration") to be split without one
  const definite = (p: TokenRange): boolean => {
    const first = tokens[p.first];
    return first !== undefined && p.end > p.first && (lex.DEFINITE_ARTICLES.has(first.lower) || lex.POSSESSIVES.has(first.lower));
  };
  const people = trimmed.filter((p) => personAt(seg, p, names)).length;
  return people > 0 && trimmed.every((p) => definite(p) || personAt(seg, p, names)) ? trimmed : null;
}

/**
 * Whether tokens `part` are a person's name and nothing else, with a title maybe ("Mr. Leahy", "Sen. Jon Tester
 * (D-Mont.)", "Samuelson" when the article names Heather Samuelson): every word capitalised, and a title, a first
 * name or a two- or three-word name saying it is a person's (personNamed).
 */
function personAt(seg: Segmented, part: TokenRange, names: ArticleNames): boolean {
  const { tokens, lexicon: lex } = seg;
  let depth = 0;
  for (let t = part.first; t < part.end; t++) {
    const tok = tokens[t];
    if (tok === undefined) return false;
    if (tok.text === '(') depth++;
    else if (tok.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || tok.kind !== 'word') continue;
    if (!tok.cap && lex.NAME_PARTICLES?.has(tok.lower) !== true) return false;
  }
  const named = nameIn(seg, part.first, part.end);
  if (named === null) return false;
  let titleAt = named.first - 1;
  if (tokens[titleAt]?.text === '.') titleAt--;
  const title = titleAt >= part.first && tokens[titleAt]?.kind === 'word' ? tokens[titleAt]?.lower.replace(/\.$/, '') ?? '' : '';
  return personNamed(lex, { at: named.first, end: named.end, name: named.name, title, next: '' }, names) !== null;
}

/** The most tokens one name of a list may have ("Conservative Leader Pierre Poilievre"). */
const LIST_NAME_TOKENS = 6;

/**
 * The speaker phrase with the names listed before it, when it ends a list that opens its sentence: "Sam Ortiz, Lena
 * Fisk and Omar Haddad said" hands over "Lena Fisk and Omar Haddad" (or, with the serial comma, "Omar Haddad"); the
 * list is read from "Sam". Each name before must be capitalised words only; otherwise the phrase as it was.
 */
export function listFrom(seg: Segmented, source: TokenRange): TokenRange {
  const { tokens, lexicon: lex } = seg;
  const sentence = seg.sentences[seg.sentenceOf[source.first] ?? -1];
  if (sentence === undefined || source.first <= sentence.first) return source;
  let t = source.first - 1;
  let joined = false;
  for (let u = source.first; u < source.end; u++) if (lex.AND_WORDS.has(tokens[u]?.lower ?? '')) joined = true;
  if (lex.AND_WORDS.has(tokens[t]?.lower ?? '')) { joined = true; t--; }
  if (!joined || tokens[t]?.text !== ',') return source;
  // back over ", Name" runs to the sentence's first token
  while (t > sentence.first) {
    if (tokens[t]?.text !== ',') return source;
    let first = t - 1;
    while (first > sentence.first && t - first < LIST_NAME_TOKENS && (tokens[first - 1]?.cap === true || tokens[first - 1]?.text === '.')) first--;
    for (let u = first; u < t; u++) { const tok = tokens[u]; if (tok === undefined || (tok.kind === 'word' && !tok.cap)) return source; }
    if (first === sentence.first) return { first, end: source.end };
    t = first - 1;
  }
  return source;
}

/** A conjunct without the punctuation at its edges. */
function trimPart(seg: Segmented, part: TokenRange): TokenRange {
  let { first, end } = part;
  while (first < end && seg.tokens[first]?.kind !== 'word') first++;
  while (end > first && seg.tokens[end - 1]?.kind === 'punct' && seg.tokens[end - 1]?.text !== ')' && seg.tokens[end - 1]?.text !== '.') end--;
  return { first, end };
}

