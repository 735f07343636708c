/**
 * Spanish speaker phrases (the reading find-sources.ts asks of a language through Lexicon.readSpeakerPhrase, before
 * its own, English-made one):
 *
 * - A title with its holder's name in apposition after the phrase ("la ministra de Inclusión, Elma Saiz, …") is that
 *   person.
 * - A title alone ("la portavoz", "el ministro") stands for the one person the article gave that title before, as
 *   Spanish writes it, in lower case: "La portavoz del Ejecutivo, Elena Suárez", "el ministro Tomás Ibarra", "David
 *   Campo, portavoz de la Asociación". The reading then names that person by the tokens of that earlier mention.
 * - Spanish puts its adjectives after the noun ("el periodista ruso", "una portavoz comunitaria", "un alto cargo de
 *   defensa norteamericano"), and the English reading takes the last word for the head: a description in lower case
 *   after its article is headed by its first noun of a person, a role or a body.
 *
 * A phrase with a capital in it (a name, "la jefa del Ejecutivo comunitario") is read as usual.
 */
import type { LexiconToken, SpeakerPhraseReading } from '../lexicon.js';
import { ORGANISATION_NOUNS, PERSON_TITLES, TITLES, UNNAMED_SOURCE_NOUNS, isPersonNoun } from './actor-words.js';
import { ARTICLES, POSSESSIVES } from './function-words.js';
import { DEFINITE_ARTICLES, OF_WORDS } from './seam-words.js';

/** How far back a title alone looks for the person it was given to, in tokens. */
const TITLE_REACH = 3000;
/** Words between a title and the comma before its holder's name ("portavoz del Ejecutivo autonómico, …"). */
const TITLE_COMPLEMENT = 8;

/** The reading of the speaker phrase tokens[first, end), or null to read it as usual. */
export function readSpeakerPhrase(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null {
  const opening = tokens[first]?.lower ?? '';
  if (!ARTICLES.has(opening) && !POSSESSIVES.has(opening)) return null;
  // "…, según ha informado la ministra de Inclusión, Elma Saiz, en …": the name in apposition after the title is the speaker
  const titled = TITLES.has(tokens[first + 1]?.lower ?? '') || PERSON_TITLES.has(tokens[first + 1]?.lower ?? '');
  const apposed = titled && tokens[end]?.text === ',' ? nameRun(tokens, end + 1, 1) : null;
  if (apposed !== null && /^[,.;:]$/u.test(tokens[apposed.end]?.text ?? '')) {
    return { named: true, actorKind: 'person', head: tokens[first + 1]?.lower ?? '', first: apposed.first, end: apposed.end };
  }
  for (let t = first + 1; t < end; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word' || tok.cap) return null;
  }
  const title = tokens[first + 1]?.lower ?? '';
  if (end - first === 2 && DEFINITE_ARTICLES.has(opening) && (TITLES.has(title) || PERSON_TITLES.has(title))) {
    const holder = titleHolder(tokens, first, title);
    if (holder !== null) return { named: true, actorKind: 'person', head: title, first: holder.first, end: holder.end };
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

/** A run of two capitalised words or more from `from` on (rightwards) or ending before `from` (leftwards). */
function nameRun(tokens: readonly LexiconToken[], from: number, step: 1 | -1): { first: number; end: number } | null {
  let t = from;
  while (tokens[t]?.kind === 'word' && tokens[t]?.cap === true && tokens[t]?.block === tokens[from]?.block) t += step;
  const [first, end] = step === 1 ? [from, t] : [t + 1, from + 1];
  return end - first >= 2 ? { first, end } : null;
}

/**
 * The name of the one person the article gave `title` before `before` (within TITLE_REACH tokens), or null when it
 * gave it to none or to more than one.
 */
function titleHolder(tokens: readonly LexiconToken[], before: number, title: string): { first: number; end: number } | null {
  let found: { first: number; end: number } | null = null;
  let foundName = '';
  for (let i = before - 1; i >= 0 && before - i <= TITLE_REACH; i--) {
    if (tokens[i]?.lower !== title) continue;
    let run: { first: number; end: number } | null = null;
    if (tokens[i + 1]?.cap === true) {
      // "el ministro Tomás Ibarra"
      run = nameRun(tokens, i + 1, 1);
    } else if (tokens[i - 1]?.text === ',' || (tokens[i - 2]?.text === ',' && ARTICLES.has(tokens[i - 1]?.lower ?? ''))) {
      // "David Campo, portavoz de la Asociación"
      run = nameRun(tokens, tokens[i - 1]?.text === ',' ? i - 2 : i - 3, -1);
    }
    for (let t = i + 1; run === null && t < i + TITLE_COMPLEMENT && tokens[t]?.kind !== 'quote'; t++) {
      // "La portavoz del Ejecutivo, Elena Suárez"
      if (tokens[t]?.text === ',') run = nameRun(tokens, t + 1, 1);
      else if (tokens[t]?.kind === 'punct') break;
    }
    if (run === null) continue;
    const name = tokens.slice(run.first, run.end).map((tok) => tok.text).join(' ');
    if (found !== null && name !== foundName) return null;
    found = run;
    foundName = name;
  }
  return found;
}
