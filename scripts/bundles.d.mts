/** Types of scripts/bundles.mjs (plain JavaScript, read by build.mjs), for the TypeScript tests. */
import type { BuildOptions, StdinOptions } from 'esbuild';

export declare const ROOT: string;
export declare const BUILT_IN_LANGUAGE: string;
export declare const CYRILLIC_LANGUAGES: string[];
export declare function bundledLanguages(root?: string): string[];
export declare function lexiconBundleFile(language: string): string;
export declare function lexiconFieldNames(root?: string): string[];
export declare function lexiconFieldMangleCache(root?: string): Record<string, string>;
export declare function lexiconBundleStdin(root: string, language: string): StdinOptions;
export declare function bundleOptions(options: {
  esbuildTarget: string[];
  firefox: boolean;
  testHooks?: boolean;
  debug?: boolean;
  marks?: boolean;
  languages?: string[];
}): BuildOptions;
