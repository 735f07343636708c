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
    return this.#counts.get(element) ?? this.#measure(element);
  }

  /**
   * Post-order over the element's child nodes in one pass: its text children plus its element children's counts
   * (known ones reused, unrendered ones counting nothing). Recursion, bounded by the DOM's depth, instead of a stack
   * of frame objects: this walks the whole article when the top candidate is ranked, in the cold code of a click.
   */
  #measure(element: Element): CharCounts {
    let chars = 0;
    let linkChars = 0;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE) {
        chars += solidChars((child as Text).data);
      } else if (type === ELEMENT_NODE) {
        const inner = child as Element;
        let known = this.#counts.get(inner);
        if (known === undefined) {
          if (UNRENDERED_TEXT_TAGS.has(tagOf(inner))) {
            this.#counts.set(inner, NONE);
            continue;
          }
          known = this.#measure(inner);
        }
        chars += known.chars;
        linkChars += known.linkChars;
      }
    }
    const result = { chars, linkChars: tagOf(element) === 'a' ? chars : linkChars };
    this.#counts.set(element, result);
    return result;
  }

  /** Share of the element's visible characters that sit inside links. */
  linkDensity(element: Element): number {
    const { chars, linkChars } = this.counts(element);
    return chars === 0 ? 0 : linkChars / chars;
  }
}
