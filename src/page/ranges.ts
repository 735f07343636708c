/**
 * Maps engine spans (block offsets) back to live DOM Ranges through the article finder's segment maps, so a claim
 * that runs across links, <strong> or <em> becomes one Range over several text nodes. The DOM is only read.
 */
import type { Span } from '../engine/index.js';
import type { ArticleBlock, TextSegment } from './article/types.js';

interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the first segment whose end is after `offset` (segments are sorted and non-overlapping). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const segment = segments[middle];
    if (segment !== undefined && segment.blockStart + segment.length <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The DOM point where block text at `offset` starts; offsets in inserted characters move forward to real text. */
function startPoint(segments: readonly TextSegment[], offset: number, limit: number): DomPoint | null {
  const segment = segments[firstSegmentEndingAfter(segments, offset)];
  if (segment === undefined) return null;
  const within = Math.max(0, offset - segment.blockStart);
  if (segment.blockStart + within >= limit) return null;
  return { node: segment.node, offset: segment.nodeStart + within };
}

/** The DOM point where block text ending at `offset` ends; offsets in inserted characters move back to real text. */
function endPoint(segments: readonly TextSegment[], offset: number, floor: number): DomPoint | null {
  let index = firstSegmentEndingAfter(segments, offset);
  let segment = segments[index];
  // The end may fall exactly on a segment's end (then the search found the next one) or in a gap before it.
  if (segment === undefined || segment.blockStart >= offset) {
    index -= 1;
    segment = segments[index];
  }
  if (segment === undefined) return null;
  const within = Math.min(segment.length, offset - segment.blockStart);
  if (segment.blockStart + within <= floor) return null;
  return { node: segment.node, offset: segment.nodeStart + within };
}

/**
 * The Range covering `span`, or null when the span is empty, lies wholly in characters the finder inserted, or its
 * text nodes have left the document since the finder read them.
 */
export function spanToRange(blocks: readonly ArticleBlock[], span: Span, doc: Document): Range | null {
  const block = blocks[span.block];
  if (block === undefined || span.end <= span.start) return null;
  const start = startPoint(block.segments, span.start, span.end);
  const end = endPoint(block.segments, span.end, span.start);
  if (start === null || end === null) return null;
  if (!start.node.isConnected || !end.node.isConnected) return null;
  if (start.offset > start.node.length || end.offset > end.node.length) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range.collapsed ? null : range;
}
