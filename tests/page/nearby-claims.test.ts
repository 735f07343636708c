// @vitest-environment jsdom
/**
 * NearbyClaims: on a page with thousands of claims only those whose blocks are near the viewport are painted; it
 * follows the reader through an IntersectionObserver (a stand-in here: jsdom has none) and stops on destroy.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimRanges } from '../../src/page/highlights.js';
import { NearbyClaims, rangeCount } from '../../src/page/nearby-claims.js';

type Callback = (entries: IntersectionObserverEntry[]) => void;

class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: Callback, readonly options: IntersectionObserverInit) {
    FakeObserver.last = this;
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  report(near: Element[], far: Element[]): void {
    const entry = (target: Element, isIntersecting: boolean) => ({ target, isIntersecting }) as IntersectionObserverEntry;
    this.callback([...near.map((target) => entry(target, true)), ...far.map((target) => entry(target, false))]);
  }
}

function claim(id: string): ClaimRanges {
  return { claimId: id, actorId: null, source: null, cue: new Range(), content: [new Range(), new Range()] };
}

describe('NearbyClaims', () => {
  it('reports the claims whose blocks are near the viewport, in order, as the reader scrolls', () => {
    const [b0, b1, b2, b3] = [document.createElement('p'), document.createElement('p'), document.createElement('p'), document.createElement('p')];
    const blocks = [b0, b1, b2, b3];
    const claims = [claim('c0'), claim('c1'), claim('c2'), claim('c3')];
    const elements = new Map<string, Element[]>([['c0', [b0]], ['c1', [b1, b2]], ['c2', [b2]], ['c3', [b3]]]);
    const reports: string[][] = [];
    Object.assign(window, { IntersectionObserver: FakeObserver });
    const nearby = NearbyClaims.create({
      doc: document,
      claims,
      elementsOf: (of) => elements.get(of.claimId) ?? [],
      onChange: (near) => reports.push(near.map((of) => of.claimId)),
    });
    const observer = FakeObserver.last;
    expect(nearby).not.toBeNull();
    expect(observer?.observed).toEqual(blocks);
    expect(observer?.options.rootMargin).toMatch(/^150%/);
    observer?.report([b0, b1], [b2, b3]);
    observer?.report([b2], [b0]);
    expect(reports).toEqual([['c0', 'c1'], ['c1', 'c2']]);
    nearby?.destroy();
    expect(observer?.disconnected).toBe(true);
    expect(rangeCount(claims[0] as ClaimRanges)).toBe(3);
  });

  it('is not made where the browser has no IntersectionObserver (then everything is painted)', () => {
    Reflect.deleteProperty(window, 'IntersectionObserver');
    expect(NearbyClaims.create({ doc: document, claims: [], elementsOf: () => [], onChange: () => undefined })).toBeNull();
  });
});
