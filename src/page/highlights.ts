/**
 * Paints claims with the CSS Custom Highlight API: one highlight per actor and role (`whosaid-a3-content`), styled
 * by a constructed sheet adopted by the page's document (::highlight rules only apply in the document's scope).
 * The article's DOM is never touched; `clear()` removes every highlight and the sheet.
 */
import { HIGHLIGHT_PREFIX } from '../shared/global-keys.js';
import { TINT_ALPHA, tint, type ActorColor } from '../shared/palette.js';

export type ClaimRole = 'source' | 'cue' | 'content';

/** One claim's DOM ranges, by role. */
export interface ClaimRanges {
  claimId: string;
  /** The actor id, or null for a claim the text gives no speaker for. */
  actorId: string | null;
  source: Range | null;
  cue: Range | null;
  content: Range[];
}

const FOCUS_NAME = `${HIGHLIGHT_PREFIX}focus`;
const DIMMED_NAME = `${HIGHLIGHT_PREFIX}dimmed`;
const DIMMED_RULE = `::highlight(${DIMMED_NAME}) { background-color: rgb(140 140 140 / 0.12); }`;
const NO_ACTOR_KEY = 'none';
const ROLES: readonly ClaimRole[] = ['source', 'cue', 'content'];

export function highlightName(actorId: string | null, role: ClaimRole): string {
  return `${HIGHLIGHT_PREFIX}${actorId ?? NO_ACTOR_KEY}-${role}`;
}

/** ::highlight rules for one actor's three roles: content a light tint, source a strong tint, cue an underline. */
function actorRules(actorId: string | null, color: ActorColor): string {
  return [
    `::highlight(${highlightName(actorId, 'content')}) { background-color: ${tint(color, TINT_ALPHA.content)}; }`,
    `::highlight(${highlightName(actorId, 'source')}) { background-color: ${tint(color, TINT_ALPHA.source)};` +
      ` text-decoration: underline solid ${color.solid} 2px; }`,
    `::highlight(${highlightName(actorId, 'cue')}) { background-color: ${tint(color, TINT_ALPHA.cue)};` +
      ` text-decoration: underline dotted ${color.solid} 2px; }`,
  ].join('\n');
}

const FOCUS_RULE =
  `::highlight(${FOCUS_NAME}) { background-color: rgb(255 196 0 / 0.65); color: #111;` +
  ` text-decoration: underline solid #111 2px; }`;

export interface HighlightPainterOptions {
  doc: Document;
  colorOf(actorId: string | null): ActorColor;
  /** The roles painted (the reader's settings); default all three. */
  roles?: readonly ClaimRole[];
}

export class HighlightPainter {
  readonly #doc: Document;
  readonly #colorOf: (actorId: string | null) => ActorColor;
  readonly #sheet: CSSStyleSheet;
  readonly #roles: readonly ClaimRole[];
  #claims: readonly ClaimRanges[] = [];
  /** The rules the sheet holds now. */
  #rules = '';
  #names = new Set<string>();
  #focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor({ doc, colorOf, roles = ROLES }: HighlightPainterOptions) {
    this.#doc = doc;
    this.#colorOf = colorOf;
    this.#roles = roles;
    const view = doc.defaultView;
    if (view === null) throw new Error('the document has no window');
    this.#sheet = new view.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.#sheet];
  }

  /**
   * Writes the ::highlight rules for these actors ahead of the ranges. Every change of the document's style sheets
   * makes the browser recompute the style of every element of the page (on a page of 10,000 elements, tens of
   * milliseconds, and several times that once ranges are registered): so the rules are written once per analysis,
   * before the ranges, and left alone while the reader selects actors or the page re-renders the same text.
   * Returns whether the rules changed (then let the page render a frame before registering ranges).
   */
  prepare(actorIds: Iterable<string | null>): boolean {
    const rules = [FOCUS_RULE, DIMMED_RULE];
    const seen = new Set<string>();
    for (const actorId of actorIds) {
      const key = actorId ?? NO_ACTOR_KEY;
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push(actorRules(actorId, this.#colorOf(actorId)));
    }
    const text = rules.join('\n');
    if (text === this.#rules) return false;
    this.#rules = text;
    this.#sheet.replaceSync(text);
    return true;
  }

  /** Replaces what is painted with `claims`; when `onlyActor` is given, the other actors' claims are dimmed. */
  paint(claims: readonly ClaimRanges[], onlyActor: string | null = null): void {
    this.#claims = claims;
    this.#removeAll();
    const byName = new Map<string, Range[]>();
    // rules for every actor painted, dimmed or not: selecting an actor then leaves the style sheet as it is
    this.prepare(claims.map((claim) => claim.actorId));
    for (const claim of claims) {
      const dimmed = onlyActor !== null && claim.actorId !== onlyActor;
      for (const role of this.#roles) {
        const ranges = role === 'content' ? claim.content : [claim[role]];
        // Another actor's claims while one is selected: one faint grey, so the selected voice stands out.
        const name = dimmed ? DIMMED_NAME : highlightName(claim.actorId, role);
        let list = byName.get(name);
        if (list === undefined) byName.set(name, (list = []));
        for (const range of ranges) if (range !== null) list.push(range);
      }
    }
    for (const [name, ranges] of byName) {
      if (ranges.length === 0) continue;
      const highlight = new Highlight(...ranges);
      // Sources and cues paint above content where a quote's edge touches them.
      highlight.priority = name.endsWith('-content') || name === DIMMED_NAME ? 0 : 1;
      CSS.highlights.set(name, highlight);
      this.#names.add(name);
    }
  }

  /** Shows one actor's highlights in colour and the others dimmed (null: everyone's in colour again). */
  showOnly(actorId: string | null): void {
    this.paint(this.#claims, actorId);
  }

  /** Emphasises `ranges` for a moment (after a jump from the sidebar). */
  flash(ranges: readonly Range[], durationMs = 1600): void {
    clearTimeout(this.#focusTimer);
    const highlight = new Highlight(...ranges);
    highlight.priority = 10;
    CSS.highlights.set(FOCUS_NAME, highlight);
    this.#focusTimer = setTimeout(() => CSS.highlights.delete(FOCUS_NAME), durationMs);
  }

  /** Removes every highlight and the style sheet: the page is painted as it was. */
  clear(): void {
    clearTimeout(this.#focusTimer);
    this.#removeAll();
    CSS.highlights.delete(FOCUS_NAME);
    this.#doc.adoptedStyleSheets = this.#doc.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    this.#claims = [];
  }

  #removeAll(): void {
    for (const name of this.#names) CSS.highlights.delete(name);
    this.#names.clear();
  }
}
