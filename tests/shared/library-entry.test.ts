/**
 * The library's pure parts: the words it indexes, the entry validator every receiver runs (messages from content
 * scripts, import files), what an analysis becomes, and the message that carries it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { parseLibraryEntry, parseLibraryExport, type LibraryEntry } from '../../src/shared/library/entry.js';
import { claimText, entryFromAnalysis } from '../../src/shared/library/from-analysis.js';
import { claimFingerprint, claimWords, nameKey, nameTokens, queryTokens } from '../../src/shared/library/words.js';
import { parseContentToBackground } from '../../src/shared/messages.js';
import { roleCounts, voiceCounts } from '../../src/shared/library/store.js';

const ENTRY: LibraryEntry = {
  url: 'https://news.example/story',
  title: 'A story',
  site: 'news.example',
  published: '2026-03-02',
  analysedAt: 1_700_000_000_000,
  actors: [{ name: 'Ella Pamfilova', kind: 'person', role: 'official' }, { name: 'Unattributed', kind: 'unknown' }],
  claims: [{ actor: 0, text: 'Turnout was high', cue: 'said', kind: 'indirect', stance: 'neutral' }],
};

describe('library words', () => {
  it('folds case and accents, keys names and drops stopwords from claims', () => {
    expect(nameKey('  Élla  PAMFILOVA ')).toBe('ella pamfilova');
    expect(nameTokens('Jean-Luc Mélenchon')).toEqual(['jean', 'luc', 'melenchon']);
    expect(claimWords('The turnout was HIGH, the turnout said')).toEqual(['turnout', 'high', 'said']);
    expect(queryTokens('the Election')).toEqual({ name: ['the', 'election'], nameLatin: ['=the', '=election'], claim: ['election'] });
  });

  it('fingerprints the same words the same way, whatever the punctuation', () => {
    expect(claimFingerprint('“Turnout was high,”')).toBe(claimFingerprint('turnout WAS high'));
    expect(claimFingerprint('turnout was high')).not.toBe(claimFingerprint('turnout was low'));
  });
});

describe('library entries', () => {
  it('accepts a valid entry and drops unknown fields', () => {
    expect(parseLibraryEntry({ ...ENTRY, extra: 1 })).toEqual(ENTRY);
  });

  it('refuses what is not http(s), out of range or malformed', () => {
    expect(parseLibraryEntry({ ...ENTRY, url: 'javascript:alert(1)' })).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, url: 'file:///etc/passwd' })).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, published: '2 March' })).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, claims: [{ ...ENTRY.claims[0], actor: 5 }] })).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, actors: [{ name: 'X', kind: 'alien' }] })).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, title: 'x'.repeat(10_000) })).toBeNull();
    expect(parseLibraryEntry('nope')).toBeNull();
  });

  it('bounds dates: 1e300, before 2000 or more than a day ahead is refused (the person page threw a RangeError)', () => {
    const now = Date.UTC(2026, 11, 7);
    expect(parseLibraryEntry({ ...ENTRY, analysedAt: 1e300 }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, analysedAt: Number.MAX_VALUE }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, analysedAt: 5 }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, analysedAt: now + 2 * 86_400_000 }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, analysedAt: now + 3_600_000 }, now)?.analysedAt).toBe(now + 3_600_000);
    expect(parseLibraryEntry({ ...ENTRY, published: '9999-12-31' }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, published: '2026-02-31' }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, published: '0001-01-01' }, now)).toBeNull();
    expect(parseLibraryEntry({ ...ENTRY, published: '1998-05-04' }, now)?.published).toBe('1998-05-04');
  });

  it('keeps only the engine\'s roles: constructor, toString, __proto__ and the unknown are left out, the actor stays', () => {
    for (const role of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'government/official', 42]) {
      const parsed = parseLibraryEntry({ ...ENTRY, actors: [{ name: 'Ella Pamfilova', kind: 'person', role }, ENTRY.actors[1]] });
      expect(parsed?.actors[0]).toEqual({ name: 'Ella Pamfilova', kind: 'person' });
    }
    const crafted = JSON.parse('{"name": "Ella Pamfilova", "kind": "person", "role": "official", "__proto__": {"role": "x"}}') as unknown;
    expect(parseLibraryEntry({ ...ENTRY, actors: [crafted, ENTRY.actors[1]] })?.actors[0]).toEqual({ name: 'Ella Pamfilova', kind: 'person', role: 'official' });
  });

  it('keeps what each claim reports (statement, finding, thought); an unknown kind is left out, the claim stays', () => {
    const claim = { actor: 0, text: 'Turnout was high', cue: 'found', kind: 'indirect', stance: 'neutral' } as const;
    expect(parseLibraryEntry({ ...ENTRY, claims: [{ ...claim, claimKind: 'finding' }] })?.claims[0]).toEqual({ ...claim, claimKind: 'finding' });
    for (const claimKind of ['rumour', 'constructor', 7, null]) {
      expect(parseLibraryEntry({ ...ENTRY, claims: [{ ...claim, claimKind }] })?.claims[0]).toEqual(claim);
    }
  });

  it('reads the site from the address, never from the entry (evil.example is not listed as www.bbc.co.uk)', () => {
    expect(parseLibraryEntry({ ...ENTRY, url: 'https://evil.example/story', site: 'www.bbc.co.uk' })?.site).toBe('evil.example');
    expect(parseLibraryEntry({ ...ENTRY, site: '\u202Eku.oc.cbb' })?.site).toBe('news.example');
    const { site: _site, ...withoutSite } = ENTRY;
    expect(parseLibraryEntry(withoutSite)?.site).toBe('news.example');
    expect(parseLibraryEntry({ ...ENTRY, url: `https://news.example/${'a'.repeat(5_000)}` })).toBeNull();
  });

  it('keeps the address without its fragment', () => {
    expect(parseLibraryEntry({ ...ENTRY, url: 'https://news.example/story#comments' })?.url).toBe('https://news.example/story');
  });

  it('reads an export file, counting the invalid articles, and refuses a file that is not ours', () => {
    const file = JSON.stringify({ format: 'whosaid-library', version: 1, exportedAt: '', articles: [ENTRY, { url: 'data:x' }] });
    expect(parseLibraryExport(file)).toEqual({ ok: true, entries: [ENTRY], skipped: 1 });
    expect(parseLibraryExport('{"hello": 1}')).toMatchObject({ ok: false, message: expect.stringContaining('not a WhoSaid library export') });
    expect(parseLibraryExport('not json')).toMatchObject({ ok: false });
    expect(parseLibraryExport(JSON.stringify({ format: 'whosaid-library', version: 9, articles: [] }))).toMatchObject({ ok: false, message: expect.stringContaining('version 9') });
  });

  it('turns an analysis into an entry whose claim texts come from the article', () => {
    const analysis = analyze([{ kind: 'paragraph', text: '“Turnout was high,” said Ella Pamfilova, head of the commission.' }]);
    const entry = entryFromAnalysis(analysis, { url: 'https://news.example/a#x', title: 'T', published: null }, 5);
    expect(entry?.url).toBe('https://news.example/a');
    expect(entry?.site).toBe('news.example');
    expect(entry?.claims[0]?.text).toContain('Turnout was high');
    expect(entry?.claims[0]?.cue).toBe('said');
    expect(entry?.claims[0]?.claimKind).toBe('statement');
    expect(entry?.actors[entry.claims[0]?.actor ?? -1]?.name).toBe('Ella Pamfilova');
    const claim = analysis.claims[0];
    expect(claim && claimText(analysis, claim)).toBe(entry?.claims[0]?.text);
    expect(entryFromAnalysis(analysis, { url: 'about:blank', title: '', published: null }, 5)).toBeNull();
  });

  it('crosses to the background only as a validated message', () => {
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY })).toEqual({ type: 'whosaid/library-save', entry: ENTRY });
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: { ...ENTRY, url: 'javascript:1' } })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY, more: 1 })).toBeNull();
    // an address reached by a same-document navigation: kept only where nothing is yet
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY, onlyIfNew: true })).toEqual({ type: 'whosaid/library-save', entry: ENTRY, onlyIfNew: true });
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY, onlyIfNew: false })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY, onlyIfNew: 'yes' })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/open-library' })).toEqual({ type: 'whosaid/open-library' });
  });
});

describe('voice counts', () => {
  it('counts roles in a Map of the engine\'s roles: a role that slipped past as constructor or __proto__ counts nothing', () => {
    const crafted = JSON.parse('{"name": "Pia Kask", "kind": "person", "role": "constructor"}') as LibraryEntry['actors'][number];
    const proto = JSON.parse('{"name": "Eva Moen", "kind": "person", "role": "__proto__"}') as LibraryEntry['actors'][number];
    const entry: LibraryEntry = {
      ...ENTRY,
      actors: [{ name: 'Ella Pamfilova', kind: 'person', role: 'official' }, crafted, proto],
      claims: [0, 1, 2].map((actor) => ({ actor, text: 'Turnout was high', cue: 'said', kind: 'indirect', stance: 'neutral' })),
    };
    const counts = voiceCounts(entry);
    expect(counts.roles).toEqual({ official: 1 });
    expect(counts.named).toBe(3);
    expect([...roleCounts({ roles: { official: 2, constructor: 1, toString: 'function Object() { [native code] }1' } })]).toEqual([['official', 2]]);
    expect([...roleCounts(null)]).toEqual([]);
  });
});
