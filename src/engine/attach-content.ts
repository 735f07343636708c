/**
 * Step 3 — attach content: the sentence driver. It hands each cue of a sentence to its construction (constructions/:
 * before, after, according to, colon, transcript label, signature/dash; registry.ts says which frames which), keeps the frames they propose that do not
 * overlap, and carries state from sentence to sentence — content already taken, and a direct quotation that the
 * next sentence may go on with. One attribution never sits inside another's content (PolNeAR's convention).
 */
import type { Segmented, Sentence, TokenRange } from './tokens.js';
import { hasWords, isClosingMark, regionOf } from './tokens.js';
import type { CueCandidate, CueConfig } from './cue.js';
import type { Frame } from './constructions/frame.js';
import { contentEndOf } from './constructions/content-bounds.js';
import { FRAMING } from './constructions/registry.js';
import { subjectLeftOf } from './noun-phrase.js';

/** State carried from sentence to sentence: content already taken runs up to `takenUntil` (exclusive). */
export interface AttachState {
  takenUntil: number;
  /** The last frame whose content ended with a quotation: the next quoted sentence may continue it. */
  continuable: Frame | null;
}

export function newAttachState(): AttachState {
  return { takenUntil: 0, continuable: null };
}

/** A sentence that lies wholly inside content already taken (a quotation running on) is not read for cues. */
export function isTaken(sentence: Sentence, state: AttachState): boolean {
  return sentence.end <= state.takenUntil;
}

/**
 * Attaches content to the cues of one sentence: each cue goes to the construction that matches its kind, which
 * proposes a frame or none. Constructions with the content before the cue are tried first, right to left, because
 * their content may hold words that look like cues; the rest go left to right. With no cue, a sentence that is all
 * quotation may go on with the previous frame's.
 */
export function attachContent(seg: Segmented, sentence: Sentence, found: CueCandidate[], config: CueConfig,
  state: AttachState): Frame[] {
  const floor = Math.max(sentence.first, state.takenUntil);
  const cues = found.filter((c) => c.first >= floor);
  const frames: Frame[] = [];

  if (cues.length === 0) {
    continueQuotation(seg, sentence, state);
    return frames;
  }
  // content-before constructions, right to left
  const taken: TokenRange[] = [];
  let ceiling = sentence.end;
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k];
    if (cue === undefined || cue.last >= ceiling) continue;
    // "according to" frames its whole sentence, so it goes first, like content-before constructions
    const f = FRAMING[cue.kind].contentBefore?.({ seg, sentence, cue, from: floor, takenUntil: state.takenUntil, config, previous: null }) ?? null;
    if (f === null) continue;
    frames.push(f);
    const firstContent = f.content[0];
    if (firstContent !== undefined) {
      const first = Math.min(firstContent.first, f.source?.first ?? cue.first, cue.first);
      // the adjunct after the cue is part of the report's frame ("he said when asked about …")
      const adjunctEnd = f.content.length === 1 ? trailingEnd(seg, sentence, Math.max(cue.last + 1, f.source?.end ?? 0), config) : 0;
      const end = Math.max(cue.last + 1, f.source?.end ?? 0, adjunctEnd, ...f.content.map((c) => c.end));
      taken.push({ first, end });
      ceiling = first;
    }
  }
  frames.reverse();
  const inTaken = (tok: number): boolean => taken.some((r) => tok >= r.first && tok < r.end);
  // the others, left to right
  let pos = floor;
  let previous: Frame | null = frames[0] ?? null;
  const all: Frame[] = [...frames];
  for (const cue of cues) {
    if (cue.first < pos || inTaken(cue.first)) continue;
    if (frames.some((f) => f.cue === cue)) { pos = Math.max(pos, cue.last + 1); continue; }
    const f = FRAMING[cue.kind].inOrder?.({ seg, sentence, cue, from: pos, takenUntil: state.takenUntil, config, previous }) ?? null;
    if (f === null) continue;
    // "Opposition lawmakers had said that …": a speakerless cue inside a later cue's speaker is a word of that name
    if (f.construction === 'bare' && inLaterSpeaker(seg, sentence, cues, cue, config)) continue;
    // never let a content run over a content-before frame's material
    const last = f.content[f.content.length - 1];
    if (last !== undefined && taken.some((r) => r.first < last.end && r.first >= cue.last)) continue;
    all.push(f);
    previous = f;
    pos = Math.max(cue.last + 1, ...f.content.map((c) => c.end));
  }
  // a frame must say something: drop one whose content holds no word
  for (let i = all.length - 1; i >= 0; i--) {
    const f = all[i];
    if (f !== undefined && !f.content.some((c) => hasWords(seg, c.first, c.end, 1))) all.splice(i, 1);
  }
  all.sort((a, b) => a.cue.first - b.cue.first);
  let maxEnd = sentence.end;
  for (const f of all) for (const c of f.content) maxEnd = Math.max(maxEnd, c.end);
  state.takenUntil = Math.max(state.takenUntil, maxEnd);
  // a direct quotation may go on in the next sentence
  const lastFrame = all[all.length - 1];
  state.continuable = lastFrame !== undefined && endsWithQuotation(seg, lastFrame) ? lastFrame : null;
  return all;
}

/** Whether `cue` lies inside the speaker phrase on the left of a later verb cue of the sentence. */
function inLaterSpeaker(seg: Segmented, sentence: Sentence, cues: readonly CueCandidate[], cue: CueCandidate, config: CueConfig): boolean {
  return cues.some((later) => later.kind === 'verb' && later.first > cue.last && (() => {
    const left = subjectLeftOf(seg.tokens, later.first, sentence.first, config.isCueForm, seg.lexicon);
    return left.first <= cue.first && cue.last < left.end;
  })());
}

function endsWithQuotation(seg: Segmented, f: Frame): boolean {
  const last = f.content[f.content.length - 1];
  if (last === undefined) return false;
  let end = last.end - 1;
  while (end > last.first && seg.tokens[end]?.kind === 'punct') end--;
  return isClosingMark(seg, end) || (isClosingMark(seg, last.end - 1));
}

/** Where a trailing adjunct after a cue ends: before ", <participle>" or at the sentence's end. */
function trailingEnd(seg: Segmented, sentence: Sentence, from: number, config: CueConfig): number {
  const lex = seg.lexicon;
  const end = contentEndOf(seg, sentence, from);
  for (let t = from; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind === 'quote') return t;
    // "… he said when asked whether …": the question is a report of its own
    if (tok.kind === 'word' && config.allows(tok.lower, 'bare', undefined, { seg, tok: t }) && lex.BARE_CUE_OPENERS.has(seg.tokens[t - 1]?.lower ?? '')) return t;
    if (tok.text === ',' && lex.PARTICIPLE_FORMS.has(seg.tokens[t + 1]?.lower ?? '') && config.allows(seg.tokens[t + 1]?.lower ?? '', 'participle', undefined, { seg, tok: t + 1 })) return t;
  }
  return end;
}

/**
 * A sentence that is all quotation, right after a direct quotation in the same paragraph, continues it:
 * “…,” Trump said. “I give her, too …” — added as a further content fragment, so the claim is one quotation
 * interrupted by its cue whose parts can each be found.
 */
function continueQuotation(seg: Segmented, sentence: Sentence, state: AttachState): void {
  const f = state.continuable;
  state.continuable = null;
  if (f === null) return;
  const first = sentence.first;
  const r = regionOf(seg, first);
  const lastContent = f.content[f.content.length - 1];
  if (r === undefined || r.open !== first || lastContent === undefined) return;
  // over a paragraph break nothing runs on here: a quotation the writer left open is one region already (segment.ts),
  // and a closed one followed by a quoted paragraph is two quotes, the second a floating quote of its own
  // (floating-quotes.ts) with the same speaker, as a reader counts them
  const lastBlock = seg.tokens[lastContent.end - 1]?.block ?? -1;
  if (lastBlock !== sentence.block && seg.tokens[f.cue.first]?.block !== sentence.block) return;
  // “I just came back. It is the first time,” he added.: a quotation of several sentences that closes on a comma
  // has an incise of its own after it, whose cue frames it; taken here, that cue would find its content gone
  if (r.close >= sentence.end && (seg.tokens[r.close - 1]?.text === ',' || seg.tokens[r.close + 1]?.text === ',')) return;
  const end = r.close + 1;
  // a quotation with its own incise after it ("«…», critica.", "“…,” he added") is a report of its own
  const after = seg.tokens[end];
  const commaInside = seg.tokens[r.close - 1]?.text === ',' && after?.kind === 'word';
  if (after !== undefined && after.block === sentence.block && (after.text === ',' || commaInside)) return;
  f.content.push({ first, end });
  state.takenUntil = Math.max(state.takenUntil, end);
  state.continuable = f;
}
