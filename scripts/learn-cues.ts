/**
 * Learns which cue words to switch on, and in which constructions, from PolNeAR train annotations:
 * tries every word that gold cues contain, runs the engine, and counts per word and construction how many
 * extractions match a gold attribution. Writes src/engine/lexicon/en/learned-cues.generated.ts — words and counts
 * only, never corpus text. Run: npx tsx scripts/learn-cues.ts
 */
import { writeFileSync } from 'node:fs';
import {
  analyzeWith, type Frame, CONSTRUCTION_INDEX, CUE_THRESHOLDS, learnedCueConfig, permissiveCueConfig, type CueConfig,
  lexiconFor, packCueCounts,
} from '../src/engine/lab/index.js';
import { drain, blocksFromPlainText, toExtractRecord, FLOATING_CUE_LEMMA, type Analysis } from '../src/engine/index.js';
import { goldForScoring, polnearAvailable, predictedForScoring, readPolnear, type GoldDocument } from '../src/eval/polnear.js';
import { matchAttributions } from '../src/eval/score.js';

const OUT = new URL('../src/engine/lexicon/en/learned-cues.generated.ts', import.meta.url);
/** A word must be inside a gold cue at least this often to be tried. */
const MIN_GOLD = 3;
/** The lexicon whose cues are learned: English, the language of PolNeAR. */
const english = lexiconFor('en');
/** Adverbs and auxiliaries that stand between a subject and its cue ("has repeatedly said"). */
const BETWEEN_SUBJECT_AND_CUE = english.BETWEEN_SUBJECT_AND_CUE;
/** Words never tried as cues on their own (they only occur inside longer cue spans). */
const NEVER = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'at', 'by', 'with', 'as', 'that', 'and', 'or',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'also', 'it', 'his', 'her', 'their', 'its',
  'he', 'she', 'they', 'from', 'about', 'out', 'up', 'this', 'will', 'would', 'did', 'do', 'does', 'more', 'than',
  'but', 'so', 'if', 'no', 'i', 'we', 'you', 'him', 'them', 'what', 'who', 'which', 'there', 'over', 'into', 'can',
  'could', 'may', 'might', 'should', 'just', 'now', 'then', 'even', 'still', 'back', 'off', 'all', 'some', 'one',
  'first', 'last', 'new', 'other', 'only', 'like', 'after', 'before', 'against', 'when', 'being', 'very', 'much']);

type Counts6 = [number, number, number, number, number, number];

function candidateWords(docs: GoldDocument[]): Set<string> {
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const a of d.attributions) {
      for (const w of a.cue.text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*|:/gu) ?? []) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, n] of counts) {
    // adverbs and auxiliaries belong to a cue span but never head one ("has repeatedly said")
    if (n >= MIN_GOLD && !NEVER.has(w) && !BETWEEN_SUBJECT_AND_CUE.has(w) && !(w.endsWith('ly') && w.length > 4)) out.add(w);
  }
  return out;
}

interface Measured {
  /** Per cue word. */
  forms: Map<string, Counts6>;
  /** Per cue word and the kind of token after it ("said that", "said the"). */
  contexts: Map<string, Counts6>;
}

function bump(table: Map<string, Counts6>, key: string, k: number, hit: boolean): void {
  const row = table.get(key) ?? [0, 0, 0, 0, 0, 0];
  row[k * 2 + 1] = (row[k * 2 + 1] ?? 0) + 1;
  if (hit) row[k * 2] = (row[k * 2] ?? 0) + 1;
  table.set(key, row);
}

function measure(docs: GoldDocument[], config: CueConfig): Measured {
  const table = new Map<string, Counts6>();
  const contexts = new Map<string, Counts6>();
  for (const doc of docs) {
    let frames: Frame[] = [];
    const analysis: Analysis = drain(analyzeWith(blocksFromPlainText(doc.text), {
      // the frames as claims are made of them (floating quotes added): one attribution each
      debug: (step, detail) => { if (step === 'floating') frames = detail as Frame[]; },
    }, config));
    // floating quotes have no cue word to learn from: left out of the frames and the record alike, each attribution
    // is its frame's
    const record = toExtractRecord(doc.doc_id, doc.text, { ...analysis, claims: analysis.claims.filter((c) => c.cueLemma !== FLOATING_CUE_LEMMA) });
    const { matchOf } = matchAttributions(goldForScoring(doc), predictedForScoring(record));
    frames.filter((f) => f.construction !== 'floating').forEach((f, i) => {
      const k = f.construction === 'according' || f.construction === 'colon' || f.construction === 'floating' ? 1 : CONSTRUCTION_INDEX[f.construction];
      const hit = (matchOf[i] ?? -1) >= 0;
      bump(table, f.cue.form, k, hit);
      bump(contexts, `${f.cue.form} ${f.cue.context}`, k, hit);
    });
  }
  return { forms: table, contexts };
}

/** The contexts worth keeping: seen often enough in a construction to decide, and deciding differently. */
function decisiveContexts(forms: Map<string, Counts6>, contexts: Map<string, Counts6>): Map<string, Counts6> {
  const formLevel = learnedCueConfig(english, Object.fromEntries(forms), undefined, {}, {});
  const out = new Map<string, Counts6>();
  for (const [key, c] of contexts) {
    const form = key.slice(0, key.lastIndexOf(' '));
    const ctx = learnedCueConfig(english, Object.fromEntries(forms), undefined, {}, { [key]: c });
    const constructions = ['before', 'after', 'bare'] as const;
    if (constructions.some((con) => formLevel.allows(form, con) !== ctx.allows(form, con, key.slice(form.length + 1)))) out.set(key, c);
  }
  return out;
}

function write(table: Map<string, Counts6>, contexts: Map<string, Counts6>, candidates: number, docs: number): void {
  // every word judged (on or off), so a rare inflection borrowing its lemma's counts cannot undo a judgement
  const rows = [...table.entries()].filter(([, c]) => c[1] + c[3] + c[5] >= CUE_THRESHOLDS.minCount);
  // packed to about two thirds of its gzipped bytes in every English click; packCueCounts sorts the forms
  const packed = packCueCounts(Object.fromEntries(rows));
  const contextBody = [...contexts.entries()].sort((a, b) => a[0].localeCompare(b[0]))
    .map(([w, c]) => `  ${JSON.stringify(w)}: [${c.join(', ')}],`).join('\n');
  writeFileSync(OUT, `/**
 * GENERATED by scripts/learn-cues.ts from PolNeAR train annotations (${docs} documents, ${candidates} candidate
 * words) — counts only, no corpus text. Do not edit by hand; rerun \`npx tsx scripts/learn-cues.ts\`.
 * Per cue word: [matched, extracted] for each construction — content before the cue ("…, she said"), content
 * after it with a speaker ("she said that …", participles, "according to", colons), and with no speaker.
 * find-cues.ts switches a word on in a construction when its smoothed precision passes CUE_THRESHOLDS; a word too rare
 * to judge borrows the counts of its lemma.
 */
import type { CueCounts } from '../lexicon.js';
import { unpackCueCounts } from '../../model/packed-weights.js';

export type { CueCounts };
/** Packed (model/packed-weights.ts, packCueCounts: the forms sorted, then their counts), read back once on load. */
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = unpackCueCounts(${JSON.stringify(packed, null, 1)});

/**
 * The same counts for a word followed by a kind of token (find-cues.ts contextOf: that, quote, det, pron, cap, …),
 * kept only where the context is seen often enough to decide and decides otherwise than the word alone
 * ("called on" vs "called the").
 */
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = {
${contextBody}
};
`);
}

if (!polnearAvailable('train')) {
  process.stdout.write('learn-cues skipped: ../shared/corpus/polnear/train.jsonl not found.\n');
} else {
  const docs = readPolnear('train');
  const candidates = candidateWords(docs);
  candidates.add('according');
  candidates.add(':“');
  candidates.add(':h');
  process.stdout.write(`${candidates.size} candidate cue words\n`);
  const first = measure(docs, permissiveCueConfig(candidates));
  const firstContexts = decisiveContexts(first.forms, first.contexts);
  const second = measure(docs, learnedCueConfig(english, Object.fromEntries(first.forms), undefined, {}, Object.fromEntries(firstContexts)));
  for (const [w, c] of second.forms) first.forms.set(w, c);
  for (const [w, c] of second.contexts) first.contexts.set(w, c);
  const contexts = decisiveContexts(first.forms, first.contexts);
  write(first.forms, contexts, candidates.size, docs.length);
  const on = [...first.forms.keys()].filter((w) => learnedCueConfig(english, Object.fromEntries(first.forms), undefined, {}, {}).isCueForm(w));
  process.stdout.write(`${first.forms.size} words measured, ${on.length} switched on, ${contexts.size} contexts decide otherwise\n`);
}
