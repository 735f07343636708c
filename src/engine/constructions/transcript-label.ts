/**
 * The speaker-label construction: a name and a colon opening a block speak the rest of it — a transcript's
 * "WALLACE: …" (quoted too: "\"PENCE: …"), an interview's "Carly Fiorina: …", a headline's "Trump: …".
 */
import type { Segmented, Sentence } from '../tokens.js';
import { extendOverQuotes, hasWords, regionOf } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import { isCapitals } from '../chars.js';
import { makeFrame, type Frame } from './frame.js';

/** A transcript line's label opening the block: up to three words in capitals, then a colon (':T'). */
export function transcriptLabelCue(seg: Segmented, sentence: Sentence, config: CueConfig): ProposedCue | null {
  const { tokens } = seg;
  const blockRange = seg.blockTokens[sentence.block];
  if (blockRange === undefined || sentence.first !== blockRange.first || !config.isCueForm(':T')) return null;
  let k = blockRange.first;
  if (tokens[k]?.kind === 'quote') k++;
  const labelFirst = k;
  while (k < blockRange.end && k - labelFirst < 3 && tokens[k]?.kind === 'word' && isCapitals(tokens[k]?.text ?? '')) k++;
  return k > labelFirst && tokens[k]?.text === ':' ? { first: k, last: k, form: ':T', lemma: seg.lexicon.SAY_LEMMA, kind: 'colon' } : null;
}

/** Whether the colon at `t` closes a label opening its block: a few capitalised words ("of" and full stops allowed). */
export function opensBlockAsLabel(seg: Segmented, sentence: Sentence, t: number): boolean {
  const blockRange = seg.blockTokens[sentence.block];
  let opensBlock = blockRange !== undefined && t - blockRange.first <= 6 && t > blockRange.first;
  for (let k = blockRange?.first ?? t; opensBlock && k < t; k++) {
    const w = seg.tokens[k];
    if (w === undefined || !(w.kind === 'word' && (w.cap || seg.lexicon.OF_WORDS.has(w.lower)) || w.text === '.')) opensBlock = false;
  }
  return opensBlock;
}

/** "Carly Fiorina: …", "WALLACE: …": the label speaks the rest of its block. */
export function matchLabel(seg: Segmented, sentence: Sentence, cue: CueCandidate, config: CueConfig): Frame | null {
  const { tokens } = seg;
  const block = seg.blockTokens[sentence.block];
  if (block === undefined || !config.allows(cue.form, 'after', cue.context, { seg, tok: cue.first })) return null;
  const labelFirst = cue.form === ':T' && tokens[block.first]?.kind === 'quote' ? block.first + 1 : block.first;
  for (let t = labelFirst; t < cue.first; t++) {
    const tok = tokens[t];
    if (tok === undefined || !(tok.kind === 'word' && (tok.cap || seg.lexicon.OF_WORDS.has(tok.lower))) && tok.text !== '.') return null;
  }
  if (cue.form === ':h' && !labelNamedInBody(seg, sentence.block, labelFirst, cue.first)) return null;
  if (cue.form === ':T' && !speakerLabel(seg, sentence.block, labelFirst, cue.first)) return null;
  const first = cue.last + 1;
  const lastSentenceEnd = block.end;
  let end = lastSentenceEnd;
  while (end > first && tokens[end - 1]?.kind === 'punct' && tokens[end - 1]?.text === '.') end--;
  // "Idf: “…”. Hamas: “…”": a quotation right after the label is all it says (the Italian press's headline colon)
  const quoted = tokens[first]?.kind === 'quote' ? regionOf(seg, first) : undefined;
  if (quoted?.closed === true && quoted.open === first) end = quoted.close + 1;
  if (!hasWords(seg, first, end, 2)) return null;
  return makeFrame(seg, cue, 'colon', [{ first, end: extendOverQuotes(seg, first, end) }], { first: labelFirst, end: cue.first });
}

/** Per article, how many blocks open with a label in capitals and a colon (counted once, on first need). */
const LABELLED_BLOCKS = new WeakMap<Segmented, number>();

function labelledBlocks(seg: Segmented): number {
  let n = LABELLED_BLOCKS.get(seg);
  if (n === undefined) {
    n = 0;
    for (const sentence of seg.sentences) {
      const range = seg.blockTokens[sentence.block];
      if (range === undefined || range.first !== sentence.first) continue;
      let k = range.first;
      if (seg.tokens[k]?.kind === 'quote') k++;
      const first = k;
      while (k < range.end && k - first < 3 && seg.tokens[k]?.kind === 'word' && isCapitals(seg.tokens[k]?.text ?? '')) k++;
      if (k > first && seg.tokens[k]?.text === ':') n++;
    }
    LABELLED_BLOCKS.set(seg, n);
  }
  return n;
}

/**
 * Whether a label in capitals names a speaker, not a section ("MARKETS:", "UPDATE:") nor a dateline ("WASHINGTON:
 * President Obama said …"): a transcript gives the floor to speakers in turn, so its labels come several to an
 * article; a lone label in one of the article's first paragraphs is the dateline.
 */
function speakerLabel(seg: Segmented, block: number, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (seg.lexicon.SECTION_LABELS.has(seg.tokens[t]?.lower ?? '')) return false;
  if (labelledBlocks(seg) > 1) return true;
  let before = 0;
  for (let b = 0; b < block; b++) {
    const range = seg.blockTokens[b];
    if (range !== undefined && range.end > range.first) before++;
  }
  return before > 1;
}

/**
 * Whether a headline's label names someone the article names: a headline capitalises every word, so "Stealth Over
 * Health: …" and "The Latest: …" look like "Sanders: …"; only a name has its last word capitalised again in another
 * block, and a name does not open with an article.
 */
function labelNamedInBody(seg: Segmented, headline: number, first: number, end: number): boolean {
  const { tokens } = seg;
  if (seg.lexicon.ARTICLES.has(tokens[first]?.lower ?? '')) return false;
  let last = end - 1;
  while (last >= first && tokens[last]?.kind !== 'word') last--;
  const name = tokens[last]?.text;
  if (name === undefined) return false;
  return tokens.some((t) => t.block !== headline && t.kind === 'word' && t.cap && t.text === name);
}
