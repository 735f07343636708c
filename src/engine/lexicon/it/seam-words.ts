/**
 * Lexicon: the Italian words and shapes the steps ask for one by one — quotation marks, word endings, the function
 * words a construction tests ("che", "di", "il", "da", "come"), what a speaker phrase is not, the titles and pronouns
 * that tell a man from a woman, and the cue verbs with a trap of their own. The names are English's
 * (lexicon/en/seam-words.ts), so a search finds every language's lists.
 */
import { ARTICULATED_PREPOSITIONS, PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

// ——— quotation marks: « … » (with “ … ” inside) and “ … ” ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”']);
export const EXTRA_QUOTE_MARKS = '';

// ——— word shapes ———
/** Adverbs in -mente ("chiaramente"), not the nouns ("mente", "parlamento" does not end so). */
export const ADVERB_ENDING = /[a-z]{3}mente$/u;
/** A past participle ("adottato", "accusata"). */
export const PAST_ENDING = /(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)$/u;
/** A gerund ("spiegando", "dicendo"). */
export const GERUND_ENDING = /[^aeiou](?:ando|endo)$/u;
export const PLURAL_ENDING = /[^aeiou][ie]$/u;
/** Italian has no possessive ending on a name ("il portavoce di Meloni"). */
export const POSSESSIVE_ENDING = /(?!)/u;
/** Imperfects and simple pasts inside a speaker phrase make it a clause ("lavorava", "decisero", "arrivò"). */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ava|avano|eva|evano|iva|ivano|arono|erono|irono|ò|ì)$/u.test(lower);
}
/** Subject pronouns. */
export const CONTRACTED_PRONOUN = /^(lui|lei|egli|ella|loro|essi|esse|io|noi|voi|tu)$/u;
/** Italian contractions are elisions, split into tokens of their own: none makes a phrase a clause. */
export const CONTRACTION = /(?!)/u;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS = set(`che`);
export const INFINITIVE_MARKERS = set(`di d' a ad`);
export const DEFINITE_ARTICLES = set(`il lo la i gli le l'`);
export const INDEFINITE_ARTICLES = set(`un uno una un'`);
export const AND_WORDS = set(`e ed`);
export const OF_WORDS = set(`di d' del dello della dell' dei degli delle`);
export const AGENT_WORDS = set(`da dal dallo dalla dall' dai dagli dalle`);
export const AS_WORDS = set(`come`);
export const NAME_JOINERS = set(`di d' del dello della dell' dei degli delle e per la il lo l'`);
export const ACRONYM_SKIPPED = set(`di d' del dello della dell' dei degli delle la il lo l' le e per in a`);
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...ARTICULATED_PREPOSITIONS, ...set(`di d' da a ad in per
  con su tra fra`)]);
export const PLACE_PREPOSITIONS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`a in di da`)]);
export const AUTHORED_VERBS = set(`redatto redatta scritto scritta firmato firmata pubblicato pubblicata adottato adottata
  depositato depositata inviato inviata presentato presentata preparato preparata`);
export const AUTHORED_AUXILIARIES = set(`è stato stata era aveva ha`);
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['almeno', 'al massimo']);

// ——— cue verbs with a trap of their own ———
export const SAY_LEMMA = 'dire';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_FORMS: ReadonlySet<string> = new Set();
export const NAMING_FORMS: ReadonlySet<string> = new Set();
export const NAMING_PREFIXES: ReadonlySet<string> = new Set();
export const NAMING_LEMMAS: ReadonlySet<string> = new Set();
/** "Maria Rossi, da Kabul": a reporter's credit line. */
export const CREDIT_LEMMAS = set(`riferire`);
export const CREDIT_PREPOSITIONS = set(`da`);
export const NEWS_LEMMAS = set(`riportare rivelare riferire`);
export const OUTER_REPORT_LEMMAS = set(`dire aggiungere`);
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS = set(`ma e ed o oppure né quindi dunque però tuttavia comunque infatti inoltre intanto poi
  infine allora così anche insomma eppure anzi quando mentre se come perché poiché siccome benché sebbene dopo prima
  dove ecc`);
export const CLAUSE_VERBS = set(`è sono era erano essere ha hanno aveva avevano avere avrà
  avranno avrebbe avrebbero sarà saranno sarebbe sarebbero fu può possono potrebbe deve devono dovrebbe sembra sembrano
  pare resta restano diventa diventano non`);
export const NOT_A_HEAD_WORDS = set(`più meno molto molti molte tanto tanti tante tutti tutte tutto tutta niente nulla
  qualcosa nessuno nessuna ciascuno ognuno stesso stessa stessi stesse tale tali questo questa ciò qui qua lì là già
  presto insieme solo sola soli sole sì no suo sua suoi sue loro mio mia nostro nostra`);
export const HEAD_NUMERALS = set(`uno una due tre quattro cinque`);
export const BARE_SPEAKING_NOUNS = set(`polizia giustizia ricerca governo parlamento palazzo`);
/** "Alcuni sostengono …", "Molti dicono …": somebody, nobody in particular. */
export const QUANTIFIER_PRONOUNS = set(`alcuni alcune molti molte tanti diversi parecchi tutti altri`);
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS, ...set(`di d' e o tra fra`)]);
export const RELATIVE_VERBS = set(`è sono era erano ha hanno aveva avevano sarà saranno`);
export const RELATIVE_CLAUSE_OPENERS = set(`che cui`);
export const SPEAKER_OPENERS = set(`il lo la i gli le l' un uno una un' suo sua suoi sue loro`);
export const BODY_POSSESSIVES = set(`suo sua suoi sue loro`);
export const ROLE_OF_WORDS = set(`di d' del dello della dell' dei degli delle presso`);

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS = set(`lei ella`);
/** "Sig. Rossi", "Dott. Bianchi" (lower case, without their full stop). */
export const MALE_TITLES = set(`sig signor signore dott avv ing prof`);
export const FEMALE_TITLES = set(`sig.ra sigra signora sig.na signorina dott.ssa dottssa dottoressa prof.ssa profssa
  professoressa avvocata`);
export const GENERIC_DOCUMENT_NOUNS = set(`documento documenti testo`);
export const REPORT_JOINERS = set(`e ed ma`);
export const JOINED_REPORT_ADVERBS = set(`anche inoltre poi pure`);
export const TITLE_PREPOSITIONS = new Set([...ARTICULATED_PREPOSITIONS, ...set(`di d' per`)]);
export const CONDITIONALS = set(`se qualora`);
export const NAME_PARTICLES = set(`di de del della dei da d' van von bin al el la le`);
