/**
 * German speaker phrases, where every noun has a capital and so a capital marks no name: the reading find-sources.ts
 * asks of a language through Lexicon.readSpeakerPhrase before its own, English-made one (which takes the last
 * capitals for a name). "Angaben der Stadtverwaltung" is the body's account, its speaker the body; "Eine Sprecherin
 * des Ministeriums", "Den Fischern am Hafen", "Die Opposition im Stadtrat" are headed by their first noun, the
 * genitive or place after it (one noun, with its article and adjectives) only saying whose or where.
 */
import type { LexiconToken, SpeakerPhraseReading } from '../lexicon.js';
import * as w from './words.js';
import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES, OF_WORDS } from './seam-words.js';

/** Whether a noun names a body, itself or as the end of a compound ("Verwaltung", "Stadtverwaltung"). */
function namesBody(lower: string): boolean {
  if (w.ORGANISATION_NOUNS.has(lower)) return true;
  for (const noun of w.ORGANISATION_NOUNS) if (lower.length > noun.length + 2 && lower.endsWith(noun)) return true;
  return false;
}

function isRole(lower: string): boolean {
  return w.TITLES.has(lower) || w.PERSON_NOUNS.has(lower) || w.PERSON_NOUN_ENDINGS.test(lower);
}

/**
 * The reading of the speaker phrase tokens[first, end), or null when it is none of the phrases above (a name,
 * "Ministerin Eva Roth", a document, "der Präsident von Frankreich Emmanuel Macron"): then it is read as usual.
 */
export function readSpeakerPhrase(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null {
  const lowerAt = (t: number): string => tokens[t]?.lower ?? '';
  const isWord = (t: number): boolean => tokens[t]?.kind === 'word';
  const isCap = (t: number): boolean => isWord(t) && tokens[t]?.cap === true;
  // the complement after the head: an of-word or a preposition, an article, adjectives, then one noun closing the phrase
  const complementCloses = (from: number): boolean => {
    let t = from + 1;
    if (w.ARTICLES.has(lowerAt(t))) t++;
    while (t < end - 1 && isWord(t) && !isCap(t)) t++;
    return t === end - 1 && isCap(t) && !isRole(lowerAt(t));
  };
  const opening = lowerAt(first);
  if (!isWord(first)) return null;
  const affiliated = nameBeforeAffiliation(tokens, first, end);
  if (affiliated !== null) return affiliated;
  // "Angaben der Stadtverwaltung": the noun of report gives the account, the genitive after it is the body giving it
  if (w.REPORT_NOUNS.includes(opening) && OF_WORDS.has(lowerAt(first + 1)) && complementCloses(first + 1)) {
    if (namesBody(lowerAt(end - 1))) return { named: true, actorKind: 'organisation', head: lowerAt(end - 1), first: end - 1, end };
    // "Angaben von Féraud": a name with no article after "von" gives the account
    return end - 1 === first + 2 && !w.ARTICLES.has(lowerAt(first + 2)) ? { named: true, actorKind: 'person', head: lowerAt(end - 1), first: end - 1, end } : null;
  }
  // an article, adjectives, the head noun, then its complement
  if (!w.ARTICLES.has(opening) && !INDEFINITE_ARTICLES.has(opening)) return null;
  let head = first + 1;
  while (head < end && isWord(head) && !isCap(head)) head++;
  const headLower = lowerAt(head);
  // "der Franzose", "die 45-Jährige": one of a people or an age, a description (a person written of again), no name
  if (head === end - 1 && PEOPLE_NOUN.test(headLower)) return { named: false, actorKind: 'unnamed', head: headLower, first: first + 1, end };
  // (a document keeps the document reading: "einem Gutachten des Landesamts")
  if (head >= end - 2 || w.PERSON_TITLES.has(headLower) || w.DOCUMENT_NOUNS.has(headLower)) return null;
  const genitive = OF_WORDS.has(lowerAt(head + 1));
  if ((!genitive && !w.PREPOSITIONS.has(lowerAt(head + 1))) || !complementCloses(head + 1)) return null;
  // a genitive belongs to the description ("Sprecherin des Ministeriums"); a place only says where ("Fischern am Hafen")
  const actorKind = namesBody(headLower) && DEFINITE_ARTICLES.has(opening) ? 'organisation' : 'unnamed';
  return { named: false, actorKind, head: headLower, first: first + 1, end: genitive ? end : head + 1 };
}

/** Nouns for one of a people or of an age ("der Franzose", "die Britin", "der 45-Jährige"), a person written of again. */
const PEOPLE_NOUN = /(?:franzose|französin|brite|britin|deutsche|deutscher|italiener|italienerin|spanier|spanierin|amerikaner|amerikanerin|russe|russin|ukrainer|ukrainerin|pole|polin|türke|türkin|grieche|griechin|chinese|chinesin|japaner|japanerin|schweizer|schweizerin|österreicher|österreicherin|niederländer|niederländerin|belgier|belgierin|palästinenser|palästinenserin|israeli|iraner|iranerin|syrer|syrerin|jährige|jähriger)$/u;

/**
 * The gender of a person a short definite description writes of again ("sagt der Franzose", "so die 45-Jährige"), or
 * null: a noun of a people or an age, its gender told by a feminine "-in", by "die" before "-e" ("die Deutsche"), or
 * by "der".
 */
export function personAnaphorGender(article: string, head: string): 'f' | 'm' | null {
  if (!PEOPLE_NOUN.test(head)) return null;
  if (head.endsWith('in')) return 'f';
  if (article === 'die' && head.endsWith('e')) return 'f';
  return article === 'der' ? 'm' : null;
}

/**
 * "Ernährungsmediziner Andreas Pfeiffer von der Berliner Charité", "Jonas Brandt vom Institut für Verkehr": a person's
 * name of two words or more (after a role, an article), then "von" or "vom" and the body they come from — two
 * capitalised words or a noun naming a body. The speaker is the person, not the body ("von der Leyen" is a name:
 * one word after "von der", no body).
 */
function nameBeforeAffiliation(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null {
  const lowerAt = (t: number): string => tokens[t]?.lower ?? '';
  const isCap = (t: number): boolean => tokens[t]?.kind === 'word' && tokens[t]?.cap === true;
  let von = first;
  while (von < end && lowerAt(von) !== 'von' && lowerAt(von) !== 'vom') von++;
  if (von >= end) return null;
  let body = von + 1;
  if (lowerAt(von) === 'von' && w.ARTICLES.has(lowerAt(body))) body++;
  let bodyEnd = body;
  while (bodyEnd < end && isCap(bodyEnd)) bodyEnd++;
  if (bodyEnd === body || (bodyEnd - body < 2 && !namesBody(lowerAt(body)))) return null;
  // the name: the capitalised words before "von", less the roles and articles before it
  let name = von;
  while (name > first && isCap(name - 1) && !isRole(lowerAt(name - 1)) && !w.ARTICLES.has(lowerAt(name - 1))) name--;
  return von - name >= 2 ? { named: true, actorKind: 'person', head: lowerAt(von - 1), first: name, end: von } : null;
}
