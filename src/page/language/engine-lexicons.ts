/**
 * SHIM until the seam lands on main: the engine's lexicon registry as the page side uses it, `registerLexicon` and
 * `supportedLanguages` (the API src/engine/lexicon/index.ts is getting). Today's engine knows English alone and
 * cannot take another language, so this remembers what was delivered and reports English plus that. Replaced by a
 * re-export of the engine's own functions once they exist.
 */
import type { Lexicon } from '../../engine/lexicon/index.js';

export type { Lexicon } from '../../engine/lexicon/index.js';

const registered = new Map<string, Lexicon>();

/** Makes `lexicon` readable by the engine under its language tag. */
export function registerLexicon(lexicon: Lexicon): void {
  registered.set(lexicon.language, lexicon);
}

/** The language tags the engine reads now, English first. */
export function supportedLanguages(): string[] {
  return ['en', ...[...registered.keys()].filter((language) => language !== 'en')];
}
