/**
 * `npm run eval -- --language de [--split train] [--corpus gepade]`: the German engine scored on the German corpora of
 * ../shared (SpkAtt-2023 news, ../shared/corpus/spkatt-news-de/, by default; GePaDe Bundestag speeches with
 * `--corpus gepade`), with the same three measures and table as PolNeAR's (score.ts). The corpora's own rules, from
 * their READMEs: the headline is never annotated, so predictions before `body_start` are dropped; GePaDe's events
 * without content (nominal cues: "die Debatte") are left out, as PolNeAR has none. Cue-less gold attributions
 * (free indirect speech) match by content alone (score.ts). The corpora live outside the project and never enter it:
 * skipped with a message when absent. `--errors` prints, per document, the misses and the false claims with their
 * words (printed, never stored).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, blocksFromPlainText, toExtractRecord, type Analysis } from '../engine/index.js';
import { registerToolLanguages } from '../engine/lab/index.js';
import { annotatesNestedQuotes } from '../engine/languages.js';
import { SHARED_DIR, type GoldSpan } from './polnear.js';
import { formatScoreboard, matchAttributions, scoreCorpus, type AttributionType, type Fragments, type ScoredAttribution,
  type ScoredDocument } from './score.js';

interface GermanGoldAttribution {
  id: string;
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan | null;
  type: AttributionType | null;
  /** SpkAtt news only: Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported. */
  form?: string;
}

interface GermanGoldDocument {
  doc_id: string;
  text: string;
  /** Where the body starts after the headline (SpkAtt news); GePaDe has no headline. */
  body_start?: number;
  attributions: GermanGoldAttribution[];
}

export const GERMAN_CORPORA: Readonly<Record<string, string>> = { 'spkatt-news-de': 'spkatt-news-de', gepade: 'gepade' };

export function germanCorpusPath(corpus: string, split: string): string {
  return join(SHARED_DIR, 'corpus', corpus, `${split}.jsonl`);
}

export function readGermanCorpus(corpus: string, split: string): GermanGoldDocument[] {
  return readFileSync(germanCorpusPath(corpus, split), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GermanGoldDocument);
}

const frag = (s: GoldSpan): Fragments => (s.fragments.length > 0 ? s.fragments : [[s.start, s.end]]);

/** The gold attributions that are scored: those with content, cue-less ones with an empty cue. */
export function germanGold(doc: GermanGoldDocument): { scored: ScoredAttribution[]; forms: string[] } {
  const scored: ScoredAttribution[] = [];
  const forms: string[] = [];
  for (const a of doc.attributions) {
    if (a.content === null) continue;
    scored.push({ source: a.source === null ? null : frag(a.source), cue: a.cue === null ? [] : frag(a.cue),
      content: frag(a.content), type: a.type ?? 'indirect' });
    forms.push(a.form ?? (a.cue === null ? 'no cue' : 'with cue'));
  }
  return { scored, forms };
}

/** The engine's claims as scored attributions, without those that start in the headline. */
export function germanPredicted(doc: GermanGoldDocument, analysis: Analysis): ScoredAttribution[] {
  const bodyStart = doc.body_start ?? 0;
  // (SpkAtt counts a quotation inside reported speech as an attribution of its own: German's Lexicon.NESTED_QUOTES)
  return toExtractRecord(doc.doc_id, doc.text, analysis, { nestedQuotes: annotatesNestedQuotes('de') }).attributions
    .filter((a) => a.cue.start >= bodyStart && a.content.start >= bodyStart)
    .map((a) => ({
      source: a.source === null ? null : [[a.source.start, a.source.end]],
      cue: [[a.cue.start, a.cue.end]],
      content: a.content.fragments ?? [[a.content.start, a.content.end]],
      type: a.type,
    }));
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const pct = (n: number, d: number): string => (d === 0 ? '    –' : ((n / d) * 100).toFixed(1).padStart(5));

function clip(text: string, fr: Fragments): string {
  const s = fr.map(([a, b]) => text.slice(a, b)).join(' … ');
  return JSON.stringify(s.length > 100 ? `${s.slice(0, 99)}…` : s);
}

export function runGermanEval(args: string[]): number {
  registerToolLanguages();
  const corpus = argValue(args, '--corpus') ?? 'spkatt-news-de';
  const split = argValue(args, '--split') ?? 'dev';
  const language = argValue(args, '--language') ?? 'de';
  if (GERMAN_CORPORA[corpus] === undefined) {
    process.stderr.write(`eval: unknown corpus '${corpus}' (known: ${Object.keys(GERMAN_CORPORA).join(', ')})\n`);
    return 2;
  }
  if (!existsSync(germanCorpusPath(corpus, split))) {
    process.stdout.write(`eval skipped: ${germanCorpusPath(corpus, split)} not found (../shared is absent).\n`);
    return 0;
  }
  const gold = readGermanCorpus(corpus, split);
  const docs: ScoredDocument[] = [];
  const recallByForm = new Map<string, [number, number]>();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const doc of gold) {
    const t0 = performance.now();
    const analysis = analyze(blocksFromPlainText(doc.text), { language });
    ms += performance.now() - t0;
    chars += doc.text.length;
    const { scored, forms } = germanGold(doc);
    const pred = germanPredicted(doc, analysis);
    docs.push({ text: doc.text, gold: scored, pred });
    // recall per form: which gold attributions some prediction matched
    const { matchOf } = matchAttributions(scored, pred);
    const matched = new Set(matchOf.filter((m) => m >= 0));
    forms.forEach((form, i) => {
      const row = recallByForm.get(form) ?? [0, 0];
      recallByForm.set(form, [row[0] + (matched.has(i) ? 1 : 0), row[1] + 1]);
    });
    if (args.includes('--errors')) {
      pred.forEach((p, i) => {
        if ((matchOf[i] ?? -1) < 0) errors.push(`  ${doc.doc_id}  false: cue ${clip(doc.text, p.cue)} src ${p.source === null ? '-' : clip(doc.text, p.source)} content ${clip(doc.text, p.content)}`);
      });
      scored.forEach((g, i) => {
        if (!matched.has(i)) errors.push(`  ${doc.doc_id}  miss ${forms[i] ?? ''}: cue ${clip(doc.text, g.cue)} src ${g.source === null ? '-' : clip(doc.text, g.source)} content ${clip(doc.text, g.content)}`);
      });
    }
  }
  const nGold = docs.reduce((n, d) => n + d.gold.length, 0);
  const nPred = docs.reduce((n, d) => n + d.pred.length, 0);
  process.stdout.write(`${corpus} ${split} (language ${language}): ${docs.length} documents, ${nGold} gold attributions` +
    `${corpus === 'gepade' ? ' (events with content)' : ''}, ${nPred} predicted (after the headline)\n\n`);
  process.stdout.write(formatScoreboard(scoreCorpus(docs)) + '\n\n');
  process.stdout.write('attribution recall by gold form:\n');
  for (const [form, [hit, total]] of [...recallByForm].sort((a, b) => b[1][1] - a[1][1])) {
    process.stdout.write(`  ${form.padEnd(22)} ${pct(hit, total)}  (${hit} of ${total})\n`);
  }
  if (errors.length > 0) process.stdout.write(`\nerrors:\n${errors.join('\n')}\n`);
  if (ms > 0) process.stdout.write(`\nengine: ${(chars / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(chars / 1e3 / ms).toFixed(2)} MB/s, including warm-up)\n`);
  return 0;
}
