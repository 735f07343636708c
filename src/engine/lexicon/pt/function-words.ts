/**
 * Lexicon: Portuguese closed-class words the phrase scanners and constructions need — where a subject noun phrase
 * stops, the auxiliaries, clitics and adverbs that sit between a speaker and the cue ("o ministro também tem dito",
 * "não disse", "lhe disse"), prepositions (with their contractions: "do", "na", "pelo") and time words that open
 * adjuncts ("nesta segunda-feira"), and the conjunctions that join or subordinate a clause.
 */
import { WEEKDAYS_LOWER } from './calendar.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** The compound tenses' auxiliaries in the third person ("tem afirmado", "havia dito", "teria dito", "terá dito"). */
const COMPOUND_AUXILIARIES = set(`tem têm tinha tinham teve tiveram terá terão teria teriam tivesse tivessem há havia haviam
  houvera haverá haveria haveriam tenho temos tinha`);

/** Verbs before "a" and an infinitive cue: "voltou a dizer", "chegou a afirmar", "tem vindo a afirmar". */
export const RETURN_VERBS = set(`volta voltam voltou voltaram voltava chegou chegaram chega passou passaram passa começou começaram
  vindo`);

/**
 * What a participle or an infinitive cue reports after: a compound tense's auxiliary ("tem dito"), or a verb before
 * "a" and the infinitive ("voltou a dizer": split-words.ts reads "a dizer" as one word).
 */
export const PERFECT_AUXILIARIES = new Set([...COMPOUND_AUXILIARIES, ...RETURN_VERBS]);

/** Auxiliaries of the passive and progressive, and modals before an infinitive. */
const OTHER_AUXILIARIES = set(`é são era eram foi foram será serão seria seriam está estão estava estavam esteve estiveram estará
  estaria vem vêm vinha vinham vai vão ia iam pode podem podia poderia poderiam deve devem devia deveria deveriam`);

export const AUXILIARIES = new Set([...COMPOUND_AUXILIARIES, ...OTHER_AUXILIARIES]);

export const PHRASE_BREAKERS = set(`que quem qual quais cujo cuja onde quando se mas ou e nem pois porque porém contudo entretanto
  todavia como enquanto é são era eram foi foram ser sido será seria tem têm tinha tinham ter havia há não nunca já lhe lhes
  isso isto aquilo após antes depois durante desde até assim ainda também segundo conforme muito mais bem sempre só apenas
  mesmo`);

/** Adverbs, auxiliaries and clitics allowed between a speaker and the cue. */
export const BETWEEN_SUBJECT_AND_CUE = new Set([...AUXILIARIES, ...WEEKDAYS_LOWER, ...set(`não nunca tampouco jamais já também ainda então depois
  lhe lhes me nos se te vos sempre só apenas mesmo inclusive novamente ontem hoje anteontem recentemente publicamente
  claramente finalmente imediatamente oficialmente anteriormente abertamente firmemente categoricamente repetidamente
  reiteradamente enfaticamente rapidamente frequentemente logo igualmente`), ...RETURN_VERBS]);

export const NEGATIONS = set(`não nunca nem jamais tampouco nenhum nenhuma`);

/**
 * Prepositions (and their contractions) that open an adjunct between a cue and its content ("disse em nota que …");
 * not "a", which is the feminine article far more often than the preposition ("segundo a PM").
 */
export const PREPOSITIONS = set(`ao aos à às em no na nos nas num numa de do da dos das dum duma por pelo pela pelos pelas
  para pra com sem sob sobre entre contra até desde durante após perante ante mediante neste nesta nestes nestas nesse nessa
  naquele naquela deste desta desse dessa daquele daquela`);

/** Prepositions that open a topic after a verb of talking ("falou sobre …", "comentou a respeito de …"). */
export const TOPIC_PREPOSITIONS = set(`sobre de do da dos das acerca quanto em no na contra`);

export const DURATION_NOUNS = set(`segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos década décadas`);
export const DURATION_QUANTIFIERS = set(`cerca quase mais menos alguns algumas vários várias dois duas três quatro cinco seis sete
  oito nove dez vinte trinta quarenta cinquenta cem os as últimos últimas próximos próximas de`);
export const TIME_NOUNS = set(`ontem hoje amanhã anteontem semana mês ano manhã tarde noite madrugada fim-de-semana`);
export const WH_WORDS = set(`como porque por quando onde quem que qual quais quanto quanta quantos quantas`);

export const TIME_WORDS = new Set([...WEEKDAYS_LOWER, ...set(`ontem hoje amanhã anteontem manhã tarde noite madrugada semana mês
  ano passado passada próximo próxima recentemente nesta neste nessa nesse`)]);

/** Articles. */
export const ARTICLES = set(`o a os as um uma uns umas`);
/**
 * Contracted articles and demonstratives: a cue form after one is a noun ("da fala", "na conta", "essa resposta");
 * the bare articles too ("a fala", "o alerta"), since an object clitic before a cue verb is rare in news.
 */
export const NOUN_MARKERS = new Set([...ARTICLES, ...set(`do da dos das na nas no ao aos à às pelo pela pelos pelas num numa dum
  duma este esta estes estas esse essa esses essas aquele aquela aqueles aquelas`)]);
export const POSSESSIVES = set(`seu sua seus suas meu minha meus minhas nosso nossa nossos nossas teu tua teus tuas dele dela
  deles delas`);
export const DETERMINERS = new Set([...ARTICLES, ...set(`do da dos das no na nos nas ao aos à às pelo pela pelos pelas este esta
  estes estas esse essa esses essas aquele aquela aqueles aquelas seu sua seus suas nosso nossa nossos nossas vários várias
  alguns algumas todos todas cada nenhum nenhuma muitos muitas`)]);
export const CONTEXT_DETERMINERS = new Set([...ARTICLES, ...set(`este esta estes estas esse essa esses essas seu sua seus suas`)]);
export const CONTEXT_PREPOSITIONS = set(`ao aos à às em no na nos nas de do da dos das por pelo pela para com sobre contra após
  durante`);
/** The auxiliaries and clitics a compound cue carries ("tem afirmado", "havia dito", "se queixou"). */
export const CUE_PREFIX = new Set([...COMPOUND_AUXILIARIES, ...RETURN_VERBS, 'se']);

export const MODEL_PRONOUNS = set(`ele ela eles elas eu nós você vocês lhe lhes quem`);
export const MODEL_AUXILIARIES = new Set([...AUXILIARIES, ...set(`ser ter estar haver sido não`)]);
export const MODEL_PREPOSITIONS = set(`ao em no na de do da por pelo pela para com sobre contra após durante como`);
export const PASSIVE_AUXILIARIES = set(`é são era eram foi foram sido ser será serão seria seriam`);
export const SUBORDINATE_OPENERS = set(`quando enquanto porque embora caso após antes depois durante conforme se`);
export const SUBORDINATORS = set(`como enquanto quando porque pois embora caso conforme se onde desde`);
export const ADJUNCT_CONJUNCTIONS = set(`quando enquanto como`);
export const BARE_CUE_OPENERS = set(`quando enquanto após antes como se`);
export const CLAUSE_JOINERS = set(`mas que enquanto embora porém contudo entretanto todavia`);
export const SENTENCE_CONNECTIVES = set(`mas e então assim porém contudo entretanto todavia além depois ainda também hoje ontem amanhã
  finalmente já agora se quando como após antes`);

/** Auxiliaries before an inverted speaker: "…, tem afirmado o ministro", "…, havia dito a juíza". */
export const INVERTED_AUXILIARIES: ReadonlySet<string> = COMPOUND_AUXILIARIES;

/**
 * Words between an inverted cue and its speaker: "…, disse nesta segunda-feira o ministro", "…, afirmou ainda a
 * porta-voz", "…, disse-lhe o juiz" (the clitic split off its verb).
 */
export const INCISE_ADJUNCTS: ReadonlySet<string> = new Set([...WEEKDAYS_LOWER, ...set(`ontem hoje anteontem ainda também então
  depois nesta neste nessa nesse lhe lhes me nos se manhã tarde noite`)]);

/** "…, disse por sua vez o ministro", "…, afirmou em nota a empresa": phrases between an inverted cue and its speaker. */
export const INCISE_ADJUNCT_PHRASES: readonly string[] = ['por sua vez', 'por seu lado', 'por seu turno', 'em nota', 'em comunicado',
  'em entrevista', 'em entrevista coletiva', 'em coletiva', 'em coletiva de imprensa', 'em conferência de imprensa', 'nas redes sociais',
  'em suas redes sociais', 'no twitter', 'no x', 'no instagram', 'em vídeo', 'em declarações', 'na ocasião', 'em seguida',
  'na sequência', 'à imprensa', 'aos jornalistas'];

/** "…, disse ao g1 o delegado", "…, afirmou à Lusa a ministra": the prepositions of a hearer inside an incise. */
export const INCISE_HEARER_PREPOSITIONS = set(`ao aos à às`);

/** Demonstrative subjects: "Isso mostra que …", "Isto explica …" name nobody who speaks. */
export const IMPERSONAL_SUBJECTS = set(`isso isto aquilo tudo`);

/** The articles of a feminine and a masculine noun ("a empresa … ela", "o governo … ele"). */
export const FEMININE_ARTICLES = set(`a uma esta essa aquela da na pela`);
export const MASCULINE_ARTICLES = set(`o um este esse aquele do no pelo`);

/** Reflexive pronouns: "queixou-se", "se queixou". */
export const REFLEXIVES = set(`se`);
