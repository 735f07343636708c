/**
 * Finds the claim under the pointer: the caret position narrows the claims to those whose ranges contain that text
 * point, then the ranges' client rects confirm the pointer is really over their glyphs (a caret lookup snaps to the
 * nearest character even beside the text). Reads layout only; called at most once per animation frame.
 */
import type { ClaimRanges } from './highlights.js';

function caretPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}

/** Where a claim is placed on screen (a jump, its card): its content's first range, else its cue, else its source. */
export function anchorRangeOf(claim: ClaimRanges): Range | null {
  return claim.content[0] ?? claim.cue ?? claim.source;
}

export function rangesOf(claim: ClaimRanges): Range[] {
  const ranges = [...claim.content];
  if (claim.source !== null) ranges.push(claim.source);
  if (claim.cue !== null) ranges.push(claim.cue);
  return ranges;
}

function containsPoint(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false; // the point is in another tree or past the node's end
  }
}

function underPointer(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The claim whose source, cue or content lies under viewport point (x, y), or null. */
export function claimAtPoint(doc: Document, claims: readonly ClaimRanges[], x: number, y: number): ClaimRanges | null {
  const caret = caretPoint(doc, x, y);
  for (const claim of claims) {
    for (const range of rangesOf(claim)) {
      if (caret !== null && !containsPoint(range, caret.node, caret.offset)) continue;
      if (underPointer(range, x, y)) return claim;
    }
  }
  return null;
}
