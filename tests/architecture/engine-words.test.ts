/**
 * The language seam holds: no engine step (src/engine outside lexicon/) imports a language folder, defaults to
 * English, or compares a word with a word literal or an ending written in the step ("=== 'that'", ".endsWith('ly')").
 * Words live in src/engine/lexicon/<language>/ and reach the steps through the article's Lexicon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE = join(ROOT, 'src', 'engine');

/** The engine's step modules: every .ts file outside lexicon/, generated weights aside. */
const STEPS = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.startsWith(`lexicon${sep}`) && !name.endsWith('.generated.ts'))
  .map((name) => ({ path: relative(ROOT, join(ENGINE, name)).split(sep).join('/'), source: readFileSync(join(ENGINE, name), 'utf8') }));

/** Code without its comments, line by line (a comment may quote words: "said that …"). */
function codeLines(source: string): { line: number; code: string }[] {
  const withoutBlocks = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return withoutBlocks.split('\n').map((code, index) => ({ line: index + 1, code: code.replace(/\/\/.*$/, '') }));
}

/** Every line of the steps that matches `pattern`, as "path:line: code". */
function offending(pattern: RegExp): string[] {
  return STEPS.flatMap(({ path, source }) => codeLines(source)
    .filter(({ code }) => pattern.test(code))
    .map(({ line, code }) => `${path}:${line}: ${code.trim()}`));
}

describe('the engine steps hold no words of a language', () => {
  it('found the steps', () => {
    expect(STEPS.length).toBeGreaterThan(30);
  });

  it('import no language folder: they read the lexicon of the article', () => {
    expect(offending(/from\s+'[./]*lexicon\/[a-z]{2,3}\//)).toEqual([]);
  });

  it('default to no language', () => {
    expect(offending(/=\s*english\b/)).toEqual([]);
  });

  it('compare no word with a word written in the step', () => {
    // a token's or word's lower-case form, a lemma or a form against a literal of letters
    expect(offending(/\b(?:lower|lemma|form|word|w)\s*[!=]==\s*'[a-z]/)).toEqual([]);
    expect(offending(/'[a-z][a-z' ]*'\s*[!=]==\s*[\w.?]*\b(?:lower|lemma|form|word)\b/)).toEqual([]);
  });

  it('test no word ending written in the step', () => {
    expect(offending(/\.(?:endsWith|startsWith)\('[a-z]/)).toEqual([]);
  });
});
