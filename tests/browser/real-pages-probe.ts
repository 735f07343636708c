/**
 * Bundled into the page's main world by the real-page run and the page bench (never into the extension): reads
 * what WhoSaid did to the page and redoes the analysis independently, so the run can check that every highlighted
 * range shows exactly the text of a span the engine returned; also times Readability and findArticle in the page.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/languages.js';
import { DEFAULT_SHOWN_KINDS } from '../../src/shared/presentation.js';
import { findArticle } from '../../src/page/article/find-article.js';
import { engineLanguage } from '../../src/page/language/readable-languages.js';

// the independent analysis reads every language WhoSaid ships, as the extension does with a page's bundle
registerToolLanguages();

export interface ProbeInspection {
  status: string;
  blocks: number;
  claims: number;
  /** Highlighted range texts that are no span text of the independent analysis (whitespace collapsed). */
  unexpected: string[];
  /**
   * Span texts of the independent analysis that no highlight shows; where WhoSaid paints only the claims near the
   * viewport (a page with thousands of them), only spans in blocks on screen now count.
   */
  missing: string[];
  highlightedRanges: number;
  /** WhoSaid painted only the claims near the viewport (its state's data-highlights, read by the test driver). */
  nearViewportOnly: boolean;
}

export interface WhoSaidProbe {
  /** FNV-1a hash and length of the page's serialised DOM, with <whosaid-root> cut out. */
  domFingerprint(): { length: number; hash: number; hasRoot: boolean };
  /**
   * Reads the article as the content script will on the click: before the sidebar opens and narrows the page
   * (a narrower page can switch the page's own media queries and so what is visible).
   */
  prepare(): void;
  inspect(nearViewportOnly: boolean): ProbeInspection;
  readabilityParseMs(): number;
  findArticleMs(): number;
}

const ROOT_OPEN = '<whosaid-root';
const ROOT_CLOSE = '</whosaid-root>';

/** Text compared without whitespace: a line break the finder reads as a space has no character in the DOM. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const UNRENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

/** The text of a range as the reader sees it: its text nodes that are rendered (hidden ones inside it are not). */
function visibleText(range: AbstractRange): string {
  if (!(range instanceof Range)) return '';
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!(node instanceof Text) || !range.intersectsNode(node)) continue;
    const parent = node.parentElement;
    if (parent === null || UNRENDERED.has(parent.tagName) || !parent.checkVisibility({ visibilityProperty: true })) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    text += node.data.slice(start, end);
  }
  return compact(text);
}

let prepared: ReturnType<typeof findArticle> | null = null;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const probe: WhoSaidProbe = {
  domFingerprint() {
    let html = document.documentElement.outerHTML;
    const start = html.indexOf(ROOT_OPEN);
    const hasRoot = start !== -1;
    if (hasRoot) {
      const end = html.indexOf(ROOT_CLOSE, start);
      html = html.slice(0, start) + (end === -1 ? '' : html.slice(end + ROOT_CLOSE.length));
    }
    return { length: html.length, hash: fnv1a(html), hasRoot };
  },

  prepare() {
    prepared = findArticle(document);
  },

  inspect(nearViewportOnly: boolean) {
    const result = prepared ?? findArticle(document);
    const highlighted: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('whosaid-') || name === 'whosaid-focus') return;
      highlight.forEach((range) => highlighted.push(visibleText(range)));
    });
    if (result.status !== 'article') {
      return { status: result.status, blocks: 0, claims: 0, unexpected: highlighted, missing: [], highlightedRanges: highlighted.length, nearViewportOnly };
    }
    const analysis = analyze(result.blocks.map(({ kind, text }) => ({ kind, text })), { language: engineLanguage(result.language) });
    const onScreen = (block: number): boolean => {
      const rect = result.blocks[block]?.element.getBoundingClientRect();
      return rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight;
    };
    const expected = new Set<string>();
    const required = new Set<string>();
    for (const claim of analysis.claims) {
      // every claim may be painted; those of the kinds shown by default (statements, findings) must be
      const shownByDefault = DEFAULT_SHOWN_KINDS.includes(claim.kind);
      for (const span of [claim.source, claim.cue, ...claim.content]) {
        if (span === null) continue;
        const text = compact(analysis.blocks[span.block]?.text.slice(span.start, span.end) ?? '');
        expected.add(text);
        if (shownByDefault && (!nearViewportOnly || onScreen(span.block))) required.add(text);
      }
    }
    const shown = new Set(highlighted);
    return {
      status: result.status,
      blocks: result.blocks.length,
      claims: analysis.claims.length,
      unexpected: highlighted.filter((text) => !expected.has(text)).slice(0, 5),
      missing: [...required].filter((text) => !shown.has(text)).slice(0, 5),
      highlightedRanges: highlighted.length,
      nearViewportOnly,
    };
  },

  readabilityParseMs() {
    const started = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - started;
  },

  findArticleMs() {
    const started = performance.now();
    findArticle(document);
    return performance.now() - started;
  },
};

Reflect.set(globalThis, '__whosaidProbe', probe);
