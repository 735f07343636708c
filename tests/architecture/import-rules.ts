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
