/**
 * Lexicon: common first names in Russian news (lower case, as looked up), by the pronoun that stands for their
 * bearer ("он", "она"). A name not listed leaves the gender to the verb that reports it ("заявила").
 */
import { withCases } from './declension.js';

/** Each name in the cases a speaker phrase puts it in ("по словам Марии Захаровой", "Дмитрия Пескова"). */
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((word) => withCases(word)));
const list = (words: string): readonly string[] => words.toLowerCase().trim().split(/\s+/u);

/** The names in the nominative, lower case (nominative.ts reads a name's case from them). */
export const FEMALE_NOMINATIVES = list(`Мария Анна Елена Ольга Наталья Наталия Татьяна Ирина Светлана Екатерина Юлия
  Анастасия Валентина Людмила Галина Марина Вероника Дарья Ксения Александра Евгения Виктория Алла Элла Эльвира
  Нина Лариса Софья София Полина Алина Карина Любовь Надежда Вера Маргарита Кристина Яна Алёна Алена Инна Оксана`);

export const MALE_NOMINATIVES = list(`Владимир Дмитрий Сергей Алексей Андрей Александр Михаил Николай Иван Петр Пётр
  Павел Игорь Олег Юрий Виктор Евгений Борис Григорий Геннадий Максим Антон Артем Артём Роман Денис Илья Кирилл Вадим
  Вячеслав Валентин Валерий Василий Константин Леонид Анатолий Рамзан Фёдор Федор Тимур Руслан Станислав Ярослав
  Владислав Эдуард Аркадий Глеб Эммануэль Дональд Джо Олаф Реджеп`);

export const FEMALE_FIRST_NAMES = set(FEMALE_NOMINATIVES);
export const MALE_FIRST_NAMES = set(MALE_NOMINATIVES);
