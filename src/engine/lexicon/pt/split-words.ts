/**
 * Portuguese words that carry a clitic the tokenizer keeps inside them (Lexicon.splitTokens, called by step 1 on each
 * block): an enclitic pronoun after a hyphen on a reporting verb or an auxiliary ("disse-lhe", "afirmou-se",
 * "tem-se dito", "disseram-me") becomes a token of its own, so the steps read "disse" "lhe" as they read a verb and
 * its hearer; only those verbs, so that "porta-voz", "segunda-feira" and "ex-ministro" stay whole. The same pass keeps
 * a quotation inside « … » (Portugal writes “ … ” there) part of the outer one: its marks become punctuation, not a
 * new quotation, and "dele" after a noun of view ("no entendimento dele") is read "de" "ele". One pass over the block's
 * tokens. Here rather than in segment.ts so that an English click carries
 * none of it.
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { isCueForm } from './cue-verbs.js';
import { AUXILIARIES } from './function-words.js';

/** Enclitic pronouns after a hyphen, longest first ("-lhes" before "-lhe"). */
const ENCLITICS: readonly string[] = ['-lhes', '-lhe', '-nos', '-vos', '-se', '-me', '-te', '-os', '-as', '-o', '-a'];

/** "na avaliação dele", "no entendimento dela": the nouns of a view before which "dele" is "de" and a pronoun for its source. */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['avaliação', 'opinião', 'visão', 'entendimento', 'análise', 'palavras', 'leitura', 'versão']);
const OF_PRONOUNS: ReadonlySet<string> = new Set(['dele', 'dela', 'deles', 'delas']);

/** Splits the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  const rest = tokens.splice(from);
  // inside « … », “ … ” and straight marks quote within the quotation
  let guillemetOpen = false;
  for (const tok of rest) {
    if (tok.kind === 'quote') {
      if (tok.text === '«') guillemetOpen = true;
      else if (tok.text === '»') guillemetOpen = false;
      else if (guillemetOpen) {
        tokens.push({ ...tok, kind: 'punct', quoteRole: undefined });
        continue;
      }
      tokens.push(tok);
      continue;
    }
    // "no entendimento dele": "de" (the phrase's last word, read as "de") and "ele", its source
    if (tok.kind === 'word' && OF_PRONOUNS.has(tok.lower) && VIEW_NOUNS.has(tokens[tokens.length - 1]?.lower ?? '')) {
      tokens.push({ ...piece(tok, 0, 1), lower: 'de' });
      tokens.push(piece(tok, 1, tok.text.length));
      continue;
    }
    if (tok.kind !== 'word' || !tok.lower.includes('-')) {
      tokens.push(tok);
      continue;
    }
    const clitic = ENCLITICS.find((suffix) => tok.lower.endsWith(suffix));
    const verb = clitic === undefined ? '' : tok.lower.slice(0, -clitic.length);
    if (clitic === undefined || !(isCueForm(verb) || AUXILIARIES.has(verb))) {
      tokens.push(tok);
      continue;
    }
    const verbEnd = tok.text.length - clitic.length;
    tokens.push(piece(tok, 0, verbEnd));
    tokens.push(piece(tok, verbEnd + 1, tok.text.length));
  }
}

/** The part [from, to) of a word token, as a word token of its own. */
function piece(tok: Token, from: number, to: number): Token {
  const text = tok.text.slice(from, to);
  const first = text.charAt(0);
  return { block: tok.block, start: tok.start + from, end: tok.start + to, text, lower: text.toLowerCase(), kind: 'word',
    cap: first !== first.toLowerCase(), quoteRole: undefined };
}
