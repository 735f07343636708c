/**
 * The background's check on a library save: the entry's address must be the sending page's (its site read from
 * it). How often a tab may save is rate-limit.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { entryFromSender } from '../../src/background/save-guard.js';
import type { LibraryEntry } from '../../src/shared/library/entry.js';

const ENTRY: LibraryEntry = {
  url: 'https://news.example/victim/story',
  title: 'A story',
  site: 'news.example',
  published: null,
  analysedAt: 1_770_000_000_000,
  actors: [{ name: 'Ella Pamfilova', kind: 'person' }],
  claims: [{ actor: 0, text: 'Turnout was high', cue: 'said', kind: 'indirect', stance: 'neutral' }],
};

describe('the sender check', () => {
  it('takes an entry for the sending page only, with the site read from its address', () => {
    expect(entryFromSender(ENTRY, 'https://news.example/victim/story#comments', undefined)).toEqual(ENTRY);
    expect(entryFromSender({ ...ENTRY, site: 'www.bbc.co.uk' }, 'https://news.example/victim/story', undefined)?.site).toBe('news.example');
    // /attacker/page claiming /victim/story, another site, or no address at all
    expect(entryFromSender(ENTRY, 'https://news.example/attacker/page', undefined)).toBeNull();
    expect(entryFromSender(ENTRY, 'https://evil.example/victim/story', undefined)).toBeNull();
    expect(entryFromSender(ENTRY, undefined, undefined)).toBeNull();
    expect(entryFromSender(ENTRY, undefined, 'https://news.example/victim/story')).toEqual(ENTRY);
    // Firefox after a pushState: the sender's url is where the document was loaded, the tab's where it is now
    expect(entryFromSender(ENTRY, 'https://news.example/front-page', 'https://news.example/victim/story')).toEqual(ENTRY);
    expect(entryFromSender(ENTRY, 'https://news.example/front-page', 'https://news.example/other')).toBeNull();
  });
});
