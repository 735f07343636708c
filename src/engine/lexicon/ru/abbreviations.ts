/**
 * Lexicon: Russian abbreviations written with a full stop that does not end the sentence, lower case and without
 * their stop: "т. е.", "т. д.", "г." (year, city), "им." (named after), "ул.", "см.". The segmenter reads "т.е" and
 * "т.д" written without a space as one word, so those are listed too. Initials ("В. В. Путин") are single capitals,
 * which end no sentence in any language.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'т', 'е', 'д', 'п', 'к', 'н', 'т.е', 'т.д', 'т.п', 'т.к', 'т.н', 'т.ч', 'и.о', 'пр', 'др', 'г', 'гг', 'им', 'ул', 'пл',
  'просп', 'пер', 'обл', 'р-н', 'см', 'стр', 'с', 'ст', 'руб', 'тыс', 'млн', 'млрд', 'долл', 'коп', 'чел', 'мин', 'сек',
  'ч', 'кв', 'км', 'проф', 'акад', 'ген', 'зам', 'нач', 'гл', 'ред', 'англ', 'нем', 'франц', 'лат', 'янв', 'фев', 'февр',
  'апр', 'авг', 'сент', 'окт', 'нояб', 'дек', 'вв', 'в', 'ок', 'прим', 'напр', 'рис', 'табл',
]);
