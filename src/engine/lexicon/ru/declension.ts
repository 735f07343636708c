/**
 * Russian case endings, for two jobs. nameKey() is the Lexicon's name key: a name in any case ("Путин", "Путина",
 * "Путину", "Путиным"; "Мария Захарова", "Марии Захаровой"; "Министерство обороны", "Министерством обороны") maps to
 * one key, its words stripped of their case endings, so actor matching takes them for one actor; a body's short form
 * ("Минобороны", "МИД") maps to its full name's key. caseForms() gives a title's or role word's forms in the cases a
 * speaker phrase puts it in ("по словам министра", "заявил главе", "с представителем"). Both read endings only, in
 * one pass from the end of a word, longest ending first: no expression backtracks.
 */

/** Case endings, longest first: adjective, noun and surname endings of every case and number. */
const ENDINGS: readonly string[] = ['иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ием', 'еем',
  'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ия', 'ии', 'ию', 'ея', 'ею', 'ей', 'ой', 'ою', 'ый', 'ий', 'ым', 'им', 'ом', 'ем',
  'ам', 'ям', 'ах', 'ях', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'];

/** A word keeps at least this many letters once stripped: "Ким", "Лей" stay whole. */
const MIN_STEM = 3;

/** The stem of one lower-case word: its case ending stripped ("путиным" → "путин", "захаровой" → "захаров"). */
export function stemOf(word: string): string {
  const plain = word.replace(/ё/gu, 'е');
  for (const ending of ENDINGS) {
    if (plain.length - ending.length >= MIN_STEM && plain.endsWith(ending)) return plain.slice(0, -ending.length);
  }
  return plain;
}

/** Short forms of bodies, and the full names they stand for (as written in the nominative). */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['минобороны', 'министерство обороны'],
  ['мид', 'министерство иностранных дел'],
  ['мвд', 'министерство внутренних дел'],
  ['минздрав', 'министерство здравоохранения'],
  ['минфин', 'министерство финансов'],
  ['минюст', 'министерство юстиции'],
  ['минэнерго', 'министерство энергетики'],
  ['минтранс', 'министерство транспорта'],
  ['минобрнауки', 'министерство науки и высшего образования'],
  ['минпросвещения', 'министерство просвещения'],
  ['мчс', 'министерство по чрезвычайным ситуациям'],
  ['цб', 'центральный банк'],
  ['центробанк', 'центральный банк'],
  ['госдума', 'государственная дума'],
  ['совфед', 'совет федерации'],
  ['генпрокуратура', 'генеральная прокуратура'],
]);

/**
 * The genitive of a country or capital after a body or between a title and a name ("Министерство обороны России",
 * "президент России Владимир Путин"): the body is the same without it, the name starts after it.
 */
export const PLACE_GENITIVES: ReadonlySet<string> = new Set(`россии рф сша украины белоруссии беларуси казахстана
  франции германии китая кнр турции израиля ирана японии великобритании польши италии индии молдавии грузии армении
  азербайджана москвы киева минска`.split(/\s+/u));

/** The key a name is matched by, in whatever case it stands: each word's stem, short forms of bodies expanded. */
export function nameKey(name: string): string {
  const lower = name.toLowerCase().replace(/ё/gu, 'е').trim();
  const all = lower.split(/\s+/u);
  // "Министерство обороны России" is "Министерство обороны"
  const words = all.length > 1 && PLACE_GENITIVES.has(all[all.length - 1] ?? '') ? all.slice(0, -1) : all;
  const joined = words.join(' ');
  const expanded = words.length === 1 ? SHORT_FORMS.get(stemOf(joined)) ?? SHORT_FORMS.get(joined) : undefined;
  const full = expanded ?? joined;
  // a word in Latin letters or with digits is a name as written ("The Jerusalem Post"): only Cyrillic words decline
  return full.split(/\s+/u).map((word) => (/^[\p{Script=Cyrillic}-]+$/u.test(word) ? stemOf(word) : word)).join(' ');
}

/**
 * The forms of a noun for a person or body in the cases a speaker phrase uses, from its nominative singular:
 * "министр" → министра, министру, министром, министре, министры, министров; "глава" → главы, главе, главу, главой;
 * "пресс-секретарь" → пресс-секретаря, …; "представитель" → представителя, …; "ведомство" → ведомства, ….
 */
export function caseForms(word: string): string[] {
  const forms = [word];
  const add = (stem: string, endings: string): void => { for (const e of endings.split(' ')) forms.push(stem + e); };
  if (word.endsWith('ий')) add(word.slice(0, -2), 'ия ию ием ии иев иям');
  else if (word.endsWith('ь')) add(word.slice(0, -1), 'я ю ем е и ей ям ями');
  else if (word.endsWith('а')) add(word.slice(0, -1), 'ы е у ой и');
  else if (word.endsWith('я')) add(word.slice(0, -1), 'и е ю ей');
  else if (word.endsWith('о')) add(word.slice(0, -1), 'а у ом е');
  else if (word.endsWith('е')) add(word.slice(0, -1), 'я ю ем и');
  else if (/[жшчщ]$/u.test(word)) add(word, 'а у ем е и ей');
  else add(word, 'а у ом е ы и ов ам ами');
  return forms;
}

/** Every case form of each word of a list ("министр глава" → министр, министра, …, глава, главы, …). */
export function withCases(words: string): string[] {
  return words.trim().split(/\s+/u).flatMap(caseForms);
}
