/**
 * Lexicon: Russian closed-class words the phrase scanners and constructions need — where a subject noun phrase stops,
 * the particles and adverbs between a speaker and the cue ("министр также заявил", "он не сказал"), prepositions and
 * time words that open adjuncts, and the conjunctions that join or subordinate a clause. Russian has no articles and
 * no auxiliary in its past tense: the sets of them stay empty or hold the demonstratives that do their work.
 */
import { WEEKDAYS_LOWER } from './calendar.js';
import { withCases } from './declension.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** The future's and the passive's auxiliary ("будет", "был"). */
export const AUXILIARIES = set(`был была было были будет будут бы`);

/** Words that end a phrase: conjunctions, particles, and the hearer after an inverted speaker ("— сказал Сомов журналистам"). */
export const PHRASE_BREAKERS = set(`что чтобы который которая которое которые кто где когда если но а и или либо как
  так также тоже уже еще ещё не ни бы ли же был была было были будет будут есть это этот эта эти потому поэтому хотя
  пока после перед до во время однако тем однако журналистам репортерам репортёрам корреспонденту изданию агентству
  интерфаксу`);

/** Adverbs and particles allowed between a speaker and the cue ("Песков также заявил", "Галеев в среду заявил"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set([...WEEKDAYS_LOWER, ...set(`также тоже уже еще ещё ранее позже позднее
  затем потом вчера сегодня накануне сам сама сами публично официально неоднократно ранее лично прямо открыто четко
  чётко отдельно особо вновь снова впервые давно уже недавно прежде же в во`)]);

export const NEGATIONS = set(`не ни нет никто ничего никогда`);

/** Prepositions that open an adjunct between a cue and its content ("заявил в интервью, что …"). */
export const PREPOSITIONS = set(`в во на с со к ко по о об обо от из у за для при без до через после перед над под
  между среди около против вокруг ради вместо вследствие`);

/** Prepositions that open a topic after a verb of talking ("рассказал о …"). */
export const TOPIC_PREPOSITIONS = set(`о об обо про насчет насчёт`);

export const DURATION_NOUNS = set(`секунд секунды минут минуты минуту час часа часов день дня дней неделю недели
  недель месяц месяца месяцев год года лет`);
export const DURATION_QUANTIFIERS = set(`около почти более менее несколько пару два две три четыре пять десять
  последние ближайшие`);
export const TIME_NOUNS = set(`вчера сегодня завтра неделе месяце году утром вечером днем днём ночью накануне`);
export const WH_WORDS = set(`как почему когда где кто что какой какая какие сколько зачем куда откуда чей ли`);

export const TIME_WORDS = new Set([...WEEKDAYS_LOWER, ...set(`вчера сегодня завтра накануне утром вечером днем днём
  ночью ранее позднее недавно прошлой прошлом прошлого следующей`)]);

/** Russian has no articles: the demonstratives stand where a determiner would. */
export const ARTICLES: ReadonlySet<string> = new Set();
export const POSSESSIVES = set(`его её ее их свой своя свое своё свои своего своей своих наш наша наши мой моя мои`);
export const DETERMINERS = new Set([...POSSESSIVES, ...set(`этот эта это эти этого этой этих тот та те того той тех
  каждый каждая все весь вся несколько некоторые многие`)]);
export const CONTEXT_DETERMINERS = new Set([...POSSESSIVES, ...set(`этот эта это эти тот та те`)]);
export const CONTEXT_PREPOSITIONS = set(`в во на с со к по о об от из у за для при`);
export const CUE_PREFIX: ReadonlySet<string> = new Set();

export const MODEL_PRONOUNS = set(`он она они оно я мы вы кто который которая которые`);
export const MODEL_AUXILIARIES = new Set([...AUXILIARIES, ...set(`не есть быть`)]);
export const MODEL_PREPOSITIONS = PREPOSITIONS;
export const PASSIVE_AUXILIARIES = set(`был была было были будет будут`);
export const SUBORDINATE_OPENERS = set(`когда если пока хотя поскольку потому так как после перед`);
export const SUBORDINATORS = set(`когда если пока хотя поскольку потому как так где`);
export const ADJUNCT_CONJUNCTIONS = set(`когда если как`);
export const BARE_CUE_OPENERS = set(`когда если после как`);
export const CLAUSE_JOINERS = set(`но а который которая которые хотя однако тогда`);
export const SENTENCE_CONNECTIVES = set(`но и а однако также кроме того поэтому тем впрочем при этом затем потом ранее
  сейчас теперь вчера сегодня между тем когда если как после`);

/** "…, — добавил также министр": words between an inverted cue and its speaker. */
export const INCISE_ADJUNCTS: ReadonlySet<string> = new Set([...WEEKDAYS_LOWER, ...set(`также тоже вчера сегодня
  ранее накануне затем позднее`)]);

/** "Как заявил министр, …", "…, как сообщает ТАСС": the opener of an as-clause (no clitic stands for the content). */
export const AS_CLAUSE_OPENERS = set(`как`);

/** "…, — заявил журналистам министр": the datives of a hearer between an inverted cue and its speaker. */
export const INCISE_HEARER_WORDS = set(`журналистам репортерам репортёрам корреспонденту изданию агентству`);

/** Phrases between an inverted cue and its speaker: "…, — заявил в интервью министр", "…, — сообщил в пятницу …". */
export const INCISE_ADJUNCT_PHRASES: readonly string[] = ['в свою очередь', 'в интервью', 'в пятницу', 'в понедельник',
  'во вторник', 'в среду', 'в четверг', 'в субботу', 'в воскресенье', 'на брифинге', 'в телеграм-канале',
  'в телеграме', 'в заявлении', 'в эфире', 'на пресс-конференции', 'в комментарии', 'в беседе с журналистами',
  'журналистам', 'репортерам', 'изданию', 'агентству', 'интерфаксу'];

/** Demonstrative subjects: "Это говорит о …", "Это показывает, что …" name nobody who speaks. */
export const IMPERSONAL_SUBJECTS = set(`это то что`);

/**
 * Russian has no articles, but "она" and "он" stand for bodies by their noun's gender ("газета … она сообщила", "суд
 * … он постановил"): resolve-actors.ts reads the first word of a body's phrase where a language's article stands, so
 * the feminine and masculine nouns of bodies are listed here in its place, in their cases.
 */
export const FEMININE_ARTICLES = new Set(withCases(`газета компания партия служба пресс-служба администрация комиссия
  организация корпорация прокуратура полиция армия дума госдума рада палата фракция редакция`));
export const MASCULINE_ARTICLES = new Set(withCases(`суд кремль комитет совет банк фонд штаб центр профсоюз союз
  телеканал журнал концерн холдинг парламент сенат мид`));

/** The mark split-words.ts puts on a locative that opens a report's source ("…, — сообщили в: пресс-службе"). */
export const SOURCE_MARK = ':';
