/**
 * Lexicon: the French words and shapes the steps ask for one by one — quotation marks, word endings, the function
 * words a construction tests ("que", "de", "le", "par", "comme"), what a speaker phrase is not, the titles and
 * pronouns that tell a man from a woman, and the cue verbs with a trap of their own. The names are English's
 * (lexicon/en/seam-words.ts), so a search finds both languages' lists.
 */
import { PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

// ——— quotation marks: « … » with their (narrow) no-break spaces, “ … ”, and ‹ … › for a quotation within one ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '“', '‹']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”', '›']);
export const EXTRA_QUOTE_MARKS = '‹›';

// ——— word shapes ———
/** Adverbs in -ment ("clairement", "récemment"), not the nouns ("gouvernement", "parlement", "document"). */
export const ADVERB_ENDING = /(?:[aeiou]lement|llement|quement|emment|amment|ément|iment|ument|rement)$/u;
/** A past participle ("adoptée", "chargés"). */
export const PAST_ENDING = /(?:é|ée|és|ées)$/u;
/** A present participle ("expliquant"), long enough not to be "avant" or "enfant". */
export const GERUND_ENDING = /[^aeiou]ant$/u;
export const PLURAL_ENDING = /[^s][sx]$/u;
/** French has no possessive ending on a name ("le porte-parole de Macron"). */
export const POSSESSIVE_ENDING = /(?!)/u;
/** Imperfects and simple pasts inside a speaker phrase make it a clause ("travaillait", "décidèrent"). */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ait|aient|èrent)$/u.test(lower);
}
/** Subject pronouns, as the segmenter leaves them ("j'" elided). */
export const CONTRACTED_PRONOUN = /^(il|elle|ils|elles|on|je|j'|nous|vous|tu)$/u;
/** French contractions are elisions, split into tokens of their own: none makes a phrase a clause. */
export const CONTRACTION = /(?!)/u;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS = set(`que qu'`);
export const INFINITIVE_MARKERS = set(`de d' à`);
export const DEFINITE_ARTICLES = set(`le la les l'`);
export const INDEFINITE_ARTICLES = set(`un une des`);
export const AND_WORDS = set(`et`);
export const OF_WORDS = set(`de d' du des`);
export const AGENT_WORDS = set(`par`);
export const AS_WORDS = set(`comme`);
export const NAME_JOINERS = set(`de d' du des la le l' et pour sur`);
export const ACRONYM_SKIPPED = set(`de d' du des la le l' les et pour sur en à`);
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...set(`de d' du des par à au aux en pour avec sur dans chez`)]);
export const PLACE_PREPOSITIONS = set(`à au aux en dans de d' du`);
export const AUTHORED_VERBS = set(`rédigé rédigée écrit écrite signé signée publié publiée adopté adoptée déposé déposée
  envoyé envoyée présenté présentée préparé préparée`);
export const AUTHORED_AUXILIARIES = set(`a été est était avait`);
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['au moins', 'au plus']);

// ——— cue verbs with a trap of their own ———
export const SAY_LEMMA = 'dire';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_FORMS: ReadonlySet<string> = new Set();
/** "le projet dit « Macron »": naming, not reporting (and "dite", "dits" are no cues at all, cue-verbs.ts). */
export const NAMING_FORMS: ReadonlySet<string> = new Set();
export const NAMING_PREFIXES: ReadonlySet<string> = new Set();
export const NAMING_LEMMAS: ReadonlySet<string> = new Set();
/** "Jeanne Morel, depuis Kaboul": a reporter's credit line. */
export const CREDIT_LEMMAS = set(`rapporter`);
export const CREDIT_PREPOSITIONS = set(`depuis`);
export const NEWS_LEMMAS = set(`rapporter révéler`);
export const OUTER_REPORT_LEMMAS = set(`dire ajouter`);
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS = set(`mais et donc or ni car ou cependant pourtant toutefois néanmoins enfin ensuite puis
  alors ainsi aussi également désormais d'ailleurs bref certes quand lorsque lorsqu' si comme puisque puisqu' parce
  tandis bien quoique après avant depuis dès jusqu' jusqu'à où etc`);
export const CLAUSE_VERBS = set(`est sont était étaient être été a ont avait avaient avoir aura auront aurait auraient
  sera seront serait seraient fut peut peuvent pourrait doit doivent devrait semble semblent paraît reste restent
  devient deviennent ne n' pas jamais`);
export const NOT_A_HEAD_WORDS = set(`plus moins beaucoup tant autant tous toutes tout toute rien quelque chose personne
  chacun chacune aucun aucune même mêmes tel telle tels telles ceci cela ça ce c' ici là très trop assez déjà bientôt
  ensemble seul seule seuls seules oui non leur leurs son sa ses mon ma mes notre nos votre vos`);
export const HEAD_NUMERALS = set(`un une deux trois quatre cinq`);
export const BARE_SPEAKING_NOUNS = set(`police gendarmerie justice recherche gouvernement parlement`);
/** "Certains affirment …", and the generic "on" ("on dit que …"): somebody, nobody in particular. */
export const QUANTIFIER_PRONOUNS = set(`certains certaines plusieurs beaucoup d'autres tous toutes chacun aucun on`);
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS, ...set(`de d' du des et ou entre vers`)]);
export const RELATIVE_VERBS = set(`est sont était étaient a ont avait avaient sera seront`);
export const RELATIVE_CLAUSE_OPENERS = set(`qui dont`);
export const SPEAKER_OPENERS = set(`le la les l' un une son sa ses leur leurs`);
export const BODY_POSSESSIVES = set(`son sa ses leur leurs`);
export const ROLE_OF_WORDS = set(`de d' du des chez`);

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS = set(`elle`);
/** "M. Garnier", "Mme Royer" (lower case, without their full stop). */
export const MALE_TITLES = set(`m mm`);
export const FEMALE_TITLES = set(`mme mmes mlle mlles`);
export const GENERIC_DOCUMENT_NOUNS = set(`document documents texte`);
export const REPORT_JOINERS = set(`et mais`);
export const JOINED_REPORT_ADVERBS = set(`aussi également`);
export const TITLE_PREPOSITIONS = set(`de d' du des en`);
export const CONDITIONALS = set(`si`);
export const NAME_PARTICLES = set(`de d' du des la le van von da di`);
