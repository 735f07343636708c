/**
 * Lexicon: what a French claim reports in its context (claim-kind.ts): the verbs of an inquiry's result, of
 * evidence and of a judgment, and the heads of the sources that make them findings — a study, a poll, a court.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const INQUIRY_LEMMAS = set(`établir démontrer prouver montrer conclure constater révéler`);
export const EVIDENCE_LEMMAS = set(`suggérer indiquer confirmer révéler montrer estimer prévoir souligner signaler`);
export const JUDGMENT_LEMMAS = set(`juger estimer conclure décider statuer`);
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map();
export const EVIDENCE_SOURCE_NOUNS = set(`étude études sondage sondages enquête enquêtes rapport rapports données chiffres
  statistiques analyse analyses bilan recherche recherches audit résultats indices prévisions modèle modèles vidéo
  images autopsie expertise expertises relevés mesures`);
export const COURT_SOURCE_NOUNS = set(`cour cours tribunal tribunaux juge juges jury magistrat magistrats`);
export const SOURCE_HEAD_ENDERS = set(`de d' du des par à au en dans sur avec publié publiée réalisé réalisée commandé
  commandée mené menée qui que qu' dont`);
export const COURT_TITLES = set(`juge magistrat magistrate procureur procureure`);
