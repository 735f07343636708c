/**
 * Russian words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts): a
 * deed after the verb, the writer's own voice ("я", "мы", "наш"), a section label, a news agency after a dateline, and
 * page furniture in a text read without its page ("Читайте также", "Реклама").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const MEASURE_UNITS = set(`% процента процентов процент пункта пунктов рублей рубля долларов доллара евро гривен
  тысяч миллионов миллиардов млн млрд тыс человек секунд минут часов дней недель месяцев лет метров километров тонн
  голосов мест`);
export const MEASURE_FOLLOWERS = new Set([...set(`в на до по за и или с к от`), ',', '.', ';', ')']);

/** "рассказал о планах", "сообщила о банкротстве", "это говорит о влиянии": a speech act naming only its topic. */
const TOPIC = 'о|об|обо|про';

export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  сказать: [TOPIC],
  заявить: [TOPIC],
  сообщить: [TOPIC],
  рассказать: [TOPIC],
  написать: [TOPIC],
  напомнить: [TOPIC],
  предупредить: [TOPIC],
  пояснить: [TOPIC],
  отметить: [TOPIC],
  информировать: [TOPIC],
  ответить: ['на'],
  объявить: ['конкурс|тендер|войну|голодовку|забастовку|розыск|тревогу|траур|о|об'],
  признать: ['вину|себя|виновным|виновной|банкротом|недействительным'],
  передать: ['дело|материалы|власть|управление'],
};

export const PASSIVE_DEED_LEMMAS = set(`обвинить`);
export const WRITER_PRONOUNS = set(`я мы нас нам наш наша наше наши нашей нашего`);
export const SECTION_LABELS = set(`читайте также реклама видео фото новости главное мнение колонка интервью`);
export const NEWS_AGENCIES = set(`интерфакс тасс риа ria interfax reuters ap afp ура.ру`);

const FURNITURE_OPENINGS: readonly string[] = ['читайте также', 'читайте нас', 'реклама', 'подписывайтесь', 'поделиться',
  'источник:', 'фото:', 'видео:', 'смотрите также', 'новости по теме'];
const FURNITURE_MAX_LENGTH = 160;

export function isFurnitureLine(line: string): boolean {
  const lower = line.trim().toLowerCase();
  return lower.length <= FURNITURE_MAX_LENGTH && FURNITURE_OPENINGS.some((opening) => lower.startsWith(opening));
}
