/**
 * French words that carry a clitic the tokenizer keeps inside them (Lexicon.splitTokens, called by step 1 on each
 * block): an elided article, pronoun or conjunction before an apostrophe ("l'avocat", "qu'il", "d'après", "s'est")
 * and a subject pronoun inverted after a hyphen ("a-t-il", "dit-elle", "ont-ils"). Each becomes a token of its own, so
 * the steps read "l'" "avocat" and "a" "il" as they read "the" "lawyer" and "he". The same pass makes the single
 * guillemets ‹ › quotation tokens, outside a double quotation (inside one they quote within it). One pass over the
 * block's tokens. Here rather than in segment.ts so that an English click carries none of it (issue 17's budget).
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { ELISIONS, INVERTED_CLITICS } from './function-words.js';
import { CLOSING_QUOTES, EXTRA_QUOTE_MARKS, OPENING_QUOTES } from './seam-words.js';

/** Splits the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  const elisions = ELISIONS;
  const clitics = INVERTED_CLITICS;
  const marks = EXTRA_QUOTE_MARKS;
  const rest = tokens.splice(from);
  // inside a double quotation, single guillemets are a quotation within it: part of its content, not a new one
  let doubleOpen = false;
  for (const tok of rest) {
    if (tok.kind !== 'word') {
      if (tok.kind === 'quote') doubleOpen = tok.quoteRole === 'open' || (tok.quoteRole === 'either' && !doubleOpen);
      const single = !doubleOpen && tok.kind === 'punct' && marks.includes(tok.text);
      const role = !single ? undefined : OPENING_QUOTES.has(tok.text) ? 'open' : CLOSING_QUOTES.has(tok.text) ? 'close' : undefined;
      tokens.push(role === undefined ? tok : { ...tok, kind: 'quote', quoteRole: role });
      continue;
    }
    let word = tok;
    // an elided word before the apostrophe: "l'", "qu'", "jusqu'" (the lower form has the apostrophe made straight)
    const elided = elisions.find((prefix) => word.lower.length > prefix.length && word.lower.startsWith(prefix));
    if (elided !== undefined) {
      tokens.push(piece(word, 0, elided.length));
      word = piece(word, elided.length, word.text.length);
    }
    // an inverted subject after the verb: "-t-il", "-elle"; only on a lower-case verb ("Saint-Lon" is a name)
    const clitic = word.cap ? undefined : clitics.find((suffix) => word.lower.length > suffix.length && word.lower.endsWith(suffix) &&
      /\p{L}$/u.test(word.lower.slice(0, -suffix.length)));
    if (clitic !== undefined) {
      const verbEnd = word.text.length - clitic.length;
      tokens.push(piece(word, 0, verbEnd));
      // the pronoun without its hyphens and euphonic "t"
      const pronoun = clitic.slice(clitic.lastIndexOf('-') + 1);
      tokens.push(piece(word, word.text.length - pronoun.length, word.text.length));
    } else {
      tokens.push(word);
    }
  }
}

/** The part [from, to) of a word token, as a word token of its own. */
function piece(tok: Token, from: number, to: number): Token {
  const text = tok.text.slice(from, to);
  const first = text.charAt(0);
  return { block: tok.block, start: tok.start + from, end: tok.start + to, text, lower: text.toLowerCase().replace(/’/g, "'"), kind: 'word',
    cap: first !== first.toLowerCase(), quoteRole: undefined };
}
