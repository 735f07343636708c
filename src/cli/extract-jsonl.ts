/**
 * `whosaid extract`: streams a JSONL file of {"doc_id","text"} documents through the engine, one output line per
 * document in the PolNeAR extract format. A bad input line is reported with its number and skipped; the run goes on.
 */
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { analyze, blocksFromPlainText, toExtractRecord, type ExtractRecord } from '../engine/index.js';
import { annotatesNestedQuotes } from '../engine/languages.js';
import { withFileErrors } from './file-errors.js';
import { checkedLanguageOption, DETECT, languageOf, UnsupportedLanguageError } from './language.js';
import { UsageError } from './article-file.js';

export interface ExtractSummary {
  documents: number;
  problems: string[];
}

interface Document {
  docId: string | number;
  text: string;
  /** The line's own "language" (or "lang"), when it gives one. */
  language?: string;
}

/**
 * Reads `inPath` ('-' for stdin) and writes records to `outPath` ('-' or undefined for stdout); each document is read
 * in its line's language, else in `language` ('detect': the one its text reads as).
 */
export async function extractFile(inPath: string, outPath: string | undefined, report: (problem: string) => void,
  language: string = DETECT): Promise<ExtractSummary> {
  const input = inPath === '-' ? process.stdin : await openForReading(inPath);
  const outputHandle = outPath === undefined || outPath === '-' ? undefined : await withFileErrors('write', () => open(outPath, 'w'));
  const output: Writable = outputHandle ? outputHandle.createWriteStream() : process.stdout;
  const summary: ExtractSummary = { documents: 0, problems: [] };
  const problem = (message: string): void => {
    summary.problems.push(message);
    report(message);
  };

  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseDocument(line);
    if (typeof parsed === 'string') {
      problem(`${inPath} line ${lineNumber}: ${parsed}`);
      continue;
    }
    const record = recordFor(parsed, language, (message) => problem(`${inPath} line ${lineNumber} (doc_id ${String(parsed.docId)}): ${message}`));
    summary.documents += 1;
    if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
  }
  if (outputHandle) {
    output.end();
    await once(output, 'finish');
    await outputHandle.close().catch(() => undefined);
  }
  return summary;
}

async function openForReading(path: string): Promise<NodeJS.ReadableStream> {
  // Opening first turns a missing file into a clear error here rather than an 'error' event mid-stream.
  const handle = await withFileErrors('read', () => open(path, 'r'));
  return handle.createReadStream({ encoding: 'utf8' });
}

/** The document on one line, or why the line is not one. */
function parseDocument(line: string): Document | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object {"doc_id", "text"}';
  const docId: unknown = Reflect.get(value, 'doc_id');
  const text: unknown = Reflect.get(value, 'text');
  if (typeof docId !== 'string' && typeof docId !== 'number') return '"doc_id" must be a string or a number';
  if (typeof text !== 'string') return '"text" must be a string';
  // "language" as this project writes it, "lang" as some corpora do (../shared/corpus/gepade)
  const language: unknown = Reflect.get(value, 'language') ?? Reflect.get(value, 'lang');
  if (language !== undefined && language !== null && typeof language !== 'string') return '"language" must be a string';
  return typeof language === 'string' && language.trim() !== '' ? { docId, text, language } : { docId, text };
}

/** One output line: the engine's extract record, with the input's doc_id echoed as given (string or number). */
type OutputRecord = Omit<ExtractRecord, 'doc_id'> & { doc_id: string | number };

/** An engine failure on one document still yields its line (with no attributions), so outputs stay aligned with inputs. */
function recordFor(document: Document, asked: string, problem: (message: string) => void): OutputRecord {
  try {
    const language = languageOf(document.text, document.language === undefined ? asked : checkedLanguageOption(document.language, '"language"'));
    // the PolNeAR contract: PolNeAR annotates speech acts naming only a topic, which a reader is not shown
    const analysis = analyze(blocksFromPlainText(document.text), { language, polnear: true });
    const { actors, attributions } = toExtractRecord(String(document.docId), document.text, analysis, { nestedQuotes: language !== undefined && annotatesNestedQuotes(language) });
    return { doc_id: document.docId, actors, attributions };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problem(error instanceof UsageError || error instanceof UnsupportedLanguageError ? message : `the engine failed: ${message}`);
    return { doc_id: document.docId, actors: [], attributions: [] };
  }
}
