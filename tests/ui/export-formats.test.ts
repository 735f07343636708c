/**
 * The export formats: CSV per RFC 4180 (and guarded against spreadsheet formulas), JSON with every field the
 * reader needs, Markdown with page text escaped, and the one-claim citation; the reader's corrections in each.
 */
import { describe, expect, it } from 'vitest';
import {
  csvField,
  escapeMarkdown,
  exportFileName,
  formatCitation,
  toCsv,
  toJson,
  toMarkdown,
} from '../../src/ui/export/formats.js';
import { toClaimViews } from '../../src/ui/sidebar/view-model.js';
import { applyCorrections, describeCorrections, type Correction } from '../../src/shared/corrections.js';
import { FIXTURE_ANALYSIS, FIXTURE_PAGE, KINDS_ANALYSIS } from './fixture-analysis.js';

/** A small RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes; plain fields stay bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('guards fields a spreadsheet would run as formulas', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-2, said')).toBe(`"'-2, said"`);
  });

  it('writes a header and one CRLF-terminated row per claim that round-trips', () => {
    const csv = toCsv(FIXTURE_ANALYSIS, FIXTURE_PAGE);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'actor', 'actor_kind', 'actor_description', 'source', 'cue', 'stance', 'quote_kind', 'content',
      'page_title', 'page_url', 'claim_id',
      'quoted_words', 'paraphrased_words', 'actor_words', 'actor_share_of_reported_speech_pct', 'corrected',
      'actor_role', 'actor_role_evidence', 'claim_kind', 'confidence',
    ]);
    expect(rows).toHaveLength(1 + FIXTURE_ANALYSIS.claims.length);
    expect(rows.every((row) => row.length === 20)).toBe(true);
    // words hand-counted in tests/shared/space.test.ts: the Port Authority's 8 of 57 reported words
    expect(rows[3]).toEqual([
      'Port Authority', 'organisation', '', 'The Port Authority', 'claimed', 'distancing', 'indirect',
      'dredging costs, estimated at $4m, had been underestimated',
      'Harbour plan "a gamble"', 'https://news.example/harbour-plan?id=7', 'c3',
      '0', '8', '8', '14.0', '',
      'official', '“authority” in “Port Authority”', 'statement', '1.00',
    ]);
    expect(rows[8]?.slice(18)).toEqual(['statement', '1.00']);
    // Lena Ortiz's partly quoted claim: 6 words quoted, 4 paraphrased; 25 of 57 words in all
    expect(rows[1]?.slice(11, 15)).toEqual(['6', '4', '25', '43.9']);
    expect(rows[6]?.[7]).toBe(`'=SUM(A1) was "a farce, plain and simple"`);
    expect(rows[7]?.slice(0, 2)).toEqual(['Unknown speaker', 'unknown']);
    // the unknown speaker is no source: it has no role to give
    expect(rows[7]?.[16]).toBe('none');
  });
});

describe('JSON', () => {
  it('carries the page and, per claim, actor, kind, cue, stance, quote kind and content', () => {
    const parsed: unknown = JSON.parse(toJson(FIXTURE_ANALYSIS, FIXTURE_PAGE));
    expect(parsed).toMatchObject({
      generator: 'WhoSaid',
      page: FIXTURE_PAGE,
    });
    const document = parsed as { actors: Array<{ id: string }>; claims: Array<Record<string, unknown>> };
    // Only actors who say something: the council (a6) only issued the report; the unknown speaker holds c7.
    expect(document.actors.map((actor) => actor.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'unknown']);
    expect(document.claims[6]).toMatchObject({ id: 'c7', actor: 'Unknown speaker', actorKind: 'unknown' });
    expect(document.claims).toHaveLength(8);
    expect(document.claims[1]).toEqual({
      id: 'c2',
      kind: 'statement',
      confidence: 1,
      lowConfidence: false,
      actor: 'Lena Ortiz',
      actorKind: 'person',
      actorRole: 'politician',
      cue: 'told',
      cueLemma: 'tell',
      stance: 'neutral',
      quoteKind: 'direct',
      source: 'she',
      content: '"We have studied every number," … "and every number works."',
      quotedWords: 9,
      paraphrasedWords: 0,
      corrected: [],
    });
    const withRoles = parsed as { actors: Array<{ id: string; role: string; roleEvidence: string | null }> };
    expect(withRoles.actors[0]).toMatchObject({ id: 'a1', role: 'politician', roleEvidence: '“mayor” in “Mayor”' });
    expect(withRoles.actors.find((actor) => actor.id === 'unknown')?.role).toBe('unknown');
    const withSpace = parsed as { space: unknown; actors: Array<{ id: string; space: unknown }> };
    expect(withSpace.space).toEqual({
      articleWords: 99,
      reportedWords: 57,
      quotedWords: 20,
      paraphrasedWords: 37,
      coveredWords: 57,
      shareOfArticle: 0.5758,
    });
    expect(withSpace.actors[0]?.space).toEqual({ words: 25, quotedWords: 15, paraphrasedWords: 10, shareOfReportedSpeech: 0.4386 });
    expect(withSpace.actors[5]?.space).toEqual({ words: 5, quotedWords: 0, paraphrasedWords: 5, shareOfReportedSpeech: 0.0877 });
  });
});

describe('the reader\'s corrections in every format', () => {
  const corrections: Correction[] = [
    { kind: 'rename', actor: { id: 'a2', name: 'Port Authority' }, name: 'Port of *Marlow*' },
    { kind: 'speaker', cue: FIXTURE_ANALYSIS.claims[4]?.cue ?? { block: 0, start: 0, end: 1 }, to: { id: 'a2', name: 'Port of *Marlow*' } },
  ];
  const corrected = applyCorrections(FIXTURE_ANALYSIS, corrections);
  const lines = describeCorrections(FIXTURE_ANALYSIS, corrections);

  it('JSON: a note per corrected actor and claim, and the list of corrections', () => {
    const document = JSON.parse(toJson(corrected, FIXTURE_PAGE, lines)) as {
      actors: Array<{ id: string; corrected: string[] }>;
      claims: Array<{ id: string; corrected: string[] }>;
      corrections: Array<{ correction: string; applied: boolean }>;
    };
    expect(document.actors.find((actor) => actor.id === 'a2')?.corrected).toEqual(['renamed from “Port Authority”']);
    expect(document.claims.find((claim) => claim.id === 'c5')?.corrected).toEqual(['speaker changed from “Officials familiar with the talks”']);
    expect(document.claims.find((claim) => claim.id === 'c1')?.corrected).toEqual([]);
    expect(document.corrections).toEqual([
      { correction: 'Port Authority renamed Port of *Marlow*', applied: true },
      { correction: '“alleged: the contract was rushed” is said by Port of *Marlow*', applied: true },
    ]);
  });

  it('CSV: the notes of the claim and its actor in the corrected column', () => {
    const rows = parseCsv(toCsv(corrected, FIXTURE_PAGE));
    const c5 = rows.find((row) => row[10] === 'c5');
    expect(c5?.[15]).toBe('renamed from “Port Authority”; speaker changed from “Officials familiar with the talks”');
    expect(rows.find((row) => row[10] === 'c1')?.[15]).toBe('');
  });

  it('Markdown: marked claims and actors, escaped, and a list of the corrections', () => {
    const markdown = toMarkdown(corrected, FIXTURE_PAGE, lines);
    expect(markdown).toContain('### Port of \\*Marlow\\* (organisation)');
    expect(markdown).toContain('Corrected by you: renamed from “Port Authority”');
    expect(markdown).toContain('the contract was rushed _(corrected: speaker changed from “Officials familiar with the talks”)_');
    expect(markdown.trimEnd().split('\n').slice(-4)).toEqual([
      '## Your corrections',
      '',
      '- Port Authority renamed Port of \\*Marlow\\*',
      '- “alleged: the contract was rushed” is said by Port of \\*Marlow\\*',
    ]);
  });
});

describe('Markdown', () => {
  it('says what each claim reports, counts the voices among statements only, and marks a claim WhoSaid is not sure of', () => {
    const lines = toMarkdown(KINDS_ANALYSIS, FIXTURE_PAGE).split('\n');
    expect(lines).toContain('- Statements: 6, Findings: 1, What people think or plan: 1');
    // the residents' finding and Ortiz's thought are not voices: 6 statements by 4 sources
    expect(lines).toContain('- 6 statements from 4 distinct sources');
    expect(lines).toContain('- **believes** (thought or plan, paraphrase, belief or intent): the port will double its traffic');
    expect(lines).toContain(
      '- **claimed** (statement, paraphrase, distancing, not sure): dredging costs, estimated at $4m, had been underestimated');
    const csv = parseCsv(toCsv(KINDS_ANALYSIS, FIXTURE_PAGE));
    expect(csv[3]?.slice(18)).toEqual(['statement', '0.20']);
    expect(csv[6]?.slice(18)).toEqual(['finding', '1.00']);
    expect(csv[8]?.slice(18)).toEqual(['thought', '1.00']);
    const json = JSON.parse(toJson(KINDS_ANALYSIS, FIXTURE_PAGE)) as { claims: Array<Record<string, unknown>> };
    expect(json.claims[2]).toMatchObject({ id: 'c3', kind: 'statement', confidence: 0.2, lowConfidence: true });
    expect(json.claims[7]).toMatchObject({ id: 'c8', kind: 'thought', confidence: 1, lowConfidence: false });
  });

  it('escapes markup in page text', () => {
    expect(escapeMarkdown('<b>risky</b> *very* [link](x) a|b')).toBe('\\<b\\>risky\\</b\\> \\*very\\* \\[link\\](x) a\\|b');
    expect(escapeMarkdown('two\n\nlines')).toBe('two lines');
  });

  it('has the title, URL, voices summary and actors grouped by kind with their claims', () => {
    const markdown = toMarkdown(FIXTURE_ANALYSIS, FIXTURE_PAGE);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Who said what: Harbour plan "a gamble"');
    expect(lines).toContain('<https://news.example/harbour-plan?id=7>');
    expect(lines).toContain('- Statements: 8, Findings: 0, What people think or plan: 0');
    expect(lines).toContain('- 8 statements from 5 distinct sources');
    expect(lines).toContain('- Named sources: 5 (63%), unnamed or no speaker given: 3 (38%), of which no speaker given: 1');
    expect(lines).toContain('- Distancing cues: “alleged” ×1, “claimed” ×1, “insisted” ×1');
    expect(lines).toContain('- Reported speech: 58% of the article (57 of 99 words): 20 words quoted, 37 paraphrased');
    expect(lines).toContain('Space given: 25 words, 44% of reported speech: 15 quoted, 10 paraphrased');
    expect(lines).toContain('Space given: 8 words, 14% of reported speech: 5 quoted, 3 paraphrased');
    // source roles: counted among the voices (affected people even at none), and each actor's with its evidence
    expect(lines).toContain('- Roles: 2 officials, 1 politician, 1 affected person, 1 document');
    expect(lines).toContain('Role: politician (“mayor” in “Mayor”)');
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Who said what: Harbour plan "a gamble"',
      '## Voices',
      '## People',
      '### Lena Ortiz (person)',
      '## Organisations',
      '### Port Authority (organisation)',
      '## Documents',
      '### council report (document)',
      '## Unnamed sources',
      '### Officials familiar with the talks (unnamed source)',
      '### Some residents (unnamed source)',
      '## No speaker given',
      '### Unknown speaker',
    ]);
    expect(lines).toContain('- **told** (statement, direct quote, neutral): “We have studied every number,” … “and every number works.”');
    expect(lines).toContain('- **reportedly seen** (statement, paraphrase, hedged): \\<b\\>risky\\</b\\> by investors');
    expect(lines).toContain('- **believes** (statement, paraphrase, belief or intent): the port will double its traffic');
    expect(lines).toContain('Issued by the council');
  });
});

describe('Citation', () => {
  const views = toClaimViews(FIXTURE_ANALYSIS);
  const byId = (id: string) => {
    const view = views.find((candidate) => candidate.claim.id === id);
    if (!view) throw new Error(id);
    return view;
  };

  it('names the actor with description, the cue and the page', () => {
    expect(formatCitation(byId('c1'), FIXTURE_PAGE)).toBe(
      'Lena Ortiz (Mayor) said: the harbour expansion would "pay for itself within a decade" — Harbour plan "a gamble", https://news.example/harbour-plan?id=7',
    );
  });

  it('gives a floating quote (no cue word, its opening mark as cue) as the speaker and the quotation', () => {
    const c1 = byId('c1');
    const floating = toClaimViews({ ...FIXTURE_ANALYSIS, claims: [{ ...c1.claim, cueLemma: 'quote', quote: 'direct' }] })[0];
    if (floating === undefined) throw new Error('no view');
    expect(floating.cueText).toBe('quoted');
    expect(formatCitation(floating, FIXTURE_PAGE)).toMatch(/^Lena Ortiz \(Mayor\): /);
  });

  it('reads naturally for "according to", marks paraphrase, and handles no source', () => {
    expect(formatCitation(byId('c4'), FIXTURE_PAGE)).toMatch(
      /^According to council report: the project could displace 40 fishing families \(paraphrase\) — /,
    );
    expect(formatCitation(byId('c7'), { url: 'https://x.example/', title: '' })).toBe(
      'Unknown speaker reportedly seen: <b>risky</b> by investors (paraphrase) — https://x.example/',
    );
  });

  it('names export files after the page title', () => {
    expect(exportFileName(FIXTURE_PAGE, 'csv')).toBe('whosaid-harbour-plan-a-gamble.csv');
    expect(exportFileName({ url: 'u', title: '¿Qué dijo Nuñez?' }, 'md')).toBe('whosaid-que-dijo-nunez.md');
    expect(exportFileName({ url: 'u', title: '' }, 'json')).toBe('whosaid-page.json');
  });
});
