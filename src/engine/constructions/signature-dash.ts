/**
 * The dash constructions: a headline in the "claim – speaker" style ("West tried to disrupt the vote – lawmakers",
 * '–h'), and a signature closing a paragraph ("“…” ― Sonya Herridge", an embedded post's "— Name (@handle) date",
 * '―'), whose content is the text or quotation before the dash or the quotation paragraph above.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Segmented, Sentence } from '../tokens.js';
import { hasWords, isClosingMark, regionOf } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import { isNumber } from '../chars.js';
import { makeFrame, type Frame } from './frame.js';
import { looksLikeSpeaker } from './speakers.js';

/** A dash among the last 16 tokens of its block: where a headline's speaker or a signature may follow. */
export function isClosingDash(seg: Segmented, sentence: Sentence, t: number): boolean {
  const tok = seg.tokens[t];
  const blockRange = seg.blockTokens[sentence.block];
  return tok !== undefined && tok.kind === 'punct' && /^[–—―-]$/.test(tok.text) && blockRange !== undefined && blockRange.end - t <= 16;
}

/** The cue of a closing dash: '–h' in a headline, '―' (a signature) elsewhere, when switched on. */
export function dashCue(seg: Segmented, sentence: Sentence, t: number, config: CueConfig): ProposedCue | null {
  // "West tried to disrupt the vote – lawmakers" (a headline), "“…” ― Sonya Herridge", "… — Paul Ryan (@SpeakerRyan)"
  const form = seg.blocks[sentence.block]?.kind === 'headline' ? '–h' : '―';
  return config.isCueForm(form) ? { first: t, last: t, form, lemma: seg.lexicon.SAY_LEMMA, kind: 'dash' } : null;
}

/** "West tried to disrupt the vote – lawmakers": the words after a headline's last dash name its speaker. */
export function matchDash(seg: Segmented, sentence: Sentence, cue: CueCandidate, takenUntil: number): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  const block = seg.blockTokens[sentence.block];
  if (block === undefined) return null;
  if (cue.form === '―') return matchSignature(seg, cue, block, takenUntil);
  if (block.end - cue.last > 7 || cue.first - block.first < 3) return null;
  let end = block.end;
  while (end > cue.last + 1 && tokens[end - 1]?.kind === 'punct') end--;
  const speaker = { first: cue.last + 1, end };
  const lastWord = tokens[speaker.end - 1]?.lower ?? '';
  const firstWord = tokens[speaker.first];
  const plural = lastWord.length > 3 && lex.PLURAL_ENDING.test(lastWord) && firstWord !== undefined && !lex.PREPOSITIONS.has(firstWord.lower);
  if (speaker.first >= speaker.end || !(looksLikeSpeaker(lex, tokens, speaker) || plural)) return null;
  for (let t = speaker.first; t < speaker.end; t++) if (tokens[t]?.kind === 'quote' || /^[–—-]$/.test(tokens[t]?.text ?? '')) return null;
  if (!hasWords(seg, block.first, cue.first, 3)) return null;
  // a title of several parts set apart by spaced dashes ("Raspberry Pi 3 - The credit card sized PC that cost only $35
  // - All-time bestselling computer in UK") gives taglines, not a claim and its speaker
  for (let t = block.first + 1; t < cue.first; t++) if (isSpacedDash(seg, t)) return null;
  return makeFrame(seg, cue, 'before', [{ first: block.first, end: cue.first }], speaker);
}

/** A dash with a space before and after it ("PC - All-time"), not a hyphen or an en dash inside a word ("Ukraine–Russia"). */
function isSpacedDash(seg: Segmented, t: number): boolean {
  const tok = seg.tokens[t];
  const prev = seg.tokens[t - 1];
  const next = seg.tokens[t + 1];
  return tok !== undefined && prev !== undefined && next !== undefined && /^[–—―-]$/.test(tok.text) && prev.end < tok.start && tok.end < next.start;
}

/** A number or a month's name: the date after a signature ("July 5, 2016"). */
const isDateWord = (lex: Lexicon, text: string): boolean => isNumber(text) || lex.MONTHS.has(text);

/**
 * A signature closing a paragraph: a dash, a name of one to five capitalised words, maybe a handle in brackets and
 * a date, then nothing. The content is the quotation before the dash, or the paragraph's text before it (after an
 * embed's tag), or — for a paragraph that is only the signature — the quotation paragraph above.
 */
function matchSignature(seg: Segmented, cue: CueCandidate, block: { first: number; end: number },
  takenUntil: number): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  let t = cue.last + 1;
  const nameFirst = t;
  while (t < block.end && t - nameFirst < 5 && tokens[t]?.kind === 'word' && tokens[t]?.cap === true) t++;
  const nameEnd = t;
  if (nameEnd === nameFirst || (nameEnd - nameFirst === 1 && lex.NOT_A_NAME_ALONE.has(tokens[nameFirst]?.text ?? ''))) return null;
  // "(@SpeakerRyan) July 5, 2016", "." — nothing else may follow the name
  if (tokens[t]?.text === '(') { while (t < block.end && tokens[t]?.text !== ')') t++; t++; }
  while (t < block.end && (tokens[t]?.kind === 'punct' || isDateWord(lex, tokens[t]?.text ?? ''))) t++;
  if (t < block.end) return null;
  const speaker = { first: nameFirst, end: nameEnd };
  let before = cue.first;
  while (before > block.first && tokens[before - 1]?.kind === 'punct' && !isClosingMark(seg, before - 1)) before--;
  if (before > block.first) {
    const r = isClosingMark(seg, before - 1) ? regionOf(seg, before - 1) : undefined;
    let first = r !== undefined && r.open >= block.first ? r.open : block.first;
    // an embedded post keeps its markup in the text: start after the tag's ">"
    for (let k = before - 1; k > first; k--) if (tokens[k]?.text === '>') { first = k + 1; break; }
    first = Math.max(first, takenUntil);
    if (!hasWords(seg, first, before, 3)) return null;
    return makeFrame(seg, cue, 'before', [{ first, end: before }], speaker);
  }
  // "- Bernie Sanders." alone under a quotation paragraph
  for (let b = seg.tokens[cue.first]?.block ?? 0; b-- > 0;) {
    const range = seg.blockTokens[b];
    if (range === undefined) return null;
    if (range.end === range.first) continue;
    const r = regionOf(seg, range.first);
    if (r === undefined || r.open !== range.first || !r.closed || r.open < takenUntil || !hasWords(seg, range.first, r.close, 3)) return null;
    return makeFrame(seg, cue, 'before', [{ first: range.first, end: r.close + 1 }], speaker);
  }
  return null;
}
