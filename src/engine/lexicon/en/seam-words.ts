/**
 * Lexicon: the English words and shapes the steps once held inline — quotation marks, word endings, the function
 * words a construction tests one by one ("that", "to", "the", "of", "by"), what a speaker phrase is not
 * (speaker-phrase.ts), the titles and pronouns that tell a man from a woman, and the cue verbs with a trap of their
 * own. Each list keeps the name it had in its step, so a search finds the list and every use.
 */
import { PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

// ——— quotation marks ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '„', '«', '``']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»']);
export const EXTRA_QUOTE_MARKS = '';

// ——— word shapes ———
export const ADVERB_ENDING = /ly$/;
export const PAST_ENDING = /ed$/;
export const GERUND_ENDING = /ing$/;
export const PLURAL_ENDING = /[^s]s$/;
export const POSSESSIVE_ENDING = /['’]s$/u;
/** "faced", "investigating", but not "agreed", "bring", "something". */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ed|ing)$/.test(lower) && !/(?:eed|ring|thing)$/.test(lower);
}
/** Subject pronouns, written out or with a contracted auxiliary ("we'll", "I'd", "you're"). */
export const CONTRACTED_PRONOUN = /^(i|you|he|she|it|we|they)(?:['’](?:ll|d|re|ve|m|s))?$/;
/** "don't", "we'll", "there's": a contraction makes a phrase a clause. */
export const CONTRACTION = /n['’]t$|['’](?:ll|re|ve|d|m)$|^(?:there|here|it|that|what|who|let)['’]s$/;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);
export const INFINITIVE_MARKERS: ReadonlySet<string> = new Set(['to']);
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the']);
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
export const AND_WORDS: ReadonlySet<string> = new Set(['and']);
export const OF_WORDS: ReadonlySet<string> = new Set(['of']);
export const AGENT_WORDS: ReadonlySet<string> = new Set(['by']);
export const AS_WORDS: ReadonlySet<string> = new Set(['as']);
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'on', 'for']);
export const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);
export const SOURCE_NAME_ENDERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'of', 'by', 'in', 'from', 'at', 'for', 'with', 'on']);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'at']);
export const AUTHORED_VERBS: ReadonlySet<string> = new Set(['penned', 'written', 'drafted', 'issued', 'adopted', 'signed',
  'published', 'released', 'authored', 'prepared', 'sent', 'filed', 'passed', 'approved', 'produced', 'compiled']);
export const AUTHORED_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'is', 'had', 'been', 'has']);
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['at least', 'at most']);

// ——— cue verbs with a trap of their own (find-cues.ts, constructions/before.ts, roles.ts) ———
export const SAY_LEMMA = 'say';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set(['claim']);
export const SHOW_FORMS: ReadonlySet<string> = new Set(['show', 'shows']);
/**
 * Participles of naming: "a shape called a strange attractor", "this is called a third-party request", "Called the
 * Temple of Isis, it …", "a paper titled …" name a thing (find-cues.ts, judge-frames.ts); a namer named by "by"
 * reports ("called a flop by its critics").
 */
export const NAMING_FORMS: ReadonlySet<string> = new Set(['called', 'titled', 'entitled', 'dubbed', 'nicknamed', 'termed',
  'named', 'labelled', 'labeled']);
export const NAMING_PREFIXES: ReadonlySet<string> = new Set(['so']);
export const NAMING_LEMMAS: ReadonlySet<string> = new Set(['call']);
export const CREDIT_LEMMAS: ReadonlySet<string> = new Set(['report']);
export const CREDIT_PREPOSITIONS: ReadonlySet<string> = new Set(['from']);
export const NEWS_LEMMAS: ReadonlySet<string> = new Set(['report']);
export const OUTER_REPORT_LEMMAS: ReadonlySet<string> = new Set(['say', 'add', 'tell']);
export const INFLECTED_FORM = /^[a-z]{4,}$/;
export const PAST_OR_PARTICIPLE_FORM = /^[a-z]{4,}(?:ed|ing)$/;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'yet', 'or', 'nor', 'plus', 'however', 'meanwhile', 'indeed', 'ultimately', 'still', 'also',
  'now', 'then', 'instead', 'moreover', 'finally', 'thus', 'therefore', 'hence', 'nonetheless', 'nevertheless',
  'besides', 'anyway', 'again', 'even', 'only', 'just', 'perhaps', 'maybe', 'otherwise', 'furthermore',
  'when', 'whenever', 'while', 'whilst', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'as', 'since',
  'once', 'until', 'after', 'before', 'where', 'etc', 'firstly', 'secondly', 'lastly',
]);
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'become', 'becomes', 'became', 'remain',
  'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'get', 'gets', 'got',
  'often', 'always', 'usually', 'never', 'not', 'cannot',
]);
export const NOT_A_HEAD_WORDS: ReadonlySet<string> = new Set([
  'few', 'more', 'less', 'much', 'most', 'many', 'such', 'same', 'own', 'all', 'none', 'nothing', 'something',
  'anything', 'everything', 'there', 'here', 'what', 'whatever', 'whose', 'whom', 'whether', 'very', 'too',
  'quite', 'rather', 'almost', 'already', 'later', 'earlier', 'soon', 'worldwide', 'abroad', 'together', 'alone',
  'like', 'unlike', 'worth', 'than', 'not', 'no', 'yes', 'please', 'let', 'let\'s', 'his', 'hers', 'theirs',
  'ours', 'mine', 'yours', 'its', 'their', 'our', 'my', 'your',
]);
export const HEAD_NUMERALS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five']);
export const BARE_SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  'research', 'evidence', 'intelligence', 'polling', 'science', 'history', 'experience', 'testimony', 'legislation',
  'management', 'leadership', 'staff', 'police', 'security', 'media', 'news', 'government', 'congress', 'parliament',
]);
export const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['some', 'many', 'few', 'most', 'several', 'all', 'each', 'another', 'both', 'none']);
export const INNER_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'around', 'between', 'beyond', 'toward', 'towards', 'along',
  'per', 'including', 'except', 'than', 'versus', 'plus', 'and', 'or', 'nor']);
export const RELATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
export const RELATIVE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'which']);
export const SPEAKER_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
export const BODY_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
export const ROLE_OF_WORDS: ReadonlySet<string> = new Set(['of', 'from']);

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her']);
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss']);
export const GENERIC_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['document', 'documents', 'text', 'paper']);
export const NATIONALITY_ENDING = /(?:an|ese|ish|ian|ic)$/;
export const REPORT_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);
export const JOINED_REPORT_ADVERBS: ReadonlySet<string> = new Set(['also']);
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on']);
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** "joined", "accuses", not "agrees" or "carries". */
export function isVerbAfterSubject(lower: string): boolean {
  return /[a-z]{3,}(?:ed|es)$/.test(lower) && !/(?:ies|ees)$/.test(lower);
}
export const PLURAL_POSSESSIVE_ENDING = /s'$/;
export const OWNED_SUFFIX = '-owned';
export const SINGULAR_S_ENDING = /(?:is|us)$/;
export const CONDITIONALS: ReadonlySet<string> = new Set(['if']);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'der', 'la', 'le', 'bin', 'al']);
