/**
 * Finds the article's headline and standfirst, which pages often put outside the article body (in a header
 * above it): the <h1> or itemprop=headline that best matches the page title, then the summary paragraph below it.
 */
import { classAndId, isFurniture, tagOf, type VisibilityProbe } from './element-filters.js';
import { STANDFIRST_PATTERN, THRESHOLDS } from './patterns.js';
import { visibleLength } from './find-body.js';
import type { TextStats } from './text-stats.js';

/** Lower-case words of a text, letters and digits of any script. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function pageTitle(doc: Document): string {
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content !== null && content !== undefined && content.trim().length > 0) return content;
  }
  return doc.title;
}

/** True when the element sits inside page furniture (nav, rail, footer …); a <header> is allowed. */
function insideFurniture(element: Element, body: Element): boolean {
  for (let current: Element | null = element; current !== null && current !== body; current = current.parentElement) {
    if (tagOf(current) === 'header') continue;
    if (isFurniture(current)) return true;
  }
  return false;
}

/** Share of the title's words the heading holds, when the heading is mostly title words. */
function titleMatch(heading: string, titleWords: ReadonlySet<string>): number {
  const words = wordsOf(heading);
  if (words.length === 0 || titleWords.size === 0) return 0;
  let shared = 0;
  const seen = new Set<string>();
  for (const word of words) {
    if (titleWords.has(word) && !seen.has(word)) shared += 1;
    seen.add(word);
  }
  if (shared / seen.size < 0.5) return 0;
  return shared / titleWords.size;
}

function precedes(a: Element, b: Element): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b follows a
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** The article's headline element, or null. */
export function findHeadline(doc: Document, roots: readonly Element[], probe: VisibilityProbe): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const firstRoot = roots[0];
  const candidates = [...Array.from(body.querySelectorAll('[itemprop~="headline"]')), ...Array.from(body.getElementsByTagName('h1'))]
    .filter((element) => tagOf(element) !== 'meta' && visibleLength(element.textContent ?? '') > 0)
    .filter((element) => !probe.isHidden(element) && !insideFurniture(element, body));
  if (candidates.length === 0) return null;
  const titleWords = new Set(wordsOf(pageTitle(doc)));
  let best: Element | null = null;
  let bestScore = 0.3;
  for (const candidate of candidates) {
    const score = titleMatch(candidate.textContent ?? '', titleWords);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  const inside = candidates.find((candidate) => roots.some((root) => root.contains(candidate)));
  if (inside !== undefined) return inside;
  if (firstRoot === undefined) return null;
  const before = candidates.filter((candidate) => precedes(candidate, firstRoot) && wordsOf(candidate.textContent ?? '').length >= 3);
  return before[before.length - 1] ?? null;
}

/** The standfirst (summary under the headline), searched between the headline and the body; or null. */
export function findStandfirst(headline: Element, roots: readonly Element[], probe: VisibilityProbe, stats: TextStats): Element | null {
  const doc = headline.ownerDocument;
  const body = doc.body;
  if (body === null) return null;
  const rootHoldsHeadline = roots.some((root) => root.contains(headline));
  let element = nextElementAfter(headline, body);
  for (let count = 0; element !== null && count < THRESHOLDS.standfirstSearchElements; count += 1) {
    const current: Element = element;
    const isRoot = roots.some((root) => root === current || (current.contains(root) && !current.contains(headline)));
    if (isRoot && !rootHoldsHeadline) return null;
    if (isFurniture(current) || probe.isHidden(current)) {
      element = nextElementAfter(current, body);
      continue;
    }
    const tag = tagOf(current);
    if (tag === 'h1') return null;
    const length = visibleLength(current.textContent ?? '');
    const inRange = length >= THRESHOLDS.standfirstMinChars && length <= THRESHOLDS.standfirstMaxChars;
    const words = `${classAndId(current)} ${(current.getAttribute('itemprop') ?? '').toLowerCase()}`;
    if (inRange && STANDFIRST_PATTERN.test(words) && stats.linkDensity(current) < 0.3) return current;
    const insideRoot = roots.some((root) => root.contains(current));
    if (!insideRoot && (tag === 'p' || tag === 'h2') && inRange && length >= 40 && stats.linkDensity(current) < 0.3) return current;
    if (insideRoot && tag === 'p' && length >= 40) return null;
    element = nextInTree(current, body);
  }
  return null;
}

/** The next element in document order, descending into children. */
function nextInTree(element: Element, body: Element): Element | null {
  return element.firstElementChild ?? nextElementAfter(element, body);
}

/** The next element in document order after this element's subtree. */
function nextElementAfter(element: Element, body: Element): Element | null {
  for (let current: Element | null = element; current !== null && current !== body; current = current.parentElement) {
    if (current.nextElementSibling !== null) return current.nextElementSibling;
  }
  return null;
}
