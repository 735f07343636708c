/**
 * What a browser test can learn about WhoSaid's language bundles in a page: how many times each ran in the top
 * frame's isolated world (lexicon-store.ts counts them), and the sidebar's message. Chromium: CDP evaluates in the
 * extension's isolated world itself; Firefox: the test build's hook answers a page request (src/page/test-hook.ts).
 */
import type { Page } from 'puppeteer-core';
import { inShadow } from './closed-shadow.js';
import type { BrowserName } from './browsers.js';

interface CdpContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/** Each language bundle's runs in the top frame, by tag ({} when none ran). */
export async function lexiconDeliveries(page: Page, browser: BrowserName): Promise<Record<string, number>> {
  return browser === 'chromium' ? deliveriesInChromium(page) : deliveriesInFirefox(page);
}

async function deliveriesInChromium(page: Page): Promise<Record<string, number>> {
  const session = await page.createCDPSession();
  try {
    const contexts: CdpContext[] = [];
    session.on('Runtime.executionContextCreated', (event: { context: CdpContext }) => contexts.push(event.context));
    // enabling reports every existing context first
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.auxData.frameId === frameTree.frame.id
      && context.origin.startsWith('chrome-extension://'));
    // no isolated world of ours: nothing of WhoSaid ever ran in this document
    if (world === undefined) return {};
    const { result } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression: "JSON.stringify(Object.fromEntries(globalThis.__whosaidLexicons?.deliveries ?? []))",
      returnByValue: true,
    });
    return JSON.parse(String(result.value)) as Record<string, number>;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

function deliveriesInFirefox(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => new Promise<Record<string, number>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the test hook did not answer')), 5_000);
    window.addEventListener('message', function answer(event: MessageEvent<unknown>) {
      const data = event.data;
      if (typeof data !== 'object' || data === null || Reflect.get(data, 'type') !== 'whosaid/test-lexicon-deliveries') return;
      window.removeEventListener('message', answer);
      clearTimeout(timer);
      resolve(Reflect.get(data, 'deliveries') as Record<string, number>);
    });
    window.postMessage('whosaid/test-lexicon-deliveries-request', window.location.origin);
  }));
}

/** The sidebar's message for an empty or failed state ('' when it shows none). */
export function sidebarMessage(page: Page): Promise<string> {
  return inShadow(page, (shadow) => shadow?.querySelector('.ws-message')?.textContent?.trim() ?? '');
}
