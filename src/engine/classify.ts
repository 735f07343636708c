/**
 * Step 6 — classify: whether a claim is a direct quotation, a paraphrase, or a paraphrase with quoted
 * fragments (mixed), read from the quotation marks in its content — the same way PolNeAR derives its types.
 */
import type { QuoteKind } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';

export function classifyContent(seg: Segmented, content: TokenRange[]): QuoteKind {
  let marks = 0;
  let allQuoted = true;
  for (const range of content) {
    let first = range.first;
    let end = range.end;
    while (end > first && seg.tokens[end - 1]?.kind === 'punct') end--;
    while (first < end && seg.tokens[first]?.kind === 'punct') first++;
    for (let t = range.first; t < range.end; t++) if (seg.tokens[t]?.kind === 'quote') marks++;
    const q = seg.quoteOf[first];
    const opens = seg.tokens[first]?.kind === 'quote' && q !== undefined && q >= 0 && seg.quotes[q]?.open === first;
    const region = q !== undefined && q >= 0 ? seg.quotes[q] : undefined;
    const closes = region !== undefined && region.close >= end - 1;
    if (!opens || !closes) allQuoted = false;
  }
  if (marks === 0) return 'indirect';
  return allQuoted ? 'direct' : 'mixed';
}
