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

const ENTRY: LibraryEntry = {
  url: 'https://news.example/story',
  title: 'A story',
  site: 'news.example',
  published: '2026-03-02',
  analysedAt: 1_700_000_000_000,
  actors: [{ name: 'Ella Pamfilova', kind: 'person', role: 'government/official' }, { name: 'Unattributed', kind: 'unknown' }],
  claims: [{ actor: 0, text: 'Turnout was high', cue: 'said', kind: 'indirect', stance: 'neutral' }],
};

describe('library words', () => {
  it('folds case and accents, keys names and drops stopwords from claims', () => {
    expect(nameKey('  Élla  PAMFILOVA ')).toBe('ella pamfilova');
    expect(nameTokens('Jean-Luc Mélenchon')).toEqual(['jean', 'luc', 'melenchon']);
    expect(claimWords('The turnout was HIGH, the turnout said')).toEqual(['turnout', 'high', 'said']);
    expect(queryTokens('the Election')).toEqual({ name: ['the', 'election'], claim: ['election'] });
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
    const entry = entryFromAnalysis(analysis, { url: 'https://news.example/a#x', title: 'T', site: 'news.example', published: null }, 5);
    expect(entry?.url).toBe('https://news.example/a');
    expect(entry?.claims[0]?.text).toContain('Turnout was high');
    expect(entry?.claims[0]?.cue).toBe('said');
    expect(entry?.actors[entry.claims[0]?.actor ?? -1]?.name).toBe('Ella Pamfilova');
    const claim = analysis.claims[0];
    expect(claim && claimText(analysis, claim)).toBe(entry?.claims[0]?.text);
    expect(entryFromAnalysis(analysis, { url: 'about:blank', title: '', site: '', published: null }, 5)).toBeNull();
  });

  it('crosses to the background only as a validated message', () => {
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY })).toEqual({ type: 'whosaid/library-save', entry: ENTRY });
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: { ...ENTRY, url: 'javascript:1' } })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/library-save', entry: ENTRY, more: 1 })).toBeNull();
    expect(parseContentToBackground({ type: 'whosaid/open-library' })).toEqual({ type: 'whosaid/open-library' });
  });
});
