/**
 * Readability of colour: every palette's highlight tints (each role's alpha) keep typical page text at contrast
 * ≥ 4.5:1, black-ish on light pages and white-ish on dark ones, and the sidebar's own text colours pass in both
 * of its themes.
 */
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, hexToRgb, parseCssRgb, type Rgb } from '../../src/shared/contrast.js';
import { PALETTES, TINT_ALPHA, UNATTRIBUTED_COLOR } from '../../src/shared/palette.js';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/sidebar-css.js';

const PAGES: Array<{ name: string; background: Rgb; texts: Rgb[] }> = [
  { name: 'white page, black text', background: [255, 255, 255], texts: [[0, 0, 0], [34, 34, 34], [51, 51, 51]] },
  { name: 'cream page, dark text', background: [250, 246, 238], texts: [[17, 17, 17], [51, 51, 51]] },
  { name: 'dark page, white text', background: [18, 18, 18], texts: [[255, 255, 255], [232, 232, 232]] },
  { name: 'dark grey page, light text', background: [32, 33, 36], texts: [[255, 255, 255], [232, 234, 237]] },
];

describe('WCAG arithmetic', () => {
  it('matches known contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    expect(composite([0, 0, 0], 0.5, [255, 255, 255])).toEqual([128, 128, 128]);
    expect(parseCssRgb('rgba(10, 20, 30, 0.5)')).toEqual({ rgb: [10, 20, 30], alpha: 0.5 });
    expect(parseCssRgb('rgb(10 20 30 / 25%)')).toEqual({ rgb: [10, 20, 30], alpha: 0.25 });
  });
});

describe('highlight tints keep page text readable', () => {
  const colors = [...Object.entries(PALETTES).flatMap(([name, palette]) => palette.colors.map((color) => ({ name, color }))),
    { name: 'unattributed', color: UNATTRIBUTED_COLOR }];
  for (const page of PAGES) {
    it(`on a ${page.name}: every palette colour, every role ≥ 4.5:1`, () => {
      const failures: string[] = [];
      let lowest = 21;
      for (const { name, color } of colors) {
        for (const [role, alpha] of Object.entries(TINT_ALPHA)) {
          const behind = composite(color.rgb, alpha, page.background);
          for (const text of page.texts) {
            const ratio = contrastRatio(text, behind);
            lowest = Math.min(lowest, ratio);
            if (ratio < 4.5) failures.push(`${name} ${color.solid} ${role}: ${ratio.toFixed(2)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(lowest).toBeGreaterThanOrEqual(4.5);
    });
  }
});

/** The custom properties of one theme block of the sidebar's CSS. */
function themeVariables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const end = css.indexOf('}', start);
  const block = css.slice(start, end);
  const variables: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^\s*(--ws-[a-z-]+):\s*(#[0-9a-f]{6});/i.exec(line);
    if (match?.[1] && match[2]) variables[match[1]] = match[2];
  }
  return variables;
}

describe('sidebar themes', () => {
  const pairs: Array<[string, string]> = [
    ['--ws-fg', '--ws-bg'],
    ['--ws-fg', '--ws-bg-soft'],
    ['--ws-fg', '--ws-pressed-bg'],
    ['--ws-muted', '--ws-bg'],
    ['--ws-muted', '--ws-bg-soft'],
    ['--ws-distancing', '--ws-distancing-bg'],
    ['--ws-distancing', '--ws-bg'],
    ['--ws-accent-fg', '--ws-accent'],
  ];
  for (const [theme, selector] of [['light', '.ws-panel'], ['dark', '.ws-panel.ws-dark']] as const) {
    it(`${theme} theme: text colours ≥ 4.5:1 on their backgrounds`, () => {
      const variables = themeVariables(SIDEBAR_CSS, selector);
      for (const [fg, bg] of pairs) {
        const fgHex = variables[fg];
        const bgHex = variables[bg];
        expect(fgHex, `${theme} ${fg}`).toBeDefined();
        expect(bgHex, `${theme} ${bg}`).toBeDefined();
        const ratio = contrastRatio(hexToRgb(fgHex ?? ''), hexToRgb(bgHex ?? ''));
        expect(ratio, `${theme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
