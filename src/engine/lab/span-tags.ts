/**
 * The span tagger's tag set and its grammar: seven tags (outside, or the beginning or inside of a source, a cue or a
 * content), which may follow which, and the tags the constructions' proposed frames give each token (a feature the
 * tagger reads, and the trainer's starting point).
 */
import type { Segmented } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';

/** Outside, then begin/inside of source, cue and content. */
export const SPAN_TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-Q', 'I-Q'] as const;
export const SPAN_TAG_COUNT = SPAN_TAGS.length;
export const OUT = 0;
export const B_SOURCE = 1;
export const I_SOURCE = 2;
export const B_CUE = 3;
export const I_CUE = 4;
export const B_CONTENT = 5;
export const I_CONTENT = 6;

/** The tag's role: 'S' source, 'C' cue, 'Q' content, or '' outside. */
export function roleOfTag(tag: number): 'S' | 'C' | 'Q' | '' {
  return tag === B_SOURCE || tag === I_SOURCE ? 'S' : tag === B_CUE || tag === I_CUE ? 'C' :
    tag === B_CONTENT || tag === I_CONTENT ? 'Q' : '';
}

/** Whether `tag` may follow `prev` (SPAN_TAG_COUNT for a paragraph's start): an inside tag only after its own kind. */
export function tagMayFollow(prev: number, tag: number): boolean {
  const inside = tag === I_SOURCE || tag === I_CUE || tag === I_CONTENT;
  return !inside || prev === tag || prev === tag - 1;
}

/** What the constructions proposed, per token: the tag their frames give it, and the frame's construction. */
export interface ProposedTags {
  tags: Uint8Array;
  construction: string[];
}

/** Paints the proposed frames onto the tokens; a cue wins over a source, a source over a content. */
export function proposedTags(seg: Segmented, frames: readonly Frame[]): ProposedTags {
  const n = seg.tokens.length;
  const tags = new Uint8Array(n);
  const construction: string[] = new Array<string>(n).fill('');
  const paint = (first: number, end: number, begin: number, rank: number, name: string): void => {
    let previous = -2;
    for (let k = first; k < end; k++) {
      if (tagRank(tags[k] ?? OUT) > rank) { previous = -2; continue; }
      tags[k] = k === previous + 1 ? begin + 1 : begin;
      construction[k] = name;
      previous = k;
    }
  };
  for (const f of frames) {
    for (const r of f.content) paint(r.first, r.end, B_CONTENT, 1, f.construction);
    if (f.source !== null) paint(f.source.first, f.source.end, B_SOURCE, 2, f.construction);
    paint(f.cueRange.first, f.cueRange.end, B_CUE, 3, f.construction);
  }
  return { tags: beginAfterBreaks(tags), construction };
}

/** Where a span was painted over in its middle, the rest of it begins again: an inside tag follows its own kind. */
export function beginAfterBreaks(tags: Uint8Array): Uint8Array {
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k] ?? OUT;
    if (!tagMayFollow(k === 0 ? SPAN_TAG_COUNT : tags[k - 1] ?? OUT, tag)) tags[k] = tag - 1;
  }
  return tags;
}

/** Which tag may overwrite which when spans overlap: cue 3, source 2, content 1, outside 0. */
export function tagRank(tag: number): number {
  const role = roleOfTag(tag);
  return role === 'C' ? 3 : role === 'S' ? 2 : role === 'Q' ? 1 : 0;
}

/**
 * The transitions with the tag grammar applied: a step tagMayFollow forbids scores -Infinity. (previous tag, or
 * SPAN_TAG_COUNT at the start) × tag, as the transitions are laid out; `out` is filled and returned.
 */
export function allowedSteps(transitions: ArrayLike<number>,
  out: Float64Array = new Float64Array((SPAN_TAG_COUNT + 1) * SPAN_TAG_COUNT)): Float64Array {
  for (let u = 0; u <= SPAN_TAG_COUNT; u++) {
    for (let t = 0; t < SPAN_TAG_COUNT; t++) out[u * SPAN_TAG_COUNT + t] = tagMayFollow(u, t) ? transitions[u * SPAN_TAG_COUNT + t] ?? 0 : -Infinity;
  }
  return out;
}
