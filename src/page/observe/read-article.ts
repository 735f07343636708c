/**
 * Reads the article without holding the page's main thread: the finder's slices run under the same time budget as
 * the engine's, yielding to the page between them, so even a page with megabytes of text never blocks input.
 */
import { findArticleInSlices } from '../article/find-article.js';
import type { ArticleResult } from '../article/types.js';
import { runSliced } from '../run-engine.js';

/** The article of `doc`, or null when cancelled meanwhile. */
export function readArticleWithoutBlocking(doc: Document, isCancelled: () => boolean): Promise<ArticleResult | null> {
  return runSliced(findArticleInSlices(doc), isCancelled);
}
