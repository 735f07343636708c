/**
 * Russian speaker phrases, which find-sources.ts reads through Lexicon.readSpeakerPhrase before its own English-made
 * reading (which takes the last capitals for a name): a body is named by its head noun and the genitives after it,
 * written in lower case ("Министерство обороны России", "пресс-служба ведомства", "в пресс-службе Кремля"), so the
 * last capitals ("России") are not its name. A locative before it ("в Кремле", "в пресс-службе") only says where the
 * words were given: the body is the speaker.
 */
import type { LexiconToken, SpeakerPhraseReading } from '../lexicon.js';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, TITLES } from './actor-words.js';
import { PHRASE_BREAKERS, PREPOSITIONS, SOURCE_MARK } from './function-words.js';

/** The prepositions of a locative source ("в Кремле", "во Внешэкономбанке"), as written or as split-words.ts marks them. */
const LOCATIVES: ReadonlySet<string> = new Set(['в', 'во', `в${SOURCE_MARK}`, `во${SOURCE_MARK}`]);

/** The reading of tokens[first, end), or null when it is no body's phrase (a name, a title and a name): then read as usual. */
export function readSpeakerPhrase(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null {
  let head = first;
  if (LOCATIVES.has(tokens[head]?.lower ?? '') && end - head >= 2) head++;
  const headTok = tokens[head];
  if (headTok === undefined || headTok.kind !== 'word') return null;
  // a document after a locative gives the words of the body named after it: "в сообщении Минобороны" is the ministry's
  if (head > first && DOCUMENT_NOUNS.has(headTok.lower)) {
    const body = head + 1 < end ? readSpeakerPhrase(tokens, head + 1, end) : null;
    if (body !== null) return body;
    if (head + 1 < end && tokens[head + 1]?.cap === true) {
      return { named: true, actorKind: 'organisation', head: tokens[head + 1]?.lower ?? '', first: head + 1, end: genitivesEnd(tokens, head + 1, end) };
    }
    // "в пресс-релизе регулятора": the document of a body named by a common noun, read without its locative
    return { named: false, actorKind: 'organisation', head: headTok.lower, first: head, end: genitivesEnd(tokens, head, end) };
  }
  if (!ORGANISATION_NOUNS.has(headTok.lower) || TITLES.has(headTok.lower)) return null;
  return { named: true, actorKind: 'organisation', head: headTok.lower, first: head, end: genitivesEnd(tokens, head, end) };
}

/** Where the genitives after a head end: at the first word that is no genitive's (a preposition, a clause word) or `end`. */
function genitivesEnd(tokens: readonly LexiconToken[], head: number, end: number): number {
  for (let t = head + 1; t < end; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word' || PREPOSITIONS.has(tok.lower) || PHRASE_BREAKERS.has(tok.lower)) return t;
  }
  return end;
}
