/**
 * What the article finder hands to the rest of the page side: the article's blocks as engine input, each with a
 * map from block offsets back to the live DOM text nodes, so engine spans can become DOM ranges.
 */
import type { BlockKind } from '../../engine/index.js';

/** A run of one text node's characters inside a block: block text [blockStart, blockStart+length) equals
 * node.data [nodeStart, nodeStart+length). Characters the finder inserts (a space between inline boxes) have none. */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  blockStart: number;
  length: number;
}

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
  /** In block-text order, non-overlapping. */
  segments: TextSegment[];
  /** The element the block was read from (a <p>, <h1>, <li>, <blockquote>). */
  element: Element;
}

export type ArticleResult =
  | { status: 'article'; blocks: ArticleBlock[]; root: Element; language: string }
  | { status: 'no-article'; reason: string; language: string }
  | { status: 'unsupported-language'; language: string };
