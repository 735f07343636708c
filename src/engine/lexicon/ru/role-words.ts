/**
 * Lexicon: the Russian words that say what kind of voice a source is (roles.ts reads them): titles ("министр",
 * "пресс-секретарь"), occupations ("экономист", "врач"), bodies ("министерство", "прокуратура") and the plural nouns
 * of groups ("жители", "эксперты"), each in the cases a speaker phrase puts it in ("по словам министра"). One to three
 * words each, lower case. A strong word says the role by itself; a weak one only when nothing stronger stands beside it.
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';
import { withCases } from './declension.js';

type Listed = RoleWord['role'];

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: withCases(`депутат сенатор губернатор мэр министр премьер-министр премьер вице-премьер президент
    замминистра госсекретарь канцлер политик спикер фракция партия оппозиция`),
  official: withCases(`министерство ведомство правительство администрация кремль посол посольство дипломат
    пресс-секретарь пресс-служба чиновник минобороны мид мвд мчс минздрав минфин генштаб мэрия комиссия агентство
    госдепартамент`),
  justice: withCases(`суд судья прокурор прокуратура генпрокуратура полиция полицейский следователь следователи
    следственный ск фсб`),
  expert: withCases(`эксперт профессор ученый учёный исследователь аналитик политолог экономист врач социолог историк
    университет институт`),
  business: withCases(`компания корпорация гендиректор бизнесмен предприниматель концерн холдинг банк`),
  advocacy: withCases(`активист правозащитник профсоюз фонд`),
  media: withCases(`журналист корреспондент издание газета телеканал агентство редакция`),
  citizen: withCases(`житель очевидец свидетель пострадавший сосед родственник пассажир водитель пенсионер студент
    гражданин`),
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: withCases(`лидер`),
  official: withCases(`представитель представительница глава руководитель председатель заместитель советник помощник
    служба управление департамент совет комитет`),
  justice: withCases(`адвокат защитник`),
  expert: withCases(`центр`),
  business: withCases(`директор владелец владелица основатель группа`),
  advocacy: withCases(`организация союз`),
  media: withCases(`сайт`),
  citizen: withCases(`семья мать отец`),
};

export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);
export const ROLE_WORDS_MAX = 3;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const ROLELESS_SOURCE_NOUNS = set(`источник источники источника источников собеседник собеседника критики
  сторонники противники люди`);
export const ROLELESS_ALONE = set(`некоторые многие другие`);
export const NOBODY = set(`никто`);
export const ROLE_BODY_WORDS = set(`министерство министерства ведомство ведомства совет совета комитет комитета партия
  партии компания компании фонд фонда служба службы администрация администрации`);
export const APPOSITION_HEAD_ENDS = set(`в во на по с со из от для при и который которая которые что`);
export const ROLE_WINDOW_BREAKERS = set(`заявил заявила сказал сказала сообщил сообщила по в во на с из для как что и
  который которая он она они`);
export const BUSINESS_FOLLOWERS = set(`акции акционеры клиенты`);
export const BUSINESS_OF = set(`гендиректор владелец основатель акционеры`);
export const ROLE_ANAPHORS = set(`компания компании ведомство ведомства издание издания`);
export const ROLE_DOCUMENT_HEADS = set(`исследование данные статистика результаты`);
export const APPOSITION_OPENERS = set(`бывший бывшая экс который которая`);
export const ROLE_COPULAS = set(`является являлся являлась был была`);
export const COPULA_ADVERBS = set(`также ранее`);
/** A people named after a place, as a plural: "россияне", "москвичи" (lower case in Russian; capitalised at a start). */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:яне|ане|ичи|цы)$/u;
