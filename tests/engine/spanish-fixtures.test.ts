/**
 * The Spanish fixture articles (tests/fixtures/engine/es/, our own writing: first line headline, one paragraph a
 * line) yield exactly their expected claims and actors, read as Spanish, and none of their traps: deeds of business,
 * courts and sport that use a verb of saying ("aseguró su pase", "declaró culpable", "anunció su dimisión",
 * "contestó 17 segundos después"), "Para" before a purpose, an impersonal "se", the writer's own question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerToolLanguages } from '../../src/engine/lab/index.js';
import { analyzeFixture, describeAnalysis, FIXTURE_DIR, type FixtureExpectation } from './fixture-claims.js';

const SPANISH = new URL('es/', FIXTURE_DIR);
const names = readdirSync(SPANISH).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

beforeAll(() => registerToolLanguages());

describe.each(names)('Spanish fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, SPANISH), 'utf8')) as FixtureExpectation;
  const found = (): ReturnType<typeof describeAnalysis> => describeAnalysis(analyzeFixture(`es/${name}`, 'es'));

  it('finds exactly the expected claims', () => {
    expect(found().claims).toEqual(expected.claims);
  });

  it('finds exactly the expected actors', () => {
    expect(found().actors).toEqual(expected.actors);
  });

  it('reports none of the traps', () => {
    const cues = found().claims.map((c) => c.cue.toLowerCase());
    for (const trap of expected.absentCues ?? []) expect(cues.some((c) => c.includes(trap)), trap).toBe(false);
  });
});
