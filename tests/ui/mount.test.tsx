// @vitest-environment jsdom
/**
 * mountSidebar as the content script uses it: renders into a shadow root with the stylesheet there and not in the
 * page, updates in place, gives focus back on close, and leaves the page exactly as it was when destroyed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSidebar } from '../../src/ui/sidebar/mount.js';
import type { SidebarModel } from '../../src/ui/sidebar-api.js';
import { FIXTURE_ANALYSIS, FIXTURE_COLORS, FIXTURE_PAGE } from './fixture-analysis.js';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

const ready: SidebarModel = {
  state: 'ready',
  analysis: FIXTURE_ANALYSIS,
  page: FIXTURE_PAGE,
  actorColors: FIXTURE_COLORS,
  selectedActorId: null,
};

function setUp() {
  document.body.innerHTML = '<main><p>Article text.</p><button id="reader-place">where the reader was</button></main>';
  const host = document.createElement('whosaid-root');
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  return { host, shadow };
}

function stylesIn(shadow: ShadowRoot): string {
  const adopted = 'adoptedStyleSheets' in shadow ? shadow.adoptedStyleSheets.length : 0;
  return `${adopted}:${shadow.querySelectorAll('style').length}`;
}

describe('mountSidebar', () => {
  it('renders inside the shadow root with its own styles, none in the page', () => {
    const { shadow } = setUp();
    const headStylesBefore = document.head.innerHTML;
    const handle = mountSidebar(shadow, { ...ready, state: 'analyzing', analysis: null }, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close: vi.fn() });
    expect(shadow.querySelector('.ws-panel')?.getAttribute('data-state')).toBe('analyzing');
    expect(stylesIn(shadow)).not.toBe('0:0');
    expect(document.head.innerHTML).toBe(headStylesBefore);
    expect(document.querySelector('.ws-panel')).toBeNull();
    handle.update(ready);
    expect(shadow.querySelectorAll('[data-claim-id]').length).toBe(8);
    handle.destroy();
    expect(shadow.childNodes.length).toBe(0);
    expect(stylesIn(shadow)).toBe('0:0');
  });

  it('moves focus into the sidebar once it has rendered, and Escape gives it back to where it was in the page', async () => {
    const { shadow } = setUp();
    const place = document.getElementById('reader-place') as HTMLButtonElement;
    place.focus();
    const close = vi.fn();
    mountSidebar(shadow, ready, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close });
    // not inside the mount's own task: focusing makes the browser lay the sidebar out at once
    expect(document.activeElement).toBe(place);
    await vi.waitFor(() => expect(shadow.activeElement?.classList.contains('ws-panel')).toBe(true));
    const panel = shadow.querySelector('.ws-panel') as HTMLElement;
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(close).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(place);
  });

  it('leaves the page root exactly as it was after destroy', () => {
    const { shadow } = setUp();
    document.documentElement.setAttribute('style', 'color: red;');
    const before = document.documentElement.outerHTML;
    const handle = mountSidebar(shadow, { ...ready, layout: { side: 'left', width: 300 } }, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close: vi.fn() });
    handle.update({ ...ready, layout: { side: 'right', width: 420 } });
    handle.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('turns dark on a dark page even when the reader prefers light', () => {
    const { shadow } = setUp();
    document.body.style.backgroundColor = 'rgb(17, 17, 17)';
    const handle = mountSidebar(shadow, ready, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close: vi.fn() });
    expect(shadow.querySelector('.ws-panel')?.classList.contains('ws-dark')).toBe(true);
    handle.destroy();
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    const light = mountSidebar(shadow, ready, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close: vi.fn() });
    expect(shadow.querySelector('.ws-panel')?.classList.contains('ws-dark')).toBe(false);
    light.destroy();
    document.body.removeAttribute('style');
  });

  it('moves the page aside by the sidebar width, unless too little page would remain', () => {
    const { shadow } = setUp();
    const margin = () => getComputedStyle(document.documentElement).marginRight;
    // jsdom's window is 1024 px wide: 360 leaves 664 px of page, 560 would leave less than 480.
    const handle = mountSidebar(shadow, { ...ready, layout: { side: 'right', width: 360 } }, { jumpToClaim: vi.fn(), selectActor: vi.fn(), close: vi.fn() });
    expect(margin()).toBe('360px');
    handle.update({ ...ready, layout: { side: 'right', width: 560 } });
    expect(['', '0', '0px']).toContain(margin());
    handle.destroy();
    expect(['', '0', '0px']).toContain(margin());
  });
});
