/**
 * From the span tagger's tags back to frames: per paragraph, its cue spans become claims; each content span goes to
 * the nearest cue (one in its own sentence first), each cue takes the nearest source of its sentence (on its left
 * first). A cue the constructions had proposed keeps their reading of it (its lemma, its construction) and any
 * content they carried on into later paragraphs (a quotation over several paragraphs); a cue only the tagger saw
 * is read from its words. A cue with no content makes no claim.
 */
import type { Segmented, TokenRange } from '../tokens.js';
import { isClosingMark, isOpeningMark, rangesOverlap } from '../tokens.js';
import { contextOf, type CueCandidate, type CueConfig } from '../cue.js';
import type { Frame } from '../constructions/frame.js';
import type { FrameDecision } from '../analyze.js';
import { drain } from '../slices.js';
import { classifyContent } from '../classify.js';
import { roleOfTag, B_SOURCE, B_CUE, B_CONTENT } from './span-tags.js';
import { taggerInput } from './span-input.js';
import type { SpanTaggerModel } from './span-model.js';
import { tagBlock } from './span-tagger.js';
import { spanTaggerFor } from './default-span-tagger.js';

interface TaggedSpan {
  role: 'S' | 'C' | 'Q';
  first: number;
  end: number;
  sentence: number;
}

/** Paragraphs tagged between two yields of the sliced form. */
const BLOCKS_PER_SLICE = 15;


/**
 * The decision by the given tagger (by default the one checked in for the article's language; a language without one
 * keeps the frames the constructions proposed).
 */
export function taggerDecision(model?: SpanTaggerModel): FrameDecision {
  return function* decide(seg, proposed, cues) {
    const tagger = model ?? spanTaggerFor(seg.lexicon.language);
    if (tagger === null) return proposed;
    const input = taggerInput(seg, proposed, cues, tagger);
    const tags = new Uint8Array(seg.tokens.length);
    const frames: Frame[] = [];
    for (const [b, range] of seg.blockTokens.entries()) {
      if (range.end <= range.first) continue;
      tagBlock(tagger, input, range.first, range.end, tags);
      const decided = framesOfBlock(seg, tags, range.first, range.end, proposed, cues);
      frames.push(...decided, ...quotationsKept(seg, range.first, range.end, proposed, decided));
      if ((b + 1) % BLOCKS_PER_SLICE === 0) yield;
    }
    return frames;
  };
}

/** The decision, drained: for callers that do not slice. */
export function decideFrames(seg: Segmented, proposed: Frame[], cues: CueConfig, model?: SpanTaggerModel): Frame[] {
  return drain(taggerDecision(model)(seg, proposed, cues));
}

function spansOfBlock(seg: Segmented, tags: Uint8Array, first: number, end: number): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let current: TaggedSpan | null = null;
  for (let k = first; k < end; k++) {
    const tag = tags[k] ?? 0;
    const role = roleOfTag(tag);
    const begins = tag === B_SOURCE || tag === B_CUE || tag === B_CONTENT;
    if (current !== null && (role !== current.role || begins)) { spans.push(current); current = null; }
    if (role === '') continue;
    if (current === null) current = { role, first: k, end: k + 1, sentence: seg.sentenceOf[k] ?? -1 };
    else current.end = k + 1;
  }
  if (current !== null) spans.push(current);
  return spans;
}

/** Tokens between two spans (0 when they touch or overlap). */
function gap(a: TaggedSpan, b: TaggedSpan): number {
  return a.end <= b.first ? b.first - a.end : b.end <= a.first ? a.first - b.end : 0;
}

/** Whether a span lies in, or runs through, the sentence of `cue`. */
function sharesSentence(seg: Segmented, span: TaggedSpan, cue: TaggedSpan): boolean {
  const first = seg.sentenceOf[span.first] ?? -1;
  const last = seg.sentenceOf[span.end - 1] ?? -1;
  return cue.sentence >= first && cue.sentence <= last;
}

/** Content spans in another sentence than every cue weigh as if this many tokens further. */
const OTHER_SENTENCE_PENALTY = 30;

function framesOfBlock(seg: Segmented, tags: Uint8Array, first: number, end: number, proposed: readonly Frame[],
  cues: CueConfig): Frame[] {
  const spans = spansOfBlock(seg, tags, first, end);
  const cueSpans = spans.filter((s) => s.role === 'C');
  if (cueSpans.length === 0) return [];
  const contentOf = new Map<TaggedSpan, TaggedSpan[]>();
  for (const q of spans) {
    if (q.role !== 'Q') continue;
    let best: TaggedSpan | null = null;
    let bestCost = Infinity;
    for (const c of cueSpans) {
      const cost = gap(q, c) + (sharesSentence(seg, q, c) ? 0 : OTHER_SENTENCE_PENALTY);
      if (cost < bestCost) { bestCost = cost; best = c; }
    }
    if (best !== null) contentOf.set(best, [...(contentOf.get(best) ?? []), q]);
  }
  const frames: Frame[] = [];
  for (const c of cueSpans) {
    const content = contentOf.get(c);
    if (content === undefined) continue;
    let source: TaggedSpan | null = null;
    let bestCost = Infinity;
    for (const s of spans) {
      if (s.role !== 'S' || s.sentence !== c.sentence) continue;
      // on the cue's left first: "Reyes said"; then on its right: "said Reyes"
      const cost = s.end <= c.first ? c.first - s.end : s.first >= c.end ? s.first - c.end + 0.5 : Infinity;
      if (cost < bestCost) { bestCost = cost; source = s; }
    }
    let ranges: TokenRange[] = content.map((q) => withQuoteMarks(seg, q));
    const rule = proposed.find((f) => rangesOverlap(f.cueRange, c));
    if (rule !== undefined) {
      // where the constructions proposed this cue and a content where the tagger sees one, their bounds stand: a
      // construction reads a quotation or a clause whole, more exactly than token by token (dev: exact content
      // precision 68 against 63)
      if (rule.content.some((r) => ranges.some((q) => rangesOverlap(q, r)))) {
        ranges = rule.content.filter((r) => r.first < end);
      }
      // a quotation the constructions carried on past this paragraph goes on with the claim
      for (const r of rule.content) if (r.first >= end) ranges.push(r);
    }
    const cue = rule?.cue ?? cueOfSpan(seg, c, cues);
    const sourceRange = source === null ? null : { first: source.first, end: source.end };
    const construction = rule?.construction ?? (content[0] !== undefined && content[0].end <= c.first ? 'before' :
      sourceRange === null ? 'bare' : 'after');
    frames.push({ cue, cueRange: { first: c.first, end: c.end }, construction, content: ranges, source: sourceRange });
  }
  return frames;
}

/** A cue only the tagger saw, read from its words: its head is its last cue word, else its last word. */
function cueOfSpan(seg: Segmented, span: TaggedSpan, cues: CueConfig): CueCandidate {
  const { tokens, lexicon } = seg;
  let head = -1;
  for (let k = span.end - 1; k >= span.first; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') continue;
    if (head < 0) head = k;
    if (cues.isCueForm(t.lower)) { head = k; break; }
  }
  if (head < 0) head = span.first;
  const form = tokens[head]?.lower ?? '';
  // a word of one of the lexicon's "according to" phrases, with the phrase's words before it ("according", "to")
  const according = lexicon.ACCORDING_TO.find((phrase) => {
    const at = phrase.words.indexOf(form);
    return at >= 0 && phrase.words.slice(0, at).every((word, i) => tokens[head - at + i]?.lower === word);
  });
  return {
    first: span.first, last: span.end - 1, form,
    lemma: according !== undefined ? according.lemma : lexicon.lemmaOf(form),
    kind: according !== undefined ? 'according' : 'verb',
    context: contextOf(seg, span.end),
  };
}

/**
 * A content span with the quotation marks around it: the tagger learned PolNeAR's trimmed spans, without the marks,
 * but a reader sees the marks highlighted with the quotation and the classifier counts them (direct, mixed).
 */
function withQuoteMarks(seg: Segmented, span: TaggedSpan): TokenRange {
  const { tokens } = seg;
  const block = tokens[span.first]?.block;
  let first = span.first;
  let end = span.end;
  if (tokens[first - 1]?.kind === 'quote' && tokens[first - 1]?.block === block && isOpeningMark(seg, first - 1)) first--;
  let after = end;
  while (tokens[after]?.kind === 'punct' && after - end < 2 && tokens[after]?.block === block) after++;
  if (tokens[after]?.kind === 'quote' && tokens[after]?.block === block && isClosingMark(seg, after)) end = after + 1;
  return { first, end };
}

/**
 * A quotation the constructions read whole, with its cue, stands even where the tagger saw none: "“…,” Reyes
 * said." and "Reyes: “…”" are what a reader counts first, and PolNeAR's articles have too few of some forms (a
 * transcript's colon, a fisherman named in an apposition) for the tagger to have learned them all.
 */
function quotationsKept(seg: Segmented, first: number, end: number, proposed: readonly Frame[], decided: readonly Frame[]): Frame[] {
  const kept: Frame[] = [];
  for (const f of proposed) {
    if (f.cueRange.first < first || f.cueRange.first >= end) continue;
    if (classifyContent(seg, f.content) !== 'direct') continue;
    const touches = (range: TokenRange | null): boolean => range !== null && f.content.some((r) => rangesOverlap(r, range));
    const clash = [...decided, ...kept].some((d) => rangesOverlap(d.cueRange, f.cueRange) || d.content.some(touches) ||
      touches(d.source));
    if (!clash) kept.push(f);
  }
  return kept;
}
