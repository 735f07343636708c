/**
 * The `whosaid` command line: `analyze FILE` prints who claims what in one article, `extract` runs the engine over
 * a JSONL corpus in the format accuracy is measured with. Returns an exit code; never throws at the user.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/index.js';
import { readArticleFile, UsageError } from './article-file.js';
import { renderAnalysisTable } from './claims-table.js';
import { extractFile } from './extract-jsonl.js';
import { describeFileError } from './file-errors.js';
import { useMessages, type MessageFile } from '../shared/i18n.js';
import { checkedLanguageOption, languageOf, UnsupportedLanguageError } from './language.js';

export const EXIT_OK = 0;
/** A file could not be read or written, or some input lines were bad. */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

const USAGE = `Usage:
  whosaid analyze FILE [--json] [--language LANG]
      FILE is .txt (one paragraph a line; a first line without closing punctuation is the headline)
      or .html (the article is read from the page). Prints actors and their claims as a table;
      --json prints the whole analysis as JSON.
  whosaid extract --in DOCS.jsonl [--out PRED.jsonl] [--language LANG]
      Each input line is {"doc_id", "text"} (paragraphs separated by newlines), and may carry
      "language" (or "lang"), which wins over --language for that line. Writes one line per
      document: {"doc_id", "actors": [{"id","name","kind"}], "attributions": [{"source", "cue",
      "content", "type", "actor"}]} with offsets into that text. '-' reads stdin / writes stdout
      (the default for --out). Bad input lines are reported with their line number and skipped.
      It reads as PolNeAR annotates: a speech act naming only a topic ("condemned the attack")
      and a paraphrase with no speaker are attributions there, though analyze shows neither.
  --language LANG reads the text as LANG (en, de, fr, …: the languages WhoSaid has a lexicon for);
      the default, "detect", reads the language from the text itself (a text too short to tell is
      read as English; a text in a language WhoSaid cannot read is refused, never read as English).
  whosaid --help

Exit codes: 0 done, 1 a file could not be read or written or some input lines were bad, 2 wrong usage.
`;

const DEFAULT_LINE_WIDTH = 120;

/** The CLI speaks English: its tables use the English words of the extension's messages (no browser to pick). */
function useEnglishMessages(): void {
  const file = new URL('../../_locales/en/messages.json', import.meta.url);
  useMessages(JSON.parse(readFileSync(file, 'utf8')) as MessageFile);
}

export async function main(argv: string[]): Promise<number> {
  useEnglishMessages();
  const [command, ...rest] = argv;
  // `whosaid … | head` closes the pipe early: that is the reader's choice, not an error worth a message.
  process.stdout.on('error', (error) => {
    if (isBrokenPipe(error)) process.exit(EXIT_OK);
    throw error;
  });
  try {
    if (command === undefined) {
      process.stderr.write(USAGE);
      return EXIT_USAGE;
    }
    if (command === '--help' || command === '-h' || command === 'help') return printUsage();
    if (command === 'analyze') return await analyzeCommand(rest);
    if (command === 'extract') return await extractCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    return reportError(error);
  }
}

async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    language: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printUsage();
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('analyze needs a FILE (.txt or .html)');
  if (extra.length > 0) throw new UsageError(`analyze takes one FILE, got also: ${extra.join(' ')}`);
  const asked = checkedLanguageOption(typeof values.language === 'string' ? values.language : undefined);
  const blocks = await readArticleFile(file);
  const language = languageOf(blocks.map((block) => block.text).join('\n'), asked);
  const analysis = analyze(blocks, { language });
  const width = process.stdout.isTTY ? process.stdout.columns : DEFAULT_LINE_WIDTH;
  process.stdout.write(values.json ? `${JSON.stringify(analysis, null, 2)}\n` : renderAnalysisTable(analysis, width));
  return EXIT_OK;
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    in: { type: 'string' },
    out: { type: 'string' },
    language: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printUsage();
  if (positionals.length > 0) throw new UsageError(`extract takes --in and --out, not: ${positionals.join(' ')}`);
  if (typeof values.in !== 'string') throw new UsageError('extract needs --in DOCS.jsonl');
  const outPath = typeof values.out === 'string' ? values.out : undefined;
  const asked = checkedLanguageOption(typeof values.language === 'string' ? values.language : undefined);
  const summary = await extractFile(values.in, outPath, (problem) => process.stderr.write(`whosaid: ${problem}\n`), asked);
  if (summary.problems.length > 0) {
    process.stderr.write(`whosaid: ${summary.problems.length} problem(s); ${summary.documents} document(s) written\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseCommandArgs<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function printUsage(): number {
  process.stdout.write(USAGE);
  return EXIT_OK;
}

function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && Reflect.get(error, 'code') === 'EPIPE';
}

function reportError(error: unknown): number {
  if (isBrokenPipe(error)) return EXIT_OK;
  if (error instanceof UnsupportedLanguageError) {
    process.stderr.write(`whosaid: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`whosaid: ${error.message}\nRun "whosaid --help" for usage.\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`whosaid: ${describeFileError(error)}\n`);
  return EXIT_FAILURE;
}
