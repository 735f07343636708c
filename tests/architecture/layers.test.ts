/**
 * Enforces the layering of src/: one-way arrows eval/cli/page/ui/background → engine, the engine pure (no imports
 * from other layers, no packages, no page/extension/Node globals), and each module opening with its header comment;
 * and the engine's two doors, for src/, scripts/ and tests/ alike (import-rules.ts, doorViolations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { doorViolations, forbiddenGlobalsIn, importsOf, layeringViolations, type SourceFile } from './import-rules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(folder: string, names = /\.tsx?$/): SourceFile[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => names.test(name) && !name.split(sep).includes('node_modules'))
    .sort()
    .map((name) => {
      const absolute = join(ROOT, folder, name);
      return { path: relative(ROOT, absolute).split(sep).join('/'), source: readFileSync(absolute, 'utf8') };
    });
}

const SRC = sourceFiles('src');
/** Everything that may import the engine: the product, eval, the scripts and the tests. */
const ALL = [...SRC, ...sourceFiles('scripts', /\.(?:tsx?|mjs)$/), ...sourceFiles('tests', /\.(?:tsx?|mjs)$/)];

describe('layering of src/', () => {
  it('has only one-way arrows towards the engine', () => {
    expect(layeringViolations(SRC)).toEqual([]);
  });

  it('keeps the engine free of page, extension and Node globals', async () => {
    const uses: string[] = [];
    for (const file of SRC.filter((candidate) => candidate.path.startsWith('src/engine/'))) {
      for (const name of await forbiddenGlobalsIn(file)) uses.push(`${file.path} uses ${name}`);
    }
    expect(uses).toEqual([]);
  });

  it('reaches the engine only through its doors: the product through engine/index.ts, eval, scripts and tests through it or engine/lab/index.ts', () => {
    expect(doorViolations(ALL)).toEqual([]);
  });

  it('opens every module with a header comment saying what it owns', () => {
    const headerless = SRC.filter((file) => !/^(?:#![^\n]*\n)?\s*(?:\/\*|\/\/)/.test(file.source)).map((file) => file.path);
    expect(headerless).toEqual([]);
  });
});

describe('the layering checker itself', () => {
  const file = (path: string, source: string): SourceFile => ({ path, source });

  it('reads every form of import: named, default, type-only, multi-line, re-export, side effect, dynamic', () => {
    const source = [
      "import { a } from './a.js';",
      "import b from 'b-package';",
      "import type { C } from '../engine/types.js';",
      'import {\n  d,\n  type E,\n} from "./d.js";',
      "export * from './f.js';",
      "export { g } from './g.js';",
      "import './side-effect.js';",
      "const lazy = await import('./lazy.js');",
      "export const notAnImport = 'from here';",
    ].join('\n');
    expect(importsOf(file('src/page/x.ts', source)).map((arrow) => arrow.specifier).sort()).toEqual(
      ['./a.js', 'b-package', '../engine/types.js', './d.js', './f.js', './g.js', './side-effect.js', './lazy.js'].sort(),
    );
  });

  it('catches arrows pointing the wrong way and impure engine imports', () => {
    const violations = layeringViolations([
      file('src/engine/steps.ts', "import type { SidebarModel } from '../ui/sidebar-api.js';\nimport { readFile } from 'node:fs';"),
      file('src/ui/sidebar/Panel.tsx', "import { controller } from '../../page/controller.js';"),
      file('src/ui/options.ts', "import { start } from '../background/main.js';"),
      file('src/page/controller.ts', "import { Sidebar } from '../ui/sidebar/Sidebar.js';\nimport { mountSidebar } from '../ui/sidebar/mount.js';"),
      file('src/background/main.ts', "import { JSDOM } from 'jsdom';\nimport { analyze } from '../engine/index.js';"),
      file('src/cli/main.ts', "import { readFile } from 'node:fs/promises';\nimport { blocks } from '../page/article/types.js';"),
      file('src/eval/run.ts', "import { readFile } from 'node:fs';\nimport { readArticleFile } from '../cli/article-file.js';\nimport { Sidebar } from '../ui/sidebar/Sidebar.js';"),
      file('src/cli/score.ts', "import { scoreCorpus } from '../eval/score.js';"),
    ]);
    expect(violations).toEqual([
      "src/engine/steps.ts imports '../ui/sidebar-api.js': engine may not import ui",
      "src/engine/steps.ts imports 'node:fs': the engine is self-contained and imports no packages",
      "src/ui/sidebar/Panel.tsx imports '../../page/controller.js': ui may not import page",
      "src/ui/options.ts imports '../background/main.js': ui may not import background",
      "src/page/controller.ts imports '../ui/sidebar/Sidebar.js': page may import ui only through src/ui/sidebar-api.ts or src/ui/sidebar/mount.tsx",
      "src/background/main.ts imports 'jsdom': jsdom is a test/tool package, not for the extension",
      "src/eval/run.ts imports '../ui/sidebar/Sidebar.js': eval may not import ui",
      "src/cli/score.ts imports '../eval/score.js': cli may not import eval",
    ]);
  });

  it('catches arrows past the engine\'s doors, the product in the lab, the engine in the lab and a language folder imported', () => {
    const violations = doorViolations([
      file('src/page/run.ts', "import { analyze } from '../engine/index.js';\nimport { segment } from '../engine/segment.js';"),
      file('src/shared/space.ts', "import type { Frame } from '../engine/lab/index.js';"),
      file('src/eval/run.ts', "import { analyzeWith } from '../engine/lab/index.js';\nimport { findCues } from '../engine/find-cues.js';"),
      file('scripts/train.ts', "import { analyze } from '../src/engine/index.js';\nimport { tagBlock } from '../src/engine/lab/span-tagger.js';"),
      file('tests/ui/x.test.ts', "import type { Analysis } from '../../src/engine/types.js';"),
      file('tests/engine/x.test.ts', "import { segment } from '../../src/engine/segment.js';"),
      file('src/engine/analyze.ts', "import { taggerDecision } from './lab/decide-frames.js';\nimport { english } from './lexicon/en/index.js';"),
      file('src/engine/lab/decide-frames.ts', "import { classifyContent } from '../classify.js';"),
      file('src/engine/lexicon/index.ts', "import { english } from './en/index.js';"),
    ]);
    expect(violations).toEqual([
      "src/page/run.ts imports '../engine/segment.js': outside the engine, come in through src/engine/index.ts",
      "src/shared/space.ts imports '../engine/lab/index.js': shared code comes in through src/engine/index.ts only, never the lab",
      "src/eval/run.ts imports '../engine/find-cues.js': outside the engine, come in through src/engine/index.ts or src/engine/lab/index.ts",
      "scripts/train.ts imports '../src/engine/lab/span-tagger.js': outside the engine, come in through src/engine/index.ts or src/engine/lab/index.ts",
      "tests/ui/x.test.ts imports '../../src/engine/types.js': outside the engine, come in through src/engine/index.ts or src/engine/lab/index.ts",
      "src/engine/analyze.ts imports './lab/decide-frames.js': the shipped engine never imports the lab",
      "src/engine/analyze.ts imports './lexicon/en/index.js': a language folder is read through the lexicon registry (src/engine/lexicon/index.ts), not imported",
    ]);
  });

  it('finds page globals by use, not by word: locals, properties, strings and comments named "document" pass', async () => {
    const source = [
      '// the document actor',
      'export function kindOf(document: string): string { return document; }',
      "export const word = 'window';",
      'export const doc = { document: 1 }.document;',
      'export const title = (): string => document.title + String(window.innerWidth);',
    ].join('\n');
    expect(await forbiddenGlobalsIn(file('src/engine/x.ts', source))).toEqual(['document', 'window']);
  });
});
