/**
 * The layering rules of src/ as data, and a checker that reads import statements (static, type-only, re-exports,
 * dynamic) from source text and reports every arrow that breaks them. Pure, so the rules themselves are testable.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { transform } from 'esbuild';

export const LAYERS = ['engine', 'shared', 'page', 'ui', 'background', 'cli', 'eval'] as const;
export type Layer = (typeof LAYERS)[number];

/** One-way arrows: each layer and the layers it may import. Everything points towards the pure engine. */
export const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  engine: ['engine'],
  shared: ['shared', 'engine'],
  page: ['page', 'engine', 'shared', 'ui'],
  ui: ['ui', 'engine', 'shared'],
  background: ['background', 'engine', 'shared'],
  cli: ['cli', 'engine', 'shared', 'page'],
  // the accuracy runner reads articles the way the CLI does, and scores what the engine makes of them
  eval: ['eval', 'engine', 'shared', 'cli'],
};

/** The page reaches the sidebar only through its contract and its mount function, never its components. */
export const UI_FILES_THE_PAGE_MAY_IMPORT = ['src/ui/sidebar-api.ts', 'src/ui/sidebar/mount.tsx'];

/** Packages for tests and tools: they never run inside the extension. */
const TOOL_PACKAGES = ['jsdom', 'linkedom', 'puppeteer-core', 'esbuild', 'vitest', 'tsx', 'fast-check', 'typescript', 'web-ext'];
/** Layers that ship in the extension and so may not use Node's own modules or tool packages. */
const EXTENSION_LAYERS: readonly Layer[] = ['engine', 'shared', 'page', 'ui', 'background'];

export interface SourceFile {
  /** Project-relative, with forward slashes: "src/page/controller.ts". */
  path: string;
  source: string;
}

export interface ImportArrow {
  from: string;
  specifier: string;
  /** The project-relative file for a relative import (extension not checked), or null for a package. */
  target: string | null;
}

const STATIC_IMPORT = /(?:^|[;\n])[ \t]*(?:import|export)[ \t]+(?:type[ \t]+)?(?:[\w*{}\s,$]+?[ \t\n]from[ \t]*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\b(?:import|require)[ \t]*\([ \t]*['"]([^'"\n]+)['"][ \t]*\)/g;

export function importsOf(file: SourceFile): ImportArrow[] {
  const specifiers = [...file.source.matchAll(STATIC_IMPORT), ...file.source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => ({
    from: file.path,
    specifier,
    target: specifier.startsWith('.') ? withSourceExtension(posix.normalize(posix.join(posix.dirname(file.path), specifier))) : null,
  }));
}

/** "../ui/sidebar-api.js" is written for the compiled file; the source is .ts or .tsx. */
function withSourceExtension(path: string): string {
  return path.replace(/\.js$/, '.ts').replace(/\.jsx$/, '.tsx');
}

export function layerOf(path: string): Layer | null {
  const [root, folder] = path.split('/');
  if (root !== 'src') return null;
  return LAYERS.find((layer) => layer === folder) ?? null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));
}

/** Every import in `files` that breaks the rules, as a readable line; empty when the layering holds. */
/** The English messages, whose keys shared/i18n.ts types every message lookup with. */
const ENGLISH_MESSAGES = '_locales/en/messages.json';

export function layeringViolations(files: SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    for (const arrow of importsOf(file)) {
      const problem = arrow.target === null ? packageProblem(layer, arrow.specifier) : fileProblem(layer, arrow.target);
      if (problem) violations.push(`${arrow.from} imports '${arrow.specifier}': ${problem}`);
    }
  }
  return violations;
}

function fileProblem(layer: Layer, target: string): string | null {
  const targetLayer = layerOf(target.replace(/\.tsx$/, '.ts'));
  // the interface's message keys are typed from the English messages (a type import: nothing is bundled)
  if (target === ENGLISH_MESSAGES) return layer === 'shared' ? null : `only shared/i18n.ts reads ${ENGLISH_MESSAGES}`;
  if (!target.startsWith('src/')) return 'reaches outside src/';
  if (!targetLayer) return 'reaches a file outside the layers';
  if (!MAY_IMPORT[layer].includes(targetLayer)) return `${layer} may not import ${targetLayer}`;
  if (layer === 'page' && targetLayer === 'ui') {
    const allowed = UI_FILES_THE_PAGE_MAY_IMPORT.some((entry) => entry === target || entry === target.replace(/\.ts$/, '.tsx'));
    if (!allowed) return `page may import ui only through ${UI_FILES_THE_PAGE_MAY_IMPORT.join(' or ')}`;
  }
  return null;
}

function packageProblem(layer: Layer, specifier: string): string | null {
  if (layer === 'engine') return 'the engine is self-contained and imports no packages';
  if (!EXTENSION_LAYERS.includes(layer)) return null;
  if (isNodeBuiltin(specifier)) return `${layer} runs in the browser and may not use Node modules`;
  if (TOOL_PACKAGES.includes(packageName(specifier))) return `${packageName(specifier)} is a test/tool package, not for the extension`;
  return null;
}

/** Globals that exist only in a page, an extension or Node: the engine must run in all three and touch none. */
export const GLOBALS_THE_ENGINE_MAY_NOT_USE = [
  'document', 'window', 'navigator', 'location', 'self', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'WebSocket',
  'localStorage', 'sessionStorage', 'indexedDB', 'requestAnimationFrame', 'requestIdleCallback', 'getComputedStyle',
  'HTMLElement', 'Element', 'Node', 'Text', 'Range', 'Highlight', 'CSS', 'MutationObserver', 'process', 'require', 'Buffer',
];

const FORBIDDEN_MARKER = '__whosaid_forbidden_global__';
const FORBIDDEN_DEFINES = Object.fromEntries(GLOBALS_THE_ENGINE_MAY_NOT_USE.map((name) => [name, `${FORBIDDEN_MARKER}${name}`]));

/** The forbidden globals a file uses. esbuild's define replaces only free identifiers, so a local named
 * `document`, a property `.document` or the word in a string or comment is not counted. */
export async function forbiddenGlobalsIn(file: SourceFile): Promise<string[]> {
  const loader = file.path.endsWith('.tsx') ? 'tsx' : 'ts';
  const { code } = await transform(file.source, { loader, define: FORBIDDEN_DEFINES, logLevel: 'silent' });
  return [...code.matchAll(new RegExp(`${FORBIDDEN_MARKER}(\\w+)`, 'g'))].map((match) => match[1] ?? '');
}

/** The engine's two doors: the product's, and the lab's (eval, scripts and tests only). */
export const PRODUCT_DOOR = 'src/engine/index.ts';
export const LAB_DOOR = 'src/engine/lab/index.ts';
/** The tools' door: every language at once, for the command line, eval, scripts and tests, never the extension. */
export const LANGUAGES_DOOR = 'src/engine/languages.ts';
/** Layers that run as tools, not in the browser: they may read every language. */
const TOOL_LAYERS: readonly Layer[] = ['cli'];
/** Layers that ship or serve the reader: they come in through the product door only. */
const PRODUCT_LAYERS: readonly Layer[] = ['shared', 'page', 'ui', 'background', 'cli'];
/**
 * Tests that test the engine's rooms from inside, step by step: they may import any engine module, a language
 * folder's lists too (the English lexicon's own tests).
 */
const ENGINE_UNIT_TESTS = 'tests/engine/';

/** A language folder of the lexicon ("src/engine/lexicon/en/…"): its words are read through the registry only. */
function languageFolderOf(path: string): string | null {
  return /^src\/engine\/lexicon\/([a-z]{2,3}(?:-[a-z0-9]+)?)\//i.exec(path)?.[1] ?? null;
}

/**
 * Every arrow that goes past the engine's doors, as a readable line; empty when they hold. Outside src/engine/
 * (src/, scripts/, tests/ but tests/engine/) an engine module is reached only through a door: the product through
 * engine/index.ts and never the lab; eval, scripts and tests through either. Inside the engine, the shipped steps
 * never reach into lab/ (the lab builds on them, not the other way). Nothing outside src/engine/lexicon/ imports a
 * language folder: the lexicon registry (lexicon/index.ts) is the way to a language's words.
 */
export function doorViolations(files: SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const inEngine = file.path.startsWith('src/engine/');
    const inLab = file.path.startsWith('src/engine/lab/');
    const layer = layerOf(file.path);
    for (const arrow of importsOf(file)) {
      const target = arrow.target;
      if (target === null || !target.startsWith('src/engine/')) continue;
      const problem = doorProblem(file.path, target, { inEngine, inLab, layer });
      if (problem) violations.push(`${arrow.from} imports '${arrow.specifier}': ${problem}`);
    }
  }
  return violations;
}

function doorProblem(from: string, target: string, at: { inEngine: boolean; inLab: boolean; layer: Layer | null }): string | null {
  if (languageFolderOf(target) !== null && !from.startsWith('src/engine/lexicon/') && !from.startsWith(ENGINE_UNIT_TESTS)) {
    return `a language folder is read through the lexicon registry (src/engine/lexicon/index.ts), not imported`;
  }
  if (at.inEngine) {
    return !at.inLab && target.startsWith('src/engine/lab/') ? 'the shipped engine never imports the lab' : null;
  }
  if (from.startsWith(ENGINE_UNIT_TESTS)) return null;
  const productSide = at.layer !== null && PRODUCT_LAYERS.includes(at.layer);
  if (target === PRODUCT_DOOR) return null;
  if (target === LANGUAGES_DOOR) {
    return productSide && !TOOL_LAYERS.includes(at.layer ?? 'cli') ? `${at.layer ?? 'product'} code reads other languages from their bundles, never ${LANGUAGES_DOOR}` : null;
  }
  if (target === LAB_DOOR) return productSide ? `${at.layer ?? 'product'} code comes in through ${PRODUCT_DOOR} only, never the lab` : null;
  return `outside the engine, come in through ${PRODUCT_DOOR}${productSide ? '' : ` or ${LAB_DOOR}`}`;
}

/** The import cycles among `files` (every arrow counted, type-only too), each as its modules in order; none is best. */
export function importCycles(files: SourceFile[]): string[][] {
  const known = new Set(files.map((file) => file.path));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(file).map((arrow) => arrow.target).filter((target): target is string => target !== null && known.has(target));
    edges.set(file.path, [...new Set(targets)].sort());
  }
  // Tarjan's strongly connected components: every component of more than one module (or a module importing itself)
  // is a cycle
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}
