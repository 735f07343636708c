/**
 * Lexicon: what a Russian claim reports in its context (claim-kind.ts): the verbs of an inquiry's result, of evidence
 * and of a judgment, and the heads of the sources that make them findings — a study, a poll, a court.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const INQUIRY_LEMMAS = set(`установить показать выявить констатировать`);
export const EVIDENCE_LEMMAS = set(`показать указать подтвердить свидетельствовать сообщить отметить`);
export const JUDGMENT_LEMMAS = set(`постановить решить признать`);
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map();
export const EVIDENCE_SOURCE_NOUNS = set(`исследование исследования исследованию опрос опроса опросу данные данным
  данных доклад доклада докладу отчет отчета отчету отчёт статистика статистике анализ анализа экспертиза экспертизы
  результаты результатам расчеты расчетам прогноз прогнозу мониторинг мониторинга`);
export const COURT_SOURCE_NOUNS = set(`суд суда суду судья судьи коллегия трибунал`);
export const SOURCE_HEAD_ENDERS = set(`в во на по с со из от для о об при что который которая которые`);
export const COURT_TITLES = set(`судья прокурор`);
