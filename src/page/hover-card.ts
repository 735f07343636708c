/**
 * The hover card: when the pointer rests on a highlighted claim in the page, a small card in WhoSaid's shadow root
 * names the actor, what the claim reports (statement, finding, thought or plan), the cue, the kind of quote and the
 * cue's stance, in the sidebar's words (shared/presentation.ts), and says so when WhoSaid is not sure of the claim.
 * Pointer moves are coalesced to one hit test every 40 ms at most. Only the reader's own pointer and scrolling move
 * it: a page's synthetic events are ignored (`trusted`).
 */
import { quoted, t, uiLanguage } from '../shared/i18n.js';
import { ListenerCollection } from '../shared/listener-collection.js';
import { trusted } from '../shared/trusted-input.js';
import type { ClaimRanges } from './highlights.js';
import { claimAtPoint } from './hit-test.js';

export interface HoverCardContent {
  actor: string;
  /** "person", "organisation", … (see shared/presentation.ts for every label) */
  actorKind: string;
  cue: string;
  /** "statement", "finding", "thought or plan" */
  claimKind: string;
  /** "WhoSaid is not sure this is a statement.", or '' when it is sure enough. */
  uncertainty: string;
  /** "direct quote", "paraphrase", "partly quoted" */
  quoteKind: string;
  /** "neutral", "distancing", … */
  stance: string;
  color: string;
  /** What the reader corrected of this claim and its actor, in words; empty when nothing. */
  corrected?: string[];
}

const CARD_CSS = `
.hover-card { position: fixed; max-width: 280px; padding: 6px 10px; border-radius: 6px; pointer-events: none;
  background: #1f1f1f; color: #f5f5f5; font: 13px/1.35 system-ui, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  border-left: 4px solid var(--actor-color, #888); }
.hover-card[hidden] { display: none; }
.hover-card .actor { font-weight: 600; }
.hover-card .detail { opacity: 0.85; }
.hover-card .corrected { margin-top: 2px; font-style: italic; }
.hover-card .corrected[hidden] { display: none; }
.hover-card .unsure { margin-top: 2px; font-style: italic; color: #ffd27a; }
.hover-card .unsure[hidden] { display: none; }
`;

const OFFSET_PX = 14;

/** Hit tests read layout; a timer (not animation frames, which a hidden or headless page may not run) spaces them. */
const HIT_TEST_INTERVAL_MS = 40;

/** A structural check: `instanceof` is unreliable across the content script's and the page's worlds. */
function isMouseEvent(event: Event): event is MouseEvent {
  return 'clientX' in event && 'composedPath' in event;
}

export interface HoverCardOptions {
  doc: Document;
  shadow: ShadowRoot;
  host: Element;
  adoptStyles(css: string): void;
  claims(): readonly ClaimRanges[];
  describe(claimId: string): HoverCardContent | null;
}

export class HoverCard {
  readonly #listeners = new ListenerCollection();
  readonly #card: HTMLElement;
  readonly #actor: HTMLElement;
  readonly #detail: HTMLElement;
  /** "Corrected by you: …", shown only for what the reader corrected. */
  readonly #corrected: HTMLElement;
  /** "WhoSaid is not sure this is …", shown only for an uncertain claim. */
  readonly #unsure: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastHitTest = -Infinity;
  /** Shown by pinTo (a jump), not by the pointer: stays until the pointer moves or the page scrolls. */
  #pinned = false;
  #pointer: { x: number; y: number } | null = null;
  #shownClaim: string | null = null;

  constructor(private readonly options: HoverCardOptions) {
    const { doc, shadow } = options;
    options.adoptStyles(CARD_CSS);
    this.#card = doc.createElement('div');
    this.#card.className = 'hover-card';
    this.#card.setAttribute('role', 'tooltip');
    // the card speaks the interface language, whatever the page's
    this.#card.setAttribute('lang', uiLanguage());
    // Read out when it appears after a jump, while focus stays in the sidebar.
    this.#card.setAttribute('aria-live', 'polite');
    this.#card.hidden = true;
    this.#actor = doc.createElement('div');
    this.#actor.className = 'actor';
    this.#detail = doc.createElement('div');
    this.#detail.className = 'detail';
    this.#corrected = doc.createElement('div');
    this.#corrected.className = 'corrected';
    this.#corrected.hidden = true;
    this.#unsure = doc.createElement('div');
    this.#unsure.className = 'unsure';
    this.#unsure.hidden = true;
    this.#card.append(this.#actor, this.#detail, this.#unsure, this.#corrected);
    shadow.append(this.#card);

    const view = doc.defaultView;
    if (view === null) return;
    this.#listeners.add(doc, 'pointermove', trusted((event) => this.#onPointer(event)), { passive: true });
    // Scrolling moves the text under a still pointer: hit-test again where the pointer rests. A card pinned
    // beside a claim (after a jump) would drift from it: it goes.
    this.#listeners.add(view, 'scroll', trusted(() => (this.#pinned ? this.hide() : this.#schedule())), { passive: true, capture: true });
    this.#listeners.add(doc.documentElement, 'pointerleave', trusted(() => {
      this.#pointer = null;
      this.hide();
    }), { passive: true });
    this.#listeners.onRelease(() => {
      if (this.#timer !== null) clearTimeout(this.#timer);
    });
  }

  hide(): void {
    this.#card.hidden = true;
    this.#shownClaim = null;
    this.#pinned = false;
  }

  /**
   * Shows the card for `claimId` below `anchor` (the claim's box) until the pointer moves or the page scrolls:
   * how a keyboard reader who jumped to a claim from the sidebar gets the same card.
   */
  pinTo(claimId: string, anchor: DOMRect): void {
    if (!this.#fill(claimId)) return;
    this.#pinned = true;
    this.#card.hidden = false;
    this.#place(anchor.left, anchor.bottom - OFFSET_PX + 4);
  }

  destroy(): void {
    this.#listeners.releaseAll();
    this.#card.remove();
  }

  #onPointer(event: Event): void {
    if (!isMouseEvent(event)) return;
    const pointer = event;
    // Over WhoSaid's own sidebar: the page's claims are not under the pointer.
    if (pointer.composedPath().includes(this.options.host)) {
      this.#pointer = null;
      this.hide();
      return;
    }
    this.#pointer = { x: pointer.clientX, y: pointer.clientY };
    this.#pinned = false;
    this.#schedule();
  }

  /** At most one hit test per HIT_TEST_INTERVAL_MS, however many moves and scrolls arrive meanwhile. */
  #schedule(): void {
    if (this.#timer !== null || this.#pointer === null) return;
    const wait = Math.max(0, this.#lastHitTest + HIT_TEST_INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#lastHitTest = performance.now();
      this.#update();
    }, wait);
  }

  #update(): void {
    const pointer = this.#pointer;
    if (pointer === null) return;
    const claim = claimAtPoint(this.options.doc, this.options.claims(), pointer.x, pointer.y);
    if (claim === null || !this.#fill(claim.claimId)) {
      this.hide();
      return;
    }
    this.#card.hidden = false;
    this.#place(pointer.x, pointer.y);
  }

  /** Puts the claim's actor, kind, cue and quote kind in the card; false when the claim is unknown. */
  #fill(claimId: string): boolean {
    if (this.#shownClaim === claimId) return true;
    const content = this.options.describe(claimId);
    if (content === null) return false;
    this.#shownClaim = claimId;
    this.#actor.textContent = `${content.actor} · ${content.actorKind}`;
    this.#detail.textContent = `${content.claimKind} · ${quoted(content.cue)} · ${content.quoteKind} · ${content.stance}`;
    this.#unsure.textContent = content.uncertainty;
    this.#unsure.hidden = content.uncertainty === '';
    const corrected = content.corrected ?? [];
    // text nodes only: the notes hold names the reader typed
    this.#corrected.textContent = corrected.length === 0 ? '' : t('hover_corrected', { notes: corrected.join('; ') });
    this.#corrected.hidden = corrected.length === 0;
    this.#card.style.setProperty('--actor-color', content.color);
    return true;
  }

  #place(x: number, y: number): void {
    const view = this.options.doc.defaultView;
    if (view === null) return;
    const { width, height } = this.#card.getBoundingClientRect();
    const left = Math.min(x + OFFSET_PX, view.innerWidth - width - 4);
    const top = y + OFFSET_PX + height > view.innerHeight ? y - OFFSET_PX - height : y + OFFSET_PX;
    this.#card.style.left = `${Math.max(4, left)}px`;
    this.#card.style.top = `${Math.max(4, top)}px`;
  }
}
