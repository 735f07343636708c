/**
 * Reading PolNeAR (../shared/corpus/polnear/*.jsonl) and turning gold annotations and extraction records into the
 * scorer's shape. The corpus lives outside the project and never enters it; callers skip when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toExtractRecord, type ExtractAttribution, type ExtractRecord, type Analysis } from '../engine/index.js';
import type { AttributionType, Fragments, ScoredAttribution, ScoredDocument } from './score.js';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  fragments: [number, number][];
}

export interface GoldAttribution {
  id: string;
  source: GoldSpan | null;
  cue: GoldSpan;
  content: GoldSpan;
  type: AttributionType;
  no_source: boolean;
}

export interface GoldDocument {
  doc_id: string;
  split: string;
  publisher: string;
  title: string;
  text: string;
  attributions: GoldAttribution[];
}

/** ../shared as seen from the project root. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function polnearPath(split: string): string {
  return join(SHARED_DIR, 'corpus', 'polnear', `${split}.jsonl`);
}

export function polnearAvailable(split = 'dev'): boolean {
  return existsSync(polnearPath(split));
}

export function readPolnear(split: string): GoldDocument[] {
  return readFileSync(polnearPath(split), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDocument);
}

const frag = (s: GoldSpan): Fragments => (s.fragments.length > 0 ? s.fragments : [[s.start, s.end]]);

export function goldForScoring(doc: GoldDocument): ScoredAttribution[] {
  return doc.attributions.map((a) => ({
    source: a.source === null ? null : frag(a.source),
    cue: frag(a.cue),
    content: frag(a.content),
    type: a.type,
  }));
}

export function predictedForScoring(record: ExtractRecord): ScoredAttribution[] {
  return record.attributions.map((a: ExtractAttribution) => ({
    source: a.source === null ? null : [[a.source.start, a.source.end]],
    cue: [[a.cue.start, a.cue.end]],
    content: a.content.fragments ?? [[a.content.start, a.content.end]],
    type: a.type,
  }));
}

/** A gold document beside the engine's analysis of its text (read with blocksFromPlainText), in the scorer's shape. */
export function scoredAgainstGold(doc: GoldDocument, analysis: Analysis): ScoredDocument {
  return { text: doc.text, gold: goldForScoring(doc), pred: predictedForScoring(toExtractRecord(doc.doc_id, doc.text, analysis)) };
}
