/**
 * Russian clause-level token reading, before split-words.ts reads word by word (both are Lexicon.splitTokens): what
 * stands between a report's parts in Russian and in no other language the constructions know.
 * - "Об этом заявил X." after a sentence of the same paragraph reports that sentence: it reads as "…, заявил X.";
 *   opening its paragraph, its content is the paragraph before, which no construction reaches: its cue is no cue.
 * - An adjunct of where or how between a subject and its cue ("Лавров в интервью РИА Новости заявил", "Захарова в
 *   своем телеграм-канале написала", "газета со ссылкой на источники сообщала") is no token: the subject is next to
 *   its cue, and the medium's name is not taken for the speaker.
 * - A hearer after a cue ("Аксаков сказал РИА Новости, что …", "Как сообщили «Интерфаксу» в пресс-службе") is no
 *   token either, nor "о том"
 *   before the clause a cue reports ("заявил о том, что …" reads as "заявил, что …"), nor a colon after the infinitive
 *   of a verb of saying ("достаточно будет сказать: «…»": what someone could say, not what anyone said).
 * One pass; the tokens dropped are never content (they only say where or to whom).
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { CUE_VERBS, lemmaOf } from './cue-verbs.js';

/** The nouns of an adjunct after "в" or "на": the medium or occasion of a report, not its source. */
const ADJUNCT_NOUNS: ReadonlySet<string> = new Set(['интервью', 'беседе', 'эфире', 'комментарии', 'своем', 'своём',
  'своих', 'телеграм-канале', 'telegram-канале', 'соцсетях', 'соцсети', 'брифинге', 'пресс-конференции', 'кулуарах',
  'полях', 'разговоре', 'обращении', 'выступлении', 'ходе', 'рамках', 'программе']);
/** The longest adjunct looked through before its cue. */
const MAX_ADJUNCT = 8;

const isCueForm = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && lemmaOf(tok.lower) !== tok.lower;

/** The cue within MAX_ADJUNCT tokens from `from`, only words (and names in guillemets) before it, or -1. */
function cueAhead(rest: readonly Token[], from: number): number {
  for (let j = from; j < rest.length && j - from <= MAX_ADJUNCT; j++) {
    const tok = rest[j];
    if (tok === undefined || (tok.kind === 'punct' && tok.text !== '-')) return -1;
    if (isCueForm(tok)) return j;
  }
  return -1;
}

/** The adjunct opening at rest[i] ("в интервью …", "со ссылкой на …"): how many tokens its opening phrase takes, or 0. */
function adjunctOpening(rest: readonly Token[], i: number): number {
  const first = rest[i]?.lower ?? '';
  if ((first === 'в' || first === 'во' || first === 'на') && ADJUNCT_NOUNS.has(rest[i + 1]?.lower ?? '')) return 2;
  if (first === 'со' && rest[i + 1]?.lower === 'ссылкой' && rest[i + 2]?.lower === 'на') return 3;
  return 0;
}

/** The infinitives of the verbs of saying (their lemmas): "сказать", "заявить", "ответить". */
const INFINITIVES: ReadonlySet<string> = new Set(CUE_VERBS.map((verb) => verb.lemma).filter((lemma) => lemma.endsWith('ть')));

/** Subject pronouns before a cue: a hearer may follow it. */
const SUBJECTS: ReadonlySet<string> = new Set(['он', 'она', 'они']);
/** Lower-case hearers: "журналистам", "репортерам". */
const HEARERS: ReadonlySet<string> = new Set(['журналистам', 'репортерам', 'репортёрам', 'корреспонденту', 'изданию',
  'агентству', 'телеканалу', 'радиостанции', 'газете']);

/**
 * Where the clause after a hearer starts (the comma before "что"), when rest[i] opens a hearer of one to three
 * capitalised words, a name in guillemets or a noun of the hearers' list; else -1.
 */
function hearerBeforeClause(rest: readonly Token[], i: number): number {
  for (let k = i; k < rest.length && k - i <= 4; k++) {
    const tok = rest[k];
    if (tok === undefined) return -1;
    if (tok.text === ',' && k > i) return rest[k + 1]?.lower === 'что' ? k : -1;
    const hearerWord = tok.kind === 'quote' || (tok.kind === 'word' && (tok.cap || HEARERS.has(tok.lower)));
    if (!hearerWord) return -1;
  }
  return -1;
}

/** Reads one block's tokens; returns them with the adjuncts, hearers and "об этом" read as above. */
export function readAdjuncts(rest: readonly Token[]): Token[] {
  const out: Token[] = [];
  const noCue = new Set<number>();
  for (let i = 0; i < rest.length; i++) {
    const tok = rest[i];
    if (tok === undefined) continue;
    const last = out[out.length - 1];
    // "…сделке. Об этом заявил Песков." → "…сделке, заявил Песков."
    if (tok.lower === 'об' && rest[i + 1]?.lower === 'этом') {
      const cue = cueAhead(rest, i + 2);
      if (cue >= 0) {
        if (last !== undefined && last.kind === 'punct' && last.text === '.') {
          out[out.length - 1] = { ...last, text: ',', lower: ',' };
          i += 1;
          continue;
        }
        if (last === undefined) noCue.add(cue);
      }
    }
    // "Лавров в интервью РИА Новости заявил": the adjunct between a subject and its cue
    const opening = last?.kind === 'word' ? adjunctOpening(rest, i) : 0;
    if (opening > 0) {
      const cue = cueAhead(rest, i + opening);
      if (cue >= 0) { i = cue - 1; continue; }
    }
    // "заявил о том, что …" is "заявил, что …": "о том" only announces the clause ("заявил о планах" names a topic)
    if (isCueForm(last) && (tok.lower === 'о' || tok.lower === 'об') && rest[i + 1]?.lower === 'том' && rest[i + 2]?.text === ',' &&
      rest[i + 3]?.lower === 'что') { i += 1; continue; }
    // "Аксаков сказал РИА Новости, что …", "он заявил журналистам, что …": the hearer between a cue and its clause,
    // when the speaker stands before the cue (after it, "сказал Песков, что" names the speaker)
    const beforeCue = out[out.length - 2];
    if (isCueForm(last) && beforeCue !== undefined && beforeCue.kind === 'word' && (beforeCue.cap || SUBJECTS.has(beforeCue.lower))) {
      const clause = hearerBeforeClause(rest, i);
      if (clause > i) { i = clause - 1; continue; }
    }
    // "Как сообщили «Интерфаксу» в пресс-службе": a hearer in the dative, in guillemets, right after a cue
    if (tok.kind === 'quote' && tok.text === '«' && isCueForm(last)) {
      const close = rest.findIndex((t, k) => k > i && k <= i + 3 && t.text === '»');
      const hearer = rest[close - 1]?.lower ?? '';
      if (close > i + 1 && /[ую]$/u.test(hearer)) { i = close; continue; }
    }
    // "достаточно будет сказать: «…»": a colon after the infinitive of a verb of saying opens what someone would or
    // could say, nobody's statement (the colon construction would credit the sentence's subject)
    if (tok.kind === 'punct' && tok.text === ':' && last !== undefined && INFINITIVES.has(last.lower)) continue;
    out.push(noCue.has(i) ? { ...tok, lower: `${tok.lower}·` } : tok);
  }
  return out;
}
