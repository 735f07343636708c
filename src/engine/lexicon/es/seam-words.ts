/**
 * Lexicon: the Spanish words and shapes the steps ask for one by one — quotation marks, word endings, the function
 * words a construction tests ("que", "de", "el", "por", "como"), what a speaker phrase is not, the titles and
 * pronouns that tell a man from a woman, and the cue verbs with a trap of their own. The names are English's
 * (lexicon/en/seam-words.ts), so a search finds every language's lists.
 */
import { PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

// ——— quotation marks: «…» with “…” inside (split-words.ts makes the inner ones part of the quotation), or “…” alone ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”']);
export const EXTRA_QUOTE_MARKS = '';

// ——— word shapes ———
/** Adverbs in -mente ("claramente"). */
export const ADVERB_ENDING = /mente$/u;
/** A past participle ("aprobada", "acusados"). */
export const PAST_ENDING = /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u;
/** A gerund ("explicando", "diciendo"). */
export const GERUND_ENDING = /(?:ando|iendo|yendo)$/u;
export const PLURAL_ENDING = /[^s]s$/u;
/** Spanish has no possessive ending on a name ("el portavoz de Sánchez"). */
export const POSSESSIVE_ENDING = /(?!)/u;
/** Imperfects and preterites inside a speaker phrase make it a clause ("trabajaba", "decidieron"). */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:aba|aban|ieron|aron|ó)$/u.test(lower);
}
export const CONTRACTED_PRONOUN = /^(él|ella|ellos|ellas|yo|nosotros|usted|ustedes)$/u;
export const CONTRACTION = /(?!)/u;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS = set(`que`);
export const INFINITIVE_MARKERS: ReadonlySet<string> = new Set();
export const DEFINITE_ARTICLES = set(`el la los las`);
export const INDEFINITE_ARTICLES = set(`un una unos unas`);
export const AND_WORDS = set(`y e`);
export const OF_WORDS = set(`de del`);
export const AGENT_WORDS = set(`por`);
export const AS_WORDS = set(`como`);
export const NAME_JOINERS = set(`de del la las los el y e para por sobre`);
export const ACRONYM_SKIPPED = set(`de del la las los el y e para por sobre en a`);
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...set(`de del por a al en para con sobre desde ante`)]);
export const PLACE_PREPOSITIONS = set(`a al en de del desde`);
export const AUTHORED_VERBS = set(`redactado redactada escrito escrita firmado firmada publicado publicada aprobado
  aprobada presentado presentada elaborado elaborada enviado enviada`);
export const AUTHORED_AUXILIARIES = set(`ha fue es era había`);
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['al menos', 'como mucho', 'por lo menos']);

// ——— cue verbs with a trap of their own ———
export const SAY_LEMMA = 'decir';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_FORMS: ReadonlySet<string> = new Set();
export const NAMING_FORMS: ReadonlySet<string> = new Set();
export const NAMING_PREFIXES: ReadonlySet<string> = new Set();
export const NAMING_LEMMAS: ReadonlySet<string> = new Set();
export const CREDIT_LEMMAS = set(`informar`);
export const CREDIT_PREPOSITIONS = set(`desde`);
export const NEWS_LEMMAS = set(`informar revelar publicar`);
export const OUTER_REPORT_LEMMAS = set(`decir añadir agregar`);
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS = set(`pero y e o u ni pues porque aunque sin embargo además también entonces luego así
  incluso cuando mientras si como ya tras después antes desde hasta donde etc`);
export const CLAUSE_VERBS = set(`es son era eran ser sido fue fueron está están estaba estaban estar ha han había
  habían haber habrá habrán habría habrían será serán sería serían puede pueden podría podrían debe deben debería
  deberían parece parecen sigue siguen queda quedan no nunca tiene tienen tenía`);
export const NOT_A_HEAD_WORDS = set(`más menos mucho muchos mucha muchas tanto tantos todo todos toda todas nada algo
  nadie alguien cada mismo misma mismos mismas tal tales esto eso aquello aquí allí ahí muy demasiado bastante ya
  pronto juntos solo sola solos solas sí no su sus mi mis nuestro nuestra nuestros nuestras`);
export const HEAD_NUMERALS = set(`uno una dos tres cuatro cinco`);
export const BARE_SPEAKING_NOUNS = set(`policía justicia fiscalía gobierno parlamento`);
/** "Algunos afirman …", "Muchos creen …": somebody, nobody in particular. */
export const QUANTIFIER_PRONOUNS = set(`algunos algunas varios varias muchos muchas otros otras todos todas nadie alguien`);
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS, ...set(`de del y e o entre hacia`)]);
export const RELATIVE_VERBS = set(`es son era eran ha han había habían será serán`);
export const RELATIVE_CLAUSE_OPENERS = set(`quien quienes que cuyo cuya`);
export const SPEAKER_OPENERS = set(`el la los las un una unos unas su sus`);
export const BODY_POSSESSIVES = set(`su sus`);
export const ROLE_OF_WORDS = set(`de del`);

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS = set(`ella ellas ésta`);
/** "el Sr. Pérez", "la Sra. Ruiz", "la Dra. Gómez" (lower case, without their full stop). */
export const MALE_TITLES = set(`sr don d dr lic`);
export const FEMALE_TITLES = set(`sra srta doña dña dra licda`);
export const GENERIC_DOCUMENT_NOUNS = set(`documento documentos texto escrito`);
export const REPORT_JOINERS = set(`y pero e`);
export const JOINED_REPORT_ADVERBS = set(`también además`);
export const TITLE_PREPOSITIONS = set(`de del`);
export const CONDITIONALS = set(`si`);
export const NAME_PARTICLES = set(`de del la las los y e van von der da di`);
