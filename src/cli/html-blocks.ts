/**
 * Reads an HTML file's article into engine blocks for the command line: a plain fallback that takes <h1>, <p>,
 * <blockquote> and <li> text from <article>, else <main>, else <body>, skipping navigation, asides and hidden parts.
 */
import type { BlockKind, TextBlock } from '../engine/types.js';

/** Elements whose text is page furniture, never article prose. */
const FURNITURE = 'nav, aside, footer, form, figure, script, style, noscript, template, [hidden], [aria-hidden="true"]';
/** Class or id words that mark the standfirst (the summary under the headline). */
const STANDFIRST_HINT = /\b(?:standfirst|dek|summary|subtitle|sub-title|subheadline|lede|intro)\b/i;

export function blocksFromDocument(document: Document): TextBlock[] {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!root) return [];
  const blocks: TextBlock[] = [];
  const headline = root.querySelector('h1') ?? document.querySelector('h1');
  if (headline && !isFurniture(headline)) pushBlock(blocks, 'headline', headline);

  for (const element of Array.from(root.querySelectorAll('p, blockquote, li'))) {
    if (isFurniture(element) || isInsideHeader(element, root)) continue;
    const tag = element.tagName.toLowerCase();
    // A quote or list item made of paragraphs is read paragraph by paragraph, so block kinds stay precise.
    if ((tag === 'blockquote' || tag === 'li') && element.querySelector('p')) continue;
    pushBlock(blocks, kindOf(element), element);
  }
  return blocks;
}

function kindOf(element: Element): BlockKind {
  if (element.closest('blockquote')) return 'blockquote';
  if (element.closest('li')) return 'listItem';
  const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return STANDFIRST_HINT.test(hint) ? 'standfirst' : 'paragraph';
}

function pushBlock(blocks: TextBlock[], kind: BlockKind, element: Element): void {
  const text = collapseWhitespace(element.textContent ?? '');
  if (text !== '') blocks.push({ kind, text });
}

function isFurniture(element: Element): boolean {
  return element.closest(FURNITURE) !== null || hasInlineDisplayNone(element);
}

/** A <header> inside the article holds the headline and byline; its paragraphs are not article prose. */
function isInsideHeader(element: Element, root: Element): boolean {
  const header = element.closest('header');
  return header !== null && header !== root && root.contains(header);
}

function hasInlineDisplayNone(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
