/**
 * Spanish words as the steps should read them (Lexicon.splitTokens, called by step 1 on each block), in one pass over
 * the block's tokens:
 * - Quotation marks within quotation marks: «…» holds “…” for a quotation inside it («Dijo: “no lo haremos” y se
 *   fue»), and ‘…’ a third level. Inside «…» the curly double marks are part of the content, not a quotation of their
 *   own: they become punctuation. Where a page uses “…” alone, they stay the quotation.
 * - "según" joined by "y" to another adjunct and ending its sentence ("gestionados con personal italiano y según la
 *   norma italiana.") is "in keeping with", no source: it is read "acorde", which names none.
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { AND_WORDS, CLAUSE_VERBS } from './seam-words.js';

/** "… y según la norma italiana.": how many words such a phrase may hold before its sentence ends. */
const MANNER_PHRASE_WORDS = 6;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?']);
/** A finite verb's ending ("seguirá", "creció", "aumentaron"): "… y según el FMI seguirá creciendo" names its source. */
const FINITE_ENDING = /(?:rá|rán|ría|rían|ó|aron|ieron|aba|aban)$/u;

/** Whether "según" at t, after a conjunction, ends its sentence with a few words and no verb: a manner, no source. */
function mannerAdjunctAt(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  if (before === undefined || before.kind !== 'word' || !(AND_WORDS.has(before.lower) || before.lower === 'o')) return false;
  for (let k = t + 1; k <= t + 1 + MANNER_PHRASE_WORDS; k++) {
    const tok = tokens[k];
    if (tok === undefined || tok.block !== tokens[t]?.block) return k > t + 1;
    if (tok.kind === 'punct') return SENTENCE_ENDS.has(tok.text) && k > t + 1;
    if (tok.kind !== 'word' || CLAUSE_VERBS.has(tok.lower) || FINITE_ENDING.test(tok.lower)) return false;
  }
  return false;
}

/** Reads the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  let guillemetsOpen = false;
  for (let t = from; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok === undefined) continue;
    if (tok.kind === 'word') {
      if (tok.lower === 'según' && mannerAdjunctAt(tokens, t)) tokens[t] = { ...tok, lower: 'acorde' };
      continue;
    }
    if (tok.kind !== 'quote') continue;
    if (tok.text === '«') { guillemetsOpen = true; continue; }
    if (tok.text === '»') { guillemetsOpen = false; continue; }
    if (guillemetsOpen) tokens[t] = { ...tok, kind: 'punct', quoteRole: undefined };
  }
}
