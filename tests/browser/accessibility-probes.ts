/**
 * Accessibility checks of the sidebar in a real page, shared by the browser tests: axe-core run inside WhoSaid's
 * shadow root, and the rendered contrast of every text in it against what is really behind it.
 */
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { inShadow, waitInShadow } from './closed-shadow.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * WCAG contrast of every rendered text run in the sidebar against the background actually behind it (the first
 * opaque ancestor background, translucent ones composited): axe-core's own color-contrast rule reports
 * "incomplete" inside the zero-size fixed host, so this measures what the reader sees instead.
 */
export function renderedContrast(page: Page): Promise<{ checked: number; failures: string[] }> {
  return inShadow(page, async (shadow) => {
    // buttons fade their background (120 ms): after a change of colour scheme, measure the colours they end on
    const running = shadow?.querySelector('.ws-panel')?.getAnimations({ subtree: true }) ?? [];
    await Promise.race([Promise.all(running.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 1_000))]);
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba | null => {
      const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
      return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => [
      top[0] * top[3] + bottom[0] * (1 - top[3]),
      top[1] * top[3] + bottom[1] * (1 - top[3]),
      top[2] * top[3] + bottom[2] * (1 - top[3]),
      1,
    ];
    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).host : null)) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) break;
        }
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const failures: string[] = [];
    let checked = 0;
    for (const element of shadow?.querySelectorAll('.ws-panel *') ?? []) {
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!hasText || element.closest('[aria-hidden="true"]') || element.classList.contains('ws-visually-hidden')) continue;
      const style = getComputedStyle(element);
      const fg = parse(style.color);
      if (!fg) continue;
      checked += 1;
      const bg = backgroundOf(element);
      const text = over(fg, bg);
      const [light, dark] = [luminance(text), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${element.className || element.tagName}: ${ratio.toFixed(2)} "${(element.textContent ?? '').slice(0, 30)}"`);
    }
    return { checked, failures };
  });
}

export interface AxeSummary {
  violations: Array<{ id: string; impact: string | null; nodes: number; help: string }>;
  passes: string[];
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  await page.addScriptTag({ path: AXE_PATH });
  // axe reads shadow roots through `host.shadowRoot`, which is null for WhoSaid's closed root: for this one run the
  // host is lent its root as an own property (the test's reference, from the automation protocol), then it goes
  const summary = await inShadow(page, async (shadow) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{
      violations: Array<{ id: string; impact: string | null; nodes: unknown[]; help: string }>;
      passes: Array<{ id: string }>;
    }> } }).axe;
    const host = shadow?.host;
    if (host) Object.defineProperty(host, 'shadowRoot', { value: shadow, configurable: true });
    try {
      const results = await axe.run({ include: [['whosaid-root']] }, { resultTypes: ['violations', 'passes'] });
      return {
        violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
        passes: results.passes.map((p) => p.id),
      };
    } finally {
      if (host) Reflect.deleteProperty(host, 'shadowRoot');
    }
  });
  // axe must have seen the sidebar, not only its empty host: its buttons have names
  if (!summary.passes.includes('button-name')) throw new Error(`axe saw no button in the sidebar (passes: ${summary.passes.join(', ')})`);
  return summary;
}
