/**
 * Lexicon: what an Italian claim reports in its context (claim-kind.ts): the verbs of an inquiry's result, of
 * evidence and of a judgment, and the heads of the sources that make them findings — a study, a poll, a court. Not
 * "concludere": "«…», ha concluso" ends a speech in Italian news far more often than an inquiry.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const INQUIRY_LEMMAS = set(`stabilire dimostrare provare mostrare rivelare evidenziare accertare`);
export const EVIDENCE_LEMMAS = set(`suggerire indicare confermare rivelare mostrare stimare sottolineare segnalare evidenziare
  rilevare`);
export const JUDGMENT_LEMMAS = set(`giudicare stabilire decidere sentenziare`);
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map();
export const EVIDENCE_SOURCE_NOUNS = set(`studio studi sondaggio sondaggi indagine indagini rapporto rapporti dati cifre
  statistiche analisi bilancio ricerca ricerche audit risultati indici previsioni modello modelli video immagini autopsia
  perizia perizie rilevazione rilevazioni stime dossier relazione report`);
export const COURT_SOURCE_NOUNS = set(`corte corti tribunale tribunali giudice giudici giuria magistrato magistrati cassazione
  consulta tar gip gup`);
export const SOURCE_HEAD_ENDERS = set(`di del dello della dell' dei degli delle da dal dalla dall' a al alla in nel nella su
  con pubblicato pubblicata realizzato realizzata commissionato commissionata condotto condotta che cui il quale la quale`);
export const COURT_TITLES = set(`giudice magistrato magistrata procuratore procuratrice pm gip gup`);
