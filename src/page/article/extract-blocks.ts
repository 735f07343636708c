/**
 * Reads the article's blocks out of the live DOM: one block per paragraph-like run of inline text, its text with
 * whitespace collapsed as the browser renders it, and an exact map from every block character back to its Text node.
 * Furniture and hidden subtrees inside the article are skipped; link lists and short boilerplate lines are dropped.
 */
import type { BlockKind } from '../../engine/index.js';
import { isBlockLevel, isFurniture, tagOf, type VisibilityProbe } from './element-filters.js';
import { FURNITURE_TEXT_PATTERN, THRESHOLDS } from './patterns.js';
import type { ArticleBlock, TextSegment } from './types.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Space, tab, line feed, form feed, carriage return: the characters CSS `white-space: normal` collapses. */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Where a stretch of words joined by single plain spaces ends: at a tab, line feed, form feed or carriage return,
 * or at a space followed by whitespace or the end of the text. Single characters and a one-character lookahead:
 * linear.
 */
const STRETCH_END = /[\t\n\f\r]| (?=[ \t\n\f\r]|$)/g;

/** True when the text holds at least one letter or digit (any script). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Collects one block's text. Whitespace runs collapse to one space; the space keeps its source character when
 * that character is a plain space, otherwise it is an inserted character with no segment.
 */
class BlockBuilder {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private linkChars = 0;
  private pendingSpace = false;
  private pendingSpaceNode: Text | null = null;
  private pendingSpaceOffset = 0;
  /** A <br> was the last thing seen, with no text after it: a second one ends the paragraph. */
  private afterLineBreak = false;

  constructor(
    readonly kind: BlockKind,
    readonly element: Element,
  ) {}

  get isEmpty(): boolean {
    return this.length === 0;
  }

  get endsWithLineBreak(): boolean {
    return this.afterLineBreak;
  }

  appendText(node: Text, inLink: boolean): void {
    const data = node.data;
    const size = data.length;
    let index = 0;
    while (index < size) {
      if (isCollapsible(data.charCodeAt(index))) {
        if (this.length > 0 && !this.pendingSpace) {
          this.pendingSpace = true;
          const isPlainSpace = data.charCodeAt(index) === 32;
          this.pendingSpaceNode = isPlainSpace ? node : null;
          this.pendingSpaceOffset = index;
        }
        index += 1;
        while (index < size && isCollapsible(data.charCodeAt(index))) index += 1;
        continue;
      }
      // words joined by single plain spaces read exactly as written: one slice and one segment for the whole
      // stretch (word by word, the segments would merge into the same one), found by the regular-expression
      // engine rather than a per-character loop, which is slow in the cold code of a click
      STRETCH_END.lastIndex = index;
      const end = STRETCH_END.exec(data)?.index ?? size;
      this.emitPendingSpace(inLink);
      this.pushSegment(node, index, end - index, data.slice(index, end));
      if (inLink) this.linkChars += end - index;
      this.afterLineBreak = false;
      index = end;
    }
  }

  /** A <br>: renders as a line break, which the engine sees as a space. */
  lineBreak(): void {
    if (this.length > 0 && !this.pendingSpace) {
      this.pendingSpace = true;
      this.pendingSpaceNode = null;
    }
    this.afterLineBreak = true;
  }

  /** The finished block, or null when it holds no words or is furniture (a link list, "Advertisement" …). */
  finish(): ArticleBlock | null {
    if (this.length === 0) return null;
    const text = this.parts.join('');
    if (!WORD_CHARACTER.test(text)) return null;
    // a subhead may be one link (a product, a person's page); a paragraph that is mostly links is a link list
    const isHeading = this.kind === 'headline' && /^h[1-6]$/.test(tagOf(this.element));
    if (!isHeading && this.linkChars / this.length > THRESHOLDS.maxBlockLinkDensity) return null;
    if (this.length <= THRESHOLDS.furnitureTextMaxChars && FURNITURE_TEXT_PATTERN.test(text.toLowerCase())) return null;
    return { kind: this.kind, text, segments: this.segments, element: this.element };
  }

  private emitPendingSpace(inLink: boolean): void {
    if (!this.pendingSpace) return;
    this.pendingSpace = false;
    if (this.pendingSpaceNode !== null) {
      this.pushSegment(this.pendingSpaceNode, this.pendingSpaceOffset, 1, ' ');
    } else {
      this.parts.push(' ');
      this.length += 1;
    }
    if (inLink) this.linkChars += 1;
    this.pendingSpaceNode = null;
  }

  private pushSegment(node: Text, nodeStart: number, length: number, text: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.node === node && last.nodeStart + last.length === nodeStart
      && last.blockStart + last.length === this.length) {
      last.length += length;
    } else {
      this.segments.push({ node, nodeStart, blockStart: this.length, length });
    }
    this.parts.push(text);
    this.length += length;
  }
}

export interface ExtractOptions {
  probe: VisibilityProbe;
  /** Elements read as blocks of a given kind wherever they are met (the headline and standfirst). */
  kindOverrides: ReadonlyMap<Element, BlockKind>;
  /** Elements already read as blocks elsewhere: skipped. */
  skip: ReadonlySet<Element>;
  /** Elements read whatever their class names say (the chain down to the best-scoring container). */
  spine: ReadonlySet<Element>;
}

/** The kind of block an element's own text makes, given the kind of its surroundings. */
function kindFor(element: Element, inherited: BlockKind): BlockKind {
  switch (tagOf(element)) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return 'headline';
    case 'blockquote':
      return 'blockquote';
    case 'li':
      return 'listItem';
    default:
      return inherited;
  }
}

/** One open element of the walk: where the walk is among its children and what text inside it becomes. */
interface Frame {
  next: ChildNode | null;
  kind: BlockKind;
  /** The nearest block-level element: a block started here is read from it. */
  blockElement: Element;
  isLink: boolean;
  /** A block-level element ends the running block when the walk leaves it. */
  endsBlock: boolean;
}

/** How many DOM nodes are visited between two yields of the sliced walk. */
const NODES_PER_SLICE = 600;

/** Reads the blocks under `root` in document order, yielding between slices of work. */
export function* extractBlocksInSlices(root: Element, options: ExtractOptions): Generator<void, ArticleBlock[]> {
  const blocks: ArticleBlock[] = [];
  let builder: BlockBuilder | null = null;
  let linkDepth = 0;
  const flush = (): void => {
    if (builder === null) return;
    const block = builder.finish();
    if (block !== null) blocks.push(block);
    builder = null;
  };
  // an explicit stack instead of recursion, so the walk can stop anywhere and yield
  const stack: Frame[] = [{ next: root.firstChild, kind: kindFor(root, 'paragraph'), blockElement: root, isLink: false, endsBlock: true }];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame === undefined) break;
    const child = frame.next;
    if (child === null) {
      stack.pop();
      if (frame.isLink) linkDepth -= 1;
      if (frame.endsBlock) flush();
      continue;
    }
    frame.next = child.nextSibling;
    visited += 1;
    if (visited % NODES_PER_SLICE === 0) yield;
    if (child.nodeType === TEXT_NODE) {
      const text = child as Text;
      if (builder === null) {
        if (!hasNonCollapsible(text.data)) continue;
        builder = new BlockBuilder(frame.kind, frame.blockElement);
      }
      builder.appendText(text, linkDepth > 0);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const blockLevel = isBlockLevel(element);
    if (options.skip.has(element) || (isFurniture(element) && !options.spine.has(element)) || options.probe.isHidden(element)) {
      if (blockLevel) flush();
      continue;
    }
    const tag = tagOf(element);
    if (tag === 'br') {
      const open: BlockBuilder | null = builder;
      if (open !== null) {
        if (open.endsWithLineBreak) flush();
        else open.lineBreak();
      }
      continue;
    }
    const override = options.kindOverrides.get(element);
    if (blockLevel || override !== undefined) {
      flush();
      stack.push({ next: element.firstChild, kind: override ?? kindFor(element, frame.kind), blockElement: element, isLink: false, endsBlock: true });
      continue;
    }
    const isLink = tag === 'a';
    if (isLink) linkDepth += 1;
    stack.push({ next: element.firstChild, kind: frame.kind, blockElement: frame.blockElement, isLink, endsBlock: false });
  }
  flush();
  return blocks;
}

/** Reads one element as exactly one block of the given kind (headline, standfirst): its inline text only. */
export function extractSingleBlock(element: Element, kind: BlockKind, probe: VisibilityProbe): ArticleBlock | null {
  const builder = new BlockBuilder(kind, element);
  const walk = (container: Element, inLink: boolean): void => {
    for (let child = container.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        builder.appendText(child as Text, inLink);
      } else if (child.nodeType === ELEMENT_NODE) {
        const inner = child as Element;
        if (isFurniture(inner) || probe.isHidden(inner)) continue;
        if (tagOf(inner) === 'br') builder.lineBreak();
        else walk(inner, inLink || tagOf(inner) === 'a');
      }
    }
  };
  walk(element, false);
  return builder.finish();
}

function hasNonCollapsible(data: string): boolean {
  for (let index = 0; index < data.length; index += 1) {
    if (!isCollapsible(data.charCodeAt(index))) return true;
  }
  return false;
}
