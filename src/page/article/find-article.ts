/**
 * The article finder's one entry: `findArticle(doc)` reads the article a reader sees on a live page (or a
 * jsdom/linkedom document in Node) as engine blocks with an exact map back to the DOM's text nodes.
 * A light scorer over the live DOM, not Mozilla Readability: Readability clones the page and hands back new HTML with
 * no way back to the live text nodes; here it is the reference that tests/article/readability-coverage.test.ts checks against.
 */
import type { BlockKind } from '../../engine/types.js';
import { declaredLanguage, isSupportedLanguage, resolveLanguage } from '../language/detect-language.js';
import { visibilityProbeFor } from './element-filters.js';
import { extractBlocks, extractSingleBlock } from './extract-blocks.js';
import { findBody } from './find-body.js';
import { findHeadline, findStandfirst } from './find-headline.js';
import { THRESHOLDS } from './patterns.js';
import type { ArticleBlock, ArticleResult } from './types.js';

export interface FindArticleOptions {
  /** Check visibility against the real layout (`checkVisibility`); default: when the document supports it. */
  useLayout?: boolean;
  /** Debug tracing of each step; a no-op unless given. */
  debug?: (step: string, detail: unknown) => void;
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
 * 4. the language: the page's declaration checked against the text; only supported languages go on;
 * 5. enough prose? A search page or a homepage has none worth analysing.
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleResult {
  const debug = options.debug ?? ((): void => undefined);
  const probe = visibilityProbeFor(doc, options.useLayout);
  const declared = declaredLanguage(doc);

  const body = findBody(doc, probe);
  debug('body', body);
  if (body === null) {
    const language = resolveLanguage(declared, doc.body?.textContent ?? '');
    return { status: 'no-article', reason: 'The page has no paragraphs of prose.', language };
  }

  const headline = findHeadline(doc, body.roots, probe);
  const standfirst = headline === null ? null : findStandfirst(headline, body.roots, probe);
  debug('headline', { headline, standfirst });

  const kindOverrides = new Map<Element, BlockKind>();
  const leading: ArticleBlock[] = [];
  const skip = new Set<Element>();
  for (const [element, kind] of [[headline, 'headline'], [standfirst, 'standfirst']] as const) {
    if (element === null) continue;
    if (body.roots.some((root) => root.contains(element))) {
      kindOverrides.set(element, kind);
    } else {
      const block = extractSingleBlock(element, kind, probe);
      if (block !== null) leading.push(block);
      skip.add(element);
    }
  }
  const bodyBlocks = body.roots.flatMap((root) => extractBlocks(root, { probe, kindOverrides, skip, spine: body.spine }));
  const blocks = [...leading, ...bodyBlocks];
  debug('blocks', blocks.length);

  const prose = blocks.filter((block) => block.kind !== 'headline');
  const language = resolveLanguage(declared, prose.map((block) => block.text).join('\n'));
  if (!isSupportedLanguage(language)) return { status: 'unsupported-language', language };

  const proseChars = prose.reduce((sum, block) => sum + block.text.length, 0);
  const longest = prose.reduce((max, block) => Math.max(max, block.text.length), 0);
  if (proseChars < THRESHOLDS.minArticleChars || longest < THRESHOLDS.minLongestParagraphChars) {
    return { status: 'no-article', reason: `Too little prose for an article (${proseChars} characters).`, language };
  }
  const root = commonAncestor([...body.roots, ...leading.map((block) => block.element)]) ?? body.roots[0] ?? doc.documentElement;
  return { status: 'article', blocks, root, language };
}
