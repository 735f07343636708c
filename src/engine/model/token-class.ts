/**
 * The coarse kind of a token that the learned models read (a quotation mark by its role, a comma, a pronoun, a name,
 * an -ing form, …): shared by the span tagger and the content-bounds model, and kept apart from both so that a
 * bundle needing only the kinds does not carry either model's tables.
 */
import type { Token } from '../tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** Token classes (tokenClass); END is a neighbour beyond the block. */
export const TOKEN_CLASSES = ['END', 'QC', 'QO', 'Q', ',', ':', '.', '()', '-', 'P', 'that', 'pron', 'det', 'aux', 'prep',
  'cap', 'ly', 'ing', 'ed', 'num', 'w'] as const;
export type TokenClass = (typeof TOKEN_CLASSES)[number];

/**
 * The kind of a token, coarse enough to generalise: a quotation mark, a comma, a pronoun, a name, … (word classes
 * from the article's lexicon).
 */
export function tokenClass(lexicon: Lexicon, tok: Token | undefined, sameBlock: boolean): TokenClass {
  if (tok === undefined || !sameBlock) return 'END';
  if (tok.kind === 'quote') return tok.quoteRole === 'close' ? 'QC' : tok.quoteRole === 'open' ? 'QO' : 'Q';
  if (tok.kind === 'punct') {
    const t = tok.text;
    return t === ',' ? ',' : t === ':' ? ':' : t === '.' || t === '!' || t === '?' || t === ';' ? '.' :
      t === '(' || t === ')' ? '()' : t === '—' || t === '–' || t === '-' || t === '―' ? '-' : 'P';
  }
  const w = tok.lower;
  // (the classes' names are the features' own: 'that' is any complementizer)
  if (lexicon.COMPLEMENTIZERS.has(w)) return 'that';
  if (lexicon.MODEL_PRONOUNS.has(w)) return 'pron';
  if (lexicon.CONTEXT_DETERMINERS.has(w)) return 'det';
  if (lexicon.MODEL_AUXILIARIES.has(w)) return 'aux';
  if (lexicon.MODEL_PREPOSITIONS.has(w)) return 'prep';
  return unlistedWordClass(lexicon, tok);
}

/** The class of a word in none of the lists tokenClass reads: by its capital, its ending, a digit. */
export function unlistedWordClass(lexicon: Lexicon, tok: Token): TokenClass {
  const w = tok.lower;
  if (tok.cap) return 'cap';
  if (lexicon.ADVERB_ENDING.test(w)) return 'ly';
  if (lexicon.GERUND_ENDING.test(w)) return 'ing';
  if (lexicon.PAST_ENDING.test(w)) return 'ed';
  if (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) return 'num';
  return 'w';
}
