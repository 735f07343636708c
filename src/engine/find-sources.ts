/**
 * Step 4 — find sources: per frame, the speaker phrase the content step marked, trimmed to its noun phrase by
 * speaker-phrase.ts (its bounds chosen by the learned source-bounds model, model/source-bounds.ts, when one is given),
 * and what it is — a pronoun, a relative pronoun, a name (titles dropped, appositive kept as description), a
 * document, an organisation or an unnamed source — so step 5 (resolve-actors.ts) can link it to an actor.
 */
import type { ActorKind } from './types.js';
import type { Segmented, Token, TokenRange } from './tokens.js';
import { textOf } from './tokens.js';
import { isFunctionWord, speakerPhrase } from './speaker-phrase.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { hasCapital } from './chars.js';
import { isFloating, type Frame } from './constructions/frame.js';
import type { BoundsModel } from './model/content-bounds.js';
import { SourceBoundsChooser } from './model/source-bounds.js';

export type SourceReading =
  | { kind: 'pronoun'; refers: 'person' | 'thing' | 'plural' | 'speaker'; word: string }
  | { kind: 'relative' }
  | { kind: 'named'; actorKind: ActorKind; name: string; description?: string; authorName?: string }
  | { kind: 'description'; actorKind: ActorKind; head: string; text: string; authorName?: string };

/** What step 4 found for one frame: its speaker phrase as read, and what the phrase is. */
export type FoundSource =
  /** No speaker phrase: a floating quote (step 5 gives it a speaker), none marked, or no noun phrase in it. */
  | { kind: 'none' }
  /** A quantifier standing for unspecified people ("Some believe"): a mention, but nobody in particular. */
  | { kind: 'unspecified'; range: TokenRange }
  /** A noun phrase, or a subject pronoun (perhaps from a contraction: "We’re" → "we"), and its reading. */
  | { kind: 'phrase' | 'pronoun'; range: TokenRange; reading: SourceReading };

const NO_SOURCE: FoundSource = { kind: 'none' };

/** Frames read between two yields of the sliced form. */
const FRAMES_PER_SLICE = 250;

/**
 * Step 4 over every frame, in order: each speaker phrase trimmed to its noun phrase and read. With a source-bounds
 * model, a phrase's bounds are the model's choice when speakerPhrase reads that choice back as the same noun phrase
 * (so a name never becomes a clause or a bare function word).
 */
export function* findSourcesInSlices(seg: Segmented, frames: readonly Frame[], sourceBounds: BoundsModel | null):
  Generator<void, FoundSource[]> {
  const chooser = sourceBounds === null ? null : new SourceBoundsChooser(seg, sourceBounds);
  const found: FoundSource[] = [];
  for (const frame of frames) {
    if (found.length % FRAMES_PER_SLICE === FRAMES_PER_SLICE - 1) yield;
    if (isFloating(frame) || frame.source === null) { found.push(NO_SOURCE); continue; }
    let phrase = speakerPhrase(seg, frame.source);
    if (chooser !== null && phrase.kind === 'phrase') {
      const chosen = chooser.choose(frame, phrase.range);
      const again = chosen === phrase.range ? null : speakerPhrase(seg, chosen);
      if (again?.kind === 'phrase' && again.range.first === chosen.first && again.range.end === chosen.end) phrase = again;
    }
    if (phrase.kind === 'none') found.push(NO_SOURCE);
    else if (phrase.kind === 'unspecified') found.push({ kind: 'unspecified', range: phrase.range });
    else if (phrase.kind === 'pronoun') found.push({ kind: 'pronoun', range: phrase.range, reading: pronounReading(seg.lexicon, phrase.word) });
    else found.push({ kind: 'phrase', range: phrase.range, reading: readSource(seg, phrase.range) });
  }
  return found;
}

/** A pronoun recovered from a contraction or the end of a phrase ("we’ll" → "we"), read as readSource would. */
function pronounReading(lex: Lexicon, word: string): SourceReading {
  const refers = lex.PERSON_PRONOUNS.has(word) ? 'person' : lex.THING_PRONOUNS.has(word) ? 'thing' : lex.PLURAL_PRONOUNS.has(word) ? 'plural' : 'speaker';
  return { kind: 'pronoun', refers, word };
}

/** Strips a trailing possessive ("Russia’s" → "Russia") from a word. */
function unpossessed(lex: Lexicon, word: string): string {
  return word.replace(lex.POSSESSIVE_ENDING, '');
}


function isAcronym(t: Token): boolean {
  return t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && hasCapital(t.text);
}

/**
 * Whether a body's head noun ("Committee", "Center", "Department") opens the capitalised run ending at `last`, so that
 * "and", "on" or "for" after the run goes on with the body's name ("Committee on Intelligence and Security").
 */
function bodyNamedBefore(seg: Segmented, last: number, first: number): boolean {
  for (let t = last; t >= first && last - t < 6; t--) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word') return false;
    if (tok.cap && seg.lexicon.ORGANISATION_NOUNS.has(tok.lower)) return true;
    if (!tok.cap && !seg.lexicon.NAME_JOINERS.has(tok.lower)) return false;
  }
  return false;
}

/**
 * The name inside a run of tokens: the last run of capitalised words, titles and a leading possessive
 * ("Russia’s Federation Council") dropped.
 */
export function nameIn(seg: Segmented, first: number, end: number): { first: number; end: number; name: string } | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  // a closing bracket ends a party and state or an acronym ("Rep. Gwen Moore (D-Wis.)"): the name is before it
  if (tokens[end - 1]?.text === ')') {
    let open = end - 1;
    while (open > first && tokens[open]?.text !== '(' && end - open < 8) open--;
    if (tokens[open]?.text === '(' && open > first) end = open;
  }
  let runEnd = -1;
  let runFirst = -1;
  for (let t = end - 1; t >= first; t--) {
    const tok = tokens[t];
    if (tok === undefined) break;
    const inName = tok.kind === 'word' && (tok.cap || (runEnd >= 0 && (lex.OF_WORDS.has(tok.lower) || lex.DEFINITE_ARTICLES.has(tok.lower)) && tokens[t - 1]?.cap === true) ||
      (runEnd >= 0 && lex.NAME_JOINERS.has(tok.lower) && tokens[t - 1]?.cap === true && bodyNamedBefore(seg, t - 1, first)));
    if (inName) {
      if (runEnd < 0) runEnd = t + 1;
      runFirst = t;
    } else if (tok.kind === 'punct' && tok.text === '.' && runEnd >= 0) {
      continue;
    } else if (runEnd >= 0) {
      break;
    }
  }
  if (runEnd < 0) return null;
  // a headline's title and the body it serves are one speaker ("Ambasciatore Israele:"): nothing to drop
  const titleOfABody = runEnd - runFirst === 2 && lex.isTitleOfABody?.(textOf(seg, runFirst, runEnd)) === true;
  // drop titles and possessive place names at the front ("EU Parliament President Roberta Metsola")
  while (runFirst < runEnd - 1 && !titleOfABody) {
    const tok = tokens[runFirst];
    if (tok === undefined) break;
    const word = tok.lower.replace(/\.$/, '');
    // a capitalised connective or preposition opens the sentence, not the name ("When Margaret Hamilton", "For Microsoft")
    const opensClause = lex.CLAUSE_OPENERS.has(tok.lower) || (lex.PREPOSITIONS.has(tok.lower) && tok.cap);
    if (lex.TITLES.has(word) || lex.POSSESSIVE_ENDING.test(tok.text) || lex.MONTHS_AND_DAYS.has(tok.text) || lex.DEFINITE_ARTICLES.has(tok.lower) || opensClause) runFirst++;
    else break;
  }
  // "Transport Minister Hana Berg": everything up to the last title goes, unless what is left names a body
  const lastWord = tokens[runEnd - 1]?.lower ?? '';
  if (!lex.ORGANISATION_NOUNS.has(lastWord) && !titleOfABody) {
    for (let t = runEnd - 2; t > runFirst; t--) {
      const tok = tokens[t];
      if (tok !== undefined && tok.kind === 'word' && lex.TITLES.has(tok.lower.replace(/\.$/, ''))) { runFirst = t + 1; break; }
    }
    while (runFirst < runEnd - 1 && tokens[runFirst]?.kind !== 'word') runFirst++;
  }
  const name = textOf(seg, runFirst, runEnd).replace(/\s+/g, ' ').replace(/\s*\.\s*$/, '');
  if (name === '' || lex.MONTHS_AND_DAYS.has(name) || lex.DETERMINERS.has(name.toLowerCase()) || isFunctionWord(lex, name.toLowerCase())) return null;
  return { first: runFirst, end: runEnd, name: unpossessed(lex, name) };
}

function headNoun(seg: Segmented, first: number, end: number): { tok: number; lower: string } | null {
  const lex = seg.lexicon;
  // the head is the last word before "of", "by", "who", "which", a comma or a bracket
  let last = -1;
  for (let t = first; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined) break;
    if (tok.kind !== 'word') { if (last >= 0 && tok.text !== '.' && tok.text !== '’' && tok.text !== "'") break; continue; }
    if (last >= 0 && lex.SOURCE_NAME_ENDERS.has(tok.lower)) break;
    // "a new report released on Monday by …": a participle after the noun opens a reduced relative clause
    const next = seg.tokens[t + 1];
    if (last >= 0 && !tok.cap && lex.PAST_ENDING.test(tok.lower) && next !== undefined && next.kind === 'word' && lex.PREPOSITIONS.has(next.lower)) break;
    last = t;
  }
  const tok = seg.tokens[last];
  return tok === undefined ? null : { tok: last, lower: tok.lower };
}

/**
 * The person's name that closes a phrase opening with a title ("le ministre de l'Intérieur Gérald Darmanin"): the
 * capitalised words at its end, less the first when it follows the title's "de" (the office's own name, "Intérieur"),
 * two words or more; or null.
 */
function nameAfterTitle(seg: Segmented, core: TokenRange): TokenRange | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  const title = tokens[core.first + 1];
  if (!lex.DEFINITE_ARTICLES.has(tokens[core.first]?.lower ?? '') || title === undefined || !lex.PERSON_TITLES.has(title.lower)) return null;
  let first = core.end;
  while (first > core.first + 2 && tokens[first - 1]?.kind === 'word' && tokens[first - 1]?.cap === true) first--;
  const before = tokens[first - 1]?.lower ?? '';
  if (lex.OF_WORDS.has(before) || lex.DEFINITE_ARTICLES.has(before)) first++;
  return core.end - first >= 2 ? { first, end: core.end } : null;
}

/** Reads one speaker phrase. */
export function readSource(seg: Segmented, whole: TokenRange): SourceReading {
  const lex = seg.lexicon;
  const { tokens } = seg;
  // a discourse word set off by a comma opens the clause, not the speaker ("Yes, the minister said …", "Well, …")
  let range = whole;
  while (range.end - range.first > 2 && tokens[range.first + 1]?.text === ',' && tokens[range.first]?.kind === 'word' &&
    isFunctionWord(lex, tokens[range.first]?.lower ?? '')) range = { first: range.first + 2, end: range.end };
  const firstTok = tokens[range.first];
  if (range.end - range.first === 1 && firstTok !== undefined) {
    const w = firstTok.lower;
    if (lex.PERSON_PRONOUNS.has(w)) return { kind: 'pronoun', refers: 'person', word: w };
    if (lex.THING_PRONOUNS.has(w)) return { kind: 'pronoun', refers: 'thing', word: w };
    if (lex.PLURAL_PRONOUNS.has(w)) return { kind: 'pronoun', refers: 'plural', word: w };
    if (lex.SPEAKER_PRONOUNS.has(w)) return { kind: 'pronoun', refers: 'speaker', word: w };
    if (lex.RELATIVE_PRONOUNS.has(w)) return { kind: 'relative' };
  }
  // an appositive: "Name, description," or "The head of …, Ella Pamfilova,"
  let commaAt = -1;
  for (let t = range.first; t < range.end - 1; t++) if (tokens[t]?.text === ',') { commaAt = t; break; }
  let core = { first: range.first, end: range.end };
  let description: string | undefined;
  if (commaAt > range.first) {
    const before = { first: range.first, end: commaAt };
    let afterEnd = range.end;
    while (afterEnd > commaAt + 1 && tokens[afterEnd - 1]?.kind === 'punct') afterEnd--;
    const after = { first: commaAt + 1, end: afterEnd };
    const beforeHead = tokens[before.first];
    // ("A relatora do projeto, deputada Lúcia Andrade": a title may open the name, where an article goes before titles)
    const nameFirst = nameIn(seg, after.first, after.end)?.first;
    const beforeIsDescription = beforeHead !== undefined && lex.DETERMINERS.has(beforeHead.lower) && (nameFirst === after.first ||
      (lex.ARTICLE_BEFORE_TITLE === true && nameFirst === after.first + 1 && lex.PERSON_TITLES.has(tokens[after.first]?.lower ?? '')));
    if (beforeIsDescription) {
      core = after;
      description = textOf(seg, before.first + 1, before.end).replace(/\s*\([^()]*\)$/u, '');
    } else {
      core = before;
      const d = after.first < after.end ? tokens[after.first] : undefined;
      if (d !== undefined && d.kind === 'word' && (lex.DETERMINERS.has(d.lower) || lex.INDEFINITE_DETERMINERS.has(d.lower))) {
        description = textOf(seg, after.first + (lex.ARTICLES.has(d.lower) ? 1 : 0), after.end);
      } else if (d !== undefined && d.kind === 'word' && !lex.RELATIVE_PRONOUNS.has(d.lower)) {
        description = textOf(seg, after.first, after.end);
      }
    }
  }
  // "le ministre de l'Intérieur Gérald Darmanin", "la maire de Paris Anne Hidalgo": in a language that writes a title
  // with its article before the name, a name closing a title's phrase is the speaker and the title its description
  if (lex.ARTICLE_BEFORE_TITLE === true && description === undefined) {
    const named = nameAfterTitle(seg, core);
    if (named !== null) {
      description = textOf(seg, core.first + 1, named.first);
      core = named;
    }
  }
  // a language's own reading first (German: every noun has a capital, so the last capitals are no name)
  const own = description === undefined ? lex.readSpeakerPhrase?.(tokens, core.first, core.end) : undefined;
  if (own) {
    const text = textOf(seg, own.first, own.end);
    return own.named ? { kind: 'named', actorKind: own.actorKind, name: text } : { kind: 'description', actorKind: own.actorKind, head: own.head, text };
  }
  const head = headNoun(seg, core.first, core.end);
  const headLower = head?.lower ?? '';
  const rawHeadTok = head !== null ? tokens[head.tok] : undefined;
  // a common noun capitalised only because it opens the sentence ("Sources familiar with …") is still common
  const sentenceInitial = head !== null && head.tok === core.first && seg.sentenceOf[head.tok] !== seg.sentenceOf[head.tok - 1];
  const headTok = rawHeadTok !== undefined && sentenceInitial ? { ...rawHeadTok, cap: false } : rawHeadTok;
  const coreFirst = tokens[core.first];
  const plural = lex.PLURAL_ENDING.test(headLower);
  // documents: "the appeal", "The October PACE resolution", "Wednesday's letter of appeal"
  if (lex.DOCUMENT_NOUNS.has(headLower) && headTok !== undefined && !headTok.cap) {
    let authorName: string | undefined;
    for (let t = core.first; t < (head?.tok ?? core.first); t++) {
      const tok = tokens[t];
      if (tok !== undefined && isAcronym(tok)) authorName = unpossessed(lex, tok.text);
    }
    const definite = coreFirst !== undefined && (lex.DEFINITE_ARTICLES.has(coreFirst.lower) || coreFirst.cap || lex.POSSESSIVE_ENDING.test(coreFirst.text));
    const actorKind: ActorKind = plural || !definite ? 'unnamed' : 'document';
    return { kind: 'description', actorKind, head: headLower, text: textOf(seg, core.first, core.end), authorName };
  }
  // "The Russian security services", "electoral commissions in Kherson": a body described, not named
  if (lex.ORGANISATION_NOUNS.has(headLower) && headTok !== undefined && !headTok.cap) {
    return { kind: 'description', actorKind: 'organisation', head: headLower, text: textOf(seg, core.first, core.end) };
  }
  const named = nameIn(seg, core.first, core.end);
  const isUnnamedHead = lex.UNNAMED_SOURCE_NOUNS.has(headLower) && headTok !== undefined && !headTok.cap;
  // "The national rail operator": a lower-case head after the last capital is a description, not a name
  if (named !== null && headTok !== undefined && !headTok.cap && head !== null && head.tok >= named.end && headTok.kind === 'word') {
    return { kind: 'description', actorKind: 'unnamed', head: headLower, text: textOf(seg, core.first, core.end) };
  }
  if (isUnnamedHead || named === null) {
    const actorKind: ActorKind = lex.ORGANISATION_NOUNS.has(headLower) && lex.DEFINITE_ARTICLES.has(coreFirst?.lower ?? '') ? 'organisation' : 'unnamed';
    return { kind: 'description', actorKind, head: headLower, text: textOf(seg, core.first, core.end) };
  }
  // "prosecutors in San Francisco and Los Angeles", "that tweeter in Sydney": a common noun heads the phrase and the
  // name only says where it is; people of a place are described, not named after it
  if (head !== null && headTok !== undefined && !headTok.cap && headTok.kind === 'word' && head.tok < named.first) {
    const preposition = tokens[head.tok + 1]?.lower ?? '';
    if ((plural && lex.PREPOSITIONS.has(preposition)) || lex.PLACE_PREPOSITIONS.has(preposition)) {
      return { kind: 'description', actorKind: 'unnamed', head: headLower, text: textOf(seg, core.first, core.end) };
    }
  }
  const nameHead = named.name.split(' ').pop()?.toLowerCase() ?? '';
  const allCaps = named.end - named.first === 1 && tokens[named.first] !== undefined && isAcronym(tokens[named.first] as Token);
  const actorKind: ActorKind = lex.ORGANISATION_NOUNS.has(nameHead) || allCaps || named.name.split(' ').slice(1, -1).some((w) => lex.OF_WORDS.has(w)) ? 'organisation' : 'person';
  return { kind: 'named', actorKind, name: named.name, description };
}
