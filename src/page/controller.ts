/**
 * One WhoSaid session in a page, from the click that starts it to the click that ends it: finds the article, runs
 * the engine without blocking, paints the highlights, shows the sidebar and the hover card, reports the claim count
 * to the badge, and on destroy() takes all of it away again so the page's DOM is exactly as before. The reader's
 * corrections of the article (shared/corrections.ts) are read from storage while the engine runs, applied to its
 * analysis before anything is shown, and re-applied, repainted and kept whenever the reader makes or undoes one.
 *
 * What the library keeps is what the reader asked for (issue 19: a page that pushState-ed from /attacker/page to
 * /victim/story and rewrote a paragraph replaced the reader's /victim/story entry, and twenty such changes made
 * twenty entries): the address and title are taken when the session starts (the click, or an allowed auto-run), and
 * only the first analysis shown at that address, and the reader's corrections of it, are handed on for keeping,
 * under that address. Re-analyses the page causes (its text changing, a same-document navigation) are shown but
 * never kept.
 */
import { type Analysis, type Claim, type ClaimKind, type TextBlock, isLowConfidence } from '../engine/index.js';
import type { PanelState, SidebarHandle, SidebarModel } from '../ui/sidebar-api.js';
import { debugMark, timed } from '../shared/debug-log.js';
import { ListenerCollection } from '../shared/listener-collection.js';
import type { ContentToBackground } from '../shared/messages.js';
import { PALETTES, paletteColorAt, UNATTRIBUTED_COLOR, type ActorColor } from '../shared/palette.js';
import { t } from '../shared/i18n.js';
import { actorColors, actorName, actorKindLabel, claimLabels, DEFAULT_SHOWN_KINDS, EMPTY_STATES, unattributedLabel } from '../shared/presentation.js';
import { articleKey, type ArticleKey } from '../shared/article-key.js';
import type { Correction } from '../shared/corrections.js';
import type { CorrectionsKit } from '../shared/corrections-kit.js';
import type { CorrectionsStore, LoadedCorrections } from '../shared/corrections-store.js';
import { DEFAULT_SETTINGS, type HighlightRole, type Settings } from '../shared/settings.js';
import type { ArticleBlock, ArticleResult } from './article/types.js';
import { HighlightPainter, type ClaimRanges } from './highlights.js';
import { createWhoSaidRoot, type WhoSaidRoot } from './host.js';
import { HoverCard, type HoverCardContent } from './hover-card.js';
import { anchorRangeOf, rangesOf } from './hit-test.js';
import { NEARBY_RANGE_LIMIT, NearbyClaims, rangeCount } from './nearby-claims.js';
import { spanToRange } from './ranges.js';
import { analyzeWithoutBlocking, yieldToPage } from './run-engine.js';
import { engineLanguage } from './language/readable-languages.js';
import type { SidebarMount } from './sidebar-mount.js';
import { compareArticles } from './observe/compare-articles.js';
import type { PageWatcher, PageWatcherOptions } from './observe/page-watcher.js';

export interface ControllerDeps {
  doc: Document;
  findArticle(doc: Document): ArticleResult;
  mountSidebar: SidebarMount;
  /** Sends a message to the background (the badge); failures are the caller's to swallow. */
  send(message: ContentToBackground): void;
  /**
   * The engine run on the article's blocks in its language (a tag the engine reads); default: sliced so no
   * main-thread task runs long. Resolves null when cancelled.
   */
  analyze?(blocks: TextBlock[], isCancelled: () => boolean, language: string): Promise<Analysis | null>;
  /**
   * Makes the engine able to read the article's language before it runs (the words of a language other than
   * English are injected on demand: page/language/readable-languages.ts); resolves false when it cannot. Default:
   * the engine reads every language the article finder lets through.
   */
  prepareLanguage?(language: string): Promise<boolean>;
  /**
   * The reader's settings (palette, highlighted roles, sidebar side and width); defaults when not given. May be a
   * promise (a storage read): the article is read and analysed meanwhile, and only painting waits for it.
   */
  settings?: Settings | Promise<Settings>;
  /**
   * The browser passes ::highlight styles on to descendant elements (Chromium): the highlight rules can then be
   * written for the article's own elements, which spares the rest of the page a restyle (see highlights.ts).
   */
  inheritsHighlightStyles?: boolean;
  /** Reads the article in slices (resolves null when cancelled); default: findArticle in one go. */
  readArticle?(doc: Document, isCancelled: () => boolean): Promise<ArticleResult | null>;
  /**
   * Move keyboard focus into the sidebar when it opens: yes after the reader's click (the default), no when WhoSaid
   * started by itself on an auto-run site, where taking focus would steal it from the reader's page.
   */
  focusSidebar?: boolean;
  /**
   * Has the sidebar's file exports injected (export.js, by the background) when the reader first exports; resolves
   * true once they ran. Default: none, and the export buttons say they could not export.
   */
  loadExports?(): Promise<boolean>;
  /** Watches the page for new or re-rendered paragraphs and single-page navigation; default: no watching. */
  watchPage?(options: PageWatcherOptions): PageWatcher;
  /**
   * An analysis with claims is shown (highlights painted, sidebar open). `askedFor` is the address and title the
   * session started at when this showing is what the reader asked for (the first analysis there, or their own
   * correction of it), the one the library may keep; null for a showing the page caused.
   */
  onShown?(analysis: Analysis, askedFor: AskedFor | null): void;
  /** Where the reader's corrections of each article are kept; without one they last as long as the page. */
  corrections?: CorrectionsStore;
  /**
   * What applies and describes corrections, asked for only when the article has some (corrections.js, which a click
   * does not carry: shared/corrections-kit.ts); resolves null when it cannot be had. Without it, or when it resolves
   * null, the engine's analysis is shown as it is.
   */
  correctionsKit?(): Promise<CorrectionsKit | null>;
}

const NO_CORRECTIONS: LoadedCorrections = { corrections: [], problem: null };

/** The page the reader asked WhoSaid to read: its address (fragment and all) and title when the session started. */
export interface AskedFor {
  url: string;
  title: string;
  /**
   * The document was loaded at another address and moved to this one by a same-document navigation (pushState):
   * what is kept there is a new entry, never a replacement of that path's entry (issue 19's same-site spoofing,
   * with the reader's click after the page's pushState).
   */
  movedInDocument: boolean;
}

/** Whether `doc` now stands at another address than the one it was loaded from (fragments aside). */
function movedInDocument(doc: Document): boolean {
  const loadedFrom = doc.defaultView?.performance.getEntriesByType('navigation')[0]?.name;
  return loadedFrom !== undefined && loadedFrom !== '' && withoutFragment(loadedFrom) !== withoutFragment(doc.location.href);
}

/** Why an analysis is shown: a read of the page's article, or the reader's correction of the one shown. */
type ShowCause = 'read' | 'correction';

/** The address without its fragment: a jump to an anchor stays on the page asked for. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Why the article is read (again): the click, a change of the page's text, or a navigation to another URL. */
type ReadReason = 'start' | 'content' | 'navigate';

/** How long a jump's smooth scroll may take before the claim's card shows anyway (no scrollend arrived). */
const SCROLL_SETTLE_MS = 900;

/**
 * The sidebar opens with the result, in the same task as the highlights (most articles take a few tens of
 * milliseconds: an "analysing" panel first would only cost a render and a restyle). When the work takes longer than
 * this, it opens meanwhile and says that it is analysing.
 */
const SHOW_PROGRESS_AFTER_MS = 150;

/** Claims whose spans become DOM ranges between two yields to the page. */
const CLAIMS_PER_SLICE = 400;

export class WhoSaidController {
  readonly #deps: ControllerDeps;
  readonly #listeners = new ListenerCollection();
  readonly #root: WhoSaidRoot;
  /** The reader's settings once read; the painter and the sidebar wait for them. */
  readonly #settingsReady: Promise<Settings>;
  #painter: HighlightPainter | null = null;
  #sidebar: SidebarHandle | null = null;
  /** The reader closed the sidebar: later states update the highlights only. */
  #sidebarClosed = false;
  #hoverCard: HoverCard | null = null;
  #destroyed = false;
  #blocks: ArticleBlock[] = [];
  /** The element the article was read from (with #blocks). */
  #articleRoot: Element | null = null;
  /** What the reader sees: the engine's analysis (#engineAnalysis) with the reader's corrections applied. */
  #analysis: Analysis | null = null;
  #engineAnalysis: Analysis | null = null;
  /** The article version the corrections belong to (null: not kept, e.g. a file: page), and their reading. */
  #articleKey: ArticleKey | null = null;
  #correctionsLoad: Promise<LoadedCorrections> = Promise.resolve(NO_CORRECTIONS);
  /** The reader's corrections of this article, in the order made; null until read from storage. */
  #corrections: Correction[] | null = null;
  /** Writes of the corrections, one after another, so the last list made is the one kept. */
  #saving: Promise<void> = Promise.resolve();
  /** The newest showing: a correction made while an older one still paints supersedes it. */
  #presentToken = 0;
  #claimRanges: ClaimRanges[] = [];
  /** The kinds of claim shown (the settings, then the sidebar's chips), and the claims of those kinds. */
  #shownKinds: readonly ClaimKind[] = DEFAULT_SHOWN_KINDS;
  /** The state last announced: the badge is counted only once the analysis is ready. */
  #state: PanelState = 'analyzing';
  #shownClaimRanges: ClaimRanges[] = [];
  #colors = new Map<string, ActorColor>();
  #model: SidebarModel;
  #watcher: PageWatcher | null = null;
  /** On a page with thousands of claims: the claims near the viewport, the only ones painted. */
  #nearby: NearbyClaims | null = null;
  /** The newest read of the article and the newest analysis: an older one that finishes late is dropped. */
  #readToken = 0;
  #runToken = 0;
  /** The page the session started at; null once the page navigated elsewhere (nothing more is kept). */
  #askedFor: AskedFor | null = null;
  /** The first analysis at #askedFor was shown (and handed on); later reads there are the page's doing. */
  #askedForShown = false;

  constructor(deps: ControllerDeps) {
    this.#deps = deps;
    const { doc } = deps;
    this.#root = createWhoSaidRoot(doc);
    this.#model = {
      state: 'analyzing',
      analysis: null,
      page: { url: doc.location.href, title: doc.title },
      actorColors: {},
      selectedActorId: null,
      layout: DEFAULT_SETTINGS.sidebar,
    };
    this.#settingsReady = Promise.resolve(deps.settings ?? DEFAULT_SETTINGS)
      .catch(() => DEFAULT_SETTINGS)
      .then((settings) => {
        // thoughts shown from the start when the reader asked for them in the options page
        this.#shownKinds = settings.claims.showThoughts ? [...DEFAULT_SHOWN_KINDS, 'thought'] : DEFAULT_SHOWN_KINDS;
        this.#model = { ...this.#model, layout: settings.sidebar, shownKinds: this.#shownKinds };
        return settings;
      });
    this.#hoverCard = new HoverCard({
      doc,
      shadow: this.#root.shadow,
      host: this.#root.host,
      adoptStyles: (css) => this.#root.adoptStyles(css),
      // only the claims painted: text of a hidden kind shows no card
      claims: () => this.#shownClaimRanges,
      describe: (claimId) => this.#describe(claimId),
    });
  }

  /** Finds the article, analyses it and shows the result. Never throws: failures become the 'error' state. */
  async start(): Promise<void> {
    if (this.#destroyed) return;
    // taken now, in the click's task: what the page does to its address or title afterwards is not the reader's ask
    const { location, title } = this.#deps.doc;
    this.#askedFor = { url: location.href, title, movedInDocument: movedInDocument(this.#deps.doc) };
    const progress = setTimeout(() => void this.#settingsReady.then(() => this.#openSidebar()), SHOW_PROGRESS_AFTER_MS);
    this.#listeners.onRelease(() => clearTimeout(progress));
    this.#watch();
    await this.#refresh('start');
    clearTimeout(progress);
  }

  /** Mounts the sidebar with the current model, unless it is open already or the reader closed it. */
  #openSidebar(): void {
    if (this.#sidebar !== null || this.#sidebarClosed || this.#destroyed) return;
    this.#sidebar = this.#deps.mountSidebar(this.#root.shadow, this.#model, {
      jumpToClaim: (claimId) => this.jumpToClaim(claimId),
      selectActor: (actorId) => this.selectActor(actorId),
      showKinds: (kinds) => this.showKinds(kinds),
      close: () => this.closeSidebar(),
      openLibrary: () => this.#send({ type: 'whosaid/open-library' }),
      previewClaim: (claimId) => this.previewClaim(claimId),
      correct: (correction) => this.correct(correction),
      undoCorrection: (index) => this.undoCorrection(index),
      ...(this.#deps.loadExports === undefined ? {} : { loadExports: this.#deps.loadExports }),
    }, { focusOnOpen: this.#deps.focusSidebar ?? true });
  }

  /** The painter, made once the settings say which roles to paint. */
  #painterFor(settings: Settings): HighlightPainter {
    if (this.#painter !== null) return this.#painter;
    const roles = (Object.keys(settings.highlight) as HighlightRole[]).filter((role) => settings.highlight[role]);
    this.#painter = new HighlightPainter({
      doc: this.#deps.doc,
      colorOf: (actorId) => this.#colorOf(actorId),
      roles,
      shownKinds: this.#shownKinds,
      inheritsHighlightStyles: this.#deps.inheritsHighlightStyles ?? false,
    });
    return this.#painter;
  }

  /** Follows the page: new or re-rendered paragraphs, and single-page navigation to another article. */
  #watch(): void {
    const host = this.#root.host;
    this.#watcher = this.#deps.watchPage?.({
      doc: this.#deps.doc,
      isOwnNode: (node) => node === host || host.contains(node),
      onContentChange: () => void this.#refresh('content'),
      onNavigate: () => void this.#refresh('navigate'),
    }) ?? null;
  }

  /**
   * Reads the article and redoes only what changed: nothing when its text and nodes are the same, the mapping
   * onto the DOM when the same text was re-rendered, the analysis when the text changed or the page navigated.
   * Never throws: failures become the 'error' state.
   */
  async #refresh(reason: ReadReason): Promise<void> {
    try {
      const read = ++this.#readToken;
      if (reason === 'navigate') {
        this.#forgetArticle();
        // another address: what WhoSaid reads there was not asked for by the reader's click
        this.#askedFor = null;
      }
      const isStale = (): boolean => this.#destroyed || read !== this.#readToken;
      const article = this.#deps.readArticle === undefined
        ? this.#deps.findArticle(this.#deps.doc)
        : await this.#deps.readArticle(this.#deps.doc, isStale);
      debugMark(`read article (${reason})`);
      if (article === null || isStale()) return;
      if (article.status !== 'article') {
        await this.#settingsReady;
        if (isStale()) return;
        this.#runToken += 1;
        this.#forgetArticle();
        const message = article.status === 'unsupported-language'
          ? EMPTY_STATES.unsupportedLanguage(article.language)
          : article.reason;
        this.#show('empty', message);
        return;
      }
      const change = this.#analysis === null && reason !== 'start' ? 'new-text' : compareArticles(this.#blocks, article.blocks);
      if (reason !== 'start' && change === 'same') {
        // the article's text stayed, but the page around it may have moved the elements its rules name
        this.#painter?.keepScopeInPlace();
        return;
      }
      const run = ++this.#runToken;
      this.#blocks = article.blocks;
      this.#articleRoot = article.root;
      // read while the engine runs: the corrections of this article's text at this address
      this.#readCorrections(articleKey(this.#deps.doc.location.href, article.blocks));
      if (change === 'same-text-new-nodes' && this.#engineAnalysis !== null) {
        await this.#present(this.#engineAnalysis, 'read');
        return;
      }
      if (reason !== 'start') this.#show('analyzing');
      const isStaleRun = (): boolean => this.#destroyed || run !== this.#runToken;
      // the article's language, as the engine reads it; its words first, when they are not in the engine yet
      const language = engineLanguage(article.language);
      const readable = await (this.#deps.prepareLanguage?.(language) ?? Promise.resolve(true));
      if (isStaleRun()) return;
      if (!readable) {
        this.#forgetArticle();
        this.#show('empty', EMPTY_STATES.languageNotLoaded(language));
        return;
      }
      const input = article.blocks.map(({ kind, text }) => ({ kind, text }));
      const analyze = this.#deps.analyze ?? analyzeWithoutBlocking;
      const analysis = await analyze(input, isStaleRun, language);
      debugMark('analysed');
      if (analysis === null || isStaleRun()) return;
      await this.#present(analysis, 'read');
    } catch (error) {
      if (this.#destroyed) return;
      this.#show('error', t('error_read_page', { error: error instanceof Error ? error.message : String(error) }));
    }
  }

  /** Takes the previous article's highlights and claims away (before another article or no article is shown). */
  #forgetArticle(): void {
    this.#stopFollowingViewport();
    this.#painter?.paint([]);
    this.#claimRanges = [];
    this.#shownClaimRanges = [];
    this.#analysis = null;
    this.#engineAnalysis = null;
    this.#blocks = [];
    this.#articleRoot = null;
    this.#colors.clear();
    const doc = this.#deps.doc;
    this.#model = { ...this.#model, analysis: null, actorColors: {}, selectedActorId: null, page: { url: doc.location.href, title: doc.title } };
  }

  /** Starts reading the corrections kept for `key`, unless they are those of the article shown already. */
  #readCorrections(key: ArticleKey | null): void {
    const current = this.#articleKey;
    if (current !== null && key !== null && current.url === key.url && current.textHash === key.textHash) return;
    this.#articleKey = key;
    this.#corrections = null;
    const store = this.#deps.corrections;
    this.#correctionsLoad = key === null || store === undefined ? Promise.resolve(NO_CORRECTIONS) : store.load(key);
  }

  /** The reader made a correction: shown at once, then kept for the next visit. */
  correct(correction: Correction): void {
    if (this.#engineAnalysis === null || this.#corrections === null) return;
    this.#changeCorrections([...this.#corrections, correction]);
  }

  /** The reader undid the correction at `index` (in the order made); the others still apply. */
  undoCorrection(index: number): void {
    const corrections = this.#corrections;
    if (this.#engineAnalysis === null || corrections === null || index < 0 || index >= corrections.length) return;
    this.#changeCorrections(corrections.filter((_, at) => at !== index));
  }

  #changeCorrections(corrections: Correction[]): void {
    const engine = this.#engineAnalysis;
    if (engine === null) return;
    this.#corrections = corrections;
    this.#model = { ...this.#model, notice: undefined };
    // a card open over a claim would show what it was before
    this.#hoverCard?.hide();
    void this.#present(engine, 'correction');
    const key = this.#articleKey;
    const store = this.#deps.corrections;
    if (key === null || store === undefined) {
      this.#notify(t('corrections_not_web'));
      return;
    }
    this.#saving = this.#saving.then(async () => {
      const outcome = await store.save(key, corrections);
      if (!outcome.ok) this.#notify(outcome.problem);
    });
  }

  /** Tells the reader something about their corrections in the sidebar (a storage problem). */
  #notify(notice: string): void {
    if (this.#destroyed) return;
    this.#model = { ...this.#model, notice };
    this.#sidebar?.update(this.#model);
  }

  jumpToClaim(claimId: string): void {
    const claim = this.#claimRanges.find((candidate) => candidate.claimId === claimId);
    if (claim === undefined) return;
    const ranges = rangesOf(claim);
    const first = anchorRangeOf(claim);
    const view = this.#deps.doc.defaultView;
    if (first === null || view === null) return;
    const rect = first.getBoundingClientRect();
    const reduceMotion = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    view.scrollTo({
      top: Math.max(0, view.scrollY + rect.top - view.innerHeight / 3),
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    this.#painter?.flash(ranges);
    // Once the page stops scrolling, the claim's card shows beside it: the hover card for keyboard readers.
    this.#afterScroll(view, () => this.#hoverCard?.pinTo(claimId, first.getBoundingClientRect()));
  }

  /**
   * A claim gained keyboard focus in the sidebar (null: lost it): when the claim is on screen its card shows beside
   * it, so keyboard readers reach the hover card without a pointer; off screen, Enter (a jump) brings it.
   */
  previewClaim(claimId: string | null): void {
    const card = this.#hoverCard;
    if (card === null) return;
    const claim = claimId === null ? undefined : this.#claimRanges.find((candidate) => candidate.claimId === claimId);
    const first = claim === undefined ? null : anchorRangeOf(claim);
    const view = this.#deps.doc.defaultView;
    if (claimId === null || first === null || view === null) {
      card.hide();
      return;
    }
    const rect = first.getBoundingClientRect();
    const onScreen = rect.bottom > 0 && rect.top < view.innerHeight && rect.right > 0 && rect.left < view.innerWidth;
    if (onScreen) card.pinTo(claimId, rect);
    else card.hide();
  }

  /** Runs `then` when the page's scrolling ends (or shortly, when there was nothing to scroll); once. */
  #afterScroll(view: Window, then: () => void): void {
    let done = false;
    const finish = (): void => {
      if (done || this.#destroyed) return;
      done = true;
      view.removeEventListener('scrollend', finish);
      clearTimeout(fallback);
      then();
    };
    const fallback = setTimeout(finish, SCROLL_SETTLE_MS);
    view.addEventListener('scrollend', finish, { once: true });
    this.#listeners.onRelease(() => {
      view.removeEventListener('scrollend', finish);
      clearTimeout(fallback);
    });
  }

  selectActor(actorId: string | null): void {
    this.#model = { ...this.#model, selectedActorId: actorId };
    this.#painter?.showOnly(actorId);
    this.#sidebar?.update(this.#model);
  }

  /** Shows the claims of these kinds, in the page and in the sidebar (the reader's chips). */
  showKinds(kinds: readonly ClaimKind[]): void {
    this.#shownKinds = kinds;
    this.#shownClaimRanges = this.#claimRanges.filter((claim) => kinds.includes(claim.kind ?? 'statement'));
    this.#model = { ...this.#model, shownKinds: kinds };
    this.#hoverCard?.hide();
    this.#painter?.showKinds(kinds);
    this.#sidebar?.update(this.#model);
    if (this.#state === 'ready') this.#send({ type: 'whosaid/claims', count: this.#shownClaimCount() });
  }

  /** Closes the sidebar alone; the highlights and the hover card stay until WhoSaid is switched off. */
  closeSidebar(): void {
    this.#sidebarClosed = true;
    this.#sidebar?.destroy();
    this.#sidebar = null;
  }

  /** Removes everything WhoSaid added: highlights, style sheet, host element, listeners, timers; clears the badge. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#watcher?.destroy();
    this.#watcher = null;
    this.#stopFollowingViewport();
    this.#listeners.releaseAll();
    this.#hoverCard?.destroy();
    this.#hoverCard = null;
    this.closeSidebar();
    this.#painter?.clear();
    this.#root.remove();
    this.#claimRanges = [];
    this.#shownClaimRanges = [];
    this.#send({ type: 'whosaid/off' });
  }

  /** Shows the engine's analysis of the article with the reader's corrections applied: sidebar, then highlights. */
  async #present(engine: Analysis, cause: ShowCause): Promise<void> {
    const run = this.#runToken;
    const present = ++this.#presentToken;
    const isStale = (): boolean => this.#destroyed || run !== this.#runToken || present !== this.#presentToken;
    const settings = await this.#settingsReady;
    const loadedFor = this.#articleKey;
    const loaded = await this.#correctionsLoad;
    if (isStale()) return;
    if (this.#corrections === null && loadedFor === this.#articleKey) {
      this.#corrections = loaded.corrections;
      this.#model = { ...this.#model, notice: loaded.problem ?? undefined };
    }
    const held = this.#corrections ?? [];
    const kit = held.length === 0 ? null : ((await this.#deps.correctionsKit?.()) ?? null);
    if (isStale()) return;
    const corrections = kit === null ? [] : held;
    const analysis = kit === null ? engine : kit.applyCorrections(engine, corrections);
    this.#engineAnalysis = engine;
    this.#analysis = analysis;
    const doc = this.#deps.doc;
    this.#colors = this.#colorsFor(engine, analysis, settings);
    const blocks = this.#blocks;
    const toRange = (span: Claim['cue'] | null): Range | null =>
      span === null ? null : spanToRange(blocks, span, doc);
    const painter = this.#painterFor(settings);
    const claimRanges: ClaimRanges[] = [];
    /** The block elements each claim's text lies in (for painting only those near the viewport). */
    const claimElements = new Map<string, Element[]>();
    // thousands of claims: their ranges are made in slices, and painted together once all are made
    for (let index = 0; index < analysis.claims.length; index += 1) {
      const claim = analysis.claims[index];
      if (claim === undefined) continue;
      if (index > 0 && index % CLAIMS_PER_SLICE === 0) {
        await yieldToPage();
        if (isStale()) return;
      }
      const spans = [claim.source, claim.cue, ...claim.content];
      claimElements.set(claim.id, [...new Set(spans.flatMap((span) => {
        const element = span === null ? undefined : blocks[span.block]?.element;
        return element === undefined ? [] : [element];
      }))]);
      claimRanges.push({
        claimId: claim.id,
        actorId: claim.actorId,
        source: toRange(claim.source),
        cue: toRange(claim.cue),
        content: claim.content.map(toRange).filter((range): range is Range => range !== null),
        kind: claim.kind,
        lowConfidence: isLowConfidence(claim),
      });
    }
    this.#claimRanges = claimRanges;
    this.#shownClaimRanges = claimRanges.filter((claim) => this.#shownKinds.includes(claim.kind ?? 'statement'));
    const solidColors: Record<string, string> = {};
    for (const [actorId, color] of this.#colors) solidColors[actorId] = color.solid;
    this.#model = {
      ...this.#model,
      analysis,
      actorColors: solidColors,
      corrections: kit === null ? [] : kit.describeCorrections(engine, corrections),
    };
    // empty only when the engine found nothing: when the reader's corrections took every claim away, the sidebar
    // stays, with their undo
    const [state, message] = engine.claims.length === 0 ? ['empty' as const, EMPTY_STATES.noClaims] : ['ready' as const, undefined];
    // The sidebar first: mounting it reads the page's computed colours (cheap while no style change is pending) and
    // may give the page a margin, a style change of its own; the highlight rules then, in a task of their own.
    timed('render the sidebar', () => this.#renderPanel(state, message));
    debugMark('rendered');
    // the restyle for the rules gets a task of its own: it can take tens of milliseconds on a long page
    await yieldToPage();
    if (isStale()) return;
    // The rules for every colour of the palette, on the article's own elements, with the page restyled for them
    // before any range is registered (see highlights.ts). After the sidebar: a style sheet the page gets after the
    // highlight rules (the sidebar's margin) would restyle the whole article again.
    // the root, and any block outside it (a headline above an <article>): the painter keeps the outermost of them
    const blockElements = blocks.map((block) => block.element);
    painter.scopeTo(this.#articleRoot === null ? blockElements : [this.#articleRoot, ...blockElements]);
    timed('write the highlight rules', () => painter.prepare([...PALETTES[settings.palette].colors, UNATTRIBUTED_COLOR], { restyleNow: true, claims: claimRanges }));
    debugMark('highlight rules');
    this.#stopFollowingViewport();
    const rangesInAll = claimRanges.reduce((sum, claim) => sum + rangeCount(claim), 0);
    if (rangesInAll > NEARBY_RANGE_LIMIT) {
      // thousands of claims: only those near the viewport are painted, and the painting follows the reader
      const followed = await new Promise<boolean>((resolve) => {
        this.#nearby = NearbyClaims.create({
          doc,
          claims: claimRanges,
          elementsOf: (claim) => claimElements.get(claim.claimId) ?? [],
          onChange: (near) => {
            timed('paint the highlights near the viewport', () => painter.paint(near, this.#model.selectedActorId));
            resolve(true);
          },
        });
        if (this.#nearby === null) resolve(false);
      });
      if (isStale()) return;
      if (!followed) painter.paint(claimRanges, this.#model.selectedActorId);
    } else {
      timed('paint the highlights', () => painter.paint(claimRanges, this.#model.selectedActorId));
    }
    this.#root.setHighlights(this.#nearby === null ? 'all' : 'near-viewport');
    this.#announce(state);
    debugMark('shown');
    if (state === 'ready') this.#deps.onShown?.(analysis, this.#askedForNow(cause));
  }

  /**
   * The page asked for when this showing may be kept: the first read shown at the address the session started at,
   * or the reader's correction there; null when the page navigated (even before the watcher noticed) or when the
   * page's own change of its text caused it.
   */
  #askedForNow(cause: ShowCause): AskedFor | null {
    const asked = this.#askedFor;
    if (asked === null || withoutFragment(this.#deps.doc.location.href) !== withoutFragment(asked.url)) return null;
    if (cause === 'correction') return this.#askedForShown ? asked : null;
    if (this.#askedForShown) return null;
    this.#askedForShown = true;
    return asked;
  }

  #stopFollowingViewport(): void {
    this.#nearby?.destroy();
    this.#nearby = null;
  }

  #show(state: PanelState, message?: string): void {
    this.#renderPanel(state, message);
    this.#announce(state);
  }

  /** The sidebar shows `state`: opened now unless it is open already or the reader closed it. */
  #renderPanel(state: PanelState, message?: string): void {
    this.#model = { ...this.#model, state, message };
    if (this.#sidebar === null) this.#openSidebar();
    else this.#sidebar.update(this.#model);
  }

  /** The root's state (inside its closed shadow root: tests wait for it) and the badge follow the state. */
  #announce(state: PanelState): void {
    this.#state = state;
    this.#root.setState(state, state === 'ready' ? (this.#analysis?.claims.length ?? 0) : 0);
    // builds with marks only (the page bench times a click by them): none in shipped builds
    debugMark(`state:${state}`);
    this.#send({ type: 'whosaid/claims', count: this.#shownClaimCount() });
  }

  /**
   * The claims the reader sees, the badge's number: the kinds shown in the page (thoughts only when asked for), so
   * the badge never counts what is hidden.
   */
  #shownClaimCount(): number {
    if (this.#state !== 'ready') return 0;
    return (this.#analysis?.claims ?? []).filter((claim) => this.#shownKinds.includes(claim.kind)).length;
  }

  #send(message: ContentToBackground): void {
    this.#deps.send(message);
  }

  /**
   * Colours by the engine's ranking, so a correction does not repaint every actor in another colour: an actor the
   * reader named takes the next colours of the palette.
   */
  #colorsFor(engine: Analysis, shown: Analysis, settings: Settings): Map<string, ActorColor> {
    const colors = actorColors(engine, settings.palette);
    let rank = engine.actors.filter((actor) => actor.kind !== 'unknown').length;
    for (const actor of shown.actors) {
      if (!colors.has(actor.id)) colors.set(actor.id, paletteColorAt(settings.palette, rank++));
    }
    return colors;
  }

  #colorOf(actorId: string | null): ActorColor {
    return (actorId === null ? undefined : this.#colors.get(actorId)) ?? UNATTRIBUTED_COLOR;
  }

  #describe(claimId: string): HoverCardContent | null {
    const analysis = this.#analysis;
    const claim = analysis?.claims.find((candidate) => candidate.id === claimId);
    if (analysis === null || claim === undefined) return null;
    const actor = analysis.actors.find((candidate) => candidate.id === claim.actorId);
    const cue = analysis.blocks[claim.cue.block]?.text.slice(claim.cue.start, claim.cue.end) ?? '';
    return {
      actor: actor ? actorName(actor) : unattributedLabel(),
      actorKind: actorKindLabel(actor),
      cue,
      ...claimLabels(claim),
      color: this.#colorOf(claim.actorId).solid,
      corrected: [...(actor?.corrected ?? []), ...(claim.corrected ?? [])],
    };
  }
}
