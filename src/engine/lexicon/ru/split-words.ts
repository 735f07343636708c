/**
 * Russian token reading (Lexicon.splitTokens, called by step 1 on each block): inside a «…» quotation, the inner
 * marks „…“ (and straight quotes) quote within it, so they become part of its content rather than a quotation of
 * their own; and a hyphen or en dash standing alone between spaces, as wires write the dash of direct speech
 * ("…", - приводит издание), reads as the dash "—" it stands for. One pass over the block's tokens. Here rather than
 * in segment.ts so that other languages carry none of it.
 */
import type { LexiconToken as Token } from '../lexicon.js';

/** The marks that open and close the outer quotation. */
const OUTER_OPEN = '«';
const OUTER_CLOSE = '»';

/** Reads the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  let outerOpen = false;
  for (let i = from; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined) continue;
    if (tok.kind === 'quote') {
      if (tok.text === OUTER_OPEN) outerOpen = true;
      else if (tok.text === OUTER_CLOSE) outerOpen = false;
      else if (outerOpen) tokens[i] = { ...tok, kind: 'punct', quoteRole: undefined };
      continue;
    }
    if (tok.kind === 'punct' && (tok.text === '-' || tok.text === '–')) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // standing alone: a space on each side (or the block's start), never inside a word or a range ("1941-1945")
      const spacedBefore = prev === undefined || i === from || prev.end < tok.start;
      const spacedAfter = next === undefined || tok.end < next.start;
      if (spacedBefore && spacedAfter) tokens[i] = { ...tok, text: '—', lower: '—' };
    }
  }
}
