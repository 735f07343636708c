/**
 * The page watcher (jsdom): paragraphs added or re-rendered wake it once the mutations pause, history navigation
 * is reported as a navigation, and WhoSaid's own <whosaid-root> never wakes it. Plus compareArticles' verdicts.
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article/find-article.js';
import type { ArticleBlock } from '../../../src/page/article/types.js';
import { compareArticles } from '../../../src/page/observe/compare-articles.js';
import { watchPage, type PageWatcher } from '../../../src/page/observe/page-watcher.js';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Ferry fares</title></head><body>
<article><h1>Ferry fares to rise, operator says</h1><div class="body">
<p>The ferry operator said on Monday that fares on the island route would rise by a tenth in the spring.</p>
<p>“The fuel bill has doubled,” its director told the island council, which had asked for the fares to be frozen.</p>
<p>Councillors said they would ask the regional government to step in before the new timetable starts in April.</p>
</div></article></body></html>`;

function setUp(): { doc: Document; events: string[]; watcher: PageWatcher } {
  const dom = new JSDOM(PAGE, { url: 'http://127.0.0.1/news/ferry' });
  const doc = dom.window.document;
  const events: string[] = [];
  const watcher = watchPage({
    doc,
    isOwnNode: (node) => (node instanceof dom.window.Element ? node : node.parentElement)?.closest('whosaid-root') != null,
    onContentChange: () => events.push('content'),
    onNavigate: (url) => events.push(`navigate ${new URL(url).pathname}`),
    debounceMs: 20,
    maxWaitMs: 200,
    urlPollMs: 50,
  });
  return { doc, events, watcher };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPage', () => {
  let watcher: PageWatcher | undefined;
  afterEach(() => watcher?.destroy());

  it('reports added paragraphs once, after the mutations pause', async () => {
    const setup = setUp();
    watcher = setup.watcher;
    const body = setup.doc.querySelector('.body');
    for (let index = 0; index < 3; index += 1) {
      const paragraph = setup.doc.createElement('p');
      paragraph.textContent = `Added paragraph ${index}, the operator said.`;
      body?.append(paragraph);
      await wait(5);
    }
    await wait(80);
    expect(setup.events).toEqual(['content']);
  });

  it('reports edited text', async () => {
    const setup = setUp();
    watcher = setup.watcher;
    const text = setup.doc.querySelector('p')?.firstChild;
    if (text !== null && text !== undefined) text.textContent = 'The operator denied it.';
    await wait(60);
    expect(setup.events).toEqual(['content']);
  });

  it('never wakes on changes inside <whosaid-root>', async () => {
    const setup = setUp();
    watcher = setup.watcher;
    const host = setup.doc.createElement('whosaid-root');
    // adding our own host is our own change too
    setup.doc.body.append(host);
    for (let index = 0; index < 5; index += 1) {
      const child = setup.doc.createElement('div');
      child.textContent = `sidebar line ${index}`;
      host.append(child);
    }
    host.setAttribute('data-state', 'ready');
    await wait(80);
    expect(setup.events).toEqual([]);
  });

  it('reports a pushState navigation as a navigation, not a content change', async () => {
    const setup = setUp();
    watcher = setup.watcher;
    setup.doc.defaultView?.history.pushState({}, '', '/news/harbour');
    const body = setup.doc.querySelector('.body');
    if (body !== null) body.textContent = 'The harbour master said the quay would close for repairs in the autumn.';
    await wait(120);
    expect(setup.events).toEqual(['navigate /news/harbour']);
  });

  it('ignores a jump to an anchor', async () => {
    const setup = setUp();
    watcher = setup.watcher;
    setup.doc.defaultView?.history.pushState({}, '', '#comments');
    await wait(120);
    expect(setup.events).toEqual([]);
  });

  it('stops on destroy', async () => {
    const setup = setUp();
    setup.watcher.destroy();
    setup.doc.querySelector('.body')?.append(setup.doc.createElement('p'));
    await wait(60);
    expect(setup.events).toEqual([]);
  });
});

describe('compareArticles', () => {
  const read = (doc: Document): ArticleBlock[] => {
    const result = findArticle(doc);
    if (result.status !== 'article') throw new Error(result.status);
    return result.blocks;
  };

  it('says same when nothing in the article changed', () => {
    const doc = new JSDOM(PAGE).window.document;
    const before = read(doc);
    doc.body.append(doc.createElement('div'));
    expect(compareArticles(before, read(doc))).toBe('same');
  });

  it('says same text in new nodes when a paragraph is re-rendered', () => {
    const doc = new JSDOM(PAGE).window.document;
    const before = read(doc);
    const paragraph = doc.querySelectorAll('p')[1];
    paragraph?.replaceWith(paragraph.cloneNode(true));
    expect(compareArticles(before, read(doc))).toBe('same-text-new-nodes');
  });

  it('says new text when a paragraph is added', () => {
    const doc = new JSDOM(PAGE).window.document;
    const before = read(doc);
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'The regional government said it would look at the request next month.';
    doc.querySelector('.body')?.append(paragraph);
    expect(compareArticles(before, read(doc))).toBe('new-text');
  });
});
