/**
 * Lexicon: Spanish closed-class words the phrase scanners and constructions need — where a subject noun phrase stops,
 * the auxiliaries, clitics and adverbs that sit between a speaker and the cue ("el ministro también ha dicho", "le
 * dijo", "no ha explicado"), prepositions and time words that open adjuncts, and the conjunctions that join or
 * subordinate a clause. "del" and "al" are a preposition and an article in one word.
 */
import { WEEKDAYS_LOWER } from './calendar.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** The compound tenses' auxiliary "haber" in the third person ("ha dicho", "había señalado", "habría afirmado"). */
export const AUXILIARIES = set(`ha han había habían habrá habrán habría habrían hubo hubieron haya hayan hubiera hubieran`);

/**
 * Words where a subject read leftwards from its cue stops: conjunctions, relatives, auxiliaries, clitics, and the time
 * a sentence may open with before its subject and no comma ("El viernes pasado un alto cargo … aclaró que …").
 */
export const PHRASE_BREAKERS = new Set([...WEEKDAYS_LOWER, ...set(`que quien quienes cuyo cuya donde si pero o u y e ni
  pues porque cuando mientras como aunque ya es son era eran fue fueron ser sido está están estaba estaban ha han había
  habían habrá habría no nunca se le les me te nos esto eso ello tras durante después antes desde así sin embargo
  además también todavía aún muy sólo solo incluso según pasado pasada ayer hoy anoche`)]);

/** Adverbs, auxiliaries and clitics allowed between a speaker and the cue. */
export const BETWEEN_SUBJECT_AND_CUE = new Set([...AUXILIARIES, ...WEEKDAYS_LOWER, ...set(`se le les lo la me nos no tampoco jamás
  nunca ya también además todavía aún entonces luego finalmente incluso ayer hoy anoche recientemente públicamente
  claramente posteriormente inmediatamente oficialmente previamente abiertamente firmemente simplemente solo sólo
  realmente siempre después antes así bien este mismo misma mismos`)]);

export const NEGATIONS = set(`no nunca jamás ni tampoco ningún ninguna`);

/** Prepositions that open an adjunct between a cue and its content ("dijo en un comunicado que …"). */
export const PREPOSITIONS = set(`a al en sobre bajo por para con sin entre hacia desde durante antes tras ante mediante
  contra según hasta del`);

/** Prepositions that open a topic after a verb of talking ("habló de …", "se refirió a …"). */
export const TOPIC_PREPOSITIONS = set(`de del sobre acerca respecto contra`);

export const DURATION_NOUNS = set(`segundos minuto minutos hora horas día días semana semanas mes meses año años década
  décadas rato`);
export const DURATION_QUANTIFIERS = set(`unos unas cerca casi más menos algunos algunas varios varias dos tres cuatro
  cinco seis siete ocho nueve diez veinte treinta cuarenta cincuenta cien de los las últimos últimas próximos próximas`);
export const TIME_NOUNS = set(`ayer hoy mañana anoche semana mes año noche tarde madrugada mediodía fin`);
export const WH_WORDS = set(`cómo por qué cuándo dónde quién quiénes qué cuál cuáles cuánto cuánta cuántos cuántas si`);

export const TIME_WORDS = new Set([...WEEKDAYS_LOWER, ...set(`ayer hoy mañana anoche tarde noche madrugada semana mes año
  pasado pasada próximo próxima recientemente`)]);

/** Articles; "del" and "al" hold a preposition too ("el portavoz del Gobierno"). */
export const ARTICLES = set(`el la los las un una unos unas lo`);
/**
 * Articles, demonstratives and contracted articles: a cue form after one is a noun ("una muestra", "el dicho", "del
 * informe", "esta declaración"); a clitic before a cue is "lo", "le" or "les", which are none of these.
 */
export const NOUN_MARKERS = set(`el la los las un una unos unas del al este esta estos estas ese esa esos esas aquel aquella
  dicho dicha`);
export const POSSESSIVES = set(`su sus mi mis tu tus nuestro nuestra nuestros nuestras vuestro vuestra`);
export const DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES, ...set(`varios varias algunos algunas
  ciertos ciertas todos todas cada ningún ninguna otro otra otros otras`)]);
export const CONTEXT_DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES]);
export const CONTEXT_PREPOSITIONS = set(`a al de del en sobre para por con tras ante durante desde contra`);
/** The auxiliaries and clitics a compound cue carries ("ha dicho", "se quejó"). */
export const CUE_PREFIX = new Set([...AUXILIARIES, ...set(`se`)]);

export const MODEL_PRONOUNS = set(`él ella ellos ellas yo nosotros usted ustedes quien quienes que`);
export const MODEL_AUXILIARIES = new Set([...AUXILIARIES, ...set(`ser haber sido no`)]);
export const MODEL_PREPOSITIONS = set(`a al de del en sobre para por con tras ante durante desde contra como`);
export const PASSIVE_AUXILIARIES = set(`es son era eran fue fueron sido ser será serán sería serían está están estaba
  estaban`);
export const SUBORDINATE_OPENERS = set(`cuando mientras después antes porque pues aunque ya`);
export const SUBORDINATORS = set(`como mientras cuando porque pues aunque si desde donde`);
export const ADJUNCT_CONJUNCTIONS = set(`cuando como mientras`);
/**
 * Words before a cue that make it a report of its own after an incise's trailing words: "…, dijo al ser preguntado
 * si …", and the relative that goes on with the speaker's next report: "…, ha asegurado Saiz, que ha añadido que …".
 */
export const BARE_CUE_OPENERS = set(`cuando tras después como antes si al que quien ha había`);
export const CLAUSE_JOINERS = set(`pero quien quienes mientras aunque sin embargo no obstante`);
export const SENTENCE_CONNECTIVES = set(`pero y así sin embargo además también entonces luego finalmente hoy ayer mañana
  ya aún todavía incluso si cuando como tras después antes por eso asimismo igualmente`);

/** Auxiliaries before an inverted speaker: "…, ha dicho el ministro", "…, había señalado la portavoz". */
export const INVERTED_AUXILIARIES: ReadonlySet<string> = AUXILIARIES;

/** Words between an inverted cue and its speaker: "…, dijo ayer el ministro", "…, añadió después la fiscal". */
export const INCISE_ADJUNCTS: ReadonlySet<string> = new Set([...WEEKDAYS_LOWER, ...set(`ayer hoy anoche después luego
  también además entonces finalmente este esta mañana tarde noche`)]);

/** The perfect's auxiliaries ("haber"): a participle after one reports ("ha dicho", "habían afirmado"). */
export const PERFECT_AUXILIARIES = set(`ha han había habían habrá habrán habría habrían hubo hubieron haya hayan hubiera
  hubieran he hemos has habéis`);

/** "Como dijo el ministro, …", "…, tal y como lo explicó la portavoz": the opener and the clitic of an as-clause. */
export const AS_CLAUSE_OPENERS = set(`como así`);
/** "Así lo ha anunciado el presidente": the as-clause reports the sentence before it. */
export const ANAPHORIC_AS_OPENERS = set(`así`);
/** "Según dijo el ministro, …", "…, según informó la Policía": an as-clause with no clitic. */
export const BARE_AS_OPENERS = set(`según`);
export const OBJECT_CLITICS = set(`lo`);

/** "…, dijo por su parte el ministro", "…, señaló a su vez la fiscal": phrases between an inverted cue and its speaker. */
export const INCISE_ADJUNCT_PHRASES: readonly string[] = ['por su parte', 'a su vez', 'por otra parte', 'por otro lado',
  'en un comunicado', 'en una declaración', 'en rueda de prensa', 'en conferencia de prensa', 'en declaraciones',
  'en una entrevista', 'en su cuenta', 'en redes sociales', 'en x', 'en twitter', 'este lunes', 'este martes',
  'este miércoles', 'este jueves', 'este viernes', 'este sábado', 'este domingo', 'esta mañana', 'esta semana',
  'el lunes', 'el martes', 'el miércoles', 'el jueves', 'el viernes', 'el sábado', 'el domingo', 'a la prensa',
  'a los periodistas', 'a los medios'];

/** "…, dijo a EFE el ministro", "…, declaró al diario la fiscal": the prepositions of a hearer inside an incise. */
export const INCISE_HEARER_PREPOSITIONS = set(`a al`);

/** Demonstrative subjects: "Esto explica la subida", "Eso muestra que …" name nobody who speaks. */
export const IMPERSONAL_SUBJECTS = set(`esto eso ello aquello`);

/** The articles of a feminine and a masculine noun ("la dirección … ella", "el Gobierno … él"). */
export const FEMININE_ARTICLES = set(`la una esta esa`);
export const MASCULINE_ARTICLES = set(`el un este ese`);

/** Reflexive pronouns: "se quejó", "se lamentó". */
export const REFLEXIVES = set(`se`);

/** A time adjunct between a cue and its clause: "anunció el pasado sábado que …", "remarcó este martes que …". */
export const ADJUNCTS_BEFORE_CLAUSE = new Set([...WEEKDAYS_LOWER, ...set(`el la los las este esta ese esa pasado pasada
  próximo ayer hoy anoche mañana tarde noche mediodía madrugada semana mes año día de del por hace unos unas meses
  semanas días años`)]);

/**
 * Words after a comma that end an inverted speaker's apposition ("…, dijo la ministra, Ana Gil, en rueda de prensa"), and
 * the relatives that open a clause about the speaker ("…, denunció el concejal Pablo Serrano, que reclama …"): what
 * follows them is not more of the content.
 */
export const APPOSITION_ENDERS = new Set([...PREPOSITIONS, ...set(`que quien quienes cuyo cuya`)]);
