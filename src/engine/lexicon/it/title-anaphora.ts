/**
 * Italian news names an agency once and then calls it "l'agenzia": "Unrwa: «…»" and then "scrive l'agenzia su X".
 * Lexicon.titleRefersTo says whether such a short definite description may stand for one who spoke before: "l'agenzia"
 * for an agency the press names so, a United Nations agency or a news agency. Here, in the Italian bundle.
 */
import type { Actor } from '../../types.js';

/** Bodies the Italian press calls "l'agenzia": the United Nations' agencies and the news agencies. */
const AGENCIES = new Set(`unrwa oms unicef fao unhcr aiea ansa adnkronos agi afp reuters ap wafa irna tass sana nna`
  .split(/\s+/u));

/** "l'agenzia", "l’agenzia", "la agenzia": the article may be elided or not. */
const THE_AGENCY = /^(?:l['’]\s*|la\s+)agenzia$/u;

export function titleRefersTo(title: string, actor: Readonly<Pick<Actor, 'kind' | 'name' | 'description'>>): boolean {
  return THE_AGENCY.test(title.toLowerCase()) && AGENCIES.has(actor.name.toLowerCase());
}
