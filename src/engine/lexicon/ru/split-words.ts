/**
 * Russian token reading (Lexicon.splitTokens, called by step 1 on each block), so that the constructions every
 * language shares read Russian's direct speech:
 * - inside a «…» quotation, the inner marks „…“ (and straight quotes) quote within it: part of its content, not a
 *   quotation of their own;
 * - a hyphen or en dash standing alone between spaces, as wires write the dash of direct speech ("…", - приводит
 *   издание), reads as the dash "—" it stands for;
 * - the dash that opens direct speech ("— Мы готовы, — пояснил он. — Но …") is no token: the sentence before it ends
 *   at its full stop, and the quotation starts at its first word;
 * - the comma between a quotation and the dash of its incise ("«…», — заявил он") is no token: the quotation ends
 *   right before the incise, as "“…,” he said" does;
 * - a past-tense cue closing an incise with no subject ("— …, — добавила.") is followed by the pronoun its ending
 *   agrees with ("она"), a word of no width: the speaker is then found as a pronoun's is, by gender and number.
 * One pass over the block's tokens. Here rather than in segment.ts so that other languages carry none of it.
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { cueGenderOf } from './cue-verbs.js';

const OUTER_OPEN = '«';
const OUTER_CLOSE = '»';
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
/** The pronoun a cue's ending agrees with. */
const PRONOUN_OF: Readonly<Record<string, string>> = { m: 'он', f: 'она', p: 'они' };

const isDash = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'punct' && tok.text === '—';

/** Reads the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  const rest = tokens.splice(from);
  let outerOpen = false;
  for (let i = 0; i < rest.length; i++) {
    let tok = rest[i];
    if (tok === undefined) continue;
    if (tok.kind === 'quote') {
      if (tok.text === OUTER_OPEN) outerOpen = true;
      else if (tok.text === OUTER_CLOSE) outerOpen = false;
      else if (outerOpen) tok = { ...tok, kind: 'punct', quoteRole: undefined };
      tokens.push(tok);
      continue;
    }
    const prev = rest[i - 1];
    const next = rest[i + 1];
    if (tok.kind === 'punct' && (tok.text === '-' || tok.text === '–')) {
      // standing alone: a space on each side (or the block's edge), never inside a range ("1941 - 1945" keeps its digits apart anyway)
      const spacedBefore = prev === undefined || prev.end < tok.start;
      const spacedAfter = next === undefined || tok.end < next.start;
      if (spacedBefore && spacedAfter) tok = { ...tok, text: '—', lower: '—' };
    }
    const last = tokens[tokens.length - 1];
    // the dash opening direct speech: at the block's start or after a sentence's end, before a capital
    const opensSpeech = isDash(tok) && next?.kind === 'word' && next.cap && (tokens.length === from || (last !== undefined && SENTENCE_ENDS.has(last.text)));
    if (opensSpeech) continue;
    // the comma between a closing quotation mark and the dash of the incise
    if (tok.kind === 'punct' && tok.text === ',' && last?.kind === 'quote' && (isDash(next) || next?.text === '-' || next?.text === '–')) continue;
    tokens.push(tok);
    // "— …, — добавила.": the pronoun the cue agrees with, of no width, right after it
    const after = rest[i + 1];
    if (tok.kind === 'word' && isDash(last) && (after === undefined || SENTENCE_ENDS.has(after.text))) {
      const pronoun = PRONOUN_OF[cueGenderOf(tok.lower) ?? ''];
      if (pronoun !== undefined) {
        tokens.push({ block: tok.block, start: tok.end, end: tok.end, text: pronoun, lower: pronoun, kind: 'word', cap: false, quoteRole: undefined });
      }
    }
  }
}
