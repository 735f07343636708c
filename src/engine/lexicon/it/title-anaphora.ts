/**
 * Italian news names an agency once and then calls it "l'agenzia": "Unrwa: «…»" and then "scrive l'agenzia su X".
 * Lexicon.titleRefersTo says whether such a short definite description may stand for one who spoke before: "l'agenzia"
 * for an agency the press names so, a United Nations agency or a news agency. Here, in the Italian bundle.
 */
import type { Actor } from '../../types.js';
import { PREPOSITIONS } from './function-words.js';

/** Bodies the Italian press calls "l'agenzia": the United Nations' agencies and the news agencies. */
const AGENCIES = new Set(`unrwa oms unicef fao unhcr aiea ansa adnkronos agi afp reuters ap wafa irna tass sana nna`
  .split(/\s+/u));

/**
 * "l'agenzia", "l’agenzia", "la agenzia", and with an adjective before it or a complement after it: "la principale
 * agenzia delle Nazioni Unite", "l'agenzia di stampa" (the article may be elided or not).
 */
const THE_AGENCY = /^(?:l['’]\s*|la\s+)(?:\p{L}+\s+)?agenzia(?:\s|$)/u;
/** A body named as an agency ("National News Agency", "Agenzia Nova"). */
const AGENCY_NAME = /(?:^|\s)(?:agency|agenzia)(?:\s|$)/u;

/** Whether a description ends in the name of the agency it describes: "l'agenzia di stampa saudita Spa" names Spa. */
function namesItsAgency(title: string): boolean {
  const words = title.split(/\s+/u);
  return words.some((word, i) => {
    const before = words[i - 1];
    return i > 0 && before !== undefined && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(before) && !PREPOSITIONS.has(before.toLowerCase());
  });
}

export function titleRefersTo(title: string, actor: Readonly<Pick<Actor, 'kind' | 'name' | 'description'>>): boolean {
  if (namesItsAgency(title)) return false;
  const name = actor.name.toLowerCase();
  return THE_AGENCY.test(title.toLowerCase()) && (AGENCIES.has(name) || AGENCY_NAME.test(name));
}
