/**
 * The article finder's one entry: `findArticle(doc)` reads the article a reader sees on a live page (or a
 * jsdom/linkedom document in Node) as engine blocks with an exact map back to the DOM's text nodes.
 * A light scorer over the live DOM, not Mozilla Readability: Readability clones the page and hands back new HTML with
 * no way back to the live text nodes; here it is the reference that tests/page/article/readability-coverage.test.ts checks against.
 */
import { type BlockKind, drain } from '../../engine/index.js';
import { t } from '../../shared/i18n.js';
import { declaredLanguage, resolveLanguage } from '../language/detect-language.js';
import { isReadableLanguage } from '../language/readable-languages.js';
import { isFurniture, visibilityProbeFor } from './element-filters.js';
import { extractBlocksInSlices, extractSingleBlock } from './extract-blocks.js';
import { findBodyInSlices } from './find-body.js';
import { findHeadline, findStandfirst } from './find-headline.js';
import { withoutFurnitureText } from './furniture-text.js';
import { BYLINE_TEXT_PATTERN, THRESHOLDS } from './patterns.js';
import { TextStats } from './text-stats.js';
import type { ArticleBlock, ArticleResult } from './types.js';

export interface FindArticleOptions {
  /** Check visibility against the real layout (`checkVisibility`); default: when the document supports it. */
  useLayout?: boolean;
  /** Debug tracing of each step; a no-op unless given. */
  debug?: (step: string, detail: unknown) => void;
  /**
   * Whether WhoSaid reads a language; default: the engine reads it or its bundle ships (readable-languages.ts).
   * An article in any other language is 'unsupported-language'.
   */
  isReadable?: (language: string) => boolean;
}

/** A heading that is (mostly) a link: the title of a teaser card on a homepage or section front. */
function isLinkedHeading(block: ArticleBlock, stats: TextStats): boolean {
  return block.kind === 'headline' && /^h[2-6]$/.test(block.element.localName) && stats.linkDensity(block.element) > 0.5;
}

/**
 * Why these blocks are a list of articles (a homepage, a section front, search results) rather than one article, or
 * null: several teaser cards (<article> elements titled by a link), or linked headings each over a short summary.
 */
function listingOf(roots: readonly Element[], blocks: readonly ArticleBlock[], stats: TextStats): string | null {
  const reason = t('article_listing');
  const cards: Element[] = [];
  for (const root of roots) {
    for (const card of Array.from(root.getElementsByTagName('article'))) {
      const heading = card.querySelector('h2, h3, h4');
      if (heading !== null && stats.linkDensity(heading) > 0.5) cards.push(card);
    }
  }
  // a rail of related stories under an article (elpais.com.uy) is teaser cards too: the page is a list only when its
  // paragraphs outside the cards are fewer than inside them
  const inCards = (block: ArticleBlock): boolean => cards.some((card) => card.contains(block.element));
  const proseOutside = blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' && !inCards(block) ? block.text.length : 0), 0);
  const cardText = cards.reduce((sum, card) => sum + (card.textContent ?? '').length, 0);
  if (cards.length >= THRESHOLDS.listingMinCards && proseOutside <= cardText) return reason;
  const linkedHeadings = blocks.filter((block) => isLinkedHeading(block, stats)).length;
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text.length).sort((a, b) => a - b);
  const median = paragraphs[Math.floor(paragraphs.length / 2)] ?? 0;
  const teaserLike = linkedHeadings >= THRESHOLDS.listingMinCards && linkedHeadings >= 0.4 * (linkedHeadings + paragraphs.length);
  return teaserLike && median < THRESHOLDS.listingMaxSummaryChars ? reason : null;
}

/** The body's blocks without the byline and dateline lines pages put at its top. */
function withoutBylines(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  return blocks.filter((block, index) => index >= THRESHOLDS.bylineBlocks || block.kind === 'headline'
    || block.text.length > THRESHOLDS.bylineMaxChars || !BYLINE_TEXT_PATTERN.test(block.text.toLowerCase()));
}

/** The first few thousand characters of prose: enough for the language detector. */
function languageSample(blocks: readonly ArticleBlock[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length >= LANGUAGE_SAMPLE_CHARS) break;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  return parts.join('\n');
}

const LANGUAGE_SAMPLE_CHARS = 6000;

/**
 * True when reading the body root reaches this element: no furniture (an <article>'s own <header>, say) stands
 * between them. A headline in such a header is read on its own, ahead of the body, like one outside the body.
 */
function readInside(element: Element, root: Element, spine: ReadonlySet<Element>): boolean {
  for (let current = element.parentElement; current !== null && current !== root; current = current.parentElement) {
    if (isFurniture(current) && !spine.has(current)) return false;
  }
  return true;
}

/** The deepest element holding all of these elements. */
function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (first === undefined) return null;
  let ancestor: Element | null = first;
  while (ancestor !== null && !rest.every((element) => ancestor?.contains(element) === true)) {
    ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/**
 * Steps, in order:
 * 1. find the body: schema.org articleBody, else Readability-style scoring of the live paragraphs;
 * 2. find the headline (the h1 matching the page title) and the standfirst below it;
 * 3. read the blocks: headline and standfirst first when they sit outside the body, then the body's blocks;
 * 4. the language: the page's declaration checked against the text (the text wins when it is sure); only languages
 *    WhoSaid reads go on;
 * 5. enough prose? A search page or a homepage has none worth analysing.
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleResult {
  return drain(findArticleInSlices(doc, options));
}

/**
 * The same as findArticle, as slices of work: each `next()` does a bounded step (a few hundred elements), so a caller
 * can yield to the page between slices and no main-thread task runs long even on a page with megabytes of text.
 */
export function* findArticleInSlices(doc: Document, options: FindArticleOptions = {}): Generator<void, ArticleResult> {
  const debug = options.debug ?? ((): void => undefined);
  const probe = visibilityProbeFor(doc, options.useLayout);
  const stats = new TextStats();
  const declared = declaredLanguage(doc);

  const body = yield* findBodyInSlices(doc, probe, stats);
  debug('body', body);
  if (body === null) {
    const language = resolveLanguage(declared, doc.body?.textContent ?? '');
    return { status: 'no-article', reason: t('article_no_prose'), language };
  }

  const headline = findHeadline(doc, body.roots, probe);
  const standfirst = headline === null ? null : findStandfirst(headline, body.roots, probe, stats);
  debug('headline', { headline, standfirst });

  const kindOverrides = new Map<Element, BlockKind>();
  const leading: ArticleBlock[] = [];
  const skip = new Set<Element>();
  for (const [element, kind] of [[headline, 'headline'], [standfirst, 'standfirst']] as const) {
    if (element === null) continue;
    if (body.roots.some((root) => root.contains(element) && readInside(element, root, body.spine))) {
      kindOverrides.set(element, kind);
    } else {
      const block = extractSingleBlock(element, kind, probe);
      if (block !== null) leading.push(block);
      skip.add(element);
    }
  }
  const bodyBlocks: ArticleBlock[] = [];
  for (const root of body.roots) {
    yield;
    bodyBlocks.push(...(yield* extractBlocksInSlices(root, { probe, kindOverrides, skip, spine: body.spine })));
  }
  const blocks = [...leading, ...withoutFurnitureText(withoutBylines(bodyBlocks))];
  debug('blocks', blocks.length);

  const prose = blocks.filter((block) => block.kind !== 'headline');
  const language = resolveLanguage(declared, languageSample(prose));
  if (!(options.isReadable ?? isReadableLanguage)(language)) return { status: 'unsupported-language', language };

  const listing = listingOf(body.roots, blocks, stats);
  if (listing !== null) return { status: 'no-article', reason: listing, language };
  const proseChars = prose.reduce((sum, block) => sum + block.text.length, 0);
  const longest = prose.reduce((max, block) => Math.max(max, block.text.length), 0);
  if (proseChars < THRESHOLDS.minArticleChars || longest < THRESHOLDS.minLongestParagraphChars) {
    return { status: 'no-article', reason: t('article_too_little', { count: proseChars }), language };
  }
  const root = commonAncestor([...body.roots, ...leading.map((block) => block.element)]) ?? body.roots[0] ?? doc.documentElement;
  return { status: 'article', blocks, root, language };
}
