/**
 * Portuguese words as the steps should read them (Lexicon.splitTokens, called by step 1 on each block), in one pass
 * over the block's tokens. Here rather than in segment.ts so that an English click carries none of it.
 * - A reporting verb (or an auxiliary) with an enclitic pronoun after a hyphen: a hearer's clitic stays in the verb's
 *   token, read as the verb alone ("disse-lhe que …" is the cue "disse-lhe", lemma "dizer", its content at "que");
 *   a reflexive or impersonal "-se" becomes a token of its own ("queixou-se", "afirmou-se que …"). Only those verbs,
 *   so that "porta-voz", "segunda-feira" and "ex-ministro" stay whole.
 * - A quotation inside « … » (Portugal writes “ … ” there) stays part of the outer one: its marks become punctuation.
 * - "dele" after a noun of view ("no entendimento dele") is read "de" "ele": the phrase and its source.
 * - A day in brackets after a weekday ("nesta terça-feira (3) que …", Brazilian news) joins the weekday's token, so
 *   that the time it belongs to stays one word before the content.
 * - "a" before an infinitive cue is no article: "voltou a dizer", "tem vindo a afirmar" read "a dizer" as one word,
 *   the infinitive, which reports after those verbs (function-words.ts PERFECT_AUXILIARIES).
 * - "a" before a plural is no article either but a preposition, read as "à": "…, disse o ministro a jornalistas".
 * - "Para ele, …" opening a sentence: the pronoun is read as a name would be (cap), the one kind of speaker the
 *   sentence-opening "para" of source-phrases.ts takes without an article ("Para Martins, …", "Para a ministra, …").
 * - "conforme" and "segundo" before what is kept to ("conforme o previsto", "segundo as regras") are read "consoante",
 *   the word for "in keeping with" that names no source (source-phrases.ts lists the rest).
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { WEEKDAYS_LOWER } from './calendar.js';
import { isCueForm, lemmaOf } from './cue-verbs.js';
import { ARTICLES, AUXILIARIES } from './function-words.js';
import { IN_KEEPING_WITH } from './source-phrases.js';

/** Enclitic pronouns after a hyphen, longest first ("-lhes" before "-lhe"); all but "-se" name a hearer. */
const ENCLITICS: readonly string[] = ['-lhes', '-lhe', '-nos', '-vos', '-se', '-me', '-te', '-os', '-as', '-o', '-a'];
const REFLEXIVE = '-se';

/** "na avaliação dele", "no entendimento dela": the nouns of a view before which "dele" is "de" and a pronoun for its source. */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['avaliação', 'opinião', 'visão', 'entendimento', 'análise', 'palavras', 'leitura', 'versão']);
const OF_PRONOUNS: ReadonlySet<string> = new Set(['dele', 'dela', 'deles', 'delas']);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAYS_LOWER);
const DAY = /^[0-9]{1,2}º?$/u;
/** A plural noun or adjective after "a", which no article stands before ("a jornalistas", "a todos"). */
const PLURAL = /^\p{L}{2,}[^s]s$/u;

const SUBJECTS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);

/** Whether `tok` opens its sentence, `before` the token before it: the block's first, or after . ! ? … */
function opensSentence(before: Token | undefined, tok: Token): boolean {
  return before === undefined || before.block !== tok.block || /^[.!?…]$/u.test(before.text);
}

/**
 * Reads the tokens of one block from `from` to the end of `tokens`, in place: a token is rewritten where it stands,
 * tokens that join another are dropped, and the rare word read as two ("queixou-se", "dele") is split after the pass.
 */
export function splitTokens(tokens: Token[], from: number): void {
  const end = tokens.length;
  /** Words read as two, by the position of the first in the rewritten block. */
  const splits: { at: number; first: Token; second: Token }[] = [];
  // inside « … », “ … ” and straight marks quote within the quotation
  let guillemetOpen = false;
  let w = from;
  for (let r = from; r < end; r++) {
    const tok = tokens[r];
    if (tok === undefined) continue;
    let out = tok;
    if (tok.kind === 'quote') {
      if (tok.text === '«') guillemetOpen = true;
      else if (tok.text === '»') guillemetOpen = false;
      else if (guillemetOpen) out = { ...tok, kind: 'punct', quoteRole: undefined };
    } else if (tok.kind === 'word') {
      const next = tokens[r + 1];
      const close = tokens[r + 3];
      const day = tokens[r + 2];
      if (next?.text === '(' && WEEKDAYS.has(tok.lower) && day !== undefined && DAY.test(day.text) && close?.text === ')') {
        // "nesta terça-feira (3)": the bracketed day joins the weekday
        out = { ...tok, end: close.end };
        r += 3;
      } else if (tok.lower === 'a' && next !== undefined && next.kind === 'word' && !next.cap) {
        if (isCueForm(next.lower) && lemmaOf(next.lower) === next.lower) {
          // "voltou a dizer": "a dizer" is the infinitive
          out = { ...next, start: tok.start };
          r += 1;
        } else if (PLURAL.test(next.lower)) {
          // "a jornalistas": a preposition
          out = { ...tok, lower: 'à' };
        }
      } else if (tok.lower === 'para' && SUBJECTS.has(next?.lower ?? '') && tokens[r + 2]?.text === ',' && opensSentence(tokens[w - 1], tok)) {
        // "Para ele, …": the pronoun stands where a name would
        tokens[w++] = tok;
        out = next === undefined ? tok : { ...next, cap: true };
        r += 1;
      } else if ((tok.lower === 'conforme' || tok.lower === 'segundo') &&
        IN_KEEPING_WITH.has((ARTICLES.has(next?.lower ?? '') ? tokens[r + 2] : next)?.lower ?? '')) {
        // "conforme o previsto": kept to, no source
        out = { ...tok, lower: 'consoante' };
      } else if (OF_PRONOUNS.has(tok.lower) && VIEW_NOUNS.has(tokens[w - 1]?.lower ?? '')) {
        // "no entendimento dele": "de" (the phrase's last word) and "ele", its source
        out = { ...piece(tok, 0, 1), lower: 'de' };
        splits.push({ at: w, first: out, second: piece(tok, 1, tok.text.length) });
      } else if (tok.lower.includes('-')) {
        const clitic = ENCLITICS.find((suffix) => tok.lower.endsWith(suffix));
        const verb = clitic === undefined ? '' : tok.lower.slice(0, -clitic.length);
        if (clitic !== undefined && (isCueForm(verb) || AUXILIARIES.has(verb))) {
          const verbEnd = tok.text.length - clitic.length;
          // "disse-lhe": one token, read as its verb; "queixou-se": the verb and "se"
          out = clitic === REFLEXIVE ? piece(tok, 0, verbEnd) : { ...tok, lower: verb };
          if (clitic === REFLEXIVE) splits.push({ at: w, first: out, second: piece(tok, verbEnd + 1, tok.text.length) });
        }
      }
    }
    tokens[w++] = out;
  }
  tokens.length = w;
  for (let k = splits.length - 1; k >= 0; k--) {
    const split = splits[k];
    if (split !== undefined) tokens.splice(split.at + 1, 0, split.second);
  }
}

/** The part [from, to) of a word token, as a word token of its own. */
function piece(tok: Token, from: number, to: number): Token {
  const text = tok.text.slice(from, to);
  const first = text.charAt(0);
  return { block: tok.block, start: tok.start + from, end: tok.start + to, text, lower: text.toLowerCase(), kind: 'word',
    cap: first !== first.toLowerCase(), quoteRole: undefined };
}
