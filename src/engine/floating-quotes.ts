/**
 * Step 3d — floating quotes: a paragraph that is a quotation and nothing else, with no cue of its own and no frame
 * reaching it, is still something somebody said. News writes it after the quotation or report whose speaker it
 * goes on with ("“We have waited long enough,” Delgado said. ⏎ “The port owes us a fair deal.”"). This step
 * proposes a frame for each such paragraph; resolve-actors.ts then gives it the speaker of the claim before it
 * (floatingSpeaker below says which), or the unknown speaker: it is never dropped.
 *
 * Its cue is the quotation's opening mark (lemma 'quote'): one character, honest about what marks the claim, and a
 * span the page can map and paint like any other. Paragraphs count, and block quotes: news sets a speaker's longer
 * words (a post, a statement, testimony) as a block quote after the paragraph that reports them, with or without
 * quotation marks; a run of block quotes is one quote, its cue the first word. A headline, a standfirst or a list
 * item in quotation marks is not taken for speech, nor a block quote with no statement just before it (a poem, an
 * epigraph), one that holds a report of its own (an excerpt of an article, with its own "said"), or a pull quote
 * repeating words the article gives elsewhere.
 * A paragraph that opens with a whole quoted sentence and goes on in the writer's words (““We used a trick.” This
 * trick was …”) floats too: the quotation is the claim.
 */
import type { Segmented, TokenRange } from './tokens.js';
import { blockOf, hasWords, reachBlock, regionOf } from './tokens.js';
import type { Actor } from './types.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { SubjectMention } from './article-names.js';
import type { Frame } from './constructions/frame.js';
import type { CueCandidate } from './cue.js';

/** The lemma of a floating quote's cue, the opening quotation mark. */
export const FLOATING_CUE_LEMMA = 'quote';

/** A quoted paragraph needs this many words to be a quote rather than a title or a one-word aside. */
const MIN_WORDS = 2;
/** Without a full stop, question or exclamation mark at its end, a quoted paragraph is a quote only when this long. */
const MIN_WORDS_UNPUNCTUATED = 8;
/** How many paragraphs back the claim a floating quote goes on with may be (the one before, or the one before that). */
export const FLOATING_REACH_PARAGRAPHS = 2;

/**
 * The frames of the floating quotes, merged into `frames` in text order (by cue). A quotation left open at its
 * paragraph's end that runs on into the paragraphs after it is one frame (the claim has a content span per
 * paragraph), as the typography says; a closed quotation and a new one are two quotes.
 */
export function addFloatingQuotes(seg: Segmented, frames: Frame[]): Frame[] {
  const covered = coveredTokens(seg, frames);
  const found: Frame[] = [];
  let quotations: Map<string, number> | null = null;
  for (let b = 0; b < seg.blockTokens.length; b++) {
    const content = quotedParagraphs(seg, b, covered) ?? (statementNear(seg, frames, b) ? blockQuoteRun(seg, b, covered) : null);
    if (content === null) continue;
    // a pull quote repeats a quotation the article gives elsewhere: the same words are no second claim
    quotations ??= quotationsByWords(seg);
    const only = content[0];
    if (only !== undefined && (quotations.get(wordsOf(seg, only.first, only.end)) ?? 0) > 1) continue;
    // so does a writer quoting again part of a quotation given a few paragraphs before ("“… Fares have increased
    // to …”" after the whole tweet): the speaker's words were claimed where they were first quoted
    if (only !== undefined && requotes(seg, only, b)) continue;
    const open = content[0]?.first ?? -1;
    const last = content[content.length - 1];
    const mark = seg.tokens[open];
    if (mark === undefined || last === undefined) continue;
    const cue: CueCandidate = { first: open, last: open, form: mark.text, lemma: FLOATING_CUE_LEMMA, kind: 'quote', context: 'quote' };
    found.push({ cue, cueRange: { first: open, end: open + 1 }, construction: 'floating', content, source: null });
    // the paragraphs a quotation ran on over are this frame's
    b = seg.tokens[last.end - 1]?.block ?? b;
  }
  if (found.length === 0) return frames;
  return [...frames, ...found].sort((x, y) => x.cue.first - y.cue.first);
}

/** How many paragraphs back a quotation quoted again in part may stand. */
const REQUOTE_REACH_PARAGRAPHS = 4;
/** How many words a part quoted again needs, so that a short phrase said twice ("we will win") stays a quote. */
const REQUOTE_MIN_WORDS = 6;

/**
 * Whether the quoted paragraph `range` (block `b`) repeats words of a longer quotation that ends within the
 * REQUOTE_REACH_PARAGRAPHS paragraphs before it. Bounded: only the quotations in those paragraphs are read.
 */
function requotes(seg: Segmented, range: TokenRange, b: number): boolean {
  if (!hasWords(seg, range.first, range.end, REQUOTE_MIN_WORDS)) return false;
  const words = wordsOf(seg, range.first, range.end);
  const earliest = reachBlock(seg, b, REQUOTE_REACH_PARAGRAPHS);
  const first = seg.blockTokens[earliest]?.first ?? range.first;
  for (let t = first; t < range.first; t++) {
    const q = regionOf(seg, t);
    if (q === undefined || q.open !== t || q.close >= range.first) continue;
    const quoted = wordsOf(seg, q.open, q.close + 1);
    if (quoted.length > words.length && ` ${quoted} `.includes(` ${words} `)) return true;
    t = q.close;
  }
  return false;
}

/** Every quotation's words, lower case, with how many quotations have them. */
function quotationsByWords(seg: Segmented): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of seg.quotes) {
    const key = wordsOf(seg, q.open, q.close + 1);
    if (key !== '') out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The words of tokens [first, end), lower case, one space apart. */
function wordsOf(seg: Segmented, first: number, end: number): string {
  const words: string[] = [];
  for (let t = first; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok?.kind === 'word') words.push(tok.lower);
  }
  return words.join(' ');
}

/** Per token: whether some frame already holds it (cue, speaker or content). */
function coveredTokens(seg: Segmented, frames: Frame[]): Uint8Array {
  const covered = new Uint8Array(seg.tokens.length);
  const mark = (r: TokenRange | null): void => {
    if (r !== null) covered.fill(1, Math.max(0, r.first), Math.min(seg.tokens.length, r.end));
  };
  for (const f of frames) {
    mark(f.cueRange);
    mark(f.source);
    for (const c of f.content) mark(c);
  }
  return covered;
}

/**
 * The quotation that is all of paragraph `b` (trailing punctuation aside), or that opens it and runs on over the
 * next paragraphs to close at the end of one (segment.ts joins a quotation left open to the next paragraph that
 * opens with a mark); no token of it in a frame yet. Null otherwise.
 */
function quotedParagraphs(seg: Segmented, b: number, covered: Uint8Array): TokenRange[] | null {
  const range = seg.blockTokens[b];
  if (range === undefined || range.end === range.first || seg.blocks[b]?.kind !== 'paragraph') return null;
  const r = regionOf(seg, range.first);
  if (r === undefined || r.open !== range.first) return null;
  const lastBlock = seg.tokens[r.close]?.block ?? -1;
  const closing = seg.blockTokens[lastBlock];
  if (closing === undefined) return null;
  let last = closing.end - 1;
  while (last > r.close && seg.tokens[last]?.kind === 'punct') last--;
  for (let t = range.first; t < closing.end; t++) if (covered[t] === 1) return null;
  // "“We used a trick, based on earlier studies.” This trick was …": a whole quoted sentence, the writer's words after
  if (last !== r.close) return opensWithQuotedSentence(seg, r, lastBlock === b) ? [{ first: range.first, end: r.close + 1 }] : null;
  if (!hasWords(seg, range.first, r.close + 1, MIN_WORDS)) return null;
  // a title or a name in quotation marks ("“The Long Goodbye”") is no quote: a quote ends as a sentence does
  if (!endsAsSentence(seg, range.first, closing.end) && !hasWords(seg, range.first, r.close + 1, MIN_WORDS_UNPUNCTUATED)) return null;
  return [{ first: range.first, end: r.close + 1 }];
}

/**
 * Whether a statement ends within FLOATING_REACH_PARAGRAPHS paragraphs before block `b`: a block quote with none
 * before it is an epigraph, a poem or a document's text, nobody's words in this article.
 */
function statementNear(seg: Segmented, frames: readonly Frame[], b: number): boolean {
  if (seg.blocks[b]?.kind !== 'blockquote') return false;
  const earliest = reachBlock(seg, b, FLOATING_REACH_PARAGRAPHS);
  return frames.some((f) => {
    const end = blockOf(seg, frameEnd(f) - 1);
    return end >= earliest && end < b && seg.lexicon.claimKindOf(f.cue.lemma) === 'statement';
  });
}

/**
 * The run of block quotes that starts at block `b` (the block before it is none), one content range per block, when
 * no frame holds a token of it: a block quote with a report of its own is an excerpt, not somebody's words. The run
 * ends before a block that is no sentence and short ("Michael Shadlen, Ph.D.", the signature under a quote). Null
 * otherwise, and for a quotation repeated in the article (a pull quote, the caller checks one of a single region).
 */
function blockQuoteRun(seg: Segmented, b: number, covered: Uint8Array): TokenRange[] | null {
  if (seg.blocks[b]?.kind !== 'blockquote' || seg.blocks[b - 1]?.kind === 'blockquote') return null;
  const content: TokenRange[] = [];
  for (let k = b; k < seg.blockTokens.length && seg.blocks[k]?.kind === 'blockquote'; k++) {
    const range = seg.blockTokens[k];
    if (range === undefined) return null;
    for (let t = range.first; t < range.end; t++) if (covered[t] === 1) return null;
    if (range.end === range.first) continue;
    if (!endsAsSentence(seg, range.first, range.end) && !hasWords(seg, range.first, range.end, MIN_WORDS_UNPUNCTUATED)) break;
    content.push({ first: range.first, end: range.end });
  }
  const first = content[0];
  return first !== undefined && hasWords(seg, first.first, first.end, MIN_WORDS) ? content : null;
}

/**
 * Whether quotation `r`, opening its paragraph, is a whole sentence of its own with more of the paragraph after it:
 * closed in the paragraph after a full stop, question or exclamation mark, long enough to be no title, and followed
 * by a new sentence in the writer's words that names nobody at its head.
 */
function opensWithQuotedSentence(seg: Segmented, r: { open: number; close: number; closed: boolean }, sameBlock: boolean): boolean {
  if (!r.closed || !sameBlock || !/^[.?!…]+$/.test(seg.tokens[r.close - 1]?.text ?? '')) return false;
  if (!hasWords(seg, r.open, r.close + 1, MIN_WORDS_UNPUNCTUATED)) return false;
  // the writer's sentence opens with a determiner or a connective ("This trick was …", "But …"); one that opens with a
  // name or a pronoun may be the speaker's own cue the rules do not know ("“…!” Scott's niece shouted"), and a dash
  // a signature ("“…” ― Julie Diaz.")
  const next = seg.tokens[r.close + 1];
  const lex = seg.lexicon;
  return next !== undefined && next.kind === 'word' && next.cap && seg.sentenceOf[r.close + 1] !== seg.sentenceOf[r.open] &&
    (lex.DETERMINERS.has(next.lower) || lex.SENTENCE_CONNECTIVES.has(next.lower)) && !lex.PERSONAL_PRONOUNS.has(next.lower);
}

function endsAsSentence(seg: Segmented, first: number, end: number): boolean {
  for (let t = end - 1; t >= first; t--) {
    const tok = seg.tokens[t];
    if (tok === undefined) return false;
    if (tok.kind === 'quote') continue;
    return tok.kind === 'punct' && /^[.?!…]+$/.test(tok.text);
  }
  return false;
}

/**
 * Whom the floating quote `frames[index]` may go on with: the latest statement before it (a thought or a finding is
 * nobody speaking on: "scientists think …", a caption's "seen from …") when it ends within the last
 * FLOATING_REACH_PARAGRAPHS paragraphs, and the people named as a sentence's subject since then (or within reach
 * when there is none), latest first. `subjectsBefore` is the number of subject mentions before the quote.
 */
export function floatingCandidates(seg: Segmented, frames: Frame[], index: number, subjects: SubjectMention[], subjectsBefore: number):
  { prior: number; introduced: SubjectMention[] } {
  const frame = frames[index];
  const introduced: SubjectMention[] = [];
  if (frame === undefined) return { prior: -1, introduced };
  const earliest = reachBlock(seg, blockOf(seg, frame.cue.first), FLOATING_REACH_PARAGRAPHS);
  let prior = -1;
  for (let j = index - 1; j >= 0; j--) {
    const f = frames[j];
    if (f === undefined || blockOf(seg, frameEnd(f) - 1) < earliest) break;
    if (seg.lexicon.claimKindOf(f.cue.lemma) === 'statement') { prior = j; break; }
  }
  const priorFrame = frames[prior];
  const priorEnd = priorFrame === undefined ? -1 : frameEnd(priorFrame);
  for (let i = subjectsBefore - 1; i >= 0; i--) {
    const mention = subjects[i];
    if (mention === undefined || mention.at < priorEnd || blockOf(seg, mention.at) < earliest) break;
    introduced.push(mention);
  }
  return { prior, introduced };
}

/**
 * Whether an actor can be the one a floating quote goes on with: a person, a body, or people described as people
 * ("officials", "two dock workers"); not a document, and not a description of a thing ("the recent spate of
 * strandings", which a passive "has been described as" made a speaker).
 */
export function canSpeakOn(lex: Lexicon, actor: Actor, heads: Set<string>): boolean {
  if (actor.kind === 'person' || actor.kind === 'organisation') return true;
  if (actor.kind !== 'unnamed') return false;
  for (const head of heads) if (lex.isPersonNoun(head)) return true;
  return false;
}


/** One past a frame's last token: its cue, speaker or content, whichever ends last. */
export function frameEnd(frame: Frame): number {
  let end = Math.max(frame.cueRange.end, frame.source?.end ?? 0);
  for (const c of frame.content) end = Math.max(end, c.end);
  return end;
}

