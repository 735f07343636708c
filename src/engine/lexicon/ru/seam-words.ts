/**
 * Lexicon: the Russian words and shapes the steps ask for one by one — quotation marks («…» with „…“ inside, and
 * straight quotes on wires), word endings, the function words a construction tests ("что", "как", "и"), what a
 * speaker phrase is not, the titles and pronouns that tell a man from a woman. The names are English's
 * (lexicon/en/seam-words.ts), so a search finds every language's lists.
 */
import { PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

// ——— quotation marks: «…» outside, „…“ inside (split-words.ts makes the inner ones part of the content) ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '„']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '“']);
export const EXTRA_QUOTE_MARKS = '';

// ——— word shapes (Cyrillic, lower case) ———
/** Adverbs in -о after an adjective stem are too many to tell from nouns: none is read by its ending. */
export const ADVERB_ENDING = /(?!)/u;
/** A past participle ("назначенный", "принятая", "избран"). */
export const PAST_ENDING = /(?:нный|нная|нное|нные|тый|тая|тые)$/u;
/** An adverbial participle ("заявив", "добавляя"). */
export const GERUND_ENDING = /[^аеиоуыэюя](?:ив|ав|яв|ея)$/u;
/** Nominative plurals ("чиновники", "эксперты", "власти"). */
export const PLURAL_ENDING = /[^аеиоуыэюя](?:ы|и)$/u;
/** Russian marks a possessor by the genitive, never by an ending on the name alone. */
export const POSSESSIVE_ENDING = /(?!)/u;
/** Past and present finite verbs inside a speaker phrase make it a clause ("работал", "решили", "делает"). */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ал|ала|али|ил|ила|или|ет|ют|ит|ят)$/u.test(lower);
}
export const CONTRACTED_PRONOUN = /^(он|она|они|я|мы|вы|ты)$/u;
export const CONTRACTION = /(?!)/u;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS = set(`что`);
export const INFINITIVE_MARKERS = set(`чтобы`);
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set();
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set();
export const AND_WORDS = set(`и`);
/** Russian links a role to its body by the genitive, without a word: none. */
export const OF_WORDS: ReadonlySet<string> = new Set();
export const AGENT_WORDS: ReadonlySet<string> = new Set();
export const AS_WORDS = set(`как`);
export const NAME_JOINERS = set(`и по при`);
export const ACRONYM_SKIPPED = set(`и по при в на`);
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...set(`в во на с со по о об от из у за для при
  что как`)]);
export const PLACE_PREPOSITIONS = set(`в во на из`);
export const AUTHORED_VERBS = set(`подписанный подписанном подготовленный опубликованный`);
export const AUTHORED_AUXILIARIES: ReadonlySet<string> = new Set();
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['не менее', 'не более']);

// ——— cue verbs with a trap of their own ———
export const SAY_LEMMA = 'сказать';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_FORMS: ReadonlySet<string> = new Set();
export const NAMING_FORMS: ReadonlySet<string> = new Set();
export const NAMING_PREFIXES: ReadonlySet<string> = new Set();
export const NAMING_LEMMAS: ReadonlySet<string> = new Set();
export const CREDIT_LEMMAS: ReadonlySet<string> = new Set();
export const CREDIT_PREPOSITIONS: ReadonlySet<string> = new Set();
export const NEWS_LEMMAS = set(`сообщить передать информировать`);
export const OUTER_REPORT_LEMMAS = set(`сказать добавить`);
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS = set(`но и а или однако поэтому тогда затем потом также тоже впрочем когда если хотя
  пока поскольку потому как так где чтобы что после перед`);
export const CLAUSE_VERBS = set(`был была было были будет будут есть является являются стал стала стали может могут
  должен должна должны не`);
export const NOT_A_HEAD_WORDS = set(`все всё весь вся многие некоторые никто ничто это этот эта эти тот та те сам сама
  сами один одна его её ее их свой своя свои`);
export const HEAD_NUMERALS = set(`один одна два две три четыре пять`);
export const BARE_SPEAKING_NOUNS = set(`полиция правительство кремль минобороны мид прокуратура`);
/** "Многие считают …", "Некоторые утверждают …": somebody, nobody in particular. */
export const QUANTIFIER_PRONOUNS = set(`многие некоторые все одни другие кто-то`);
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS, ...set(`и или`)]);
export const RELATIVE_VERBS: ReadonlySet<string> = new Set();
export const RELATIVE_CLAUSE_OPENERS = set(`который которая которое которые`);
export const SPEAKER_OPENERS = set(`его её ее их этот эта`);
export const BODY_POSSESSIVES = set(`его её ее их`);
export const ROLE_OF_WORDS: ReadonlySet<string> = new Set();

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS = set(`она`);
export const MALE_TITLES = set(`господин г-н`);
export const FEMALE_TITLES = set(`госпожа г-жа`);
export const GENERIC_DOCUMENT_NOUNS = set(`документ документе документа текст тексте`);
export const REPORT_JOINERS = set(`и но а`);
export const JOINED_REPORT_ADVERBS = set(`также тоже`);
export const TITLE_PREPOSITIONS = set(`по`);
export const CONDITIONALS = set(`если`);
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['де', 'фон', 'ван', 'аль', 'бен', 'оглы', 'кызы']);
