/**
 * Lexicon: the Portuguese phrases that name a source without a verb — "segundo X", "de acordo com X", "conforme X",
 * "na avaliação de X" and its kin, "Para X, …" — read by constructions/according-to.ts as every language's are, with
 * their source going on over an apposition between commas (sourceEnd). "conforme o previsto" is in keeping with
 * something, not a source: split-words.ts reads it so. Both in the Portuguese bundle.
 */
import type { AccordingToPhrase, LexiconToken } from '../lexicon.js';
import { TITLES } from './actor-words.js';
import { DETERMINERS } from './function-words.js';
import { OF_WORDS } from './seam-words.js';

/** "conforme o previsto", "conforme a lei", "segundo as regras": in keeping with something, not a source. */
export const IN_KEEPING_WITH: ReadonlySet<string> = new Set(['previsto', 'prevista', 'esperado', 'esperada', 'combinado', 'acordado',
  'planejado', 'programado', 'necessário', 'lei', 'leis', 'regra', 'regras', 'regulamento', 'norma', 'normas', 'contrato', 'edital',
  'caso', 'tabela', 'cronograma', 'costume', 'habitual', 'praxe', 'determina', 'prevê', 'estabelece', 'manda', 'exige',
  // "o relatório, segundo o qual …": a relative, not a source
  'qual', 'quais']);

/** "na avaliação do ministro", "na opinião da juíza": the noun of view, with "de" and its contractions after it. */
const VIEW_PHRASES: readonly (readonly [string, string])[] = [['na', 'avaliação'], ['na', 'opinião'], ['na', 'visão'], ['no', 'entendimento'],
  ['na', 'análise'], ['nas', 'palavras'], ['na', 'leitura'], ['na', 'versão']];
const OF_FORMS = ['de', 'do', 'da', 'dos', 'das'] as const;
/** "segundo informações da polícia", "de acordo com dados do IBGE": a noun of report, then "de" and the source. */
const REPORT_NOUNS = ['informações', 'dados', 'levantamento', 'estimativas', 'números', 'relato', 'relatos'] as const;
/** "segundo apurou o g1", "conforme informou a PM", "como disse o ministro": a verb of report, then the source. */
const REPORT_VERBS = ['apurou', 'informou', 'informaram', 'revelou', 'divulgou', 'noticiou', 'publicou', 'disse', 'afirmou', 'mostrou',
  'antecipou', 'adiantou'] as const;

/**
 * Past an apposition between commas after a source [first, comma): a name, or a title and a name, after a title ("o
 * líder da oposição, deputado Marcos Vieira,"), or where a named person works ("o delegado Carlos Menezes, da
 * Delegacia de Crimes Econômicos,"). Returns the second comma, or `comma` when no apposition stands there.
 */
function pastApposition(tokens: readonly LexiconToken[], first: number, comma: number, end: number): number {
  const opener = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || opener === undefined || opener.kind !== 'word') return comma;
  const head = DETERMINERS.has(tokens[first]?.lower ?? '') ? tokens[first + 1] : tokens[first];
  const titled = head !== undefined && TITLES.has(head.lower);
  const named = tokens[comma - 1]?.cap === true;
  if (!((titled && (opener.cap || TITLES.has(opener.lower))) || (named && OF_WORDS.has(opener.lower)))) return comma;
  for (let t = comma + 1; t < end && t - comma <= 10; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind === 'quote') return comma;
    if (tok.text === ',') return tokens[t + 1]?.kind === 'word' ? t : comma;
    if (tok.kind === 'punct' && tok.text !== '(' && tok.text !== ')' && tok.text !== '-') return comma;
  }
  return comma;
}

const reach = { sourceEnd: pastApposition };

/**
 * The phrases that name a source without a verb: "de acordo com X", "segundo X", "conforme X" (each only before a
 * source: not "em segundo lugar"), with a noun or a verb of report between ("segundo dados do IBGE", "segundo apurou o
 * g1"), "na avaliação de X" and the like, and "Para X, …" opening its sentence before a person or a body and a comma
 * ("para" is everywhere else).
 */
export const ACCORDING_TO: readonly AccordingToPhrase[] = [
  ...VIEW_PHRASES.flatMap(([prep, noun]) => OF_FORMS.map((of): AccordingToPhrase => ({ words: [prep, noun, of], position: 'prefix',
    lemma: `${prep} ${noun} de`, needsSource: true, ...reach }))),
  ...REPORT_NOUNS.flatMap((noun) => OF_FORMS.flatMap((of): AccordingToPhrase[] => [
    { words: ['de', 'acordo', 'com', noun, of], position: 'prefix', lemma: 'de acordo com', needsSource: true, ...reach },
    { words: ['segundo', noun, of], position: 'prefix', lemma: 'segundo', needsSource: true, ...reach },
  ])),
  ...REPORT_VERBS.flatMap((verb): AccordingToPhrase[] => [
    { words: ['segundo', verb], position: 'prefix', lemma: 'segundo', needsSource: true, ...reach },
    { words: ['conforme', verb], position: 'prefix', lemma: 'conforme', needsSource: true, ...reach },
    { words: ['como', verb], position: 'prefix', lemma: 'como', needsSource: true, ...reach },
  ]),
  { words: ['de', 'acordo', 'com'], position: 'prefix', lemma: 'de acordo com', needsSource: true, ...reach },
  { words: ['segundo'], position: 'prefix', lemma: 'segundo', needsSource: true, ...reach },
  { words: ['conforme'], position: 'prefix', lemma: 'conforme', needsSource: true, ...reach },
  { words: ['para'], position: 'prefix', lemma: 'para', opensSentence: true, needsSource: true, ...reach },
];
