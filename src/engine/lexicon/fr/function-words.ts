/**
 * Lexicon: French closed-class words the phrase scanners and constructions need — where a subject noun phrase stops,
 * the auxiliaries, clitics and adverbs that sit between a speaker and the cue ("le ministre a également déclaré",
 * "s'est inquiétée", "n'a pas dit"), prepositions and time words that open adjuncts, and the conjunctions that join or
 * subordinate a clause. Elided forms are listed as the segmenter splits them off ("l'", "qu'", "s'").
 */
import { WEEKDAYS_LOWER } from './calendar.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** The compound tenses' auxiliaries in the third person ("a déclaré", "avait indiqué", "s'est dit"). */
export const AUXILIARIES = set(`a ont avait avaient aura auront aurait auraient eut eurent est sont était étaient sera
  seront serait seraient fut furent`);

export const PHRASE_BREAKERS = set(`que qu' qui dont où si mais ou et donc or ni car quand lorsque lorsqu' puisque
  puisqu' comme alors aussi est sont était étaient être été a ont avait avaient aura auront aurait auraient avoir ne n'
  pas jamais plus se s' y lui leur eux me m' te t' cela ceci ça c' afin pendant après avant dès depuis ainsi
  toutefois cependant pourtant désormais ensuite puis enfin déjà encore toujours très trop seulement même selon`);

/** Adverbs, auxiliaries and clitics allowed between a speaker and the cue. */
export const BETWEEN_SUBJECT_AND_CUE = new Set([...AUXILIARIES, ...WEEKDAYS_LOWER, ...set(`s' se ne n' pas jamais plus
  aussi également encore déjà toujours alors ensuite enfin notamment lui-même elle-même eux-mêmes lui leur nous vous
  y en bien ainsi même pourtant cependant d'abord hier aujourd'hui récemment publiquement clairement finalement
  immédiatement officiellement précédemment ouvertement longuement fermement vivement simplement seulement vraiment
  également auparavant ultérieurement rapidement souvent régulièrement volontiers été`)]);

export const NEGATIONS = set(`ne n' pas jamais ni guère aucun aucune`);

/** Prepositions that open an adjunct between a cue and its content ("a déclaré dans un communiqué que …"). */
export const PREPOSITIONS = set(`à au aux en dans sur sous par pour avec sans chez entre vers depuis pendant avant
  après lors malgré parmi dès jusqu'à jusqu' face auprès durant`);

/** Prepositions that open a topic after a verb of talking ("a parlé de …", "s'est exprimé sur …"). */
export const TOPIC_PREPOSITIONS = set(`de d' du des sur concernant contre`);

export const DURATION_NOUNS = set(`secondes minute minutes heure heures jour jours semaine semaines mois an ans année
  années décennie décennies longtemps`);
export const DURATION_QUANTIFIERS = set(`environ près presque plus moins quelques plusieurs des deux trois quatre cinq
  six sept huit neuf dix vingt trente quarante cinquante cent de d' les dernières derniers prochaines prochains`);
export const TIME_NOUNS = set(`hier aujourd'hui demain semaine mois année an matin soir après-midi nuit week-end soirée
  matinée`);
export const WH_WORDS = set(`comment pourquoi quand où qui quoi quel quelle quels quelles combien lequel laquelle`);

export const TIME_WORDS = new Set([...WEEKDAYS_LOWER, ...set(`hier aujourd'hui demain matin soir après-midi nuit
  semaine mois année dernier dernière derniers prochain prochaine récemment week-end`)]);

/** Articles; "du", "des", "au", "aux" hold a preposition too ("le porte-parole du gouvernement"). */
export const ARTICLES = set(`le la les l' un une`);
/** Contracted articles and demonstratives: a cue form after one is a noun ("du juge", "des notes", "cette annonce"). */
export const NOUN_MARKERS = set(`du des au aux ce cet cette ces`);
export const POSSESSIVES = set(`son sa ses leur leurs mon ma mes notre nos votre vos ton ta tes`);
export const DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES, ...set(`plusieurs certains certaines quelques tous toutes
  chaque aucun aucune d' de`)]);
export const CONTEXT_DETERMINERS = new Set([...ARTICLES, ...NOUN_MARKERS, ...POSSESSIVES]);
export const CONTEXT_PREPOSITIONS = set(`à au aux de d' du dans sur pour par avec en lors après avant contre depuis`);
/** The auxiliaries and clitics a compound cue carries ("a déclaré", "s'est dit"). */
export const CUE_PREFIX = new Set([...AUXILIARIES, ...set(`s' se`)]);

export const MODEL_PRONOUNS = set(`il elle ils elles on je j' nous vous lui eux qui`);
export const MODEL_AUXILIARIES = new Set([...AUXILIARIES, ...set(`être avoir été ne n' pas`)]);
export const MODEL_PREPOSITIONS = set(`à au aux de d' du dans sur pour par avec en lors après avant contre depuis comme`);
export const PASSIVE_AUXILIARIES = set(`est sont était étaient été être sera seront serait fut`);
export const SUBORDINATE_OPENERS = set(`quand lorsque lorsqu' pendant après avant parce puisque puisqu' tandis alors`);
export const SUBORDINATORS = set(`comme alors tandis quand lorsque lorsqu' puisque puisqu' parce bien même depuis où`);
export const ADJUNCT_CONJUNCTIONS = set(`quand lorsque lorsqu' comme alors`);
export const BARE_CUE_OPENERS = set(`quand lorsque lorsqu' après comme avant si`);
export const CLAUSE_JOINERS = set(`mais qui tandis bien alors malgré même quoique cependant pourtant or`);
export const SENTENCE_CONNECTIVES = set(`mais et donc or ainsi cependant pourtant toutefois néanmoins enfin ensuite puis alors
  aussi également désormais aujourd'hui hier demain finalement d'ailleurs déjà encore toujours bref certes si quand
  lorsque lorsqu' comme après avant`);

/** Elided words, split off the word after them: "l'avocat", "qu'il", "d'après", "s'est", "jusqu'à". Longest first. */
export const ELISIONS: readonly string[] = ["lorsqu'", "puisqu'", "quoiqu'", "jusqu'", "qu'", "l'", "d'", "j'", "m'", "n'",
  "s'", "t'", "c'"];

/** Subject pronouns inverted after the verb: "a-t-il", "dit-elle", "ont-ils", "affirme-t-on". Longest first. */
export const INVERTED_CLITICS: readonly string[] = ['-t-elles', '-t-elle', '-t-ils', '-t-il', '-t-on', '-elles', '-elle',
  '-ils', '-il', '-on', '-nous', '-vous', '-je'];

/** Auxiliaries before an inverted speaker: "…, a affirmé le ministre", "…, a-t-il dit", "…, avait-elle écrit". */
export const INVERTED_AUXILIARIES: ReadonlySet<string> = AUXILIARIES;

/** Words between an inverted cue and its speaker: "…, a déclaré jeudi le ministre", "…, a ensuite ajouté l'avocat". */
export const INCISE_ADJUNCTS: ReadonlySet<string> = new Set([...WEEKDAYS_LOWER, ...set(`hier aujourd'hui ensuite encore
  également aussi alors enfin mardi soir matin lors`)]);

/** The compound past's auxiliaries ("avoir"): a participle after one reports ("a déclaré", "avaient indiqué"). */
export const PERFECT_AUXILIARIES = set(`a ont avait avaient aura auront aurait auraient eut eurent ai avons avez as`);

/** "Comme l'a souligné l'Arcep, …", "…, comme le rappelle le ministre": the opener and the clitic of an as-clause. */
export const AS_CLAUSE_OPENERS = set(`comme`);
export const OBJECT_CLITICS = set(`l' le`);

/** "…, estime pour sa part Nadia", "…, rappelle de son côté le parquet": phrases between an inverted cue and its speaker. */
export const INCISE_ADJUNCT_PHRASES: readonly string[] = ['pour sa part', 'pour leur part', 'de son côté',
  'de leur côté', 'quant à lui', 'quant à elle', 'quant à eux', 'à son tour', 'à leur tour', 'lui aussi', 'elle aussi',
  'eux aussi', 'elles aussi', 'pour sa défense', 'dans un communiqué', 'dans une déclaration', 'sur twitter', 'sur x',
  'sur son compte', 'en conférence de presse'];

/** "…, a déclaré à l'AFP Laurent Brun": the prepositions of a hearer inside an incise. */
export const INCISE_HEARER_PREPOSITIONS = set(`à au aux`);

/** Demonstrative subjects: "Cela explique la hausse", "Ça montre que …" name nobody who speaks. */
export const IMPERSONAL_SUBJECTS = set(`cela ceci ça c'`);

/** The articles of a feminine and a masculine noun ("la direction … elle", "le gouvernement … il"); "l'" tells neither. */
export const FEMININE_ARTICLES = set(`la cette une`);
export const MASCULINE_ARTICLES = set(`le ce cet un`);

/** Reflexive pronouns, elided or not: "s'est inquiétée", "se félicite". */
export const REFLEXIVES = set(`s' se`);
