/**
 * `npm run eval -- --pronouns [--split train]`: who "he", "she", "they" and "it" are, as the engine's speakers,
 * against the coreference chains Stanford CoreNLP found in the same PolNeAR articles (../shared's *.corenlp.jsonl.gz).
 * For each claim whose source is such a pronoun, the chain holding it: right when a mention of the chain contains
 * the last word of the actor's name, wrong when none does, unknown when the engine gave the claim to the unknown
 * speaker. Only chains that name someone (a capitalised word) count. The chains are a parser's, not human gold: the
 * figures compare engine versions with each other, they are not an accuracy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze, blocksFromPlainText, toExtractRecord } from '../engine/index.js';
import { polnearPath, readPolnear } from './polnear.js';

interface Chain { mentions: [number, number, number][] }
interface CoreNlpCoref { doc_id: string; coref: Chain[] }

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);
const PLURAL: ReadonlySet<string> = new Set(['they', 'them']);
const NAMING = /\s\p{Lu}\p{Ll}|^\p{Lu}\p{Ll}+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President)\.?\s/u;

function isCoref(value: unknown): value is CoreNlpCoref {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'doc_id') === 'string' && Array.isArray(Reflect.get(value, 'coref'));
}

export function runPronounEval(args: string[]): number {
  const i = args.indexOf('--split');
  const split = i >= 0 ? args[i + 1] ?? 'dev' : 'dev';
  const chainsPath = polnearPath(split).replace(/\.jsonl$/, '.corenlp.jsonl.gz');
  if (!existsSync(chainsPath)) {
    process.stdout.write(`pronoun eval skipped: ${chainsPath} not found (../shared is absent).\n`);
    return 0;
  }
  const chains = new Map<string, Chain[]>();
  for (const line of gunzipSync(readFileSync(chainsPath)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed: unknown = JSON.parse(line);
    if (isCoref(parsed)) chains.set(parsed.doc_id, parsed.coref);
  }
  const counts = { right: 0, wrong: 0, unknown: 0, unnamedChain: 0 };
  // "they" and "them" apart, every chain counted (a group is often named by a common noun: "the two workers")
  const plural = { right: 0, wrong: 0, unknown: 0, noChain: 0 };
  for (const doc of readPolnear(split)) {
    const record = toExtractRecord(doc.doc_id, doc.text, analyze(blocksFromPlainText(doc.text)));
    for (const claim of record.attributions) {
      const source = claim.source;
      if (source === null || !PRONOUNS.has(doc.text.slice(source.start, source.end).toLowerCase())) continue;
      const chain = (chains.get(doc.doc_id) ?? []).find((c) => c.mentions.some(([s, e]) => s <= source.start && e >= source.end && e - s <= 4));
      const names = (chain?.mentions ?? []).map(([s, e]) => doc.text.slice(s, e)).filter((m) => !PRONOUNS.has(m.toLowerCase()));
      if (PLURAL.has(doc.text.slice(source.start, source.end).toLowerCase())) {
        const credited = (claim.actors ?? (claim.actor === null ? [] : [claim.actor]))
          .map((id) => record.actors.find((a) => a.id === id)?.name.split(/\s+/).pop()?.toLowerCase() ?? '');
        if (names.length === 0) plural.noChain++;
        else if (credited.length === 0) plural.unknown++;
        else if (credited.some((last) => last !== '' && names.some((m) => m.toLowerCase().includes(last)))) plural.right++;
        else plural.wrong++;
      }
      if (!names.some((m) => NAMING.test(m))) { counts.unnamedChain++; continue; }
      const actor = claim.actor === null ? undefined : record.actors.find((a) => a.id === claim.actor)?.name;
      if (actor === undefined) { counts.unknown++; continue; }
      const last = actor.split(/\s+/).pop()?.toLowerCase() ?? '';
      if (names.some((m) => m.toLowerCase().includes(last))) counts.right++;
      else counts.wrong++;
    }
  }
  const judged = counts.right + counts.wrong + counts.unknown;
  const pct = (n: number): string => `${(100 * n / Math.max(1, judged)).toFixed(1)}%`;
  process.stdout.write(`PolNeAR ${split}: pronoun speakers against CoreNLP's coreference chains (${counts.unnamedChain} in chains that name nobody, not counted)\n` +
    `  agree     ${String(counts.right).padStart(5)}  ${pct(counts.right)}\n` +
    `  disagree  ${String(counts.wrong).padStart(5)}  ${pct(counts.wrong)}\n` +
    `  unknown   ${String(counts.unknown).padStart(5)}  ${pct(counts.unknown)}\n`);
  const judgedPlural = plural.right + plural.wrong + plural.unknown;
  const pctPlural = (n: number): string => `${(100 * n / Math.max(1, judgedPlural)).toFixed(1)}%`;
  process.stdout.write(`"they"/"them" alone, every chain (a chain's mention holds the last word of an actor credited; ${plural.noChain} in no chain)\n` +
    `  agree     ${String(plural.right).padStart(5)}  ${pctPlural(plural.right)}\n` +
    `  disagree  ${String(plural.wrong).padStart(5)}  ${pctPlural(plural.wrong)}\n` +
    `  unknown   ${String(plural.unknown).padStart(5)}  ${pctPlural(plural.unknown)}\n`);
  return 0;
}
