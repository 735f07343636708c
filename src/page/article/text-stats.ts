/**
 * Character counts per element (visible characters, and those inside links), computed once per element and shared
 * by every question the finder asks (link density of candidates, siblings, the standfirst), so nested candidates do
 * not re-read the same text. Scripts, styles and other unrendered subtrees count nothing.
 */
import { tagOf } from './element-filters.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Subtrees whose text nodes are never rendered as prose. */
export const UNRENDERED_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'option']);

/** Characters that are not collapsible whitespace. */
function solidChars(data: string): number {
  let count = 0;
  for (let index = 0; index < data.length; index += 1) {
    const code = data.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12) count += 1;
  }
  return count;
}

export interface CharCounts {
  chars: number;
  linkChars: number;
}

const NONE: CharCounts = { chars: 0, linkChars: 0 };

export class TextStats {
  readonly #counts = new Map<Element, CharCounts>();

  /** Visible (non-whitespace) characters under the element, and how many of them are inside links. */
  counts(element: Element): CharCounts {
    const known = this.#counts.get(element);
    if (known !== undefined) return known;
    // iterative post-order: an element's counts are its text children plus its element children's counts
    const stack: Array<{ element: Element; child: Element | null; chars: number; linkChars: number }> = [];
    const open = (opened: Element): void => {
      let chars = 0;
      for (let child = opened.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE) chars += solidChars((child as Text).data);
      }
      stack.push({ element: opened, child: opened.firstElementChild, chars, linkChars: 0 });
    };
    open(element);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const child = frame.child;
      if (child === null) {
        stack.pop();
        const isLink = tagOf(frame.element) === 'a';
        const result = { chars: frame.chars, linkChars: isLink ? frame.chars : frame.linkChars };
        this.#counts.set(frame.element, result);
        const parent = stack[stack.length - 1];
        if (parent !== undefined) {
          parent.chars += result.chars;
          parent.linkChars += result.linkChars;
        }
        continue;
      }
      frame.child = child.nextElementSibling;
      if (child.nodeType !== ELEMENT_NODE) continue;
      const known = this.#counts.get(child);
      if (known !== undefined) {
        frame.chars += known.chars;
        frame.linkChars += known.linkChars;
      } else if (UNRENDERED_TEXT_TAGS.has(tagOf(child))) {
        this.#counts.set(child, NONE);
      } else {
        open(child);
      }
    }
    return this.#counts.get(element) ?? NONE;
  }

  /** Share of the element's visible characters that sit inside links. */
  linkDensity(element: Element): number {
    const { chars, linkChars } = this.counts(element);
    return chars === 0 ? 0 : linkChars / chars;
  }
}
