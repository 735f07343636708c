/**
 * Lexicon: the Italian words that say what kind of voice a source is (roles.ts reads them): titles ("la ministra",
 * "il procuratore"), occupations ("ricercatrice", "pescatore"), bodies ("prefettura", "sindacato") and the plural
 * nouns of groups ("abitanti", "esperti"). One to four words each, lower case. A strong word says the role by itself;
 * a weak one only when nothing stronger is written beside it ("presidente" of a republic or of a club).
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];
const words = (list: string): string[] => list.trim().split(/\s*,\s*/u);

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`deputato, deputata, deputati, senatore, senatrice, senatori, sindaco, sindaca, ministro, ministra,
    ministri, premier, primo ministro, prima ministra, presidente del consiglio, eletto, eletti, consigliere comunale,
    consigliera comunale, consigliere regionale, candidato, candidata, opposizione, capo dello stato, sottosegretario,
    sottosegretaria, viceministro, viceministra, eurodeputato, eurodeputata, parlamentare, parlamentari, assessore,
    assessora, governatore, governatrice, presidente della repubblica, segretario del partito, leader, cancelliere,
    cancelliera, senatori dem, segretario di stato`),
  official: words(`ministero, governo, amministrazione, quirinale, palazzo chigi, farnesina, viminale, prefettura, prefetto,
    prefetta, ambasciata, ambasciatore, ambasciatrice, diplomatico, diplomatici, funzionario, funzionari, agenzia,
    autorità, commissione, commissario, commissaria, esecutivo, comune, regione, protezione civile, casa bianca,
    dipartimento di stato, unione europea, nazioni unite, commissione europea, onu, oms, unicef, unrwa, esercito, forze armate,
    idf, portavoce militare, capo di stato maggiore, ufficio stampa, ministero della sanità, dipartimento, downing street,
    consiglio di sicurezza`),
  justice: words(`giudice, giudici, procuratore, procuratrice, procura, tribunale, corte, polizia, poliziotto, poliziotti,
    carabinieri, questura, questore, inquirenti, investigatori, magistrato, magistrati, magistratura, pm, gip, gup,
    cassazione, avvocatura, guardia di finanza, accusa, pubblica accusa`),
  expert: words(`professore, professoressa, ricercatore, ricercatrice, ricercatori, scienziato, scienziata, scienziati,
    economista, economisti, esperto, esperti, esperta, specialista, specialisti, docente, analista, analisti, storico,
    storica, sociologo, sociologa, politologo, politologa, medico, medici, epidemiologo, epidemiologa, virologo, virologa,
    università, istituto, laboratorio, climatologo, meteorologo, primario, tecnici, periti, perito, ingegnere, ingegnera, ingegneri,
    politecnico`),
  business: words(`azienda, amministratore delegato, ad, ceo, fondatore, fondatrice, banca, commerciante, commercianti,
    imprenditore, imprenditrice, imprenditori, industriale, industriali, azionisti, costruttore, confindustria, società
    per azioni, gruppo industriale`),
  advocacy: words(`ong, sindacato, sindacati, sindacalista, attivista, attivisti, collettivo, difensore, difensori,
    organizzazione umanitaria, cgil, cisl, uil, associazione dei consumatori, codacons, legambiente, amnesty, croce rossa,
    mezzaluna rossa, medici senza frontiere, emergency, save the children`),
  media: words(`giornalista, giornalisti, redazione, editorialista, cronista, inviato, inviata, agenzia di stampa, ansa,
    adnkronos, reuters, quotidiano, settimanale, rivista, tass, emittente, tv, network, media`),
  citizen: words(`abitante, abitanti, residente, residenti, testimone, testimoni, passante, passanti, elettore, elettori,
    genitore, genitori, vittima, vittime, pescatore, pescatori, agricoltore, agricoltori, dipendente, dipendenti,
    lavoratore, lavoratori, operaio, operai, studente, studenti, studentessa, manifestante, manifestanti, pensionato,
    pensionati, automobilista, automobilisti, turisti, vicino, vicina, vicini, madre, padre, sopravvissuto, sopravvissuta,
    sopravvissuti, ostaggio, ostaggi, inquilino, inquilini, consumatore, consumatori, paziente, pazienti, tifoso, tifosi`),
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`presidente, partito, campagna, camera, senato, sinistra, destra, centrodestra, centrosinistra`),
  official: words(`responsabile, responsabili, portavoce, consigliere, consigliera, consiglieri, ufficio, consiglio,
    comitato, direzione, direttore generale, servizio, servizi, capo, comandante, segretario generale`),
  justice: words(`avvocato, avvocata, avvocati, legale, legali`),
  expert: words(`centro, dottore, dottoressa, direttore di ricerca`),
  business: words(`società, gruppo, direttore, direttrice, compagnia, dirigente, dirigenti, presidente del club`),
  advocacy: words(`associazione, associazioni, fondazione, organizzazione, federazione, comitato regionale`),
  media: words(`giornale, canale, radio, televisione, sito`),
  citizen: words(`famiglia, famiglie, capitano, membri, comunità, allenatore, tecnico, ct, giocatore, giocatrice, atleta,
    tennista, calciatore`),
};

export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);
export const ROLE_WORDS_MAX = 4;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const ROLELESS_SOURCE_NOUNS = set(`fonte fonti qualcuno critici detrattori oppositori sostenitori osservatori vicini
  persona persone gente voci`);
export const ROLELESS_ALONE = set(`alcuni altri molti diversi`);
export const NOBODY = set(`nessuno nessuna`);
export const ROLE_BODY_WORDS = set(`ufficio consiglio comitato associazione cooperativa società federazione partito azienda
  istituto agenzia dipartimento ministero gruppo fondazione commissione gabinetto`);
export const APPOSITION_HEAD_ENDS = set(`di d' del dello della dell' dei degli delle a al alla ai agli alle per presso con in
  nel nella su sul sulla che cui e`);
export const ROLE_WINDOW_BREAKERS = set(`detto dichiarato affermato secondo a al alla l' da di del della con in su per come che
  quando ma se chi ha hanno è sono era e o lui lei loro`);
export const BUSINESS_FOLLOWERS = set(`ad ceo fondatore cofondatore azionisti negozi azioni acquisizione sede clienti`);
export const BUSINESS_OF = set(`acquisizione azioni azionisti ad ceo fondatore cofondatore proprietario proprietari dirigenti`);
export const ROLE_ANAPHORS = set(`azienda società gruppo compagnia costruttore marchio giornale emittente`);
export const ROLE_DOCUMENT_HEADS = set(`ricerca statistiche risultati cifre dati`);
export const APPOSITION_OPENERS = set(`un uno una un' il lo la l' suo sua suoi sue loro che ormai anche ex già`);
export const ROLE_COPULAS = set(`è era sono erano resta`);
export const COPULA_ADVERBS = set(`davvero anche ancora ormai solo soltanto semplicemente`);
/** A people named after a place, as a plural: "gli Italiani", "i Francesi" (mostly lower case in Italian: rare). */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:ani|ane|esi|ini|ine)$/u;
