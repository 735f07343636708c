/**
 * Lexicon: what a Portuguese claim reports in its context (claim-kind.ts): the verbs of an inquiry's result, of
 * evidence and of a judgment, and the heads of the sources that make them findings — a study, a poll ("pesquisa",
 * "sondagem"), a report ("o relatório mostra"), a court ("o STF decidiu").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const INQUIRY_LEMMAS = set(`constatar comprovar demonstrar mostrar concluir revelar apontar`);
export const EVIDENCE_LEMMAS = set(`sugerir indicar confirmar revelar mostrar estimar prever apontar sinalizar destacar`);
export const JUDGMENT_LEMMAS = set(`decidir determinar julgar entender concluir considerar avaliar`);
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map();
export const EVIDENCE_SOURCE_NOUNS = set(`estudo estudos pesquisa pesquisas levantamento levantamentos sondagem sondagens inquérito
  relatório relatórios dados números estatísticas análise análises balanço auditoria resultados índice índices projeções
  projeção modelo modelos vídeo vídeos imagens laudo laudos perícia boletim censo indicadores estimativa estimativas
  documento documentos`);
/** (with the adjectives that end a court's name, its last word: "Supremo Tribunal Federal", "Tribunal Superior Eleitoral") */
export const COURT_SOURCE_NOUNS = set(`tribunal tribunais corte cortes juiz juíza juízes stf stj tse tst trf supremo júri desembargador
  desembargadora relator relatora justiça federal regional eleitoral superior constitucional`);
export const SOURCE_HEAD_ENDERS = set(`de do da dos das por pelo pela a ao em no na com sobre publicado publicada realizado realizada
  feito feita divulgado divulgada encomendado encomendada que cujo cuja`);
export const COURT_TITLES = set(`juiz juíza desembargador desembargadora procurador procuradora promotor promotora relator relatora`);
