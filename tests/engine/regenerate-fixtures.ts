/**
 * Rewrites tests/fixtures/engine/*.expected.json from what the engine finds now, keeping each file's "covers" and
 * "absentCues"; review the diff before committing. Run: npx tsx tests/engine/regenerate-fixtures.ts [name…]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeFixture, describeAnalysis, FIXTURE_DIR, type FixtureExpectation } from './fixture-claims.js';

const names = process.argv.slice(2);
const all = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
for (const name of names.length > 0 ? names : all) {
  const file = new URL(`${name}.expected.json`, FIXTURE_DIR);
  const old: Partial<FixtureExpectation> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as FixtureExpectation : {};
  const found = describeAnalysis(analyzeFixture(name));
  const next: FixtureExpectation = { covers: old.covers ?? 'TODO: say what this fixture covers', ...found };
  if (old.absentCues !== undefined) next.absentCues = old.absentCues;
  writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
  process.stdout.write(`${name}: ${found.claims.length} claims, ${found.actors.length} actors\n`);
}
