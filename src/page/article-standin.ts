/**
 * A minimal stand-in for the article finder (src/page/article/find-article.ts) until it lands: the schema.org
 * articleBody (else <article>, else <main>), its headline and paragraphs, skipping asides, figures and comments.
 * Block text is the text nodes' data joined as is, so every character has a segment.
 */
import type { BlockKind } from '../engine/types.js';
import type { ArticleBlock, ArticleResult, TextSegment } from './article/types.js';

const SKIPPED = 'aside, nav, figure, footer, form, button, script, style, noscript, [aria-hidden="true"]';

function isText(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE;
}

function readBlock(element: Element, kind: BlockKind): ArticleBlock | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const segments: TextSegment[] = [];
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!isText(node) || node.parentElement?.closest(SKIPPED)) continue;
    if (node.data.length === 0) continue;
    segments.push({ node, nodeStart: 0, blockStart: text.length, length: node.data.length });
    text += node.data;
  }
  return text.trim() === '' ? null : { kind, text, segments, element };
}

export function findArticleStandIn(doc: Document): ArticleResult {
  const language = doc.documentElement.lang || 'en';
  const body =
    doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main');
  if (body === null) return { status: 'no-article', reason: 'No article found on this page.', language };
  const container = body.closest('article') ?? body;
  const blocks: ArticleBlock[] = [];
  const headline = container.querySelector('h1');
  if (headline !== null) {
    const block = readBlock(headline, 'headline');
    if (block !== null) blocks.push(block);
  }
  for (const element of body.querySelectorAll('p, blockquote, li')) {
    if (element.closest(SKIPPED) || element.parentElement?.closest('p, blockquote, li')) continue;
    const kind: BlockKind = element.matches('blockquote') ? 'blockquote' : element.matches('li') ? 'listItem' : 'paragraph';
    const block = readBlock(element, kind);
    if (block !== null) blocks.push(block);
  }
  if (blocks.length === 0) return { status: 'no-article', reason: 'No article text found on this page.', language };
  return { status: 'article', blocks, root: container, language };
}
