/**
 * The article finder on pages we wrote (tests/fixtures/article) and on the shared seed page: the right blocks in
 * reading order, furniture left out, whitespace collapsed as rendered, and an exact segment map into the live DOM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleInSlices } from '../../../src/page/article/find-article.js';
import type { ArticleBlock, ArticleResult } from '../../../src/page/article/types.js';

const FIXTURES = new URL('../../fixtures/article/', import.meta.url);
const SEED = new URL('../../../../shared/articles/seed-article.html', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function jsdomDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

function articleBlocks(result: ArticleResult): ArticleBlock[] {
  if (result.status !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.blocks;
}

/** Every segment's block slice equals its node slice; segments are ordered, inside the block, and non-overlapping. */
function expectExactSegments(doc: Document, blocks: ArticleBlock[]): void {
  for (const block of blocks) {
    let previousEnd = 0;
    for (const segment of block.segments) {
      expect(segment.blockStart).toBeGreaterThanOrEqual(previousEnd);
      expect(segment.blockStart + segment.length).toBeLessThanOrEqual(block.text.length);
      expect(segment.node.ownerDocument).toBe(doc);
      expect(segment.node.isConnected).toBe(true);
      expect(block.text.slice(segment.blockStart, segment.blockStart + segment.length))
        .toBe(segment.node.data.slice(segment.nodeStart, segment.nodeStart + segment.length));
      previousEnd = segment.blockStart + segment.length;
    }
    // every character the finder did not insert as a collapsed space is mapped
    const mapped = block.segments.reduce((sum, segment) => sum + segment.length, 0);
    const spaces = block.text.split(' ').length - 1;
    expect(mapped).toBeGreaterThanOrEqual(block.text.length - spaces);
  }
}

function expectRenderedWhitespace(blocks: ArticleBlock[]): void {
  for (const block of blocks) {
    expect(block.text).toBe(block.text.trim());
    expect(block.text).not.toMatch(/\s\s|[\n\t\r]/);
  }
}

describe('findArticle on a scored page without schema.org markup', () => {
  const doc = jsdomDocument(fixture('harbour-scored.html'));
  const blocks = articleBlocks(findArticle(doc));
  const texts = blocks.map((block) => block.text);

  it('reads the headline, the standfirst and the body in reading order', () => {
    expect(blocks.map((block) => block.kind)).toEqual([
      'headline', 'standfirst', 'paragraph', 'paragraph', 'paragraph', 'blockquote', 'paragraph', 'listItem',
      'listItem', 'paragraph', 'paragraph', 'headline', 'paragraph',
    ]);
    expect(texts[0]).toBe('Harbour toll to rise next spring, port authority says');
    expect(texts[1]).toMatch(/^Fishing crews warned/);
    expect(texts[2]).toMatch(/^The port authority will raise .* Ines Lorca, said on Tuesday/);
  });

  it('collapses whitespace as the browser renders it and splits <br><br> into paragraphs', () => {
    expect(texts).toContain('“We have patched this wall for twenty years,” Lorca told reporters. “Patching is over.”');
    expect(texts).toContain('The authority said it would publish the accounts.');
    expect(texts).toContain('It did not say when, and a spokesperson declined to give a date.');
    expectRenderedWhitespace(blocks);
  });

  it('leaves out hidden text, screen-reader text, captions, ads, related links, the rail, comments and the cookie banner', () => {
    const all = texts.join('\n');
    for (const furniture of ['hidden paragraph', 'opens in a new window', 'mayor said nothing', 'Advertisement',
      'Sea wall repairs delayed', 'bridge would reopen', 'reader42', 'accept them', 'By Mara Quist', 'Share on',
      'lawyers say', 'Transport', 'Related']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('maps every block character back to the live text nodes exactly', () => {
    expectExactSegments(doc, blocks);
  });

  it('reports each block with the element it was read from', () => {
    expect(blocks[0]?.element.tagName).toBe('H1');
    expect(blocks[5]?.element.tagName).toBe('P');
    expect(blocks[5]?.element.parentElement?.tagName).toBe('BLOCKQUOTE');
    expect(blocks[7]?.element.tagName).toBe('LI');
  });

  it('gives the same blocks under linkedom', () => {
    const { document } = parseHTML(fixture('harbour-scored.html'));
    const linked = articleBlocks(findArticle(document as unknown as Document));
    expect(linked.map((block) => block.text)).toEqual(texts);
  });
});

describe('findArticle verdicts', () => {
  it('says a search page has no article', () => {
    const result = findArticle(jsdomDocument(fixture('search-results.html')));
    expect(result.status).toBe('no-article');
    if (result.status === 'no-article') expect(result.reason.length).toBeGreaterThan(0);
  });

  it('says a section front (teaser cards titled by links) is a list of articles, not an article', () => {
    const result = findArticle(jsdomDocument(fixture('section-front.html')));
    expect(result.status).toBe('no-article');
    if (result.status === 'no-article') expect(result.reason).toMatch(/lists articles/);
  });

  it('reads an article with a rail of related-story cards under it as the article, not a list', () => {
    const blocks = articleBlocks(findArticle(jsdomDocument(fixture('related-rail.html'))));
    expect(blocks[0]?.text).toBe('Port dispute: ministry accuses the terminal operator');
    expect(blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(4);
  });

  it('detects French text on a page that declares no language', () => {
    expect(findArticle(jsdomDocument(fixture('french-undeclared.html')))).toEqual({ status: 'unsupported-language', language: 'fr' });
  });

  it('trusts the text over a wrong declaration (German declared as English)', () => {
    expect(findArticle(jsdomDocument(fixture('german-declared-english.html')))).toEqual({ status: 'unsupported-language', language: 'de' });
  });

  it('ignores its own <whosaid-root> host', () => {
    const doc = jsdomDocument(fixture('harbour-scored.html'));
    const before = articleBlocks(findArticle(doc)).map((block) => block.text);
    const host = doc.createElement('whosaid-root');
    host.textContent = 'Ines Lorca said the sidebar text is not part of the article, the sidebar said.';
    doc.querySelector('.story-main')?.append(host);
    expect(articleBlocks(findArticle(doc)).map((block) => block.text)).toEqual(before);
  });
});

describe.skipIf(!existsSync(SEED))('findArticle on the shared seed article', () => {
  if (!existsSync(SEED)) console.log('skipped: ../shared/articles/seed-article.html is absent');
  const doc = existsSync(SEED) ? jsdomDocument(readFileSync(SEED, 'utf8')) : jsdomDocument('');
  const result = findArticle(doc);

  it('finds the headline, the standfirst and the article paragraphs', () => {
    const blocks = articleBlocks(result);
    expect(blocks[0]?.kind).toBe('headline');
    expect(blocks[1]?.kind).toBe('standfirst');
    const paragraphs = Array.from(doc.querySelectorAll('[itemprop="articleBody"] > p'));
    expect(blocks.slice(2).map((block) => block.element)).toEqual(paragraphs);
    expect(result.status === 'article' && result.language).toBe('en');
  });

  it('leaves out the nav, cookie banner, caption, Read more cards, rail, comments and tags', () => {
    const all = articleBlocks(result).map((block) => block.text).join('\n');
    for (const selector of ['nav', '.cookie', 'figcaption', '.read-more', '.sidebar-ads', '.comments', '.tags', 'footer', '.byline']) {
      for (const element of Array.from(doc.querySelectorAll(selector))) {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text.length > 0) expect(all).not.toContain(text);
      }
    }
    expect(all).not.toMatch(/Read more|Most read|Officials said the bridge/);
  });

  it('maps the text exactly and collapses whitespace', () => {
    const blocks = articleBlocks(result);
    expectExactSegments(doc, blocks);
    expectRenderedWhitespace(blocks);
  });
});

describe('findArticle and an article\'s own header', () => {
  it('reads the headline and standfirst from an <article><header>, ahead of the body, mapped exactly', () => {
    const doc = jsdomDocument(`<html lang="en"><head><title>Harbour board splits over dredging plan</title></head><body>
      <nav><a href="/">Home</a></nav>
      <main><article><header><h1>Harbour board splits over dredging plan</h1>
        <p class="standfirst">Engineers warn the budget for the work is far too small.</p></header>
        <p>The harbour board said on Monday that dredging would start in April, despite warnings from its own engineers about the cost.</p>
        <p>“We cannot keep waiting,” said the board’s chair, Ruth Adeyemi. “Every month of delay costs the port business.”</p>
        <p>Engineers told the board that the budget was at least a third too small, according to minutes seen by the Herald.</p>
      </article></main></body></html>`);
    const blocks = articleBlocks(findArticle(doc));
    expect(blocks.slice(0, 2).map((block) => [block.kind, block.text])).toEqual([
      ['headline', 'Harbour board splits over dredging plan'],
      ['standfirst', 'Engineers warn the budget for the work is far too small.'],
    ]);
    expect(blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(3);
    expectExactSegments(doc, blocks);
  });
});

describe('findArticle and bylines', () => {
  it('leaves the byline and dateline lines at the top of the body out, but keeps prose that starts with "By"', () => {
    const doc = jsdomDocument(`<html lang="en"><head><title>Ferry fares to rise</title></head><body><article>
      <h1>Ferry fares to rise</h1>
      <div class="body">
        <p>By Mara Quist, Transport Correspondent</p>
        <p>Last updated: 4 March 2024</p>
        <p>The ferry operator said on Monday that fares on the island route would rise by a tenth in the spring.</p>
        <p>By the end of the year, the council said, a second boat would join the route to ease the crowding at peak times.</p>
        <p>Passengers who travel every day will be able to buy a season ticket at the old price until the end of April, the operator added.</p>
      </div></article></body></html>`);
    const texts = articleBlocks(findArticle(doc)).map((block) => block.text);
    expect(texts).not.toContain('By Mara Quist, Transport Correspondent');
    expect(texts).not.toContain('Last updated: 4 March 2024');
    expect(texts.some((text) => text.startsWith('By the end of the year'))).toBe(true);
  });
});

describe('findArticleInSlices', () => {
  it('reads a long page in many small steps and finds the same article as findArticle', () => {
    const paragraphs = Array.from({ length: 1500 }, (_, index) =>
      `<p>The harbour master said at meeting <a href="/m/${index}">number ${index}</a> that the <em>sea wall</em> needed repairs before the winter storms.</p>`).join('');
    const html = `<html lang="en"><head><title>The harbour year</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>The harbour year</h1><div class="body">${paragraphs}</div></article></body></html>`;
    const doc = jsdomDocument(html);
    const steps = findArticleInSlices(doc);
    let yields = 0;
    let result = steps.next();
    while (result.done !== true) {
      yields += 1;
      result = steps.next();
    }
    // each step visits a few hundred nodes at most: ~7,500 elements and text nodes make dozens of steps
    expect(yields).toBeGreaterThan(20);
    const sliced = articleBlocks(result.value).map((block) => block.text);
    expect(sliced).toEqual(articleBlocks(findArticle(doc)).map((block) => block.text));
    expect(sliced.length).toBe(1501);
  });
});
