// @vitest-environment jsdom
/**
 * The highlight painter's style rules: named per colour and role, never per actor; written for the article's own
 * root element where the browser inherits highlight styles (Chromium), for every element where it does not
 * (Firefox); and `selectorOf` names exactly one element.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightPainter, highlightName, selectorOf } from '../../src/page/highlights.js';
import { ACTOR_PALETTE, UNATTRIBUTED_COLOR, paletteColorAt } from '../../src/shared/palette.js';
import { installFakeHighlightApi } from './fake-highlight-api.js';

function sheetText(doc: Document): string {
  return doc.adoptedStyleSheets.map((sheet) => (sheet as unknown as { cssText: string }).cssText).join('\n');
}

describe('highlight rules', () => {
  beforeEach(() => {
    installFakeHighlightApi(window);
    document.body.innerHTML = `
      <header><h1>Headline</h1></header>
      <main><div class="x"><div><p>One</p><p>Two</p></div><div id="story"><p>Three</p><ul><li>Four</li></ul></div></div></main>
      <div id="dup"></div><div id="dup"><p>Five</p></div>`;
    document.adoptedStyleSheets = [];
  });

  it('selectorOf names one element: by a unique id, else by its place among its siblings', () => {
    const paragraphs = [...document.querySelectorAll('p')];
    for (const element of [...paragraphs, ...document.querySelectorAll('li, div, h1, header, main')]) {
      const selector = selectorOf(element);
      expect(selector).not.toBeNull();
      expect([...document.querySelectorAll(selector ?? '')]).toEqual([element]);
    }
    expect(selectorOf(document.getElementById('story') as Element)).toBe('#story');
    expect(selectorOf(document.querySelector('#story p') as Element)).toBe('#story > p:nth-child(1)');
    // an id used twice is no anchor
    expect(selectorOf(paragraphs[3] as Element)).toMatch(/^html > body:nth-child\(2\) > div:nth-child\(\d\) > p:nth-child\(1\)$/);
  });

  it('writes the rules for the article root and any block outside it where highlight styles are inherited', () => {
    const painter = new HighlightPainter({ doc: document, colorOf: () => UNATTRIBUTED_COLOR, inheritsHighlightStyles: true });
    painter.scopeTo([document.getElementById('story') as Element, document.querySelector('#story p') as Element, document.querySelector('h1') as Element]);
    expect(painter.prepare([...ACTOR_PALETTE, UNATTRIBUTED_COLOR], { restyleNow: true })).toBe(true);
    const rules = sheetText(document);
    const name = highlightName(paletteColorAt('okabe-ito', 0), 'content');
    expect(rules).toContain(`#story::highlight(${name}), html > body:nth-child(2) > header:nth-child(1) > h1:nth-child(1)::highlight(${name})`);
    // the block inside the root adds nothing: the root's rules reach it
    expect(rules).not.toContain('#story > p');
    expect(rules).not.toMatch(/(^|[\s,])::highlight/);
    // one name per colour and role, plus the focus and dimmed highlights
    expect(new Set(rules.match(/::highlight\([^)]*\)/g)).size).toBe((ACTOR_PALETTE.length + 1) * 3 + 2);
    // the same colours again: nothing to write
    expect(painter.prepare([UNATTRIBUTED_COLOR])).toBe(false);
    painter.clear();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('writes the rules again when the page moves the article root (a banner inserted above it)', () => {
    document.body.innerHTML = '<main><div><p>Story</p></div></main>';
    const painter = new HighlightPainter({ doc: document, colorOf: () => UNATTRIBUTED_COLOR, inheritsHighlightStyles: true });
    const root = document.querySelector('main > div') as Element;
    painter.scopeTo([root]);
    painter.prepare([UNATTRIBUTED_COLOR]);
    expect(painter.keepScopeInPlace()).toBe(false);
    expect(sheetText(document)).toContain('html > body:nth-child(2) > main:nth-child(1) > div:nth-child(1)::highlight');
    document.body.prepend(document.createElement('aside'));
    expect(painter.keepScopeInPlace()).toBe(true);
    expect(sheetText(document)).toContain('html > body:nth-child(2) > main:nth-child(2) > div:nth-child(1)::highlight');
    expect(sheetText(document)).not.toContain('main:nth-child(1)');
    painter.clear();
  });

  it('writes the rules for every element where highlight styles are not inherited (Firefox)', () => {
    const painter = new HighlightPainter({ doc: document, colorOf: () => UNATTRIBUTED_COLOR });
    painter.scopeTo([document.getElementById('story') as Element]);
    painter.prepare([UNATTRIBUTED_COLOR]);
    expect(sheetText(document)).toContain(`\n::highlight(${highlightName(UNATTRIBUTED_COLOR, 'content')}) {`);
    painter.clear();
  });
});
