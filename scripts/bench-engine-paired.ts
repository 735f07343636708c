/**
 * One side of a paired engine bench: times `analyze` from the engine of a given checkout over the same text, and
 * prints one line of figures. Run it for two checkouts in turn (A B A B …), on a shared machine only pairs mean
 * anything:
 *
 *   node --expose-gc --import tsx scripts/bench-engine-paired.ts --engine /path/to/checkout --text polnear [--mb 3.8]
 *   node --expose-gc --import tsx scripts/bench-engine-paired.ts --engine . --text synthetic
 *   node --expose-gc --import tsx scripts/bench-engine-paired.ts --engine . --text spkatt-de
 *
 * `polnear` reads the first `--mb` megabytes of ../shared/corpus/polnear/train.jsonl at run time (never copied into
 * the repo), each document cut into paragraph blocks as the CLI does; `synthetic` is the 1 MB article of
 * `npm run bench -- engine`; `spkatt-de` reads ../shared/corpus/spkatt-news-de/train.jsonl the same way (German
 * Wikinews, 1.15 MB) and analyses it as German. Prints the median wall and CPU MB/s over `--runs` timed runs after one warm-up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis, TextBlock } from '../src/engine/index.js';
import { syntheticNewsArticle } from './bench-news-text.js';
import { argument, timeAnalyze } from './bench-throughput.js';

interface EngineModule {
  analyze(blocks: TextBlock[], options?: { language?: string }): Analysis;
  blocksFromPlainText(text: string): TextBlock[];
}

/** The documents of a corpus's train split (PolNeAR's by default), in file order, until `megabytes` of text. */
function corpusArticles(megabytes: number, corpus = 'polnear'): string[] {
  const file = resolve(import.meta.dirname, `../../shared/corpus/${corpus}/train.jsonl`);
  const texts: string[] = [];
  let bytes = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || bytes >= megabytes * 1_000_000) continue;
    const record: unknown = JSON.parse(line);
    const text: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, 'text') : undefined;
    if (typeof text !== 'string') continue;
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return texts;
}

const engineRoot = resolve(argument('engine', '.'));
const kind = argument('text', 'polnear');
const runs = Number(argument('runs', '3'));
const engine = await import(pathToFileURL(resolve(engineRoot, 'src/engine/index.ts')).href) as EngineModule;
const language = kind === 'spkatt-de' ? 'de' : 'en';
// every language of the checkout, through its lab door (absent before the language seam)
const labDoor = resolve(engineRoot, 'src/engine/lab/index.ts');
if (language !== 'en') {
  const lab: unknown = await import(pathToFileURL(labDoor).href);
  const register: unknown = typeof lab === 'object' && lab !== null ? Reflect.get(lab, 'registerToolLanguages') : undefined;
  if (typeof register === 'function') register();
}
const articles: TextBlock[][] = kind === 'synthetic'
  ? [syntheticNewsArticle(1_000_000)]
  : corpusArticles(Number(argument('mb', '3.8')), kind === 'spkatt-de' ? 'spkatt-news-de' : 'polnear').map((text) => engine.blocksFromPlainText(text));
const result = timeAnalyze(articles, (blocks) => engine.analyze(blocks, { language }), runs);
process.stdout.write(`${engineRoot} ${kind} ${(result.bytes / 1_000_000).toFixed(2)} MB ${result.claims} claims: `
  + `wall ${result.wallMbPerSecond.toFixed(3)} MB/s (${result.wallMs.map((ms) => ms.toFixed(0)).join(' ')} ms), `
  + `cpu ${result.cpuMbPerSecond.toFixed(3)} MB/s (${result.cpuMs.map((ms) => ms.toFixed(0)).join(' ')} ms)\n`);
