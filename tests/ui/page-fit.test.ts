/**
 * The page gutter beside the sidebar: the page's stylesheet is written only when the layout really changes, since
 * every write restyles the whole page (and, in Chromium, a rewrite after the highlights left some unpainted).
 * jsdom has no adopted style sheets, so a small stand-in document plays the browser's part.
 */
import { describe, expect, it } from 'vitest';
import { reservePageGutter } from '../../src/ui/sidebar/page-fit.js';

class RecordingSheet {
  static writes: string[] = [];
  replaceSync(css: string): void {
    RecordingSheet.writes.push(css);
  }
}

function standInDocument() {
  const root = { hasAttribute: () => false, getAttribute: () => null, removeAttribute: () => undefined };
  const view = {
    innerWidth: 1280,
    CSSStyleSheet: RecordingSheet,
    getComputedStyle: () => ({ getPropertyValue: () => '360px' }),
  };
  return { documentElement: root, defaultView: view, adoptedStyleSheets: [] as unknown[] };
}

describe('reservePageGutter', () => {
  it('writes its sheet once for a layout, again only when the layout changes, and takes it away on release', () => {
    RecordingSheet.writes = [];
    const doc = standInDocument();
    const gutter = reservePageGutter(doc as unknown as Document, { side: 'right', width: 360 });
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(RecordingSheet.writes).toEqual(['html { margin-right: 360px !important; }']);
    gutter.update({ side: 'right', width: 360 });
    gutter.update({ side: 'right', width: 360 });
    expect(RecordingSheet.writes).toHaveLength(1);
    gutter.update({ side: 'left', width: 360 });
    expect(RecordingSheet.writes.at(-1)).toBe('html { margin-left: 360px !important; }');
    expect(RecordingSheet.writes).toHaveLength(2);
    gutter.release();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });
});
