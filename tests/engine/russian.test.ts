/**
 * Russian (issue 18): the engine reads Russian news through lexicon/ru — reporting verbs in both aspects and their
 * past-tense genders, "по словам X", "по данным X", "согласно X", "как заявил X", impersonal and locative reports,
 * «…» with „…“ inside, direct speech after a dash, inverted incises, names in any case as one actor, bodies by their
 * short forms — and refuses what only looks like a report. One invented sentence per construction, our own writing;
 * then five invented articles (tests/fixtures/engine/ru/), every claim with its speaker.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/index.js';
import { analyzeParagraphs, spanText } from './paragraphs.js';
import { lexiconFor, registerToolLanguages, segment } from '../../src/engine/lab/index.js';

// Russian is a bundle of its own in the extension; the tools, and this test, register every language
beforeAll(() => registerToolLanguages());

const analysisOf = (...paragraphs: string[]): Analysis => analyzeParagraphs('ru', paragraphs);

/** Each claim as "speaker | cue | first content fragment", the speaker as the actor's name; thoughts too when asked. */
function claimsOf(paragraphs: string[], withThoughts = false): string[] {
  const a = analysisOf(...paragraphs);
  return a.claims.filter((c) => withThoughts || c.kind !== 'thought').map((c) => {
    const actor = a.actors.find((x) => x.id === c.actorId)?.name ?? '?';
    return `${actor} | ${spanText(a, c.cue)} | ${spanText(a, c.content[0] ?? null)}`;
  });
}

const tokensOf = (text: string): string[] => segment([{ kind: 'paragraph', text }], lexiconFor('ru')).tokens.map((t) => t.text);
const sentencesOf = (text: string): number => segment([{ kind: 'paragraph', text }], lexiconFor('ru')).sentences.length;

describe('the Russian lexicon is registered', () => {
  it('is found by its tag and a regional tag', () => {
    expect(lexiconFor('ru').language).toBe('ru');
    expect(lexiconFor('ru-RU').language).toBe('ru');
  });
});

describe('segmenting Russian', () => {
  it('keeps Cyrillic words whole, with their hyphens', () => {
    expect(tokensOf('Пресс-секретарь Кремля заявил.')).toEqual(['Пресс-секретарь', 'Кремля', 'заявил', '.']);
  });

  it('ends no sentence at initials, "т. е.", "т. д.", "им." or "г." before a city', () => {
    expect(sentencesOf('В. В. Путин приехал в г. Тверь, т. е. на родину героя им. Кирова, музеи и т. д., и уехал. Потом вернулся.')).toBe(2);
  });

  it('ends no sentence at initials written without spaces', () => {
    expect(sentencesOf('В.В. Путин приехал в Тверь. Потом уехал.')).toBe(2);
  });

  it('ends a sentence at "г." after a year', () => {
    expect(sentencesOf('Завод построили в 2015 г. Он работает до сих пор.')).toBe(2);
  });

  it('reads the dashes of direct speech as its quotation marks, and ends a sentence before one', () => {
    expect(sentencesOf('— Мы готовы, — сказал он. — Но не сейчас.')).toBe(2);
    const seg = segment([{ kind: 'paragraph', text: '— Мы готовы, — сказал он.' }], lexiconFor('ru'));
    expect(seg.tokens.map((t) => `${t.text}${t.kind === 'quote' ? `:${t.quoteRole ?? ''}` : ''}`)).toEqual(['—:open', 'Мы', 'готовы', ',', '—:close', 'сказал', 'он', '.']);
  });

  it('reads a spaced hyphen as the dash, and keeps „…“ inside «…» as its content', () => {
    expect(tokensOf('"Да", - ответил он.')).toContain('—');
    const seg = segment([{ kind: 'paragraph', text: '«Это „красная линия“ для нас», — сказал он.' }], lexiconFor('ru'));
    expect(seg.quotes).toHaveLength(1);
  });
});

describe('reporting verbs, in either order', () => {
  it('reads "X заявил, что …" in each gender and number, perfective and imperfective', () => {
    expect(claimsOf(['Министр Андрей Белов заявил, что учения завершены.'])).toEqual(['Андрей Белов | заявил | что учения завершены']);
    expect(claimsOf(['Мария Захарова подчеркнула, что Москва ответит.'])).toEqual(['Мария Захарова | подчеркнула | что Москва ответит']);
    expect(claimsOf(['Эксперты сообщают, что цены растут.'])).toEqual(['Эксперты | сообщают | что цены растут']);
  });

  it('reads the inverted incise after a quotation, with its comma and dash', () => {
    expect(claimsOf(['«Это ошибка», — заявил министр обороны Андрей Белов.'])).toEqual(['Андрей Белов | заявил | «Это ошибка»']);
    expect(claimsOf(['Порт откроется в понедельник, сообщила пресс-служба администрации.']))
      .toEqual(['пресс-служба администрации | сообщила | Порт откроется в понедельник']);
  });

  it('reads direct speech after a dash, its speaker a pronoun', () => {
    expect(claimsOf(['Капитан Игорь Сомов осмотрел причалы.', '— Повреждений нет, — пояснил он. — Порт откроется завтра.']))
      .toEqual(['Игорь Сомов | пояснил | — Повреждений нет, —']);
  });

  it('reads "«…», — приводит издание слова X": the words cited are X\'s, the outlet only relays them', () => {
    expect(claimsOf(['«Мы готовы к диалогу», — приводит газета слова министра Сергея Лаврова.']))
      .toEqual(['Сергей Лавров | приводит газета слова | «Мы готовы к диалогу»']);
    expect(claimsOf(['«Решение принято», - приводит агентство высказывания представителя ведомства.']).map((c) => c.split(' | ')[1]))
      .toEqual(['приводит агентство высказывания']);
    expect(claimsOf(['Рост цен приводит к снижению спроса.'])).toEqual([]);
  });

  it('reads "по словам X", "по данным X", "согласно X", "как заявил X" and "как сообщает X"', () => {
    expect(claimsOf(['По словам Дмитрия Пескова, переговоры продолжатся.'])).toEqual(['Дмитрий Песков | По словам | переговоры продолжатся']);
    expect(claimsOf(['По данным Минздрава, заболеваемость снижается.'])).toEqual(['Минздрав | По данным | заболеваемость снижается']);
    expect(claimsOf(['Как заявил Песков, Кремль не видит угрозы.'])).toEqual(['Песков | Как заявил | Кремль не видит угрозы']);
    expect(claimsOf(['Встреча пройдет в Минске, как сообщает агентство «Балтика-Инфо».']))
      .toEqual(['агентство «Балтика-Инфо» | как сообщает | Встреча пройдет в Минске']);
  });
});

describe('what stands between a report\'s parts in Russian wires', () => {
  it('reads "Об этом заявил X." as reporting the sentence before it in its paragraph, and nothing opening one', () => {
    expect(claimsOf(['Россия готова возобновить переговоры. Об этом заявил пресс-секретарь президента Дмитрий Песков.']))
      .toEqual(['Дмитрий Песков | заявил | Россия готова возобновить переговоры']);
    expect(claimsOf(['Россия готова возобновить переговоры.', 'Об этом говорится в сообщении пресс-службы.'])).toEqual([]);
  });

  it('takes no medium between a subject and its cue for the speaker', () => {
    expect(claimsOf(['Глава МИД РФ Сергей Лавров в интервью РИА Новости заявил, что предложений не было.']))
      .toEqual(['Сергей Лавров | заявил | что предложений не было']);
    expect(claimsOf(['Мария Захарова в своем телеграм-канале написала, что это провокация.']))
      .toEqual(['Мария Захарова | написала | что это провокация']);
  });

  it('leaves a hearer between a cue and its clause out of the content', () => {
    expect(claimsOf(['Депутат Анатолий Аксаков сказал РИА Новости, что решение было ожидаемым.']))
      .toEqual(['Анатолий Аксаков | сказал | что решение было ожидаемым']);
  });

  it('reads the body after a hearer in guillemets: "Как сообщили «Интерфаксу» в пресс-службе ФСБ"', () => {
    expect(claimsOf(['Как сообщили «Интерфаксу» в пресс-службе ФСБ, задержаны двое подозреваемых.']))
      .toEqual(['пресс-службе ФСБ | Как сообщили | задержаны двое подозреваемых']);
  });
});

describe('impersonal reports credit the document or body named, else no one', () => {
  it('reads "В заявлении X говорится, что …", "…, говорится в сообщении X", "В Кремле заявили"', () => {
    expect(claimsOf(['В заявлении министерства говорится, что учения завершены.'])).toEqual(['заявлении министерства | говорится | что учения завершены']);
    expect(claimsOf(['Учения завершены досрочно и без потерь, говорится в сообщении Минобороны.']))
      .toEqual(['Минобороны | говорится | Учения завершены досрочно и без потерь']);
    expect(claimsOf(['В Кремле заявили, что готовы к диалогу.'])).toEqual(['Кремль | заявили | что готовы к диалогу']);
  });

  it('gives "Сообщается, что …" to the unknown speaker', () => {
    const a = analysisOf('Сообщается, что погибших нет.');
    expect(a.claims).toHaveLength(1);
    expect(a.actors.find((x) => x.id === a.claims[0]?.actorId)?.kind).toBe('unknown');
  });
});

describe('a name in any case is one actor; a body by its short form too', () => {
  it('takes Путин, Путина, Путину and Путиным for one actor, shown as Путин', () => {
    const a = analysisOf('Путин заявил, что экономика растет.', 'По словам Путина, инфляция снижается.',
      '«Решение принято», — заявил Путин.', 'Как сообщил Путин, реформа начнется в мае.');
    const people = a.actors.filter((x) => x.kind === 'person');
    expect(people.map((x) => x.name)).toEqual(['Путин']);
    expect(a.claims).toHaveLength(4);
  });

  it('shows a name the text gives only in another case in the nominative: Дмитрий Песков, Мария Захарова, Олаф Шольц', () => {
    const a = analysisOf('По словам Дмитрия Пескова, переговоры продолжатся.', 'По данным Марии Захаровой, встреча отменена.',
      'Как отметили у Олафа Шольца, Германия готова.', 'По словам Ирины Волковой, проект одобрен.');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name))
      .toEqual(['Дмитрий Песков', 'Мария Захарова', 'Ирина Волкова']);
    expect(claimsOf(['По словам Павла Вовка, суд работает.', 'Как отметил у Петра Иванова юрист, суд работает.'])[0])
      .toBe('Павел Вовк | По словам | суд работает');
    // (a lone surname may be a woman's nominative, "Пескова": shown as written)
    expect(claimsOf(['По словам Пескова, переговоры продолжатся.'])).toEqual(['Пескова | По словам | переговоры продолжатся']);
  });

  it('shows a body named in another case in the nominative: Министерство обороны, Минздрав, Кремль', () => {
    expect(claimsOf(['По данным Министерства обороны, учения завершены.', 'В Кремле заявили, что угрозы нет.']).map((c) => c.split(' | ')[0]))
      .toEqual(['Министерство обороны', 'Кремль']);
  });

  it('takes "Министерство обороны" and "Минобороны" for one body', () => {
    const a = analysisOf('Министерство обороны России заявило, что учения завершены.', 'По данным Минобороны, потерь нет.');
    expect(new Set(a.claims.map((c) => c.actorId)).size).toBe(1);
  });
});

describe('the past tense chooses the earlier speaker', () => {
  it('gives a pronoun-less incise to the last speaker its ending agrees with', () => {
    expect(claimsOf(['Прокурор Анна Соколова заявила, что доказательства есть.', 'Адвокат Павел Мельников сказал, что их нет.',
      '«Это давление на свидетелей», — добавила.'])).toEqual(['Анна Соколова | заявила | что доказательства есть',
      'Павел Мельников | сказал | что их нет', 'Анна Соколова | добавила | «Это давление на свидетелей»']);
  });

  it('gives "она" and "он" to the speaker of that gender', () => {
    const claims = claimsOf(['Мария Захарова заявила, что санкции незаконны.', 'Сергей Лавров сказал, что переговоры возможны.',
      '«Мы готовы», — подчеркнула она.']);
    expect(claims[2]).toBe('Мария Захарова | подчеркнула | «Мы готовы»');
  });
});

describe('claim kinds and what is never a claim', () => {
  it('reads "считает", "полагает" and "уверен" as thoughts', () => {
    const a = analysisOf('Эксперт Вера Лунина считает, что учения повторят. Она уверена, что их проведут осенью.');
    expect(a.claims.map((c) => c.kind)).toEqual(['thought', 'thought']);
  });

  it('refuses a deed or a topic: "объявило конкурс", "отрицает обвинения", "говорит о"', () => {
    expect(claimsOf(['Министерство обороны объявило конкурс на поставку кухонь.'])).toEqual([]);
    expect(claimsOf(['Гришин отрицает обвинения.'])).toEqual([]);
    expect(claimsOf(['Это говорит о влиянии судей.'])).toEqual([]);
    expect(claimsOf(['Компания сообщила о банкротстве.', 'Министр рассказал о планах ведомства.'])).toEqual([]);
  });

  it('credits no one with what someone could say: "достаточно будет сказать: «…»"', () => {
    expect(claimsOf(['Адвокатам достаточно будет сказать: «Доказательства ненадлежащие».'])).toEqual([]);
  });

  it('reads "заявил о том, что …" as "заявил, что …"', () => {
    expect(claimsOf(['Песков заявил о том, что предложений не было.'])).toEqual(['Песков | заявил | что предложений не было']);
  });
});

/** The five invented articles: every claim shown by default, "speaker | cue". */
const ARTICLES: Record<string, string[]> = {
  port: ['пресс-служба администрации порта | сообщила', 'Игорь Сомов | заявил', 'Игорь Сомов | По словам', 'Ирина Власова | пояснила',
    'агентство «Балтика-Инфо» | Как сообщает', 'Unknown speaker | Сообщается'],
  ministry: ['заявлении министерства | говорится', 'Минобороны | говорится', 'Олег Тарасов | подчеркнул', 'Минобороны | По данным',
    'ведомство | отметили'],
  court: ['Павел Мельников | заявил', 'Анна Соколова | заявила', 'Павел Мельников | сказал', 'Анна Соколова | добавила',
    'Павел Мельников | сказал'],
  election: ['Песков | заявил', 'Песков | по словам', 'Наблюдатели из движения «Голос» | утверждают', 'Кремль | заявили', 'Песков | добавил'],
  theatre: ['Марина Ильина | сообщила', 'Рустам Галеев | заявил', 'Марина Ильина | рассказала', 'Рустам Галеев | добавил',
    'газета «Казанские вести» | Как пишет'],
};

describe('five invented Russian articles', () => {
  for (const [name, expected] of Object.entries(ARTICLES)) {
    it(`reads ${name}.txt with every speaker right`, () => {
      const [, ...paragraphs] = readFileSync(new URL(`../fixtures/engine/ru/${name}.txt`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(claimsOf(paragraphs).map((c) => c.split(' | ').slice(0, 2).join(' | '))).toEqual(expected);
    });
  }
});
