/**
 * Lexicon: common first names in Russian news (lower case, as looked up), by the pronoun that stands for their
 * bearer ("он", "она"), with the surname endings that tell a woman (names.ts genderOfName). A name not listed leaves
 * the gender to its surname or to the verb that reports it ("заявила").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().toLowerCase().split(/\s+/u));

export const FEMALE_FIRST_NAMES = set(`Мария Анна Елена Ольга Наталья Наталия Татьяна Ирина Светлана Екатерина Юлия
  Анастасия Валентина Людмила Галина Марина Вероника Дарья Ксения Александра Евгения Виктория Алла Элла Эльвира
  Нина Лариса Софья София Полина Алина Карина Любовь Надежда Вера Маргарита Кристина Яна Алёна Алена Инна Оксана`);

export const MALE_FIRST_NAMES = set(`Владимир Дмитрий Сергей Алексей Андрей Александр Михаил Николай Иван Петр Пётр
  Павел Игорь Олег Юрий Виктор Евгений Борис Григорий Геннадий Максим Антон Артем Артём Роман Денис Илья Кирилл Вадим
  Вячеслав Валентин Валерий Василий Константин Леонид Анатолий Рамзан Фёдор Федор Тимур Руслан Станислав Ярослав
  Владислав Эдуард Аркадий Глеб Эммануэль Дональд Джо Олаф Реджеп`);

/** Surname endings of a woman in the nominative ("Захарова", "Матвиенко" tells neither, "Набиуллина", "Чайковская"). */
export const FEMALE_SURNAME = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/u;
/** Surname endings of a man in the nominative ("Лавров", "Путин", "Шойгу" tells neither, "Зеленский"). */
export const MALE_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;
