/**
 * The engine's one public entry: `analyze(blocks)` turns ordered text blocks into actors and claims.
 * Placeholder until the engine lands: returns no claims. Its signature is the contract the other layers use.
 */
import type { Analysis, AnalyzeOptions, TextBlock } from './types.js';

export function analyze(blocks: TextBlock[], _options: AnalyzeOptions = {}): Analysis {
  return { blocks, actors: [], claims: [] };
}
