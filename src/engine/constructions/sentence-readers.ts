/**
 * Sentence readers: a language whose reports follow an order English's constructions do not read (German verb-second
 * order: constructions/clause-reports.ts) registers a reader here, and step 3 (analyze.ts) hands it each sentence in
 * place of English's cue finding and construction matching. Kept apart so that analyze() carries no language's reader:
 * a page in English loads none, and a language's bundle brings its own (lexicon/tool-languages.ts registers them for
 * the command line and the tools, through the tools' door, languages.ts).
 */
import type { Segmented, Sentence } from '../tokens.js';
import type { CueConfig } from '../cue.js';
import type { ClauseReportWords } from '../lexicon/lexicon.js';
import type { Frame } from './frame.js';

/** What a reader carries from sentence to sentence: content taken so far, and the report a follow-on goes on with. */
export interface ClauseReportState {
  takenUntil: number;
  /** The block of the last report's end, or -1: a reported-mood sentence goes on with it in that block or the next. */
  lastReportBlock: number;
  /** A sentence with no report came after the last report, in its paragraph: only the plain reported mood goes on. */
  paused: boolean;
}

export function newClauseReportState(): ClauseReportState {
  return { takenUntil: 0, lastReportBlock: -1, paused: false };
}

/** Reads the reports of one sentence: its frames, with the state updated. */
export type SentenceReader = (seg: Segmented, sentence: Sentence, config: CueConfig, words: ClauseReportWords,
  state: ClauseReportState) => Frame[];

const READERS = new Map<string, SentenceReader>();

/** Makes `reader` the sentence reader of a language (its lexicon's `language` tag). */
export function registerSentenceReader(language: string, reader: SentenceReader): void {
  READERS.set(language, reader);
}

/** The sentence reader registered for a language, if any. */
export function sentenceReaderFor(language: string): SentenceReader | undefined {
  return READERS.get(language);
}
