/**
 * Paints claims with the CSS Custom Highlight API: one highlight per colour and role (`whosaid-0072b2-content`:
 * actors who share a colour share its highlights), styled by a constructed sheet adopted by the page's document
 * (::highlight rules only apply in the document's scope). The article's DOM is never touched; `clear()` removes
 * every highlight and the sheet.
 *
 * What the rules cost (measured in Chromium 156 on a long Wikipedia page): adding ::highlight rules makes the
 * browser restyle every element they may apply to, and work out each highlight's style for each of them.
 * `::highlight(x)` (every element) with 20 names: 85 ms; `p::highlight(x), li::highlight(x)`: 200 ms (the page's
 * thousands of list items); named per actor (150 names) and scoped by element names: 5 s. So: few names, one per
 * colour and role (at most a palette's hues times three), and, where the browser passes highlight styles down to
 * descendants (Chromium's highlight inheritance), rules for the article's own root element only
 * (`#content > div:nth-child(2)::highlight(x)`): the article's text inherits them, and the restyle stays inside
 * the article (35 ms on that page, where the article is nearly all of it; a few ms on a news page). Firefox 140
 * does not inherit highlight styles: there the rules name every element. Any later change of the page's style
 * sheets restyles the article again, so the rules are written in one go, for the palette's every colour, with the
 * page restyled at once before any range is registered (the ranges then only cost painting), and left alone while
 * the reader selects actors.
 *
 * Claims of the kinds the reader hides (thoughts, until asked for) are not painted. Two styles of their own, each one
 * name per colour for all three roles, are written only once a claim needs them (a page without thoughts shown or
 * uncertain claims pays for no extra rule): a thought shown on demand (`whosaid-0072b2-thought`: a faint tint and a
 * dashed underline), and a claim WhoSaid is not sure of (`whosaid-0072b2-unsure`: no tint, a wavy underline).
 */
import type { ClaimKind } from '../engine/index.js';
import { HIGHLIGHT_PREFIX } from '../shared/global-keys.js';
import { DEFAULT_SHOWN_KINDS } from '../shared/presentation.js';
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
  /** What the claim reports; painted only when its kind is shown. A statement when not given. */
  kind?: ClaimKind;
  /** WhoSaid is not sure of it (engine/confidence.ts): painted in the subtler "unsure" style. */
  lowConfidence?: boolean;
}

/** The styles of their own: a thought shown on demand, a claim WhoSaid is not sure of. */
export type ClaimStyle = 'thought' | 'unsure';
const STYLES: readonly ClaimStyle[] = ['thought', 'unsure'];

/** The style a claim is painted in, when not its colour's three roles. */
export function claimStyleOf(claim: Pick<ClaimRanges, 'kind' | 'lowConfidence'>): ClaimStyle | null {
  if (claim.lowConfidence === true) return 'unsure';
  return claim.kind === 'thought' ? 'thought' : null;
}

/** The highlight of one colour in a style of its own, for all three roles: `whosaid-0072b2-thought`. */
export function styleHighlightName(color: ActorColor, style: ClaimStyle): string {
  return `${HIGHLIGHT_PREFIX}${colorKey(color)}-${style}`;
}

const FOCUS_NAME = `${HIGHLIGHT_PREFIX}focus`;
const DIMMED_NAME = `${HIGHLIGHT_PREFIX}dimmed`;
const ROLES: readonly ClaimRole[] = ['source', 'cue', 'content'];

/** The highlight of one colour in one role: `whosaid-0072b2-content`. */
export function highlightName(color: ActorColor, role: ClaimRole): string {
  return `${HIGHLIGHT_PREFIX}${colorKey(color)}-${role}`;
}

/** A colour as a name part: its hex digits, lower case (anything else in `solid` is dropped). */
function colorKey(color: ActorColor): string {
  return color.solid.toLowerCase().replace(/[^0-9a-f]/g, '');
}

/**
 * The selector of one highlight: on the given elements only (`main > p:nth-child(3)::highlight(x), …`), or on
 * every element when none are given.
 */
function highlightSelector(name: string, scope: readonly string[]): string {
  if (scope.length === 0) return `::highlight(${name})`;
  return scope.map((selector) => `${selector}::highlight(${name})`).join(', ');
}

/** ::highlight rules for one colour's three roles: content a light tint, source a strong tint, cue an underline. */
function colorRules(color: ActorColor, scope: readonly string[]): string {
  const selector = (role: ClaimRole): string => highlightSelector(highlightName(color, role), scope);
  return [
    `${selector('content')} { background-color: ${tint(color, TINT_ALPHA.content)}; }`,
    `${selector('source')} { background-color: ${tint(color, TINT_ALPHA.source)};` +
      ` text-decoration: underline solid ${color.solid} 2px; }`,
    `${selector('cue')} { background-color: ${tint(color, TINT_ALPHA.cue)};` +
      ` text-decoration: underline dotted ${color.solid} 2px; }`,
  ].join('\n');
}

/** A style of its own for one colour: lighter than the colour's roles, and told apart without colour too. */
function styleRule(color: ActorColor, style: ClaimStyle, scope: readonly string[]): string {
  const selector = highlightSelector(styleHighlightName(color, style), scope);
  return style === 'thought'
    ? `${selector} { background-color: ${tint(color, TINT_ALPHA.thought)}; text-decoration: underline dashed ${color.solid} 1px; }`
    : `${selector} { text-decoration: underline wavy ${color.solid} 1px; }`;
}

function focusRule(scope: readonly string[]): string {
  return `${highlightSelector(FOCUS_NAME, scope)} { background-color: rgb(255 196 0 / 0.65); color: #111;` +
    ` text-decoration: underline solid #111 2px; }`;
}

function dimmedRule(scope: readonly string[]): string {
  return `${highlightSelector(DIMMED_NAME, scope)} { background-color: rgb(140 140 140 / 0.12); }`;
}

/** An element name that can be written into a selector as it is (custom elements included). */
const PLAIN_TAG = /^[a-z][a-z0-9-]{0,60}$/;

/**
 * A selector that matches `element` alone, now: `#id` when the page gives it an id no other element has, else the
 * path of `:nth-child` steps from the nearest such ancestor (or from <html>). Null when an element's name cannot be
 * written plainly (an XML page's "svg:text").
 */
export function selectorOf(element: Element): string | null {
  const doc = element.ownerDocument;
  const steps: string[] = [];
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    const id = current.id;
    if (id !== '' && typeof CSS !== 'undefined' && typeof CSS.escape === 'function') {
      const byId = `#${CSS.escape(id)}`;
      // an id the page gives two elements is no anchor
      if (doc.querySelectorAll(byId).length === 1) {
        steps.unshift(byId);
        return steps.join(' > ');
      }
    }
    const tag = current.localName;
    if (!PLAIN_TAG.test(tag)) return null;
    const parent = current.parentElement;
    if (parent === null) {
      steps.unshift(tag);
      break;
    }
    let position = 1;
    for (let sibling = current.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) position += 1;
    steps.unshift(`${tag}:nth-child(${position})`);
  }
  return steps.join(' > ');
}

/**
 * The fewest elements that hold all of `elements`: those with no ancestor among them. One walk up per element (an
 * article's thousands of blocks beside its root cost their depth each, not one another).
 */
function outermost(elements: Iterable<Element>): Element[] {
  const given = new Set(elements);
  const hasGivenAncestor = (element: Element): boolean => {
    for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement) {
      if (given.has(ancestor)) return true;
    }
    return false;
  };
  return [...given].filter((element) => !hasGivenAncestor(element));
}

/** The selectors of the scope, or none (rules for every element) when one of them cannot be written. */
function scopeSelectors(elements: readonly Element[]): string[] {
  const selectors = elements.map(selectorOf);
  return selectors.every((selector): selector is string => selector !== null) ? selectors : [];
}

export interface HighlightPainterOptions {
  doc: Document;
  colorOf(actorId: string | null): ActorColor;
  /** The roles painted (the reader's settings); default all three. */
  roles?: readonly ClaimRole[];
  /** The kinds of claim painted; default statements and findings (thoughts on the reader's demand). */
  shownKinds?: readonly ClaimKind[];
  /**
   * The browser passes ::highlight styles on to descendants (Chromium): then the rules name the article's own
   * elements (see scopeTo), which spares the rest of the page a restyle. Default false: rules for every element.
   */
  inheritsHighlightStyles?: boolean;
}

export class HighlightPainter {
  readonly #doc: Document;
  readonly #colorOf: (actorId: string | null) => ActorColor;
  readonly #sheet: CSSStyleSheet;
  readonly #roles: readonly ClaimRole[];
  readonly #inheritsHighlightStyles: boolean;
  /** Selectors of the elements the rules are written for (empty: every element), and those elements. */
  #scope: readonly string[] = [];
  #scopeElements: readonly Element[] = [];
  /** The colours the rules are written for, by name part; and those a style of their own is written for. */
  readonly #ruleColors = new Map<string, ActorColor>();
  readonly #styleColors: Record<ClaimStyle, Map<string, ActorColor>> = { thought: new Map(), unsure: new Map() };
  #shownKinds: ReadonlySet<ClaimKind>;
  #onlyActor: string | null = null;
  #claims: readonly ClaimRanges[] = [];
  /** The rules the sheet holds now. */
  #rules = '';
  #names = new Set<string>();
  #focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor({ doc, colorOf, roles = ROLES, shownKinds = DEFAULT_SHOWN_KINDS, inheritsHighlightStyles = false }: HighlightPainterOptions) {
    this.#doc = doc;
    this.#shownKinds = new Set(shownKinds);
    this.#colorOf = colorOf;
    this.#roles = roles;
    this.#inheritsHighlightStyles = inheritsHighlightStyles;
    const view = doc.defaultView;
    if (view === null) throw new Error('the document has no window');
    // adopted with its first rules (see prepare): adopting it earlier would only cost the page a restyle sooner
    this.#sheet = new view.CSSStyleSheet();
  }

  /**
   * Says which elements hold the article's text (its root, and any block outside it, such as a headline above an
   * <article>): where highlight styles are inherited, the rules are written for these elements alone. Takes
   * effect at the next `prepare`.
   */
  scopeTo(elements: Iterable<Element>): void {
    if (!this.#inheritsHighlightStyles) return;
    this.#scopeElements = outermost(elements);
    // an element whose path cannot be written: rules for every element rather than text left unpainted
    this.#scope = scopeSelectors(this.#scopeElements);
  }

  /**
   * The page changed around the article (a banner inserted above it shifts every `:nth-child` step): when a scope
   * selector no longer names its element, the rules are written again for where the article is now. Returns
   * whether they were.
   */
  keepScopeInPlace(): boolean {
    if (this.#rules === '') return false;
    // the selectors written then against those the elements have now (no selector matching needed)
    const now = scopeSelectors(this.#scopeElements);
    if (now.length === this.#scope.length && now.every((selector, index) => selector === this.#scope[index])) return false;
    this.#scope = now;
    return this.prepare([], { restyleNow: true });
  }

  /**
   * Makes sure the sheet has rules for these colours (and the scope of the last `scopeTo`), rewriting it only when
   * something is missing or the scope moved: every change of the document's style sheets costs the page a restyle
   * (see the header). With `restyleNow`, a change is followed by that restyle at once, inside this task: done
   * before any range is registered, it is cheaper than the one the next frame would do with rules and ranges new
   * together, and the frame that shows the highlights then only paints. `claims`: the claims about to be painted,
   * whose styles of their own (a thought shown, an uncertain claim) get their rules in the same write. Returns
   * whether the rules changed.
   */
  prepare(colors: Iterable<ActorColor>, { restyleNow = false, claims = [] }: { restyleNow?: boolean; claims?: readonly ClaimRanges[] } = {}): boolean {
    for (const color of colors) {
      const key = colorKey(color);
      if (!this.#ruleColors.has(key)) this.#ruleColors.set(key, color);
    }
    for (const claim of claims) {
      const style = this.#isShown(claim) ? claimStyleOf(claim) : null;
      if (style === null) continue;
      const color = this.#colorOf(claim.actorId);
      const key = colorKey(color);
      if (!this.#styleColors[style].has(key)) this.#styleColors[style].set(key, color);
    }
    const scope = this.#scope;
    const rules = [focusRule(scope), dimmedRule(scope)];
    for (const color of this.#ruleColors.values()) rules.push(colorRules(color, scope));
    for (const style of STYLES) for (const color of this.#styleColors[style].values()) rules.push(styleRule(color, style, scope));
    const text = rules.join('\n');
    if (text === this.#rules) return false;
    this.#rules = text;
    this.#sheet.replaceSync(text);
    const doc = this.#doc;
    if (!doc.adoptedStyleSheets.includes(this.#sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.#sheet];
    // reading a computed style brings the page's style up to date (its layout is left alone)
    if (restyleNow) doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue('color');
    return true;
  }

  /**
   * Replaces what is painted with `claims` (those of a kind shown); when `onlyActor` is given, the other actors'
   * claims are dimmed.
   */
  paint(claims: readonly ClaimRanges[], onlyActor: string | null = null): void {
    this.#claims = claims;
    this.#onlyActor = onlyActor;
    this.#removeAll();
    const byName = new Map<string, Range[]>();
    // rules for every colour painted, dimmed or not (usually written already): selecting an actor then leaves the
    // style sheet as it is
    this.prepare(claims.map((claim) => this.#colorOf(claim.actorId)), { claims });
    for (const claim of claims) {
      if (!this.#isShown(claim)) continue;
      const dimmed = onlyActor !== null && claim.actorId !== onlyActor;
      const style = claimStyleOf(claim);
      for (const role of this.#roles) {
        const ranges = role === 'content' ? claim.content : [claim[role]];
        // Another actor's claims while one is selected: one faint grey, so the selected voice stands out.
        const color = this.#colorOf(claim.actorId);
        const name = dimmed ? DIMMED_NAME : style === null ? highlightName(color, role) : styleHighlightName(color, style);
        let list = byName.get(name);
        if (list === undefined) byName.set(name, (list = []));
        for (const range of ranges) if (range !== null) list.push(range);
      }
    }
    for (const [name, ranges] of byName) {
      if (ranges.length === 0) continue;
      const highlight = new Highlight(...ranges);
      // Sources and cues paint above content where a quote's edge touches them.
      highlight.priority = name.endsWith('-content') || name.endsWith('-thought') || name.endsWith('-unsure') || name === DIMMED_NAME ? 0 : 1;
      CSS.highlights.set(name, highlight);
      this.#names.add(name);
    }
  }

  /** Shows one actor's highlights in colour and the others dimmed (null: everyone's in colour again). */
  showOnly(actorId: string | null): void {
    this.paint(this.#claims, actorId);
  }

  /** Paints the claims of these kinds only (the reader's chips in the sidebar, or the setting for thoughts). */
  showKinds(kinds: readonly ClaimKind[]): void {
    this.#shownKinds = new Set(kinds);
    this.paint(this.#claims, this.#onlyActor);
  }

  /** Whether a claim's kind is shown. */
  isShown(claim: Pick<ClaimRanges, 'kind'>): boolean {
    return this.#isShown(claim);
  }

  #isShown(claim: Pick<ClaimRanges, 'kind'>): boolean {
    return this.#shownKinds.has(claim.kind ?? 'statement');
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
