/**
 * Lexicon: Italian closed-class words the phrase scanners and constructions need — where a subject noun phrase
 * stops, the auxiliaries, clitics and adverbs that sit between a speaker and the cue ("il ministro ha poi detto",
 * "gli ha detto", "non ha detto", "si è detto"), prepositions (bare and joined to their article: "del", "nella",
 * "dall'") and time words that open adjuncts, and the conjunctions that join or subordinate a clause. Elided forms are
 * listed as split-words.ts splits them off ("l'", "dell'", "un'").
 */
import { WEEKDAYS_LOWER } from './calendar.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** The compound tenses' auxiliaries in the third person ("ha detto", "aveva spiegato", "si è detto", "avrebbe detto"). */
export const AUXILIARIES = set(`ha hanno aveva avevano avrà avranno avrebbe avrebbero ebbe ebbero abbia abbiano avesse
  avessero è sono era erano sarà saranno sarebbe sarebbero fu furono sia siano fosse fossero`);

/** Prepositions joined to an article: "del ministero", "nella nota", "dall'esercito". */
export const ARTICULATED_PREPOSITIONS = set(`del dello della dell' dei degli delle al allo alla all' ai agli alle dal dallo
  dalla dall' dai dagli dalle nel nello nella nell' nei negli nelle sul sullo sulla sull' sui sugli sulle col coi`);

export const PHRASE_BREAKERS = set(`che cui dove se ma o oppure quindi citando riferendosi commentando aggiungendo
  precisando sottolineando spiegando dunque però perché poiché quando mentre come
  anche già ancora sempre molto troppo solo soltanto è sono era erano essere ha hanno aveva avevano
  avere avuto non né si ci ne gli le lo mi ti vi questo questa ciò dopo prima durante secondo infatti inoltre tuttavia
  comunque pertanto intanto poi invece appunto cioè ossia`);

/** Adverbs, auxiliaries and clitics allowed between a speaker and the cue ("il ministro gli ha poi detto"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set([...AUXILIARIES, ...WEEKDAYS_LOWER, ...set(`si ci gli le lo l' ne mi ti vi non
  mai più anche pure inoltre poi già ancora sempre allora quindi infine dunque invece comunque intanto però tuttavia oggi
  ieri stamattina stamane stamani stasera stanotte recentemente pubblicamente chiaramente finalmente immediatamente ufficialmente
  precedentemente apertamente esplicitamente duramente fermamente nuovamente ripetutamente successivamente personalmente
  direttamente subito spesso sostanzialmente persino addirittura perfino stesso stessa stessi stesse inizialmente
  testualmente nettamente infatti invece quindi tuttavia dunque però comunque`)]);

export const NEGATIONS = set(`non né mai nessuno nessuna niente nulla`);

/** Prepositions that open an adjunct between a cue and its content ("ha detto in una nota che …"). */
export const PREPOSITIONS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`a ad in su per con tra fra da senza presso verso secondo
  durante dopo prima contro oltre tramite attraverso entro lungo sotto sopra dentro fuori davanti dietro accanto
  nonostante`)]);

/** Prepositions that open a topic after a verb of talking ("ha parlato di …", "si è espresso su …"). */
export const TOPIC_PREPOSITIONS = set(`di del della dei degli delle dello dell' su sul sulla sui sugli sulle riguardo circa`);

export const DURATION_NOUNS = set(`secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni
  decennio decenni tempo`);
export const DURATION_QUANTIFIERS = set(`circa quasi più meno alcuni alcune diversi diverse molti molte due tre quattro
  cinque sei sette otto nove dieci venti trenta quaranta cinquanta cento gli le ultimi ultime prossimi prossime qualche`);
export const TIME_NOUNS = set(`ieri oggi domani settimana mese anno mattina sera pomeriggio notte weekend fine serata
  mattinata stamattina stamane stasera stanotte`);
export const WH_WORDS = set(`come perché quando dove chi cosa che quale quali quanto quanta quanti quante`);

export const TIME_WORDS = new Set([...WEEKDAYS_LOWER, ...set(`ieri oggi domani mattina sera pomeriggio notte settimana mese
  anno scorso scorsa prossimo prossima recentemente weekend stamattina stamane stamani stasera stanotte`)]);

/** Articles, elided as split-words.ts splits them ("l'", "un'"). */
export const ARTICLES = set(`il lo la i gli le l' un uno una un'`);
/** Articulated prepositions and demonstratives: a cue form after one is a noun ("della conferma", "questa denuncia"). */
export const NOUN_MARKERS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`questo questa questi queste quest' quel quello
  quella quei quegli quelle quell'`)]);
export const POSSESSIVES = set(`suo sua suoi sue loro mio mia miei mie nostro nostra nostri nostre vostro vostra vostri
  vostre tuo tua tuoi tue`);
export const DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES, ...set(`alcuni alcune diversi diverse
  molti molte tutti tutte ogni ciascun ciascuno ciascuna nessun nessuno nessuna vari varie parecchi qualche`)]);
export const CONTEXT_DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES]);
export const CONTEXT_PREPOSITIONS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`a di d' in su per con da tra fra contro
  dopo prima durante`)]);
/** The auxiliaries and clitics a compound cue carries ("ha detto", "si è detto"). */
export const CUE_PREFIX = new Set([...AUXILIARIES, ...set(`si`)]);

export const MODEL_PRONOUNS = set(`lui lei egli ella loro essi esse io noi voi che`);
export const MODEL_AUXILIARIES = new Set([...AUXILIARIES, ...set(`essere avere stato stata stati state non`)]);
export const MODEL_PREPOSITIONS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`a di d' in su per con da tra fra contro
  dopo prima durante come`)]);
export const PASSIVE_AUXILIARIES = set(`è sono era erano stato stata stati state essere sarà saranno sarebbe sarebbero fu
  furono viene vengono veniva venivano`);
/** Modals: "potrebbe dire", "deve spiegare". */
export const MODALS = set(`può possono potrebbe potrebbero deve devono dovrebbe dovrebbero vuole vogliono vorrebbe
  vorrebbero`);
export const SUBORDINATE_OPENERS = set(`quando mentre dopo prima perché poiché siccome benché sebbene se anche`);
export const SUBORDINATORS = set(`come mentre quando poiché perché siccome benché sebbene dove dopo`);
export const ADJUNCT_CONJUNCTIONS = set(`quando mentre come`);
export const BARE_CUE_OPENERS = set(`quando mentre dopo come prima se`);
export const CLAUSE_JOINERS = set(`ma che mentre benché sebbene nonostante però tuttavia invece`);
export const SENTENCE_CONNECTIVES = set(`ma e ed quindi dunque così però tuttavia comunque infatti inoltre intanto poi
  infine anche oggi ieri domani finalmente già ancora sempre certo se quando mentre come dopo prima insomma eppure
  anzi`);

/** Elided words, split off the word after them: "l'esercito", "dell'Oms", "un'altra", "c'è". Longest first. */
export const ELISIONS: readonly string[] = ["quest'", "quell'", "dell'", "dall'", "nell'", "sull'", "all'", "coll'",
  "tutt'", "anch'", "dov'", "com'", "cos'", "un'", "d'", "l'", "c'", "s'", "m'", "t'", "v'", "n'"];

/** Auxiliaries before an inverted speaker: "…, ha affermato il ministro", "…, aveva detto Tedros". */
export const INVERTED_AUXILIARIES: ReadonlySet<string> = AUXILIARIES;

/** Words between an inverted cue and its speaker: "…, ha detto ieri il ministro", "…, ha poi aggiunto l'avvocato". */
export const INCISE_ADJUNCTS: ReadonlySet<string> = new Set([...WEEKDAYS_LOWER, ...set(`ieri oggi poi ancora anche inoltre
  infine allora stamattina stamane stamani stasera già successivamente nuovamente testualmente pure`)]);

/** The compound past's auxiliaries ("avere"): a participle after one reports ("ha dichiarato", "avevano spiegato"). */
export const PERFECT_AUXILIARIES = set(`ha hanno aveva avevano avrà avranno avrebbe avrebbero ebbe ebbero abbia abbiano
  avesse avessero avere avendo ho abbiamo avete hai`);

/** "Come ha detto il ministro, …", "…, come ricorda il sindaco": the opener of an as-clause (no clitic in Italian). */
export const AS_CLAUSE_OPENERS = set(`come`);
export const OBJECT_CLITICS = set(`lo l'`);

/** "…, ha detto da parte sua Rossi", "…, ha spiegato dal canto suo il sindaco": phrases between an inverted cue and its speaker. */
export const INCISE_ADJUNCT_PHRASES: readonly string[] = ['da parte sua', 'dal canto suo', 'dal canto loro', 'a sua volta',
  'a loro volta', 'anche lui', 'anche lei', 'anche loro', 'in una nota', 'in un comunicato', 'in una dichiarazione',
  'in conferenza stampa', 'un comunicato', 'una nota', 'in un post su x', 'su x', 'su twitter', 'sui social', 'su facebook', 'in un post', 'in un video', 'in lacrime',
  "in un'intervista", 'tramite social', 'poco dopo', 'in serata', 'in mattinata'];

/** "…, ha detto all'ANSA Mario Rossi": the prepositions of a hearer inside an incise. */
export const INCISE_HEARER_PREPOSITIONS = set(`a al allo alla all' ai agli alle ad`);
/** "Lo ha detto Peskov. Lo riporta Ria Novosti.": the clitic standing for a sentence that holds a report of its own. */
export const REPORT_OF_REPORT_OBJECTS = set(`lo l'`);
/** Prepositions of where or through what an inverted speaker spoke: "…, riferisce nel suo sito l'emittente", "sul profilo". */
export const INCISE_SETTING_PREPOSITIONS = set(`in nel nello nella nell' nei negli nelle su sul sullo sulla sull' sui sugli sulle
  durante tramite via`);

/** Demonstrative subjects: "Questo spiega l'aumento", "Ciò dimostra che …" name nobody who speaks. */
export const IMPERSONAL_SUBJECTS = set(`ciò questo quello`);

/** The articles of a feminine and a masculine noun ("la direzione … lei"); "l'" tells neither. */
export const FEMININE_ARTICLES = set(`la una questa quella le`);
export const MASCULINE_ARTICLES = set(`il lo un uno questo quello`);

/** Reflexive pronouns: "si è detto preoccupato". */
export const REFLEXIVES = set(`si`);

