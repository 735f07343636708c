/**
 * Spanish speaker phrases put their adjectives after the noun: "el periodista ruso", "una portavoz comunitaria", "un
 * alto cargo de defensa norteamericano". The reading find-sources.ts asks of a language through
 * Lexicon.readSpeakerPhrase before its own, English-made one, which takes the last word for the head (here "ruso",
 * "comunitaria"): a description in lower case after its article is headed by its first noun of a person, a role or a
 * body. A phrase with a capital in it (a name, "la jefa del Ejecutivo comunitario") is read as usual.
 */
import type { LexiconToken, SpeakerPhraseReading } from '../lexicon.js';
import { ORGANISATION_NOUNS, TITLES, UNNAMED_SOURCE_NOUNS, isPersonNoun } from './actor-words.js';
import { ARTICLES, POSSESSIVES } from './function-words.js';
import { DEFINITE_ARTICLES, OF_WORDS } from './seam-words.js';

/** The reading of the speaker phrase tokens[first, end), or null to read it as usual. */
export function readSpeakerPhrase(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null {
  const opening = tokens[first]?.lower ?? '';
  if (!ARTICLES.has(opening) && !POSSESSIVES.has(opening)) return null;
  for (let t = first + 1; t < end; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word' || tok.cap) return null;
  }
  for (let t = first + 1; t < end; t++) {
    const lower = tokens[t]?.lower ?? '';
    // the complement "de …" says whose: the head stands before it
    if (OF_WORDS.has(lower)) return null;
    const body = ORGANISATION_NOUNS.has(lower);
    if (body || TITLES.has(lower) || UNNAMED_SOURCE_NOUNS.has(lower) || isPersonNoun(lower)) {
      const actorKind = body && DEFINITE_ARTICLES.has(opening) ? 'organisation' : 'unnamed';
      return { named: false, actorKind, head: lower, first, end };
    }
  }
  return null;
}
