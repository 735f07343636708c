/**
 * Lexicon: the Portuguese phrases that name a source without a verb — "segundo X", "de acordo com X", "conforme X",
 * "na avaliação de X" and its kin, "Para X, …" — with what only Portuguese asks of them: "conforme o previsto" is
 * in keeping with something, not a source (refuses), and a source goes on over an apposition between commas ("Para o
 * líder da oposição, deputado Marcos Vieira, …": sourceEnd). Here, in the Portuguese bundle, rather than in
 * constructions/according-to.ts, so that an English click carries none of it.
 */
import type { AccordingToPhrase, LexiconToken } from '../lexicon.js';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_TITLES, TITLES, UNNAMED_SOURCE_NOUNS } from './actor-words.js';
import { ARTICLES, DETERMINERS } from './function-words.js';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS } from './pronouns.js';
import { OF_WORDS } from './seam-words.js';

/** "conforme o previsto", "conforme a lei", "segundo as regras": in keeping with something, not a source. */
const IN_KEEPING_WITH: ReadonlySet<string> = new Set(['previsto', 'prevista', 'esperado', 'esperada', 'combinado', 'acordado',
  'planejado', 'programado', 'necessário', 'lei', 'leis', 'regra', 'regras', 'regulamento', 'norma', 'normas', 'contrato', 'edital',
  'caso', 'tabela', 'cronograma', 'costume', 'habitual', 'praxe', 'determina', 'prevê', 'estabelece', 'manda', 'exige']);

/** Whether the source starting at t is something kept to: the word there, or after an article, is one of IN_KEEPING_WITH. */
function inKeepingWith(tokens: readonly LexiconToken[], t: number): boolean {
  const at = ARTICLES.has(tokens[t]?.lower ?? '') ? t + 1 : t;
  return IN_KEEPING_WITH.has(tokens[at]?.lower ?? '');
}

/**
 * Whether "para" before t names no speaker: it does only opening its sentence, before a name, a pronoun ("Para ele,
 * …") or an article and a noun for a person or a body ("Para a ministra, …"), and a comma; "Para evitar atrasos, …",
 * "… para o governo" do not.
 */
function noSpeakerOpening(tokens: readonly LexiconToken[], t: number): boolean {
  const para = tokens[t - 1];
  const before = tokens[t - 2];
  const opens = before === undefined || before.block !== para?.block || /^[.!?…]$/u.test(before.text);
  const head = tokens[t];
  if (!opens || head === undefined || head.kind !== 'word' || head.block !== para?.block) return true;
  const next = tokens[t + 1]?.lower ?? '';
  const speaker = head.cap || PERSON_PRONOUNS.has(head.lower) || PLURAL_PRONOUNS.has(head.lower) || (DETERMINERS.has(head.lower) &&
    (tokens[t + 1]?.cap === true || PERSON_TITLES.has(next) || ORGANISATION_NOUNS.has(next) || UNNAMED_SOURCE_NOUNS.has(next) ||
      DOCUMENT_NOUNS.has(next)));
  if (!speaker) return true;
  for (let i = t + 1; i < t + 12; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.block !== head.block || tok.kind === 'quote') return true;
    if (tok.text === ',') return false;
    if (tok.kind === 'punct' && tok.text !== '-' && tok.text !== '(' && tok.text !== ')') return true;
  }
  return true;
}

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

/** "na avaliação do ministro", "na opinião da juíza": the noun of view, with "de" and its contractions after it. */
const VIEW_PHRASES: readonly (readonly [string, string])[] = [['na', 'avaliação'], ['na', 'opinião'], ['na', 'visão'], ['no', 'entendimento'],
  ['na', 'análise'], ['nas', 'palavras'], ['na', 'leitura'], ['na', 'versão']];
const OF_FORMS = ['de', 'do', 'da', 'dos', 'das'] as const;

/** "segundo informações da polícia", "de acordo com dados do IBGE": a noun of report, then "de" and the source. */
const REPORT_NOUNS = ['informações', 'dados', 'levantamento', 'estimativas', 'números', 'relato', 'relatos'] as const;
/** "segundo apurou o g1", "conforme informou a PM": a verb of report, then the source. */
const REPORT_VERBS = ['apurou', 'informou', 'informaram', 'revelou', 'divulgou', 'noticiou', 'publicou', 'disse', 'afirmou'] as const;

const reach = { sourceEnd: pastApposition };
const guarded = { ...reach, refuses: inKeepingWith };

/**
 * The phrases that name a source without a verb: "de acordo com X", "segundo X", "conforme X" (each only before a
 * source: not "em segundo lugar", "conforme o previsto"), with a noun or a verb of report between ("segundo dados do
 * IBGE", "segundo apurou o g1"), "na avaliação de X" and the like, and "Para X, …" opening its sentence before a person
 * or a body and a comma ("para" is everywhere else).
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
  ]),
  { words: ['de', 'acordo', 'com'], position: 'prefix', lemma: 'de acordo com', needsSource: true, ...reach },
  { words: ['segundo'], position: 'prefix', lemma: 'segundo', needsSource: true, ...guarded },
  { words: ['conforme'], position: 'prefix', lemma: 'conforme', needsSource: true, ...guarded },
  { words: ['para'], position: 'prefix', lemma: 'para', needsSource: true, ...reach, refuses: noSpeakerOpening },
];
