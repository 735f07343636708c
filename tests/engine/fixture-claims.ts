/**
 * Fixture articles (tests/fixtures/engine/*.txt, our own writing: first line headline, one paragraph a line) and
 * their expected claims (*.expected.json), described as text so a reviewer can read them. Shared by the fixture
 * test and by regenerate-fixtures.ts, which rewrites the expectations from the engine for review.
 */
import { readFileSync } from 'node:fs';
import { analyze, blocksFromPlainText, type Analysis, type Span } from '../../src/engine/index.js';

export interface ExpectedClaim {
  source: string | null;
  cue: string;
  content: string[];
  kind: string;
  actor: string | null;
}

export interface ExpectedActor {
  name: string;
  kind: string;
  description?: string;
  author?: string;
}

export interface FixtureExpectation {
  /** What the fixture covers, for the reader. */
  covers: string;
  claims: ExpectedClaim[];
  actors: ExpectedActor[];
  /** Cue words that must not be reported (traps). */
  absentCues?: string[];
}

export const FIXTURE_DIR = new URL('../fixtures/engine/', import.meta.url);

/** The analysis of a fixture; `name` may lie in a language's subfolder ('es/politica'), read in that `language`. */
export function analyzeFixture(name: string, language?: string): Analysis {
  const blocks = blocksFromPlainText(readFileSync(new URL(`${name}.txt`, FIXTURE_DIR), 'utf8').replace(/\n$/, ''));
  return language === undefined ? analyze(blocks) : analyze(blocks, { language });
}

export function describeAnalysis(a: Analysis): { claims: ExpectedClaim[]; actors: ExpectedActor[] } {
  const text = (s: Span | null): string | null => (s === null ? null : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end));
  const nameOf = (id: string | null | undefined): string | null => a.actors.find((x) => x.id === id)?.name ?? null;
  return {
    claims: a.claims.map((c) => ({
      source: text(c.source), cue: text(c.cue) ?? '', content: c.content.map((s) => text(s) ?? ''), kind: c.quote,
      actor: nameOf(c.actorId),
    })),
    actors: a.actors.map((x) => {
      const out: ExpectedActor = { name: x.name, kind: x.kind };
      if (x.description !== undefined) out.description = x.description;
      const author = nameOf(x.authorId);
      if (author !== null) out.author = author;
      return out;
    }),
  };
}
