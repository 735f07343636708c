/**
 * Lexicon: the Italian words that tell what kind of actor a source is — titles before names ("Sig.", "la ministra",
 * "il portavoce", "il premier"), nouns of documents, of organisations and of unnamed sources — and the words a
 * speaker or hearer phrase may start with. Lower case; elided articles as split-words.ts splits them ("l'").
 */
import { ARTICLES } from './function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const TITLES = set(`sig sig.ra sigra signor signora dott dott.ssa dottssa dottor dottore dottoressa prof prof.ssa
  professore professoressa on onorevole sen senatore senatrice avv avvocato avvocata ing ingegnere mons monsignor don
  presidente ministro ministra ministri premier primo prima segretario segretaria generale direttore direttrice portavoce
  sindaco sindaca prefetto prefetta procuratore procuratrice procuratori pm giudice senatori deputato deputata deputati
  ambasciatore ambasciatrice capo capi comandante commissario commissaria governatore governatrice re regina principe
  principessa papa pontefice cardinale vescovo arcivescovo imam rabbino consigliere consigliera capitano colonnello tenente
  generale maggiore sergente vice viceministro viceministra vicepresidente sottosegretario sottosegretaria assessore
  assessora ex leader fondatore fondatrice amministratore delegato ad ceo candidato candidata economista analista
  cancelliere cancelliera eurodeputato eurodeputata delegato delegata responsabile rappresentante allenatore allenatrice
  ct tecnico presidentessa questore questora magistrato magistrata ministero segretario`);

export const PERSON_TITLES = set(`sig sig.ra sigra signor signora dott dott.ssa dottor dottoressa prof prof.ssa professore
  professoressa on onorevole sen avv mons don presidente premier giudice sindaco sindaca senatore senatrice deputato
  deputata generale colonnello capitano re regina principe principessa papa cardinale ambasciatore ambasciatrice
  cancelliere cancelliera ministro ministra procuratore procuratrice prefetto prefetta portavoce allenatore ct capo
  commissario commissaria direttore direttrice segretario segretaria comandante governatore governatrice vicepremier
  viceministro viceministra vicepresidente sottosegretario sottosegretaria assessore assessora leader fondatore fondatrice`);

export const DOCUMENT_NOUNS = set(`documento documenti rapporto rapporti comunicato comunicati lettera dichiarazione nota
  note studio studi indagine sondaggio sondaggi progetto legge testo decreto sentenza decisione parere email messaggio
  tweet post pubblicazione articolo editoriale libro analisi bilancio cifre dati risoluzione denuncia esposto petizione
  ordinanza circolare direttiva proposta emendamento trattato accordo piano programma video dossier verbale memorandum
  relazione report ricerca inchiesta stima stime`);

export const ORGANISATION_NOUNS = set(`consiglio commissione comitato parlamento camera senato ministero dipartimento
  agenzia ufficio governo amministrazione gabinetto corte tribunale sindacato partito campagna azienda società gruppo
  organizzazione associazione istituto fondazione università servizio servizi polizia carabinieri esercito marina
  aeronautica forze squadra club rete giornale emittente federazione lega movimento maggioranza opposizione quirinale
  viminale farnesina prefettura comune regione provincia ambasciata consolato missione nato onu ue autorità regime stato
  banca fondo alleanza coalizione collettivo centro laboratorio operatore compagnia costruttore produttore distributore
  assicurazione procura questura ong esecutivo giunta protezione croce`);

export const UNNAMED_SOURCE_NOUNS = set(`fonte fonti responsabile responsabili funzionario funzionari esperto esperti
  analista analisti specialista specialisti osservatore osservatori vicino vicini consigliere consiglieri diplomatico
  diplomatici testimone testimoni abitante abitanti residente residenti elettori sostenitori oppositori critici alcuni
  molti diversi media portavoce rappresentante rappresentanti deputati eletti membri economisti scienziati ricercatori
  investigatori inquirenti attivisti manifestanti sondaggi studi documenti dirigenti partecipanti sindacati sindacalisti
  dipendenti lavoratori agricoltori pescatori utenti autorità vicina madre padre figlio figlia moglie marito donna uomo
  amico amica amici amiche collega colleghi studente studenti insegnante insegnanti infermiere infermiera infermieri
  medico medici poliziotto poliziotta poliziotti agente agenti vigile vigili pompiere pompieri vittima vittime
  sopravvissuto sopravvissuta sopravvissuti ostaggio ostaggi passante passanti famiglia famiglie genitori commerciante
  commercianti negoziante titolare titolari tecnico tecnici periti perito`);

export const PLURAL_PERSON_NOUNS = set(`gente polizia persone uomini donne bambini personale pubblico famiglie carabinieri`);

/** The endings of Italian nouns for people: ricercatori, ricercatrice, giornalista, farmacista, avvocato, abitanti. */
const PERSON_NOUN_ENDING = /(?:tore|tori|trice|trici|ista|isti|iste|iere|ieri|iera|iere|ante|anti|ente|enti|logo|logi|loga)$/u;

const THING_NOUNS = set(`motore motori computer settore settori valore valori errore errori colore colori calore vapore
  fattore fattori indicatore indicatori ristorante ristoranti carburante carburanti istante importante importanti
  sufficiente costante corrente ambiente ambienti accidente cliente clienti presente precedente seguente recente
  recenti mente ente enti parente parenti continente incidente incidenti evidente frequente interessante rilevante
  gigante diamante pista piste lista liste vista viste conquista intervista interviste rivista riviste cantiere cantieri
  quartiere quartieri carattere paniere frontiere frontiera bandiera bandiere maniera carriera barriera preghiera
  miniera testate testata sentiero pensiero pensieri mestiere mestieri dente denti`);

export function isPersonNoun(lower: string): boolean {
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower) || TITLES.has(lower)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

export const INDEFINITE_DETERMINERS = set(`un uno una un' alcuni alcune diversi diverse molti molte vari varie altri altre
  nessun nessuno nessuna qualche numerosi numerose certi certe`);

/** Lower-case words that may open an inverted speaker ("…, ha detto il ministro", "…, ha spiegato lei"). */
export const SPEAKER_LEAD_WORDS = new Set([...ARTICLES, ...set(`lui lei loro egli ella essi alcuni diversi suo sua suoi sue
  nostro`)]);

export const SPEAKER_PHRASE_STARTS = new Set([...ARTICLES, ...SUBJECT_PRONOUNS]);

/** Words that open a hearer after a verb that names one first ("ha avvertito i cittadini che …"). */
export const HEARER_WORDS = new Set([...OBJECT_PRONOUNS, ...set(`a al allo alla all' ai agli alle i gli le la lo l' il`)]);

export const NOT_A_NAME_ALONE = set(`Il Lo La I Gli Le L' Un Una E Ma In Nel Nella Per Con Da Dal Dalla Secondo Stando`);

/**
 * Titles a story rarely gives two people, so that the title alone writes again of the one just quoted; not "il
 * ministro", "il presidente", "il sindaco", "il ct", of which a story often has several.
 */
const ANAPHOR_TITLES = set(`direttore direttrice dg ambasciatore ambasciatrice vicepremier commissario commissaria`);

/**
 * The gender of a person a short definite description writes of again ("riassume il direttore", "ha aggiunto il
 * 29enne", "l'ambasciatrice ha spiegato"): one of ANAPHOR_TITLES or an age, told by the article ("il", "la") or, after
 * "l'", by the ending ("-trice", "-essa" a woman). Null for any other noun: "il comune" is a body.
 */
export function personAnaphorGender(article: string, head: string): 'f' | 'm' | null {
  if (!ANAPHOR_TITLES.has(head) && !/^\d+enne$/u.test(head)) return null;
  if (article === 'la' || article === 'una') return 'f';
  if (article === 'il' || article === 'lo' || article === 'un' || article === 'uno') return 'm';
  return article === "l'" ? (/(?:trice|essa)$/u.test(head) ? 'f' : 'm') : null;
}

/**
 * Countries and bodies a headline names straight after a title, one word ("Ambasciatore Israele:", "Capo Unrwa:"):
 * the title is the speaker, the name only says whose (find-sources.ts keeps the two as one name).
 */
const BODIES_AFTER_A_TITLE = set(`italia israele iran iraq russia cina francia germania spagna ucraina egitto turchia
  libano siria giordania qatar usa ue onu oms unrwa unicef nato idf hamas hezbollah vaticano
  india giappone brasile polonia grecia palestina anp`);

/** Lexicon.isTitleOfABody: "Ambasciatore Israele", "Capo Unrwa", a title and one of BODIES_AFTER_A_TITLE. */
export function isTitleOfABody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.length === 2 && TITLES.has(words[0] ?? '') && BODIES_AFTER_A_TITLE.has(words[1] ?? '');
}
