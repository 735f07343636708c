/**
 * Finds where the article body is in the live DOM: the schema.org articleBody when the page marks it, otherwise
 * a Readability-style score (each paragraph votes for its ancestors; link-heavy and furniture containers lose)
 * computed over the live elements without cloning the page. Returns the body element(s) in document order.
 */
import { isUnlikelyCandidate, tagOf, type VisibilityProbe } from './element-filters.js';
import { TextStats, UNRENDERED_TEXT_TAGS } from './text-stats.js';
import {
  BLOCK_TAGS, LEAF_CONTAINER_TAGS, NEGATIVE_PATTERN, PARAGRAPH_TAGS, POSITIVE_PATTERN, SKIPPED_TAGS, THRESHOLDS,
} from './patterns.js';

export interface BodyRoots {
  /** The element(s) the article's paragraphs are read from, in document order (usually one). */
  roots: Element[];
  /** How they were found, for debugging. */
  method: 'articleBody' | 'score';
  /**
   * The best-scoring container and its ancestors inside the roots: read even when their class names look like
   * furniture (layouts such as "two-col-sidebar-right" wrap the article itself).
   */
  spine: Set<Element>;
}

const TEXT_NODE = 3;

/** Readability's per-tag starting score for a candidate container. */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'div': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function classWeight(element: Element): number {
  let weight = 0;
  const className = (element.getAttribute('class') ?? '').toLowerCase();
  const id = (element.getAttribute('id') ?? '').toLowerCase();
  for (const words of [className, id]) {
    if (words.length === 0) continue;
    if (NEGATIVE_PATTERN.test(words)) weight -= 25;
    if (POSITIVE_PATTERN.test(words)) weight += 25;
  }
  return weight;
}

/** Runs of collapsible whitespace (space, tab, line feed, form feed, carriage return). A single class: linear. */
const COLLAPSIBLE_RUN = /[ \t\n\f\r]+/g;

/**
 * Collapsed length of text (runs of whitespace count as one, none at either end). The regular-expression engine
 * collapses the runs: the finder runs cold on every click, where a per-character JS loop costs far more.
 */
export function visibleLength(text: string): number {
  const collapsed = text.replace(COLLAPSIBLE_RUN, ' ');
  const start = collapsed.charCodeAt(0) === 32 ? 1 : 0;
  let end = collapsed.length;
  if (end > start && collapsed.charCodeAt(end - 1) === 32) end -= 1;
  return end - start;
}

/** How often `mark` occurs in the text, found by the native `indexOf`. */
function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let index = text.indexOf(mark); index !== -1; index = text.indexOf(mark, index + 1)) count += 1;
  return count;
}

/** Commas of the Latin, full-width, ideographic and Arabic kinds. */
function countCommas(text: string): number {
  return occurrences(text, ',') + occurrences(text, '\uff0c') + occurrences(text, '\u3001') + occurrences(text, '\u060c');
}

/** A paragraph that votes: the container it votes for first, its text and that text's collapsed length. */
interface Paragraph {
  parent: Element;
  text: string;
  length: number;
}

/** How many elements are visited between two yields of the sliced finder (a few hundred microseconds). */
const ELEMENTS_PER_SLICE = 400;

/** The text a reader sees in an element: its text nodes, leaving out scripts, styles and other skipped subtrees. */
function proseText(element: Element): string {
  let text = '';
  const visit = (container: Element): void => {
    for (let child = container.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += (child as Text).data;
      else if (child.nodeType === 1 && !UNRENDERED_TEXT_TAGS.has(tagOf(child as Element))) visit(child as Element);
    }
  };
  visit(element);
  return text;
}

/** Text of the direct text-node children of an element (the inline text of a mixed div). */
function directText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text += (child as Text).data;
  }
  return text;
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(tagOf(child))) return true;
  }
  return false;
}

/** Where a visited element stands in the hidden-subtree check: not asked yet, visible, or hidden (or under hidden). */
const UNASKED = 0;
const SHOWN = 1;
const HIDDEN = 2;

/**
 * Every paragraph of prose on the page that is not inside furniture or hidden: <p>, <pre>, <td>, and divs/sections
 * that hold text directly (a leaf div is a paragraph; a mixed div's own text is one, voting for the div itself).
 *
 * Furniture prunes the walk at once (markup only). Whether an element is hidden is a layout read
 * (`checkVisibility`), so it is asked only when a paragraph that would vote is found, of the paragraph and its
 * ancestors not asked yet, from the top down: the links and spans inside paragraphs and the elements of
 * paragraph-less subtrees are never asked here. The paragraphs are the same as pruning every hidden subtree during
 * the walk: one votes exactly when neither it nor an ancestor below the body is hidden.
 */
function* collectParagraphs(body: Element, probe: VisibilityProbe, stripUnlikely: boolean): Generator<void, Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  // every visited element, the index of its nearest visited ancestor (-1: a child of body) and its hidden state
  const visitedElements: Element[] = [];
  const parentOf: number[] = [];
  const state: number[] = [];
  const isShown = (entry: number): boolean => {
    const unasked: number[] = [];
    let current = entry;
    while (current !== -1 && state[current] === UNASKED) {
      unasked.push(current);
      current = parentOf[current] ?? -1;
    }
    let hidden = current !== -1 && state[current] === HIDDEN;
    for (let index = unasked.length - 1; index >= 0; index -= 1) {
      const asked = unasked[index] ?? -1;
      const element = visitedElements[asked];
      if (!hidden && element !== undefined) hidden = probe.isHidden(element);
      state[asked] = hidden ? HIDDEN : SHOWN;
    }
    return !hidden;
  };
  // depth-first over elements, pruning furniture subtrees (no paragraph inside them votes)
  const stack: Element[] = [];
  const stackParents: number[] = [];
  for (let child = body.lastElementChild; child !== null; child = child.previousElementSibling) {
    stack.push(child);
    stackParents.push(-1);
  }
  let visited = 0;
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    const parentEntry = stackParents.pop() ?? -1;
    visited += 1;
    if (visited % ELEMENTS_PER_SLICE === 0) yield;
    const tag = tagOf(element);
    if ((SKIPPED_TAGS.has(tag) && tag !== 'header') || (stripUnlikely && isUnlikelyCandidate(element))) continue;
    const entry = visitedElements.length;
    visitedElements.push(element);
    parentOf.push(parentEntry);
    state.push(UNASKED);
    for (let child = element.lastElementChild; child !== null; child = child.previousElementSibling) {
      stack.push(child);
      stackParents.push(entry);
    }
    let text: string | null = null;
    let parent: Element | null = element.parentElement;
    if (PARAGRAPH_TAGS.has(tag)) {
      text = proseText(element);
    } else if (LEAF_CONTAINER_TAGS.has(tag)) {
      if (!hasBlockChild(element)) {
        text = proseText(element);
      } else {
        text = directText(element);
        parent = element;
      }
    }
    if (text === null || parent === null) continue;
    const length = visibleLength(text);
    if (length < THRESHOLDS.minParagraphChars || !isShown(entry)) continue;
    paragraphs.push({ parent, text, length });
  }
  return paragraphs;
}

/** Readability's scoring over live elements: candidates and their content scores. */
function scoreCandidates(paragraphs: Paragraph[], body: Element): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const score = 1 + countCommas(paragraph.text) + Math.min(Math.floor(paragraph.length / 100), 3);
    let ancestor: Element | null = paragraph.parent;
    for (let level = 0; ancestor !== null && level <= THRESHOLDS.scoreAncestorLevels; level += 1) {
      if (ancestor.parentElement === null) break;
      let current = scores.get(ancestor);
      if (current === undefined) current = tagWeight(tagOf(ancestor)) + classWeight(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, current + score / divider);
      if (ancestor === body) break;
      ancestor = ancestor.parentElement;
    }
  }
  return scores;
}

/**
 * The best candidate after link density, and the runners-up Readability uses to widen the choice: the twelve best
 * raw scores, each scaled by (1 - link density), best first. Only the top one and the runners-up within 0.75 of it
 * are ever used, so once a raw score falls below 0.75 of a positive best scaled score so far, neither it nor any
 * lower one can matter (scaling lowers a positive score and brings a negative one towards 0): their link density,
 * a walk over all their text (the whole page when <body> is a candidate), is not computed and they are left out.
 */
function rankCandidates(scores: Map<Element, number>, stats: TextStats): Array<{ element: Element; score: number }> {
  const raw = Array.from(scores, ([element, score]) => ({ element, score }));
  raw.sort((a, b) => b.score - a.score);
  const ranked: Array<{ element: Element; score: number }> = [];
  let best = Number.NEGATIVE_INFINITY;
  for (const { element, score } of raw.slice(0, 12)) {
    // with a positive best, a lower raw score cannot reach the share (a negative one scales towards 0, still below it)
    if (best > 0 && score < best * RUNNER_UP_SHARE) break;
    const scaled = score * (1 - stats.linkDensity(element));
    best = Math.max(best, scaled);
    ranked.push({ element, score: scaled });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked;
}

/** Runners-up within this share of the top score widen the choice to their common ancestor. */
const RUNNER_UP_SHARE = 0.75;

function isAncestorOf(ancestor: Element, element: Element): boolean {
  return ancestor !== element && ancestor.contains(element);
}

/** Readability's widening: a common ancestor of strong runners-up, then a parent that scores higher. */
function widen(top: Element, topScore: number, ranked: Array<{ element: Element; score: number }>,
  scores: Map<Element, number>, body: Element): Element {
  let chosen = top;
  const alternatives = ranked.slice(1, 5).filter((entry) => entry.score / topScore >= RUNNER_UP_SHARE).map((entry) => entry.element);
  if (alternatives.length >= 3) {
    let ancestor = top.parentElement;
    while (ancestor !== null && ancestor !== body) {
      const holder: Element = ancestor;
      const contained = alternatives.filter((alternative) => isAncestorOf(holder, alternative)).length;
      if (contained >= 3) {
        chosen = holder;
        break;
      }
      ancestor = ancestor.parentElement;
    }
  }
  let lastScore = scores.get(chosen) ?? topScore;
  const threshold = lastScore / 3;
  let parent = chosen.parentElement;
  while (parent !== null && parent !== body) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) {
      parent = parent.parentElement;
      continue;
    }
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      chosen = parent;
      break;
    }
    lastScore = parentScore;
    parent = parent.parentElement;
  }
  while (chosen.parentElement !== null && chosen.parentElement !== body && chosen.parentElement.children.length === 1) {
    chosen = chosen.parentElement;
  }
  return chosen;
}

/** Readability's sibling pass: siblings of the chosen element that score well or read as prose join it. */
function withSiblings(chosen: Element, scores: Map<Element, number>, body: Element, stats: TextStats): Element[] {
  const parent = chosen.parentElement;
  if (parent === null || chosen === body) return [chosen];
  const topScore = scores.get(chosen) ?? 0;
  const threshold = Math.max(10, topScore * THRESHOLDS.siblingScoreShare);
  const chosenClass = chosen.getAttribute('class') ?? '';
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling !== null; sibling = sibling.nextElementSibling) {
    if (sibling === chosen) {
      roots.push(sibling);
      continue;
    }
    let bonus = 0;
    if (chosenClass.length > 0 && sibling.getAttribute('class') === chosenClass) bonus = topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    if (tagOf(sibling) === 'p') {
      const text = sibling.textContent ?? '';
      const length = stats.counts(sibling).chars;
      const density = stats.linkDensity(sibling);
      if ((length > 80 && density < 0.25) || (length > 0 && length < 80 && density === 0 && /\.( |$)/.test(text))) {
        roots.push(sibling);
      }
    }
  }
  return roots;
}

/** Paragraph characters under each element (each voting paragraph counts for all its ancestors below body). */
function proseMass(paragraphs: Paragraph[], body: Element): Map<Element, number> {
  const mass = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const length = paragraph.length;
    for (let element: Element | null = paragraph.parent; element !== null && element !== body; element = element.parentElement) {
      mass.set(element, (mass.get(element) ?? 0) + length);
    }
  }
  return mass;
}

/**
 * Article bodies split into sections deeper than the scores reach (each section's paragraphs vote only a few
 * levels up): climbing from the chosen element, siblings of its ancestors that hold a large share of prose join the
 * roots, unless they hold a headline of their own (the next article of an endless-scroll page).
 */
function withProseSections(chosen: Element, roots: Element[], mass: Map<Element, number>, body: Element, stats: TextStats): Element[] {
  const chosenMass = roots.reduce((sum, root) => sum + (mass.get(root) ?? 0), 0);
  const threshold = Math.max(THRESHOLDS.minArticleChars, chosenMass * THRESHOLDS.sectionMassShare);
  let result = roots;
  let current: Element = chosen;
  for (let level = 0; level < THRESHOLDS.sectionClimbLevels; level += 1) {
    const parent = current.parentElement;
    if (parent === null || parent === body) break;
    const before: Element[] = [];
    const after: Element[] = [];
    let seenCurrent = false;
    for (let sibling = parent.firstElementChild; sibling !== null; sibling = sibling.nextElementSibling) {
      if (sibling === current) {
        seenCurrent = true;
        continue;
      }
      if (result.includes(sibling) || (mass.get(sibling) ?? 0) < threshold) continue;
      if (sibling.querySelector('h1') !== null || stats.linkDensity(sibling) > 0.3) continue;
      (seenCurrent ? after : before).push(sibling);
    }
    if (before.length > 0 || after.length > 0) result = [...before, ...result, ...after];
    current = parent;
  }
  return result;
}

/** The schema.org articleBody element(s), when the page marks them and they hold real prose. */
function markedArticleBody(doc: Document, probe: VisibilityProbe, stats: TextStats): Element[] {
  const marked = Array.from(doc.querySelectorAll('[itemprop~="articleBody"]'))
    .filter((element) => tagOf(element) !== 'meta' && !probe.isHidden(element));
  const outermost = marked.filter((element) => !marked.some((other) => isAncestorOf(other, element)));
  const total = outermost.reduce((sum, element) => sum + stats.counts(element).chars, 0);
  return total >= THRESHOLDS.minArticleBodyChars ? outermost : [];
}

/** Where the article body is, or null when the page has no prose worth the name. Yields between slices of work. */
export function* findBodyInSlices(doc: Document, probe: VisibilityProbe, stats: TextStats): Generator<void, BodyRoots | null> {
  const body = doc.body;
  if (body === null) return null;
  const marked = markedArticleBody(doc, probe, stats);
  if (marked.length > 0) return { roots: marked, method: 'articleBody', spine: new Set() };
  for (const stripUnlikely of [true, false]) {
    const paragraphs = yield* collectParagraphs(body, probe, stripUnlikely);
    if (paragraphs.length === 0) continue;
    const scores = scoreCandidates(paragraphs, body);
    yield;
    const ranked = rankCandidates(scores, stats);
    const top = ranked[0];
    if (top === undefined) continue;
    yield;
    const chosen = widen(top.element, top.score, ranked, scores, body);
    const roots = withProseSections(chosen, withSiblings(chosen, scores, body, stats), proseMass(paragraphs, body), body, stats);
    const length = paragraphs.reduce((sum, paragraph) =>
      (roots.some((root) => root.contains(paragraph.parent)) ? sum + paragraph.length : sum), 0);
    if (length >= THRESHOLDS.minArticleChars || !stripUnlikely) {
      const spine = new Set<Element>();
      for (let element: Element | null = top.element; element !== null && !roots.includes(element); element = element.parentElement) {
        spine.add(element);
      }
      return { roots, method: 'score', spine };
    }
  }
  return null;
}
