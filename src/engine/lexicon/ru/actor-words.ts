/**
 * Lexicon: the Russian words that tell what kind of actor a source is — titles and role nouns before a name
 * ("министр", "пресс-секретарь президента", "глава МИД"), in the cases a speaker phrase puts them in ("по словам
 * министра"), nouns of documents, of organisations and of unnamed sources — and the words a speaker or hearer phrase
 * may start with. Lower case.
 */
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';
import { SOURCE_MARK } from './function-words.js';
import { PLACE_GENITIVES, withCases } from './declension.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));
const cased = (words: string): ReadonlySet<string> => new Set(withCases(words));

const TITLE_NOUNS = `президент премьер-министр премьер министр замминистра вице-премьер пресс-секретарь представитель
  представительница глава руководитель председатель заместитель депутат губернатор мэр сенатор посол спикер директор
  гендиректор советник помощник прокурор генпрокурор судья адвокат эксперт аналитик политолог экономист профессор
  генерал полковник лидер командующий главнокомандующий патриарх канцлер король королева премьер-министра госсекретарь
  министра официальный корреспондент журналист сотрудник основатель владелец капитан командир начальник адмирал
  маршал майор лейтенант атаман митрополит епископ ректор декан академик доцент врач главврач инспектор следователь
  омбудсмен уполномоченный вице-президент вице-спикер вице-губернатор мэра замглавы первый премьера депутата
  губернатора президента генсек генсекретарь секретарь пресс-атташе атташе консул дипломат посланник`;

/**
 * The genitive of a country or capital between a title and a name ("президент России Владимир Путин", "глава МИД России
 * Сергей Лавров"): read as part of the title, so the name is what follows it.
 */
const PLACES_OF_TITLES = PLACE_GENITIVES;

export const TITLES = new Set([...cased(TITLE_NOUNS), ...PLACES_OF_TITLES, ...set(`г-н г-жа господин госпожа экс бывший
  бывшая бывшего бывшей действующий`)]);

export const PERSON_TITLES = cased(`президент премьер-министр министр пресс-секретарь губернатор мэр сенатор посол
  депутат судья генерал полковник патриарх канцлер король королева госсекретарь г-н г-жа господин госпожа`);

export const DOCUMENT_NOUNS = cased(`документ доклад отчет отчёт заявление сообщение письмо обращение указ приказ
  постановление решение закон законопроект исследование опрос данные статья публикация коммюнике релиз пресс-релиз
  протокол резолюция иск жалоба приговор меморандум соглашение договор видео интервью телеграм-канал`);

export const ORGANISATION_NOUNS = cased(`министерство ведомство правительство администрация кремль совет комиссия комитет
  суд служба агентство управление департамент прокуратура полиция армия партия фракция компания корпорация банк фонд
  союз организация институт университет центр штаб госдума дума парламент рада сенат минобороны мид мвд мчс минздрав
  минфин генштаб пресс-служба издание газета агентство телеканал оон нато ес евросоюз мэрия посольство консульство
  группа концерн холдинг движение объединение общество сеть ассоциация профсоюз кабмин минтранс минэнерго минюст
  росстат роскомнадзор ск фсб сбу нбу опек еврокомиссия генштаб`);

export const UNNAMED_SOURCE_NOUNS = cased(`источник источники собеседник собеседники эксперт эксперты аналитик аналитики
  чиновник чиновники представитель представители официальный свидетель свидетели очевидец очевидцы житель жители
  местный местные сотрудник сотрудники депутат депутаты политик политики экономист экономисты ученый ученые учёный
  учёные исследователь исследователи врач врачи полицейский полицейские военный военные родственник родственники сосед
  соседи коллега коллеги друг друзья критик критики сторонник сторонники противник противники участник участники
  пользователь пользователи активист активисты наблюдатель наблюдатели демонстрант демонстранты`);

export const PLURAL_PERSON_NOUNS = set(`люди людей жители власти россияне граждане полиция военные`);

/** The endings of Russian nouns for people: "-тель", "-ист", "-ник", "-чик", "-ант", "-ец", and their case forms. */
const PERSON_NOUN_ENDING = /(?:тел[ьяюие]|тели|телей|телем|ист|иста|исты|истов|ник|ника|нику|ники|ников|чик|чика|чики|ант|анта|анты|антов|ец|ца|цы|цев)$/u;

const THING_NOUNS = set(`понедельник вторник источник учебник праздник памятник спутник поезд конец отец`);

/** Subject pronouns stand for a person after an inverted cue: "«…», — сказал он" (looksLikeSpeaker asks isPersonNoun). */
const INVERTED_PRONOUNS = set(`он она они`);

/** Titles and role nouns name people ("по словам министра", "как сообщила пресс-секретарь"). */
const TITLE_PERSONS = cased(TITLE_NOUNS);

/**
 * Whether a noun names someone who may speak: a person, a group, a title, a body ("как сообщает агентство"), or the
 * locative that opens a body's name ("как сообщили в: пресс-службе").
 */
export function isPersonNoun(lower: string): boolean {
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower) || INVERTED_PRONOUNS.has(lower) || TITLE_PERSONS.has(lower) ||
    ORGANISATION_NOUNS.has(lower) || lower.endsWith(SOURCE_MARK)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

export const INDEFINITE_DETERMINERS = set(`некоторые несколько многие ряд один одна одни другие`);

/**
 * Lower-case words that may open an inverted speaker, with no article before them: "…, — заявил он", "…, сообщила
 * газета", and the locative of a body or document as split-words.ts marks it ("…, — сообщили в пресс-службе").
 */
export const SPEAKER_LEAD_WORDS = new Set([...SUBJECT_PRONOUNS, ...set(`его её ее их несколько некоторые многие в: во:`), ...TITLES,
  ...ORGANISATION_NOUNS, ...DOCUMENT_NOUNS, ...UNNAMED_SOURCE_NOUNS]);

export const SPEAKER_PHRASE_STARTS = new Set([...SUBJECT_PRONOUNS]);

/** Words that open a hearer after a verb that names one first ("предупредил жителей, что …"). */
export const HEARER_WORDS = new Set([...OBJECT_PRONOUNS]);

export const NOT_A_NAME_ALONE = set(`В Во На По С Со И Но А Как Это Так Для При Из От У О За`);
