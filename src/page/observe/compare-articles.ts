/**
 * Tells what a re-read of the article changed since the last analysis, so that only that work is redone:
 * nothing (a mutation elsewhere on the page), the same text in new DOM nodes (a re-rendered paragraph: the old
 * analysis holds, its spans are mapped onto the new nodes), or new text (the engine runs again).
 */
import type { ArticleBlock } from '../article/types.js';

export type ArticleChange = 'same' | 'same-text-new-nodes' | 'new-text';

function sameNodes(a: ArticleBlock, b: ArticleBlock): boolean {
  if (a.segments.length !== b.segments.length) return false;
  for (let index = 0; index < a.segments.length; index += 1) {
    const left = a.segments[index];
    const right = b.segments[index];
    if (left === undefined || right === undefined || left.node !== right.node || left.nodeStart !== right.nodeStart
      || left.length !== right.length || left.blockStart !== right.blockStart || !left.node.isConnected) {
      return false;
    }
  }
  return true;
}

export function compareArticles(previous: readonly ArticleBlock[], next: readonly ArticleBlock[]): ArticleChange {
  if (previous.length !== next.length) return 'new-text';
  let nodesMoved = false;
  for (let index = 0; index < next.length; index += 1) {
    const before = previous[index];
    const after = next[index];
    if (before === undefined || after === undefined) return 'new-text';
    if (before.text !== after.text || before.kind !== after.kind) return 'new-text';
    if (!nodesMoved && !sameNodes(before, after)) nodesMoved = true;
  }
  return nodesMoved ? 'same-text-new-nodes' : 'same';
}
