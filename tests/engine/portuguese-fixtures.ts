/**
 * The invented Portuguese articles (tests/fixtures/engine/pt/*.txt, our own writing, Brazilian and European: first
 * line headline, one paragraph a line) and their judged claims (*.expected.json), each as one line of text a reviewer
 * can read: "kind | cue | speaker | content". Shared by portuguese-news.test.ts and by `npx tsx
 * tests/engine/portuguese-fixtures.ts NAME`, which prints what the engine finds in one article.
 */
import { readFileSync } from 'node:fs';
import { analyze, blocksFromPlainText, type Span } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/lab/index.js';

export const PT_FIXTURE_DIR = new URL('../fixtures/engine/pt/', import.meta.url);

export interface PortugueseExpectation {
  /** What the article covers, for the reader. */
  covers: string;
  /** The claims the engine finds and a reader would mark the same way. */
  claims: string[];
  /** Claims the engine gets wrong today: what it finds, and what a reader would mark instead. */
  wrong: { found: string; reader: string }[];
  /** Cue words that must not be reported: deeds and look-alikes. */
  absentCues: string[];
}

/** Every claim of the article, thoughts and findings too, as "kind | cue | speaker | content … content". */
export function portugueseClaims(name: string): string[] {
  registerToolLanguages();
  const blocks = blocksFromPlainText(readFileSync(new URL(`${name}.txt`, PT_FIXTURE_DIR), 'utf8').replace(/\n$/, ''));
  const a = analyze(blocks, { language: 'pt' });
  const text = (s: Span | null): string => (s === null ? '-' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end));
  return a.claims.map((c) => `${c.kind} | ${text(c.cue)} | ${a.actors.find((x) => x.id === c.actorId)?.name ?? '-'} | ` +
    c.content.map(text).join(' … '));
}

const asScript = process.argv[1]?.endsWith('portuguese-fixtures.ts') === true;
if (asScript) for (const name of process.argv.slice(2)) process.stdout.write(`${portugueseClaims(name).map((c) => JSON.stringify(c)).join(',\n')}\n`);
