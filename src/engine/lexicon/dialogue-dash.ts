/**
 * The dialogue dash of Spanish and Portuguese news, read as quotation marks (Lexicon.readDialogueDashes, called by
 * step 1 on each block after its splitTokens): a paragraph that opens with a dash is someone's words, a dash before a
 * word closes them for the narrator's incise, and the dash that ends the incise opens them again:
 *
 *   —Es un error —dijo el ministro—. No lo aceptaremos.
 *   reads as  «Es un error» dijo el ministro. «No lo aceptaremos.»
 *
 * The opening dash becomes an opening mark and the one before the incise a closing mark. The dash that ends the
 * incise, when words follow, becomes an opening mark placed after the stop or comma right behind it, so the next
 * sentence opens with its quotation as it would after «…»; the block's last stop closes it (one paragraph, one
 * line of dialogue: the next speaker's line is a quotation of its own). A dash inside a paragraph that does not open
 * with one (an aside: "el ministro —que llegó tarde— dijo") is left as it is. A language gives its dashes and gets
 * the reader: `readDialogueDashes: dialogueDashReader('—―')`. One pass over the block's tokens; here rather than in
 * segment.ts so that an English click carries none of it.
 */
import type { LexiconToken as Token } from './lexicon.js';

/** The punctuation a reopening dash stands behind: "—dijo—. No …", "—dijo—, pero …". */
const AFTER_INCISE = new Set(['.', ',', ';', ':']);
/** Stops that end a line of dialogue and close its quotation. */
const LINE_END = new Set(['.', '!', '?', '…']);

/**
 * The reader of the dialogue dashes `dashes` (each one character), for Lexicon.readDialogueDashes. Given
 * `isCueForm`, it reads the narrator's incise between dashes inside a quotation too (readQuotedIncises).
 */
export function dialogueDashReader(dashes: string, isCueForm?: (lower: string) => boolean): (tokens: Token[], from: number) => void {
  return (tokens, from) => {
    readDialogueDashes(tokens, from, dashes);
    if (isCueForm !== undefined) readQuotedIncises(tokens, from, dashes + INCISE_HYPHENS, isCueForm);
  };
}

/** Inside a quotation, pages write the incise's dashes as hyphens or en dashes too: «Estamos cansados -explica-.» */
const INCISE_HYPHENS = '-–';

/** How many words an incise between dashes may hold: "—ha asegurado a este diario la ministra de Sanidad—". */
const INCISE_MAX_TOKENS = 16;

/**
 * The narrator's incise between dashes inside a quotation, as Spanish and Portuguese news write it:
 *
 *   «No vamos a permitirlo —dijo el ministro—. Es una vergüenza».
 *   reads as  «No vamos a permitirlo» dijo el ministro. «Es una vergüenza».
 *
 * Only an incise whose first or second word is a cue form ("—dijo", "—ha dicho", "—asegura a este diario—"): a
 * dash inside someone's words before any other word is their own aside («La reforma —que llega tarde— es buena»).
 * The dash before the incise closes the quotation, the one after it opens it again, behind the stop or comma right
 * after it, as the dialogue dash does. One pass over the block's tokens.
 */
function readQuotedIncises(tokens: Token[], from: number, dashes: string, isCueForm: (lower: string) => boolean): void {
  const isDash = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'punct' && dashes.includes(tok.text);
  let open = false;
  for (let t = from; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok === undefined) continue;
    if (tok.kind === 'quote') {
      open = tok.quoteRole === 'open' ? true : tok.quoteRole === 'close' ? false : !open;
      continue;
    }
    // (spaced before: "Pradera-Tercio" is a name)
    if (!open || !isDash(tok) || tok.start === tokens[t - 1]?.end) continue;
    const first = tokens[t + 1];
    const second = tokens[t + 2];
    if (first?.kind !== 'word' || !(isCueForm(first.lower) || (second?.kind === 'word' && isCueForm(second.lower)))) continue;
    let close = t + 2;
    while (close < tokens.length && close - t <= INCISE_MAX_TOKENS && !isDash(tokens[close]) && tokens[close]?.kind !== 'quote') close++;
    const closing = tokens[close];
    const after = tokens[close + 1];
    // (an incise the words run on from with no stop or comma, "—explica— y queremos", is left as it was: the
    // constructions read an incise between two quotations only after a comma or a stop)
    if (closing === undefined || !isDash(closing) || after === undefined || after.kind !== 'punct' || !AFTER_INCISE.has(after.text)) continue;
    tokens[t] = asQuote(tok, 'close');
    tokens[close] = after;
    tokens[close + 1] = asQuote(closing, 'open');
    t = close + 1;
  }
}

/** Marks the dialogue dashes of the block whose tokens run from `from` to the end of `tokens`, in place. */
export function readDialogueDashes(tokens: Token[], from: number, dashes: string): void {
  const first = tokens[from];
  if (first === undefined || first.kind !== 'punct' || !dashes.includes(first.text)) return;
  const isDash = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'punct' && dashes.includes(tok.text);
  const hasWordFrom = (t: number): boolean => {
    for (let i = t; i < tokens.length; i++) if (tokens[i]?.kind === 'word') return true;
    return false;
  };
  tokens[from] = asQuote(first, 'open');
  let speaking = true;
  for (let t = from + 1; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok === undefined || !isDash(tok)) continue;
    const next = tokens[t + 1];
    if (speaking) {
      // "… error —dijo": a dash with a space before it and a word after it opens the narrator's incise
      const spaced = tok.start > (tokens[t - 1]?.end ?? tok.start);
      if (next?.kind === 'word' && (spaced || tokens[t - 1]?.kind === 'punct')) {
        tokens[t] = asQuote(tok, 'close');
        speaking = false;
      }
      continue;
    }
    // "—dijo el ministro—. No …": the incise ends; words after it are the speaker's again
    if (!hasWordFrom(t + 1)) break;
    speaking = true;
    if (next !== undefined && next.kind === 'punct' && AFTER_INCISE.has(next.text)) {
      // the opening mark goes behind the stop, where the quotation starts: the two tokens change places
      tokens[t] = next;
      tokens[t + 1] = asQuote(tok, 'open');
      t++;
    } else {
      tokens[t] = asQuote(tok, 'open');
    }
  }
  // the line's last stop closes what is still open
  const last = tokens[tokens.length - 1];
  if (speaking && last !== undefined && tokens.length - 1 > from && last.kind === 'punct' && LINE_END.has(last.text)) {
    tokens[tokens.length - 1] = asQuote(last, 'close');
  }
}

function asQuote(tok: Token, role: 'open' | 'close'): Token {
  return { ...tok, kind: 'quote', quoteRole: role };
}
