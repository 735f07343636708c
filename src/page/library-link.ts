/**
 * The page's side of the library: after an analysis is shown, sends it to the background to be kept (in a task of
 * its own, so the click's work is never delayed by it), and when the page was opened from the library with a
 * claim's fingerprint in its address (`#whosaid-claim=…`), jumps to that claim.
 */
import type { Analysis } from '../engine/index.js';
import { claimText, entryFromAnalysis, type PageFacts } from '../shared/library/from-analysis.js';
import { claimFingerprint } from '../shared/library/words.js';
import type { ContentToBackground } from '../shared/messages.js';

/** The fragment the library's links carry: `#whosaid-claim=<fingerprint>` (a text directive may follow it). */
export const CLAIM_FRAGMENT = 'whosaid-claim=';
const FINGERPRINT = /whosaid-claim=([0-9a-z]{1,8})/;
const DAY = /^(\d{4}-\d{2}-\d{2})/;

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'time[datetime]',
];

/** The publication day the page states in its metadata or first <time>, as YYYY-MM-DD, or null. */
export function publishedDay(doc: Document): string | null {
  for (const selector of DATE_SELECTORS) {
    const element = doc.querySelector(selector);
    const value = element?.getAttribute(element.tagName === 'TIME' ? 'datetime' : 'content') ?? '';
    const day = DAY.exec(value.trim())?.[1];
    if (day !== undefined && Number.isFinite(Date.parse(day))) return day;
  }
  return null;
}

/** The page's facts for the library: the address and title the reader's click found, the day the page states. */
export function pageFacts(doc: Document, askedFor: { url: string; title: string }): PageFacts {
  return { url: askedFor.url, title: askedFor.title, published: publishedDay(doc) };
}

/** The id of the claim the page's address asks to be shown, when this analysis has it. */
export function claimAskedFor(analysis: Analysis, hash: string): string | null {
  const wanted = FINGERPRINT.exec(hash)?.[1];
  if (wanted === undefined) return null;
  return analysis.claims.find((claim) => claimFingerprint(claimText(analysis, claim)) === wanted)?.id ?? null;
}

/**
 * Sends the shown analysis to be kept, in a later task, under the facts taken when the reader asked for it (never
 * the page's address at sending time: it may have moved by pushState); `send` failures are the background's.
 * `onlyIfNew`: the page reached that address by a same-document navigation, so an entry kept there stays as it is.
 */
export function keepLater(analysis: Analysis, facts: PageFacts, send: (message: ContentToBackground) => void, onlyIfNew = false): void {
  setTimeout(() => {
    const entry = entryFromAnalysis(analysis, facts, Date.now());
    if (entry === null || entry.claims.length === 0) return;
    send(onlyIfNew ? { type: 'whosaid/library-save', entry, onlyIfNew } : { type: 'whosaid/library-save', entry });
  }, 0);
}
