/**
 * Lexicon (German): the words and word shapes the shared steps ask of every language since the seam widened
 * (speaker phrases, names, roles, actors, quotation marks, function words), in German.
 */
import { ARTICLES, AUXILIARIES, POSSESSIVES, PREPOSITIONS, RELATIVE_PRONOUNS, SENTENCE_CONNECTIVES, SUBORDINATORS } from './words.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter((w) => w !== ''));

export const SAY_LEMMA = 'sagen';
export const CLAIM_TRAP_LEMMAS = set('');
export const SHOW_FORMS = set('');
export const NAMING_FORMS = set('genannt');
export const NAMING_PREFIXES = set('so');
export const NAMING_LEMMAS = set('nennen heißen');
export const CREDIT_LEMMAS = set('berichten');
export const CREDIT_PREPOSITIONS = set('aus');
export const NEWS_LEMMAS = set('berichten melden');
export const OUTER_REPORT_LEMMAS = set('sagen hinzufügen ergänzen');
/** German has no learned cue table: no form borrows its lemma's counts. */
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;
export const GENERAL_PARTICLES = set('');
export const FINDING_LEMMAS = set('feststellen zeigen ergeben belegen');
export const THOUGHT_LEMMAS = set('glauben hoffen befürchten fürchten vermuten erwarten davon ausgehen');

// quotation marks: „…“ opens with „; “ and «» »« go by their spacing („…“ closes with “, Swiss «…» opens with «)
export const OPENING_QUOTES = set('„');
export const CLOSING_QUOTES = set('”');
export const EXTRA_QUOTE_MARKS = '';

// word shapes (German marks no adverb, participle or gerund by a regular ending the steps could use)
export const ADVERB_ENDING = /(?!)/u;
export const PAST_ENDING = /(?!)/u;
export const GERUND_ENDING = /(?!)/u;
export const PLURAL_ENDING = /(?!)/u;
/** "Merkel’s" with an apostrophe; "Merkels Sprecher" is read by the speaker phrase (clause-reports.ts). */
export const POSSESSIVE_ENDING = /['’]s$/u;
export const CONTRACTED_PRONOUN = /(?!)/u;
export const CONTRACTION = /(?!)/u;
export function hasVerbEnding(lower: string): boolean {
  return AUXILIARIES.has(lower);
}

// function words
export const COMPLEMENTIZERS = set('dass daß');
export const INFINITIVE_MARKERS = set('zu');
export const DEFINITE_ARTICLES = set('der die das den dem des');
export const INDEFINITE_ARTICLES = set('ein eine einen einem einer eines');
export const AND_WORDS = set('und');
export const OF_WORDS = set('von vom des der eines einer');
export const AGENT_WORDS = set('von vom durch');
export const AS_WORDS = set('wie als');

// names, roles, actors
export const NAME_JOINERS = set('für und der des von');
export const ACRONYM_SKIPPED = set('für und der des von die das');
/** A source phrase keeps its origin ("der USGS in Denver", "Sascha Kempf vom Max-Planck-Institut"): only these end it. */
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...set('am mit gegenüber bei beim zu zum zur nach über')]);
export const PLACE_PREPOSITIONS = set('in im aus');
export const AUTHORED_VERBS = set('verfasst geschrieben veröffentlicht unterzeichnet beschlossen');
export const AUTHORED_AUXILIARIES = set('wurde wurden ist war hat hatte worden');
export const QUANTITY_PHRASES = set('');
export const CLAUSE_OPENERS = new Set([...SUBORDINATORS, ...SENTENCE_CONNECTIVES, ...set('und oder aber denn sondern')]);
export const CLAUSE_VERBS = AUXILIARIES;
export const NOT_A_HEAD_WORDS = set('viele wenige einige mehrere alle beide andere weitere manche');
export const HEAD_NUMERALS = set('eins zwei drei vier fünf');
export const BARE_SPEAKING_NOUNS = set('polizei forschung studien umfragen experten daten');
export const QUANTIFIER_PRONOUNS = set('einige viele manche andere alle beide');
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS]);
export const RELATIVE_VERBS = AUXILIARIES;
/** German relative pronouns are also articles ("Angaben der Polizei"); a relative clause follows a comma, which ends a phrase anyway. */
export const RELATIVE_CLAUSE_OPENERS = set('welcher welche welches');
export const SPEAKER_OPENERS = new Set([...ARTICLES, ...POSSESSIVES]);
export const BODY_POSSESSIVES = set('sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer');
export const ROLE_OF_WORDS = set('von vom des der bei');
export const GENERIC_DOCUMENT_NOUNS = set('dokument dokumente text papier schreiben');
export const FEMALE_PRONOUNS = set('sie ihr');
