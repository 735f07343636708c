/**
 * The `whosaid` command as a user meets it: usage and errors with exit codes, `analyze` on .txt and .html files
 * (table and JSON), and `extract` keeping the JSONL contract the accuracy measurement depends on.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis, ExtractRecord } from '../../src/engine/index.js';
import { analysisProblems } from '../properties/invariants.js';
import { FIXTURES, PROJECT_ROOT, runCli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function expectConsistentAnalysis(analysis: Analysis): void {
  expect(analysisProblems(analysis.blocks, analysis)).toEqual([]);
}

describe('whosaid usage', () => {
  it('prints help naming both commands and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('whosaid analyze FILE');
    expect(result.stdout).toContain('whosaid extract --in DOCS.jsonl');
  });

  it('exits 2 with usage when given no command, and names an unknown one', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
    const unknown = await runCli(['summarise', 'x.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "summarise"');
  });

  it('exits 2 on an unknown option and on a file type it cannot read', async () => {
    const option = await runCli(['analyze', join(FIXTURES, 'harbour.txt'), '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("'--colour'");
    const pdf = await runCli(['analyze', 'report.pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('expected a .txt or .html file');
  });

  it('exits 1 when an .html page holds no article', async () => {
    const page = join(scratch, 'menu.html');
    writeFileSync(page, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const result = await runCli(['analyze', page]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/menu\.html: no article found/);
  });

  it('exits 1 when the page is in a language the engine does not read, as the extension declines it', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'markt.html')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/markt\.html: the article's language \(nl\) is not supported/);
  });

  it('reads a Spanish page in Spanish (issue 18)', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'mercado.html'), '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.claims.length).toBeGreaterThan(0);
  });

  it('reads a French page in French (issue 17)', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'marche.html')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('la mairie');
    expect(result.stdout).toContain('une poissonnière');
  });

  it('exits 1 and says so plainly when the file does not exist', async () => {
    const result = await runCli(['analyze', join(scratch, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
    expect(result.stderr).not.toContain('    at '); // no stack trace
  });
});

describe('whosaid analyze', () => {
  it('reads a .txt file one paragraph a line, the first line as headline, and prints the analysis as JSON', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'harbour.txt'), '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    const lines = readFileSync(join(FIXTURES, 'harbour.txt'), 'utf8').trim().split('\n');
    expect(analysis.blocks.map((block) => block.text)).toEqual(lines);
    expect(analysis.blocks.map((block) => block.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    // every claim says what it reports, and how sure WhoSaid is
    for (const claim of analysis.claims) {
      expect(['statement', 'finding', 'thought']).toContain(claim.kind);
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
    expectConsistentAnalysis(analysis);
  });

  it('prints a table that fits 120 columns, headed by the claim count', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'harbour.txt')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\d+ claims? by \d+ actors?$/);
    if (!lines[0]?.startsWith('0 claims')) expect(result.stdout).toMatch(/ACTOR +KIND +ROLE +CLAIM +CUE +STANCE +TYPE +CONTENT/);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(120);
  });

  it('reads the article of an .html page as the extension does: headline, paragraphs, quotes and list items, no furniture', async () => {
    const result = await runCli(['analyze', join(FIXTURES, 'harbour.html'), '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    const texts = analysis.blocks.map((block) => block.text);
    expect(analysis.blocks[0]).toEqual({ kind: 'headline', text: 'Harbour plan will cost jobs, dockers warn' });
    expect(texts).toContain('Union leaders say automation will end an era on the waterfront.');
    expect(texts.some((text) => text.includes('would cost hundreds of jobs.'))).toBe(true); // link text kept in place
    expect(texts.some((text) => text.includes('Mayor Tomas Brandt insisted that'))).toBe(true); // <strong> kept inline
    expect(analysis.blocks.find((block) => block.text.startsWith('"This is the end'))?.kind).toBe('blockquote');
    expect(analysis.blocks.find((block) => block.text.startsWith('Cargo volumes'))?.kind).toBe('listItem');
    for (const furniture of ['Home', 'Hidden text', 'Read more', 'Comments:', 'too slow', 'By A. Writer']) {
      expect(texts.filter((text) => text.includes(furniture)), furniture).toEqual([]);
    }
    expectConsistentAnalysis(analysis);
  });
});

type OffsetSpan = ExtractRecord['attributions'][number]['cue'];

function expectValidRecord(record: ExtractRecord, text: string): void {
  expect(Object.keys(record).sort()).toEqual(['actors', 'attributions', 'doc_id']);
  const actorIds = new Set(record.actors.map((actor) => actor.id));
  for (const actor of record.actors) {
    expect(typeof actor.id).toBe('string');
    expect(typeof actor.name).toBe('string');
    expect(['person', 'organisation', 'document', 'unnamed']).toContain(actor.kind);
  }
  const inside = (span: OffsetSpan): void => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
  };
  for (const attribution of record.attributions) {
    expect(['statement', 'finding', 'thought']).toContain(attribution.kind);
    if (attribution.source) inside(attribution.source);
    inside(attribution.cue);
    inside(attribution.content);
    for (const [start, end] of attribution.content.fragments ?? []) {
      expect(attribution.content.start <= start && start <= end && end <= attribution.content.end).toBe(true);
    }
    expect(['direct', 'indirect', 'mixed']).toContain(attribution.type);
    if (attribution.actor !== null) expect(actorIds.has(attribution.actor)).toBe(true);
  }
}

describe('whosaid extract', () => {
  const inputPath = join(FIXTURES, 'docs.jsonl');
  const inputs = readFileSync(inputPath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { doc_id: unknown; text: string });

  it('writes one record per document, in order, with every offset inside that document text', async () => {
    const outPath = join(scratch, 'pred.jsonl');
    const result = await runCli(['extract', '--in', inputPath, '--out', outPath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const records = readFileSync(outPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ExtractRecord);
    expect(records.map((record) => record.doc_id)).toEqual(['harbour', 42, 'empty']);
    records.forEach((record, index) => expectValidRecord(record, inputs[index]?.text ?? ''));
  });

  it('reads stdin and writes stdout when given "-"', async () => {
    const result = await runCli(['extract', '--in', '-'], readFileSync(inputPath, 'utf8'));
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('reports bad lines by number, keeps going with the good ones and exits 1', async () => {
    const badPath = join(scratch, 'bad.jsonl');
    writeFileSync(badPath, ['{"doc_id": "a", "text": "She said it would rain."}', '{not json', '{"doc_id": "b"}', '[1, 2]', '', '{"doc_id": "c", "text": "Fine."}'].join('\n'));
    const outPath = join(scratch, 'bad-pred.jsonl');
    const result = await runCli(['extract', '--in', badPath, '--out', outPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.jsonl line 2: not valid JSON/);
    expect(result.stderr).toMatch(/bad\.jsonl line 3: "text" must be a string/);
    expect(result.stderr).toMatch(/bad\.jsonl line 4: expected a JSON object/);
    expect(result.stderr).not.toContain('    at ');
    const written = readFileSync(outPath, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as ExtractRecord).doc_id);
    expect(written).toEqual(['a', 'c']);
  });

  it('stops quietly with exit 0 when its reader goes away, as in "whosaid extract … | head"', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ doc_id: `d${index}`, text: 'The mayor said the roads would close. "We are ready," she added.' }));
    const result = await runCli(['extract', '--in', '-'], many.join('\n'), true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('needs --in, and says which file is missing or cannot be written', async () => {
    expect((await runCli(['extract', '--out', join(scratch, 'x.jsonl')])).code).toBe(2);
    const missing = await runCli(['extract', '--in', join(scratch, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.jsonl: no such file/);
    const unwritable = await runCli(['extract', '--in', inputPath, '--out', join(scratch, 'no-folder', 'pred.jsonl')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/cannot write .*pred\.jsonl: its folder does not exist/);
  });
});

describe('whosaid --language', () => {
  // invented text, long enough for the detector to be sure of its language
  const german = 'Die Ministerin sagte am Montag, dass die Brücke wegen der Reparaturen für den Verkehr geschlossen bleibe und ' +
    'die Stadt mit den Arbeiten im Sommer beginnen werde, weil das Geld erst jetzt vom Land gekommen sei und die Pläne noch ' +
    'nicht fertig gewesen seien.';
  const english = 'The harbour master said the port would close on Friday.';

  it('reads an article in the language asked for, and refuses one it has no lexicon for with exit 2', async () => {
    const file = join(scratch, 'port.txt');
    writeFileSync(file, `${english}\n`);
    const asked = await runCli(['analyze', file, '--language', 'en', '--json']);
    expect(asked.code).toBe(0);
    expect((JSON.parse(asked.stdout) as Analysis).claims).toHaveLength(1);
    const unknown = await runCli(['analyze', file, '--language', 'zz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--language zz: WhoSaid has no lexicon for it \(it reads: en/);
  });

  it('detects the language by default: German is read with German words; a language it cannot read is refused, never read as English', async () => {
    const file = join(scratch, 'bruecke.txt');
    writeFileSync(file, `${german}\n`);
    const detected = await runCli(['analyze', file, '--json']);
    expect(detected.code).toBe(0);
    const analysis = JSON.parse(detected.stdout) as Analysis;
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.actors.find((actor) => actor.id === analysis.claims[0]?.actorId)?.name).toBe('Ministerin');
    // (an invented Dutch text: WhoSaid has no Dutch words)
    const dutch = join(scratch, 'brug.txt');
    writeFileSync(dutch, 'De minister zei maandag dat de brug door de werkzaamheden dicht blijft en dat de stad in de zomer met ' +
      'het werk begint, omdat het geld van de provincie te laat kwam en de plannen nog niet klaar zijn voor de bouw.\n');
    const refused = await runCli(['analyze', dutch]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the text reads as 'nl', which WhoSaid has no lexicon for/);
    // asked for, English rules it is: the language asked for wins over the detector
    const forced = await runCli(['analyze', file, '--language', 'en', '--json']);
    expect(forced.code).toBe(0);
  });

  it('lets each JSONL line name its language ("language" or "lang"), which wins over --language', async () => {
    const lines = [
      JSON.stringify({ doc_id: 'plain', text: english }),
      JSON.stringify({ doc_id: 'lang', lang: 'en', text: english }),
      JSON.stringify({ doc_id: 'unknown', language: 'zz', text: english }),
      JSON.stringify({ doc_id: 'bad', language: 7, text: english }),
    ];
    const result = await runCli(['extract', '--in', '-', '--language', 'en'], lines.join('\n'));
    expect(result.code).toBe(1);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as ExtractRecord);
    expect(records.map((record) => [record.doc_id, record.attributions.length])).toEqual([['plain', 1], ['lang', 1], ['unknown', 0]]);
    expect(result.stderr).toMatch(/line 3 \(doc_id unknown\): "language" zz: WhoSaid has no lexicon for it/);
    expect(result.stderr).toMatch(/line 4: "language" must be a string/);
  });
});

const POLNEAR_DEV = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'polnear', 'dev.jsonl');
const polnearPresent = existsSync(POLNEAR_DEV);
if (!polnearPresent) console.log(`PolNeAR extract test skipped: ${POLNEAR_DEV} not found (../shared is absent).`);

describe.skipIf(!polnearPresent)('whosaid extract on PolNeAR dev', () => {
  it('writes a valid record for every document, every offset inside its text', async () => {
    const outPath = join(scratch, 'dev-pred.jsonl');
    const result = await runCli(['extract', '--in', POLNEAR_DEV, '--out', outPath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const texts = new Map(
      readFileSync(POLNEAR_DEV, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { doc_id: string; text: string })
        .map((document) => [document.doc_id, document.text]),
    );
    const records = readFileSync(outPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ExtractRecord);
    expect(records.map((record) => record.doc_id)).toEqual([...texts.keys()]);
    for (const record of records) expectValidRecord(record, texts.get(record.doc_id) ?? '');
    expect(records.reduce((sum, record) => sum + record.attributions.length, 0)).toBeGreaterThan(0);
  });
});
