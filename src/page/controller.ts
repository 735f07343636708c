/**
 * One WhoSaid session in a page, from the click that starts it to the click that ends it: finds the article, runs
 * the engine without blocking, paints the highlights, shows the sidebar and the hover card, reports the claim count
 * to the badge, and on destroy() takes all of it away again so the page's DOM is exactly as before.
 */
import type { Actor, Analysis, Claim, QuoteKind, TextBlock } from '../engine/types.js';
import type { PanelState, SidebarHandle, SidebarModel } from '../ui/sidebar-api.js';
import { ListenerCollection } from '../shared/listener-collection.js';
import type { ContentToBackground } from '../shared/messages.js';
import { paletteColorAt, UNATTRIBUTED_COLOR, type ActorColor } from '../shared/palette.js';
import { DEFAULT_SETTINGS, type HighlightRole, type Settings } from '../shared/settings.js';
import type { ArticleBlock, ArticleResult } from './article/types.js';
import { HighlightPainter, type ClaimRanges } from './highlights.js';
import { createWhoSaidRoot, type WhoSaidRoot } from './host.js';
import { HoverCard, type HoverCardContent } from './hover-card.js';
import { rangesOf } from './hit-test.js';
import { spanToRange } from './ranges.js';
import { analyzeWithoutBlocking, yieldToPage } from './run-engine.js';
import type { SidebarMount } from './sidebar-mount.js';

export interface ControllerDeps {
  doc: Document;
  findArticle(doc: Document): ArticleResult;
  mountSidebar: SidebarMount;
  /** Sends a message to the background (the badge); failures are the caller's to swallow. */
  send(message: ContentToBackground): void;
  /** The engine run; default: sliced so no main-thread task runs long. Resolves null when cancelled. */
  analyze?(blocks: TextBlock[], isCancelled: () => boolean): Promise<Analysis | null>;
  /** The reader's settings (palette, highlighted roles, sidebar side and width); defaults when not given. */
  settings?: Settings;
}

const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  indirect: 'paraphrase',
  mixed: 'partly quoted',
};

const EMPTY_MESSAGES = {
  noClaims: 'No reported statements found in this article.',
  unsupportedLanguage: (language: string) => `WhoSaid reads English articles only; this page is in “${language}”.`,
};

/** Actors ordered by number of claims (most first), then by first appearance. */
function actorsByClaimCount(analysis: Analysis): Actor[] {
  const counts = new Map<string, number>();
  for (const claim of analysis.claims) {
    if (claim.actorId !== null) counts.set(claim.actorId, (counts.get(claim.actorId) ?? 0) + 1);
  }
  return analysis.actors
    .map((actor, order) => ({ actor, order, count: counts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ actor }) => actor);
}

export class WhoSaidController {
  readonly #deps: ControllerDeps;
  readonly #listeners = new ListenerCollection();
  readonly #root: WhoSaidRoot;
  readonly #painter: HighlightPainter;
  #sidebar: SidebarHandle | null = null;
  #hoverCard: HoverCard | null = null;
  #destroyed = false;
  #blocks: ArticleBlock[] = [];
  #analysis: Analysis | null = null;
  #claimRanges: ClaimRanges[] = [];
  #colors = new Map<string, ActorColor>();
  #model: SidebarModel;

  constructor(deps: ControllerDeps) {
    this.#deps = deps;
    const { doc } = deps;
    this.#root = createWhoSaidRoot(doc);
    const settings = deps.settings ?? DEFAULT_SETTINGS;
    const roles = (Object.keys(settings.highlight) as HighlightRole[]).filter((role) => settings.highlight[role]);
    this.#painter = new HighlightPainter({ doc, colorOf: (actorId) => this.#colorOf(actorId), roles });
    this.#model = {
      state: 'analyzing',
      analysis: null,
      page: { url: doc.location.href, title: doc.title },
      actorColors: {},
      selectedActorId: null,
      layout: settings.sidebar,
    };
    this.#sidebar = deps.mountSidebar(this.#root.shadow, this.#model, {
      jumpToClaim: (claimId) => this.jumpToClaim(claimId),
      selectActor: (actorId) => this.selectActor(actorId),
      close: () => this.closeSidebar(),
    });
    this.#hoverCard = new HoverCard({
      doc,
      shadow: this.#root.shadow,
      host: this.#root.host,
      adoptStyles: (css) => this.#root.adoptStyles(css),
      claims: () => this.#claimRanges,
      describe: (claimId) => this.#describe(claimId),
    });
  }

  /** Finds the article, analyses it and shows the result. Never throws: failures become the 'error' state. */
  async start(): Promise<void> {
    try {
      // Injecting the script, mounting the sidebar and reading the article are separate tasks, none of them long.
      await yieldToPage();
      if (this.#destroyed) return;
      const article = this.#deps.findArticle(this.#deps.doc);
      if (article.status === 'unsupported-language') {
        this.#show('empty', EMPTY_MESSAGES.unsupportedLanguage(article.language));
        return;
      }
      if (article.status === 'no-article') {
        this.#show('empty', article.reason);
        return;
      }
      this.#blocks = article.blocks;
      const input = article.blocks.map(({ kind, text }) => ({ kind, text }));
      const run = this.#deps.analyze ?? analyzeWithoutBlocking;
      const analysis = await run(input, () => this.#destroyed);
      if (analysis === null || this.#destroyed) return;
      await this.#present(analysis);
    } catch (error) {
      if (this.#destroyed) return;
      this.#show('error', `WhoSaid could not read this page: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  jumpToClaim(claimId: string): void {
    const claim = this.#claimRanges.find((candidate) => candidate.claimId === claimId);
    if (claim === undefined) return;
    const ranges = rangesOf(claim);
    const first = claim.content[0] ?? claim.cue ?? claim.source;
    const view = this.#deps.doc.defaultView;
    if (first === undefined || first === null || view === null) return;
    const rect = first.getBoundingClientRect();
    const reduceMotion = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    view.scrollTo({
      top: Math.max(0, view.scrollY + rect.top - view.innerHeight / 3),
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    this.#painter.flash(ranges);
  }

  selectActor(actorId: string | null): void {
    this.#model = { ...this.#model, selectedActorId: actorId };
    this.#painter.showOnly(actorId);
    this.#sidebar?.update(this.#model);
  }

  /** Closes the sidebar alone; the highlights and the hover card stay until WhoSaid is switched off. */
  closeSidebar(): void {
    this.#sidebar?.destroy();
    this.#sidebar = null;
  }

  /** Removes everything WhoSaid added: highlights, style sheet, host element, listeners, timers; clears the badge. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#listeners.releaseAll();
    this.#hoverCard?.destroy();
    this.#hoverCard = null;
    this.closeSidebar();
    this.#painter.clear();
    this.#root.remove();
    this.#claimRanges = [];
    this.#send({ type: 'whosaid/off' });
  }

  async #present(analysis: Analysis): Promise<void> {
    this.#analysis = analysis;
    const doc = this.#deps.doc;
    const palette = (this.#deps.settings ?? DEFAULT_SETTINGS).palette;
    actorsByClaimCount(analysis).forEach((actor, rank) => this.#colors.set(actor.id, paletteColorAt(palette, rank)));
    const toRange = (span: Claim['cue'] | null): Range | null =>
      span === null ? null : spanToRange(this.#blocks, span, doc);
    this.#claimRanges = analysis.claims.map((claim) => ({
      claimId: claim.id,
      actorId: claim.actorId,
      source: toRange(claim.source),
      cue: toRange(claim.cue),
      content: claim.content.map(toRange).filter((range): range is Range => range !== null),
    }));
    this.#painter.paint(this.#claimRanges);
    // The highlights show now; the sidebar's list renders in the next task.
    await yieldToPage();
    if (this.#destroyed) return;
    const actorColors: Record<string, string> = {};
    for (const [actorId, color] of this.#colors) actorColors[actorId] = color.solid;
    this.#model = { ...this.#model, analysis, actorColors };
    const count = analysis.claims.length;
    if (count === 0) this.#show('empty', EMPTY_MESSAGES.noClaims);
    else this.#show('ready');
  }

  #show(state: PanelState, message?: string): void {
    const count = state === 'ready' ? (this.#analysis?.claims.length ?? 0) : 0;
    this.#model = { ...this.#model, state, message };
    this.#sidebar?.update(this.#model);
    this.#root.setState(state, count);
    this.#send({ type: 'whosaid/claims', count });
  }

  #send(message: ContentToBackground): void {
    this.#deps.send(message);
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
      actor: actor?.name ?? 'Unattributed',
      actorKind: actor?.kind ?? 'unnamed',
      cue,
      quoteKind: QUOTE_KIND_LABEL[claim.kind],
      color: this.#colorOf(claim.actorId).solid,
    };
  }
}
