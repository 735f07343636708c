/**
 * Lexicon: the Portuguese words and shapes the steps ask for one by one — quotation marks, word endings, the
 * function words a construction tests ("que", "de", "o", "por", "como"), what a speaker phrase is not, the titles and
 * pronouns that tell a man from a woman, and the cue verbs with a trap of their own. The names are English's
 * (lexicon/en/seam-words.ts), so a search finds every language's lists.
 */
import { PREPOSITIONS } from './function-words.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

// ——— quotation marks: “ … ” (Brazil, and inside « … » in Portugal: split-words.ts), « … » ———
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”']);
export const EXTRA_QUOTE_MARKS = '';

// ——— word shapes ———
/** Adverbs in -mente ("claramente", "recentemente"), not the nouns "mente" and "semente". */
export const ADVERB_ENDING = /^(?!semente$).{3,}mente$/u;
/** A past participle ("aprovada", "detidos"). */
export const PAST_ENDING = /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u;
/** A gerund ("explicando", "dizendo", "garantindo"). */
export const GERUND_ENDING = /(?:ando|endo|indo)$/u;
export const PLURAL_ENDING = /[^s]s$/u;
/** Portuguese has no possessive ending on a name ("o porta-voz de Lula"). */
export const POSSESSIVE_ENDING = /(?!)/u;
/** Imperfects and preterites inside a speaker phrase make it a clause ("trabalhava", "decidiram", "chegou"). */
export function hasVerbEnding(lower: string): boolean {
  return lower.length > 4 && /(?:ava|avam|aram|eram|iram|ou|eu|iu)$/u.test(lower);
}
/** Subject pronouns: Portuguese writes none contracted with an auxiliary. */
export const CONTRACTED_PRONOUN = /^(ele|ela|eles|elas|eu|nós|você|vocês)$/u;
/** Portuguese contractions are words of their own ("do", "na", "pelo"): none makes a phrase a clause. */
export const CONTRACTION = /(?!)/u;

// ——— single function words the constructions test ———
export const COMPLEMENTIZERS = set(`que`);
export const INFINITIVE_MARKERS = set(`de`);
export const DEFINITE_ARTICLES = set(`o a os as`);
export const INDEFINITE_ARTICLES = set(`um uma uns umas`);
export const AND_WORDS = set(`e`);
export const OF_WORDS = set(`de do da dos das`);
export const AGENT_WORDS = set(`por pelo pela pelos pelas`);
export const AS_WORDS = set(`como`);
export const NAME_JOINERS = set(`de do da dos das e para`);
export const ACRONYM_SKIPPED = set(`de do da dos das e o a os as para em`);
export const SOURCE_NAME_ENDERS = new Set([...RELATIVE_PRONOUNS, ...set(`de do da dos das por pelo pela a ao à aos às em no na nos
  nas para com sobre nesta neste durante após`)]);
export const PLACE_PREPOSITIONS = set(`em no na nos nas de do da dos das`);
export const AUTHORED_VERBS = set(`escrito escrita assinado assinada publicado publicada aprovado aprovada apresentado apresentada
  elaborado elaborada enviado enviada redigido redigida divulgado divulgada`);
export const AUTHORED_AUXILIARIES = set(`foi foram é era tinha havia`);
export const QUANTITY_PHRASES: ReadonlySet<string> = new Set(['pelo menos', 'no mínimo', 'no máximo', 'ao menos']);

// ——— cue verbs with a trap of their own ———
export const SAY_LEMMA = 'dizer';
export const CLAIM_TRAP_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_FORMS: ReadonlySet<string> = new Set();
export const NAMING_FORMS: ReadonlySet<string> = new Set();
export const NAMING_PREFIXES: ReadonlySet<string> = new Set();
export const NAMING_LEMMAS: ReadonlySet<string> = new Set();
/** "Ana Souza, de Brasília": a reporter's credit line. */
export const CREDIT_LEMMAS = set(`relatar`);
export const CREDIT_PREPOSITIONS = set(`de`);
export const NEWS_LEMMAS = set(`relatar revelar publicar divulgar noticiar`);
export const OUTER_REPORT_LEMMAS = set(`dizer acrescentar`);
export const INFLECTED_FORM = /(?!)/u;
export const PAST_OR_PARTICIPLE_FORM = /(?!)/u;

// ——— what a speaker phrase is not (speaker-phrase.ts) ———
export const CLAUSE_OPENERS = set(`mesmo até mas e pois ou nem porém contudo entretanto todavia então depois ainda assim também já agora
  hoje quando enquanto se como porque embora caso onde após antes desde até etc`);
export const CLAUSE_VERBS = set(`é são era eram ser foi foram sido será serão seria seriam tem têm tinha tinham ter teve havia há
  pode podem poderia deve devem deveria parece parecem fica ficou continua está estão estava estavam não nunca`);
export const NOT_A_HEAD_WORDS = set(`mais menos muito muitos muita muitas todo todos toda todas tudo nada ninguém alguém algo cada
  mesmo mesma mesmos mesmas tal tais isso isto aquilo aqui ali lá muito pouco bastante já sempre juntos só sozinho sozinha
  sim não seu sua seus suas meu minha nosso nossa`);
export const HEAD_NUMERALS = set(`um uma dois duas três quatro cinco`);
export const BARE_SPEAKING_NOUNS = set(`polícia justiça governo itamaraty planalto petrobras anvisa`);
/** "Alguns afirmam …", "há quem diga": somebody, nobody in particular. */
export const QUANTIFIER_PRONOUNS = set(`alguns algumas vários várias muitos muitas outros outras todos todas cada ninguém`);
export const INNER_PREPOSITIONS = new Set([...PREPOSITIONS, ...set(`de do da dos das e ou entre`)]);
export const RELATIVE_VERBS = set(`é são era eram tem têm tinha tinham foi foram será`);
export const RELATIVE_CLAUSE_OPENERS = set(`que quem cujo cuja`);
export const SPEAKER_OPENERS = set(`o a os as um uma seu sua seus suas`);
export const BODY_POSSESSIVES = set(`seu sua seus suas`);
export const ROLE_OF_WORDS = set(`de do da dos das`);

// ——— gender, and documents that say nothing of which ———
export const FEMALE_PRONOUNS = set(`ela elas`);
/** "Sr. Costa", "a ministra Ana Lima" (lower case, without their full stop): titles that say a man or a woman. */
export const MALE_TITLES = set(`sr srs dr prof ministro senador deputado vereador prefeito governador presidente secretário diretor
  juiz desembargador procurador promotor delegado advogado professor pesquisador economista embaixador treinador técnico jogador
  autarca`);
export const FEMALE_TITLES = set(`sra sras srta dra profa ministra senadora deputada vereadora prefeita governadora presidenta
  secretária diretora juíza desembargadora procuradora promotora delegada advogada professora pesquisadora embaixadora
  treinadora jogadora`);
export const GENERIC_DOCUMENT_NOUNS = set(`documento documentos texto nota`);
export const REPORT_JOINERS = set(`e mas`);
export const JOINED_REPORT_ADVERBS = set(`também ainda`);
export const TITLE_PREPOSITIONS = set(`de do da dos das`);
export const CONDITIONALS = set(`se caso`);
export const NAME_PARTICLES = set(`de do da dos das`);
