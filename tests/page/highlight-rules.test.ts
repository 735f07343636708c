// @vitest-environment jsdom
/**
 * The highlight painter's style rules: named per colour and role, never per actor; written for the article's own
 * root element where the browser inherits highlight styles (Chromium), for every element where it does not
 * (Firefox); and `selectorOf` names exactly one element. Thoughts are painted only when shown, in a lighter style of
 * their own, and claims WhoSaid is not sure of in a subtler one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightPainter, claimStyleOf, highlightName, selectorOf, styleHighlightName, type ClaimRanges } from '../../src/page/highlights.js';
import { HIGHLIGHT_PREFIX } from '../../src/shared/global-keys.js';
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

describe('claim kinds and uncertainty in the page', () => {
  let registry: ReturnType<typeof installFakeHighlightApi>;
  beforeEach(() => {
    registry = installFakeHighlightApi(window);
    document.body.innerHTML = '<p id="a">The mayor said the port would open.</p><p id="b">Residents believe it will.</p><p id="c">Officials hinted at delays.</p>';
    document.adoptedStyleSheets = [];
  });

  const color = paletteColorAt('okabe-ito', 0);
  const rangeOver = (id: string): Range => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id) as Element);
    return range;
  };
  const claim = (claimId: string, id: string, over: Partial<ClaimRanges> = {}): ClaimRanges => ({
    claimId, actorId: 'a1', source: null, cue: null, content: [rangeOver(id)], ...over,
  });
  const claims = (): ClaimRanges[] => [
    claim('c1', 'a', { kind: 'statement' }),
    claim('c2', 'b', { kind: 'thought' }),
    claim('c3', 'c', { kind: 'finding', lowConfidence: true }),
  ];
  const painted = () => [...registry.keys()].sort();

  it('paints statements and findings, thoughts only once shown, each in a style of its own', () => {
    const painter = new HighlightPainter({ doc: document, colorOf: () => color });
    painter.paint(claims());
    expect(painted()).toEqual([highlightName(color, 'content'), styleHighlightName(color, 'unsure')]);
    // no rule for a style no claim painted needs: the page pays for none
    expect(sheetText(document)).not.toContain(styleHighlightName(color, 'thought'));
    expect(sheetText(document)).toMatch(new RegExp(`::highlight\\(${styleHighlightName(color, 'unsure')}\\) \\{ text-decoration: underline wavy`));
    painter.showKinds(['statement', 'finding', 'thought']);
    expect(painted()).toContain(styleHighlightName(color, 'thought'));
    expect(sheetText(document)).toMatch(new RegExp(`::highlight\\(${styleHighlightName(color, 'thought')}\\) \\{ background-color: rgb\\([^)]*/ 0\\.08\\); text-decoration: underline dashed`));
    expect([...(registry.get(styleHighlightName(color, 'thought')) ?? [])]).toHaveLength(1);
    painter.showKinds(['thought']);
    expect(painted()).toEqual([styleHighlightName(color, 'thought')]);
    painter.clear();
    expect(painted()).toEqual([]);
  });

  it('shows thoughts from the start when the reader’s setting asks, and dims them like any claim', () => {
    const painter = new HighlightPainter({ doc: document, colorOf: () => color, shownKinds: ['statement', 'finding', 'thought'] });
    painter.prepare([color], { restyleNow: true, claims: claims() });
    // the rules of both styles are written with the palette's, in one go
    expect(sheetText(document)).toContain(styleHighlightName(color, 'thought'));
    painter.paint(claims(), 'a2');
    expect(painted()).toEqual([`${HIGHLIGHT_PREFIX}dimmed`]);
    painter.clear();
  });

  it('tells a claim’s style from its kind and confidence: uncertainty first', () => {
    expect(claimStyleOf({ kind: 'statement' })).toBeNull();
    expect(claimStyleOf({ kind: 'finding' })).toBeNull();
    expect(claimStyleOf({ kind: 'thought' })).toBe('thought');
    expect(claimStyleOf({ kind: 'thought', lowConfidence: true })).toBe('unsure');
    expect(claimStyleOf({})).toBeNull();
  });
});
