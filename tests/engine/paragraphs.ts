/**
 * What the per-language engine tests share: paragraphs of invented text analysed in one language, and the text a
 * span of the analysis covers.
 */
import { analyze, type Analysis, type TextBlock } from '../../src/engine/index.js';

/** The analysis of `paragraphs`, each a paragraph block, read in `language`. */
export function analyzeParagraphs(language: string, paragraphs: readonly string[]): Analysis {
  const blocks: TextBlock[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return analyze(blocks, { language });
}

/** The text `span` covers in `analysis`; '' for no span. */
export const spanText = (analysis: Analysis, span: { block: number; start: number; end: number } | null): string =>
  span === null ? '' : (analysis.blocks[span.block]?.text ?? '').slice(span.start, span.end);
