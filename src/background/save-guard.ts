/**
 * The background's checks on a library save before it is written (issue 19): the entry must be for the very page
 * that sent it (its address is the sender's, its site read from that address), and a tab saves at most once per
 * SAVE_INTERVAL_MS (rate-limit.ts coalesces the saves in between into one of the newest). A page once made twenty
 * entries in 17 s by pushState; the content script no longer sends those, and this is the second wall. Pure, so it
 * is tested without a browser.
 */
import { httpUrl } from '../shared/article-key.js';
import { siteOf, type LibraryEntry } from '../shared/library/entry.js';

/** The least time between two writes of one tab's saves. */
export const SAVE_INTERVAL_MS = 5_000;

/**
 * The entry when it is for the page that sent it: its address (without fragment) is the sending top frame's, as
 * the sender's url or its tab's says (after a same-document navigation the browsers differ: Firefox's sender url
 * stays the address the document was loaded at, the tab's follows pushState); the site is read from that address,
 * whatever the entry says. Null for any other address.
 */
export function entryFromSender(entry: LibraryEntry, senderUrl: string | undefined, tabUrl: string | undefined): LibraryEntry | null {
  const from = [senderUrl, tabUrl].map((url) => httpUrl(url ?? '')).find((url) => url !== null && url.href === entry.url);
  if (from === undefined || from === null) return null;
  return { ...entry, site: siteOf(from.href) };
}
