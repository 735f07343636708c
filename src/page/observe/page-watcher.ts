/**
 * Watches a page WhoSaid is on for the two changes that matter: the page's text changing in place (paragraphs added
 * by lazy loading or "show more", paragraphs re-rendered) and single-page navigation to another URL (history API).
 * Mutations of WhoSaid's own nodes never count, so repainting can never wake the watcher: it cannot loop.
 */

export interface PageWatcherOptions {
  doc: Document;
  /** WhoSaid's own nodes (the <whosaid-root> host and what it holds): their mutations are ignored. */
  isOwnNode(node: Node): boolean;
  /** The page's text may have changed; called once the mutations have paused (debounced). */
  onContentChange(): void;
  /** The URL changed without a page load; called once the new page's mutations have paused. */
  onNavigate(url: string): void;
  /** Quiet time after the last mutation before a check (ms). */
  debounceMs?: number;
  /** A page that never stops mutating is still checked this often (ms). */
  maxWaitMs?: number;
  /** How often the URL is compared as a fallback for navigations no event reports (ms). */
  urlPollMs?: number;
}

export interface PageWatcher {
  destroy(): void;
}

const DEFAULTS = { debounceMs: 300, maxWaitMs: 2000, urlPollMs: 1000 } as const;

/** The URL without its fragment: a jump to an anchor is not a navigation to another article. */
function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** True when a mutation record touches the page's own content (not only WhoSaid's nodes). */
function isPageMutation(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || nodes.some((node) => !isOwnNode(node));
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** The Navigation API (`window.navigation`) where the browser has it. */
function navigationOf(view: Window): NavigationLike | null {
  const navigation: unknown = Reflect.get(view, 'navigation');
  if (typeof navigation !== 'object' || navigation === null) return null;
  const candidate = navigation as Partial<NavigationLike>;
  return typeof candidate.addEventListener === 'function' && typeof candidate.removeEventListener === 'function'
    ? (navigation as NavigationLike)
    : null;
}

/**
 * Starts watching. Content changes and navigations are both debounced; a navigation takes precedence over a
 * content change pending at the same time (the new page is analysed from scratch).
 */
export function watchPage(options: PageWatcherOptions): PageWatcher {
  const { doc, isOwnNode } = options;
  const debounceMs = options.debounceMs ?? DEFAULTS.debounceMs;
  const maxWaitMs = options.maxWaitMs ?? DEFAULTS.maxWaitMs;
  const view = doc.defaultView;
  if (view === null) return { destroy: () => undefined };

  let lastUrl = withoutHash(doc.location.href);
  let navigationPending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let destroyed = false;

  const fire = (): void => {
    timer = undefined;
    firstPendingAt = 0;
    if (destroyed) return;
    if (navigationPending) {
      navigationPending = false;
      options.onNavigate(doc.location.href);
    } else {
      options.onContentChange();
    }
  };

  /** (Re)starts the quiet-time timer, never pushing the check later than maxWaitMs after the first change. */
  const schedule = (): void => {
    const now = Date.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, wait);
  };

  const checkUrl = (): void => {
    const url = withoutHash(doc.location.href);
    if (url === lastUrl) return;
    lastUrl = url;
    navigationPending = true;
    schedule();
  };

  // the content script's own constructor where it has one (an isolated world), else the document's window's (jsdom)
  const Observer: typeof MutationObserver = typeof MutationObserver === 'function' ? MutationObserver : view.MutationObserver;
  const observer = new Observer((records) => {
    checkUrl();
    if (records.some((record) => isPageMutation(record, isOwnNode))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  view.addEventListener('popstate', checkUrl);
  view.addEventListener('hashchange', checkUrl);
  const navigation = navigationOf(view);
  navigation?.addEventListener('currententrychange', checkUrl);
  const poll = setInterval(checkUrl, options.urlPollMs ?? DEFAULTS.urlPollMs);

  return {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      view.removeEventListener('popstate', checkUrl);
      view.removeEventListener('hashchange', checkUrl);
      navigation?.removeEventListener('currententrychange', checkUrl);
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
