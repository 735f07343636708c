/**
 * The engine's modules import one another without a cycle: each step builds on the ones below it, so a room can be
 * read, tested and replaced on its own (the construction registry, constructions/registry.ts, broke the last loop,
 * find-cues ↔ constructions). Every arrow counts, type-only ones too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, type SourceFile } from './import-rules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function engineFiles(): SourceFile[] {
  return readdirSync(join(ROOT, 'src/engine'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ts$/.test(name))
    .sort()
    .map((name) => {
      const absolute = join(ROOT, 'src/engine', name);
      return { path: relative(ROOT, absolute).split(sep).join('/'), source: readFileSync(absolute, 'utf8') };
    });
}

describe('imports inside src/engine', () => {
  it('form no cycle', () => {
    expect(importCycles(engineFiles())).toEqual([]);
  });
});

describe('the cycle finder itself', () => {
  const file = (path: string, source: string): SourceFile => ({ path, source });

  it('finds a loop through type-only imports and a longer one, and passes a diamond', () => {
    const cycles = importCycles([
      file('src/engine/find-cues.ts', "import { colonCue } from './constructions/colon.js';"),
      file('src/engine/constructions/colon.ts', "import type { CueConfig } from '../find-cues.js';"),
      file('src/engine/a.ts', "import { b } from './b.js';"),
      file('src/engine/b.ts', "import { c } from './c.js';"),
      file('src/engine/c.ts', "export { a } from './a.js';"),
      file('src/engine/top.ts', "import { l } from './left.js';\nimport { r } from './right.js';"),
      file('src/engine/left.ts', "import { base } from './base.js';"),
      file('src/engine/right.ts', "import { base } from './base.js';"),
      file('src/engine/base.ts', 'export const base = 1;'),
      file('src/engine/self.ts', "import { self } from './self.js';"),
    ]);
    expect(cycles).toEqual([
      ['src/engine/a.ts', 'src/engine/b.ts', 'src/engine/c.ts'],
      ['src/engine/constructions/colon.ts', 'src/engine/find-cues.ts'],
      ['src/engine/self.ts'],
    ]);
  });
});
