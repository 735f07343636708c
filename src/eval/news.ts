/**
 * `npm run eval -- --news [--language de|fr] [--errors] [--page NAME …]`: scores the engine on our judged real news pages
 * (tests/fixtures/news-gold/, read against the pages of ../shared at run time) and prints, per page and in total, the clear
 * statements found with the right speaker, the precision of what is highlighted by default, and the look-alikes and
 * furniture highlighted; then the same for thoughts, which are hidden by default. `--errors` lists every miss and
 * false highlight as page, block, offsets and reason, with the article's words (printed, never stored).
 * `--language de` (or `fr`) scores the pages judged in that language (tests/fixtures/news-gold/de/, fr/), read as that language.
 * Skips with a message when ../shared is absent; a page whose blocks drifted from its gold is reported, not scored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type Analysis, type Span } from '../engine/index.js';
import { registerToolLanguages } from '../engine/lab/index.js';
import { readArticleFile } from '../cli/article-file.js';
import { alignGold, LOOKALIKE_REASONS, parseNewsGold, type GoldSpan, type LookalikeReason, type NewsGold } from './news-gold.js';
import { addTally, emptyTally, formatRow, scorePage, TABLE_HEADER, type PageScore } from './news-score.js';

const ROOT = new URL('../../', import.meta.url);
export const NEWS_GOLD_DIR = new URL('tests/fixtures/news-gold/', ROOT);
export const SHARED = new URL('../shared/', ROOT);

export function readNewsGold(dir: URL = NEWS_GOLD_DIR): NewsGold[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseNewsGold(readFileSync(new URL(f, dir), 'utf8'), f));
}

const ERROR_TEXT_LENGTH = 90;

function words(analysis: Analysis, block: number, start: number, end: number): string {
  const text = (analysis.blocks[block]?.text ?? '').slice(start, end);
  return JSON.stringify(text.length > ERROR_TEXT_LENGTH ? `${text.slice(0, ERROR_TEXT_LENGTH - 1)}…` : text);
}

function at(span: Span | GoldSpan): string {
  return Array.isArray(span) ? `b${span[0]} ${span[1]}–${span[2]}` : `b${span.block} ${span.start}–${span.end}`;
}

/** The misses and false highlights of one page, one line each. */
export function errorLines(score: PageScore, gold: NewsGold, analysis: Analysis): string[] {
  const lines: string[] = [];
  for (const s of score.statements) {
    if (s.rightSpeaker) continue;
    const [b, start, end] = s.statement.content[0] ?? s.statement.cue;
    const why = s.found ? 'found, wrong speaker' : s.statement.kind === 'thought' ? 'thought not found' : 'missed';
    const named = gold.speakers[s.statement.speaker]?.mentions[0];
    const speaker = named === undefined ? 'no speaker' : words(analysis, named[0], named[1], named[2]);
    lines.push(`  ${score.page}  ${at(s.statement.cue)}  ${s.statement.kind} ${why}: cue ${words(analysis, ...s.statement.cue)}` +
      ` by ${speaker}: ${words(analysis, b, start, end)}`);
  }
  for (const c of score.claims) {
    if (c.verdict === 'right' || (!c.shown && c.verdict === 'lookalike')) continue;
    const actor = analysis.actors.find((a) => a.id === c.claim.actorId)?.name ?? c.claim.actorId;
    const first = c.claim.content[0] ?? c.claim.cue;
    const why = c.verdict === 'lookalike' ? `look-alike (${c.reason ?? ''})` : c.verdict;
    lines.push(`  ${score.page}  ${at(c.claim.cue)}  ${c.shown ? 'shown' : 'thought'} ${c.claim.id} ${why}: ` +
      `cue ${words(analysis, c.claim.cue.block, c.claim.cue.start, c.claim.cue.end)} by "${actor}": ` +
      `${words(analysis, first.block, first.start, first.end)}`);
  }
  return lines;
}

function argValues(args: string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => { if (a === name && args[i + 1] !== undefined) out.push(args[i + 1] as string); });
  return out;
}

export async function runNewsEval(args: string[]): Promise<number> {
  if (!existsSync(SHARED)) {
    process.stdout.write(`news eval skipped: ${fileURLToPath(SHARED)} not found (../shared is absent).\n`);
    return 0;
  }
  const only = argValues(args, '--page');
  registerToolLanguages();
  // English pages lie in the folder itself, another language's in its subfolder (news-gold/de/, fr/)
  const language = argValues(args, '--language')[0] ?? 'en';
  const dir = language === 'en' ? NEWS_GOLD_DIR : new URL(`${language}/`, NEWS_GOLD_DIR);
  if (!existsSync(dir)) {
    process.stdout.write(`news eval: no pages judged in '${language}' (${fileURLToPath(dir)} not found).\n`);
    return 1;
  }
  const golds = readNewsGold(dir).filter((g) => only.length === 0 || only.includes(g.page));
  const shown = emptyTally();
  const thoughts = emptyTally();
  const rows: string[] = [];
  const thoughtRows: string[] = [];
  const notes: string[] = [];
  const errors: string[] = [];
  const byReason = new Map<LookalikeReason, number>(LOOKALIKE_REASONS.map((r) => [r, 0]));
  let scored = 0;
  for (const stored of golds) {
    const file = fileURLToPath(new URL(stored.path, SHARED));
    if (!existsSync(file)) {
      notes.push(`${stored.page}: ${stored.path} not found in ../shared, skipped`);
      continue;
    }
    const analysis = analyze(await readArticleFile(file), { language });
    const aligned = alignGold(stored, analysis.blocks.map((b) => b.text));
    if (aligned.status === 'drift') {
      notes.push(`${stored.page}: DRIFT, the article's blocks ${aligned.missing.join(', ')} changed since the page was judged; not scored (re-judge them)`);
      continue;
    }
    if (aligned.status === 'moved') notes.push(`${stored.page}: ${aligned.moved} judged blocks moved (found again by their hash)`);
    const score = scorePage(aligned.gold, analysis);
    scored++;
    addTally(shown, score.shown);
    addTally(thoughts, score.thoughts);
    for (const c of score.claims) if (c.shown && c.reason !== null) byReason.set(c.reason, (byReason.get(c.reason) ?? 0) + 1);
    rows.push(formatRow(score.page, score.shown));
    thoughtRows.push(formatRow(score.page, score.thoughts));
    if (args.includes('--errors')) errors.push(...errorLines(score, aligned.gold, analysis));
  }
  const out: string[] = [
    `News pages judged by hand (tests/fixtures/news-gold/${language === 'en' ? '' : `${language}/`}): ${scored} of ${golds.length} scored.`,
    'Shown by default (claims of kind statement and finding) against the clear statements and findings:',
    '',
    TABLE_HEADER,
    ...rows,
    formatRow('TOTAL', shown),
    `look-alikes shown, by reason: ${[...byReason].map(([reason, n]) => `${reason} ${n}`).join(', ')}` +
    ` (topic: a speech act whose object only names a topic, "condemned the attack"; counted as statements, P% would be at most ` +
    `${shown.claims === 0 ? '—' : ((100 * (shown.right + (byReason.get('topic') ?? 0))) / shown.claims).toFixed(1)})`,
    '',
    'Thoughts (hidden by default) against the thoughts the judge marked:',
    '',
    TABLE_HEADER,
    ...thoughtRows,
    formatRow('TOTAL', thoughts),
    '',
    `R% = gold statements found with the right speaker; P% = right / claims. Look-alikes: deeds, thoughts shown as ` +
    `statements, the writer's own voice. Not judged: claims on spans the gold says nothing about (counted as false).`,
  ];
  if (notes.length > 0) out.push('', ...notes);
  if (args.includes('--errors')) out.push('', 'Misses and false highlights (page, block, offsets, reason):', ...errors);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
