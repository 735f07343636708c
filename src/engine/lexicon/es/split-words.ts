/**
 * Spanish quotation marks within quotation marks (Lexicon.splitTokens, called by step 1 on each block): «…» holds
 * “…” for a quotation inside it («Dijo: “no lo haremos” y se fue»), and ‘…’ a third level. Inside «…» the curly
 * double marks are part of the content, not a quotation of their own: they become punctuation. Where a page uses
 * “…” alone, they stay the quotation. One pass over the block's tokens.
 */
import type { LexiconToken as Token } from '../lexicon.js';

/** Splits the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  let guillemetsOpen = false;
  for (let t = from; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'quote') continue;
    if (tok.text === '«') { guillemetsOpen = true; continue; }
    if (tok.text === '»') { guillemetsOpen = false; continue; }
    if (guillemetsOpen) tokens[t] = { ...tok, kind: 'punct', quoteRole: undefined };
  }
}
