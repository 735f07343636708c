/**
 * Which claims to paint on a page with more of them than the browser can repaint in one short task: only those
 * whose text lies near the viewport (within one and a half screens above and below), followed as the reader
 * scrolls. Chromium rebuilds its marker for every registered range whenever the highlights change (about 4 µs a
 * range: 32,000 ranges held one frame for 120 ms), so a page with thousands of claims gets its highlights where the
 * reader is and nowhere else. Reads no layout itself: an IntersectionObserver watches the claims' block elements.
 */
import type { ClaimRanges } from './highlights.js';

/** Above this many ranges in all, only the claims near the viewport are painted. */
export const NEARBY_RANGE_LIMIT = 4000;

/** How far beyond the viewport a claim still counts as near: far enough that a quick scroll finds it painted. */
const NEARBY_MARGIN = '150% 0px 150% 0px';

/** How many ranges a claim paints. */
export function rangeCount(claim: ClaimRanges): number {
  return claim.content.length + (claim.source === null ? 0 : 1) + (claim.cue === null ? 0 : 1);
}

export interface NearbyClaimsOptions {
  doc: Document;
  claims: readonly ClaimRanges[];
  /** The elements (the article's blocks) that hold each claim's text, by claim id. */
  elementsOf(claim: ClaimRanges): readonly Element[];
  /** The claims near the viewport, in their order, whenever that set changes (the first time soon after start). */
  onChange(near: ClaimRanges[]): void;
}

export class NearbyClaims {
  readonly #observer: IntersectionObserver;
  readonly #claims: readonly ClaimRanges[];
  readonly #elementsOf: (claim: ClaimRanges) => readonly Element[];
  readonly #onChange: (near: ClaimRanges[]) => void;
  readonly #near = new Set<Element>();

  /** Null where the browser has no IntersectionObserver (then paint everything). */
  static create(options: NearbyClaimsOptions): NearbyClaims | null {
    const view = options.doc.defaultView;
    if (view === null || typeof view.IntersectionObserver !== 'function') return null;
    return new NearbyClaims(options, view.IntersectionObserver);
  }

  private constructor(options: NearbyClaimsOptions, Observer: typeof IntersectionObserver) {
    this.#claims = options.claims;
    this.#elementsOf = options.elementsOf;
    this.#onChange = options.onChange;
    this.#observer = new Observer((entries) => this.#update(entries), { rootMargin: NEARBY_MARGIN });
    const watched = new Set<Element>();
    for (const claim of this.#claims) for (const element of this.#elementsOf(claim)) watched.add(element);
    for (const element of watched) this.#observer.observe(element);
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.#near.add(entry.target);
      else this.#near.delete(entry.target);
    }
    this.#onChange(this.#claims.filter((claim) => this.#elementsOf(claim).some((element) => this.#near.has(element))));
  }

  destroy(): void {
    this.#observer.disconnect();
    this.#near.clear();
  }
}
