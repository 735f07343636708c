/**
 * Each fixture article yields exactly its expected claims (speaker, cue, content fragments, kind, actor) and
 * actors, and none of its trap cues. Expectations live beside the articles in tests/fixtures/engine/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFixture, describeAnalysis, FIXTURE_DIR, type FixtureExpectation } from './fixture-claims.js';

const names = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

describe.each(names)('fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURE_DIR), 'utf8')) as FixtureExpectation;
  const found = describeAnalysis(analyzeFixture(name));

  it('finds exactly the expected claims', () => {
    expect(found.claims).toEqual(expected.claims);
  });

  it('finds exactly the expected actors', () => {
    expect(found.actors).toEqual(expected.actors);
  });

  it('reports none of the traps', () => {
    const cues = found.claims.map((c) => c.cue.toLowerCase());
    for (const trap of expected.absentCues ?? []) expect(cues.some((c) => c.includes(trap)), trap).toBe(false);
  });
});
