/** Types of scripts/lexicon-bundles.mjs (plain JavaScript, read by build.mjs), for the TypeScript tests. */
import type { StdinOptions } from 'esbuild';

export declare const BUILT_IN_LANGUAGE: string;
export declare function bundledLanguages(root: string): string[];
export declare function lexiconBundleFile(language: string): string;
export declare function lexiconBundleStdin(root: string, language: string): StdinOptions;
