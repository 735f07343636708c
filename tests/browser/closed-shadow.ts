/**
 * How a test reads and drives WhoSaid's closed shadow root: through the automation protocol, never through the
 * page. The page's own scripts get null from `host.shadowRoot`; the test driver asks the browser for the root
 * (Chromium: CDP `DOM.describeNode` with `pierce`; Firefox: WebDriver BiDi serialization with
 * `includeShadowTree: 'all'`) and calls a function with it in the page's main world. Nothing of this is in any
 * build of the extension. Clicks and keys then go through puppeteer's real input, which the page sees as trusted.
 */
import type { CDPSession, Page } from 'puppeteer-core';

/** A function run in the page with WhoSaid's shadow root; its arguments and result cross as JSON. */
export type InShadow<T, A extends unknown[]> = (shadow: ShadowRoot | null, ...args: A) => T | Promise<T>;

/** Wraps `fn` so that it takes the root and one JSON string of arguments, and returns JSON (undefined as null). */
function wrapped(fn: (...args: never[]) => unknown): string {
  return `async function (shadow, json) {
    const value = await (${fn.toString()})(shadow, ...JSON.parse(json));
    return JSON.stringify(value === undefined ? null : value);
  }`;
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpSession(page: Page): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (session === undefined) {
    session = page.createCDPSession();
    cdpSessions.set(page, session);
  }
  return session;
}

interface CdpNode {
  shadowRoots?: Array<{ backendNodeId: number }>;
}

async function callInChromium(page: Page, declaration: string, json: string): Promise<string | null> {
  const session = await cdpSession(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'whosaid-root' });
  if (nodeId === 0) return null;
  const described: { node: CdpNode } = await session.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = described.node.shadowRoots?.[0];
  if (shadow === undefined) return null;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (object.objectId === undefined) return null;
  try {
    const outcome = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (json) { return (${declaration})(this, json); }`,
      arguments: [{ value: json }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (outcome.exceptionDetails !== undefined) {
      throw new Error(`in the shadow root: ${outcome.exceptionDetails.exception?.description ?? outcome.exceptionDetails.text}`);
    }
    return typeof outcome.result.value === 'string' ? outcome.result.value : null;
  } finally {
    await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
  }
}

/** The parts of puppeteer's WebDriver BiDi realm this uses (not in its public types). */
interface BidiRemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
  handle?: string;
}
type BidiEvaluateResult =
  | { type: 'success'; result: BidiRemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiCoreRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<BidiEvaluateResult>;
  disown(handles: string[]): Promise<void>;
}
interface MaybeBidiFrame {
  mainRealm?(): { realm?: Partial<BidiCoreRealm> };
}

/** The page's main realm in WebDriver BiDi (Firefox); null over CDP (Chromium), whose realms have no `realm`. */
function bidiRealm(page: Page): BidiCoreRealm | null {
  const realm = (page.mainFrame() as unknown as MaybeBidiFrame).mainRealm?.().realm;
  if (realm === undefined || typeof realm.callFunction !== 'function' || typeof realm.disown !== 'function') return null;
  return realm as BidiCoreRealm;
}

function shadowRootIdOf(host: BidiRemoteValue): string | null {
  const properties = host.value;
  if (typeof properties !== 'object' || properties === null) return null;
  const shadow: unknown = Reflect.get(properties, 'shadowRoot');
  if (typeof shadow !== 'object' || shadow === null) return null;
  const sharedId: unknown = Reflect.get(shadow, 'sharedId');
  return typeof sharedId === 'string' ? sharedId : null;
}

async function callInFirefox(realm: BidiCoreRealm, declaration: string, json: string): Promise<string | null> {
  const found = await realm.callFunction("() => document.querySelector('whosaid-root')", false, {
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (found.type !== 'success') throw new Error(`finding whosaid-root: ${found.exceptionDetails.text}`);
  const handle = found.result.handle;
  try {
    if (found.result.type !== 'node') return null;
    const shadowId = shadowRootIdOf(found.result);
    if (shadowId === null) return null;
    const outcome = await realm.callFunction(declaration, true, {
      arguments: [{ sharedId: shadowId }, { type: 'string', value: json }],
      resultOwnership: 'none',
    });
    if (outcome.type !== 'success') throw new Error(`in the shadow root: ${outcome.exceptionDetails.text}`);
    return typeof outcome.result.value === 'string' ? outcome.result.value : null;
  } finally {
    if (handle !== undefined) await realm.disown([handle]).catch(() => undefined);
  }
}

/**
 * Runs `fn` in the page's main world with WhoSaid's (closed) shadow root, or with null when WhoSaid is not in the
 * page; resolves its result.
 */
export async function inShadow<T, A extends unknown[]>(page: Page, fn: InShadow<T, A>, ...args: A): Promise<T> {
  const declaration = wrapped(fn as (...args: never[]) => unknown);
  const json = JSON.stringify(args);
  const realm = bidiRealm(page);
  const result = realm !== null ? await callInFirefox(realm, declaration, json) : await callInChromium(page, declaration, json);
  if (result !== null) return JSON.parse(result) as T;
  // no WhoSaid in the page: the same function, with no root
  const withoutRoot = fn as unknown as (shadow: null, ...rest: unknown[]) => T;
  return (await page.evaluate(withoutRoot, null, ...args)) as T;
}

/** Polls `fn` in the shadow root until it returns something truthy; resolves that value. */
export async function waitInShadow<T, A extends unknown[]>(
  page: Page,
  fn: InShadow<T, A>,
  options: { timeout?: number; polling?: number } = {},
  ...args: A
): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  for (;;) {
    const value = await inShadow(page, fn, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waiting in WhoSaid's shadow root timed out: ${fn.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, options.polling ?? 100));
  }
}

/**
 * Where to click the first element matching `selector` in the shadow root (with `text` in its text, when given),
 * in the viewport: scrolled into view, then measured again after two frames (at most 200 ms: a hidden tab runs
 * none), until it stands still. Sources scrolled past are laid out at their real height only then
 * (content-visibility), which can move the element out of view again. Throws when there is none.
 */
export async function pointInShadow(page: Page, selector: string, text = ''): Promise<{ x: number; y: number }> {
  const locate = () => inShadow(page, (shadow, css, needle) => {
    const element = [...(shadow?.querySelectorAll<HTMLElement>(css) ?? [])].find((candidate) => (candidate.textContent ?? '').includes(needle));
    if (!element) return null;
    const before = element.getBoundingClientRect();
    if (before.top < 0 || before.bottom > innerHeight || before.left < 0 || before.right > innerWidth) {
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector, text);
  let last: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    const point = await locate();
    if (point === null) throw new Error(`no ${selector}${text ? ` with “${text}”` : ''} in the sidebar`);
    if (last !== null && Math.abs(last.x - point.x) < 1 && Math.abs(last.y - point.y) < 1) return point;
    last = point;
    await page.evaluate(() => new Promise((resolve) => {
      setTimeout(resolve, 200);
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    }));
  }
  throw new Error(`${selector}${text ? ` with “${text}”` : ''} does not stand still in the sidebar`);
}

/** A real, trusted click (puppeteer's mouse) on the element pointInShadow finds. */
export async function clickInShadow(page: Page, selector: string, text = ''): Promise<void> {
  const point = await pointInShadow(page, selector, text);
  await page.mouse.click(point.x, point.y);
}

/** Gives keyboard focus to the first element matching `selector` in the shadow root (focus is no action). */
export async function focusInShadow(page: Page, selector: string): Promise<void> {
  const focused = await inShadow(page, (shadow, css) => {
    const element = shadow?.querySelector<HTMLElement>(css);
    element?.focus();
    return element !== null && element !== undefined;
  }, selector);
  if (focused !== true) throw new Error(`no ${selector} in the sidebar`);
}

export interface WhoSaidState {
  /** analyzing, ready, empty or error; '' when WhoSaid is not in the page. */
  state: string;
  claims: number;
  /** 'all', or 'near-viewport' on a page with thousands of claims; '' before the first painting. */
  highlights: string;
}

/** The session's state as the content script writes it, on the hidden element inside the closed root. */
export function whoSaidState(page: Page): Promise<WhoSaidState> {
  return inShadow(page, (shadow) => {
    const element = shadow?.querySelector('.ws-state');
    return {
      state: element?.getAttribute('data-state') ?? '',
      claims: Number(element?.getAttribute('data-claims') ?? '0'),
      highlights: element?.getAttribute('data-highlights') ?? '',
    };
  });
}

/**
 * Chooses the option with `value` in the <select> matching `selector`, as a reader does from the keyboard: focus it,
 * then arrow keys (a closed select changes its value on them in Chromium and Firefox on Linux), so the change is
 * trusted. Throws when the select ends on another value.
 */
export async function chooseInShadow(page: Page, selector: string, value: string): Promise<void> {
  const steps = await inShadow(page, (shadow, css, wanted) => {
    const select = shadow?.querySelector<HTMLSelectElement>(css);
    if (!select) return null;
    select.focus();
    const target = [...select.options].findIndex((option) => option.value === wanted);
    return target < 0 ? null : target - select.selectedIndex;
  }, selector, value);
  if (steps === null) throw new Error(`no ${selector} with the option ${value} in the sidebar`);
  for (let step = 0; step < Math.abs(steps); step++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  const chosen = await inShadow(page, (shadow, css) => shadow?.querySelector<HTMLSelectElement>(css)?.value ?? null, selector);
  if (chosen !== value) throw new Error(`${selector} shows ${String(chosen)}, not ${value}`);
}
