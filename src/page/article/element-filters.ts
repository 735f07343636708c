/**
 * Element tests shared by the article finder's steps: is an element hidden, page furniture, block-level?
 * Works on a live page (where `checkVisibility` sees the real layout) and on jsdom/linkedom in Node (markup only).
 */
import {
  BLOCK_TAGS, CONTENT_RESCUE_PATTERN, FURNITURE_PATTERN, INLINE_FURNITURE_PATTERN, MAYBE_CANDIDATE_PATTERN,
  SKIPPED_ROLES, SKIPPED_TAGS, UNLIKELY_CANDIDATE_PATTERN,
} from './patterns.js';

/** How hidden elements are found: markup always; the real layout when the document has one. */
export interface VisibilityProbe {
  /** True when the element is not rendered (display:none, visibility:hidden, hidden attribute …). */
  isHidden(element: Element): boolean;
}

interface VisibilityCheckable {
  checkVisibility(options?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }): boolean;
}

function hasCheckVisibility(element: Element): element is Element & VisibilityCheckable {
  return typeof (element as Partial<VisibilityCheckable>).checkVisibility === 'function';
}

/** Hidden by markup alone: the `hidden` attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHiddenByMarkup(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style === null || style.length === 0) return false;
  const compact = style.toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/**
 * The probe for a document: markup checks, plus `checkVisibility()` where the browser lays the page out.
 * jsdom and linkedom have no layout (and no checkVisibility), so there only markup counts.
 */
export function visibilityProbeFor(doc: Document, useLayout?: boolean): VisibilityProbe {
  const body = doc.body;
  const layout = useLayout ?? (body !== null && hasCheckVisibility(body));
  if (!layout) return { isHidden: isHiddenByMarkup };
  // one answer per element and finder run: the body scorer and the block reader ask about the same elements
  const known = new Map<Element, boolean>();
  return {
    isHidden(element: Element): boolean {
      // an element without attributes is hidden by the page's style sheets only in rare cases (a bare tag
      // selector); a hidden ancestor has already cut the walk short, so the layout is asked about the others
      if (!element.hasAttributes()) return false;
      const cached = known.get(element);
      if (cached !== undefined) return cached;
      const hidden = isHiddenByMarkup(element)
        || (hasCheckVisibility(element) && !element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }));
      known.set(element, hidden);
      return hidden;
    },
  };
}

/** The element's lower-case tag name (`localName` is lower-case for HTML and keeps SVG's own case). */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

export function isBlockLevel(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** class + id, lower-cased, for the class/id patterns. */
export function classAndId(element: Element): string {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  if (className.length === 0 && id.length === 0) return '';
  return `${className} ${id}`.toLowerCase();
}

/**
 * Page furniture by tag, landmark role or class/id (rails, cards, share bars, captions, comments, ads …). Inline
 * elements count by tag, role and screen-reader-only class names alone.
 */
export function isFurniture(element: Element): boolean {
  const tag = tagOf(element);
  if (SKIPPED_TAGS.has(tag)) return true;
  if (!element.hasAttributes()) return false;
  const role = element.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  const words = classAndId(element);
  if (words.length === 0) return false;
  if (!BLOCK_TAGS.has(tag)) return INLINE_FURNITURE_PATTERN.test(words);
  return FURNITURE_PATTERN.test(words) && !CONTENT_RESCUE_PATTERN.test(words);
}

/** Readability's "unlikely candidate" test, used only while scoring where the article body is. */
export function isUnlikelyCandidate(element: Element): boolean {
  const tag = tagOf(element);
  if (SKIPPED_TAGS.has(tag) && tag !== 'header') return true;
  if (!element.hasAttributes()) return false;
  const role = element.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'body' || tag === 'a' || tag === 'article' || tag === 'main') return false;
  const words = classAndId(element);
  if (words.length === 0) return false;
  return UNLIKELY_CANDIDATE_PATTERN.test(words) && !MAYBE_CANDIDATE_PATTERN.test(words);
}
