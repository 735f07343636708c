/**
 * Lexicon: what a Spanish claim reports in its context (claim-kind.ts): the verbs of an inquiry's result, of evidence
 * and of a judgment, and the heads of the sources that make them findings — a study, a poll, a court ("el informe
 * muestra que …", "la sentencia establece que …").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const INQUIRY_LEMMAS = set(`establecer demostrar mostrar concluir constatar revelar determinar reflejar evidenciar`);
export const EVIDENCE_LEMMAS = set(`sugerir indicar confirmar revelar mostrar estimar señalar apuntar reflejar advertir`);
export const JUDGMENT_LEMMAS = set(`dictaminar determinar concluir establecer considerar estimar resolver`);
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map();
export const EVIDENCE_SOURCE_NOUNS = set(`estudio estudios encuesta encuestas sondeo sondeos informe informes datos cifras
  estadísticas análisis balance investigación investigaciones auditoría resultados índice índices previsiones modelo
  modelos vídeo video imágenes autopsia peritaje peritajes registros mediciones`);
export const COURT_SOURCE_NOUNS = set(`tribunal tribunales corte cortes juez jueza jueces jurado magistrado magistrada
  magistrados sentencia fallo audiencia juzgado`);
export const SOURCE_HEAD_ENDERS = set(`de del por a al en sobre con publicado publicada realizado realizada elaborado
  elaborada encargado encargada que cuyo cuya`);
export const COURT_TITLES = set(`juez jueza magistrado magistrada fiscal`);
