/**
 * `npm run eval -- --roles [--errors]`: scores the engine's source roles against the hand-labelled actors of
 * tests/fixtures/engine/roles/labels.tsv (our fixture articles and the English news pages of
 * ../shared/pages/readability, labelled before the role rules were written) and prints the accuracy and the table
 * of confusions; `--errors` also lists each wrong actor with the evidence the engine read. The pages of ../shared are
 * skipped with a message when it is absent; our own fixtures are always scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type Actor, type SourceRole } from '../engine/index.js';
import { readArticleFile } from '../cli/article-file.js';

const ROOT = new URL('../../', import.meta.url);
export const LABELS_FILE = new URL('tests/fixtures/engine/roles/labels.tsv', ROOT);
export const READABILITY_PAGES = new URL('../shared/pages/readability/', ROOT);

/** Every role, in the order the table prints them. */
export const ROLES: readonly SourceRole[] = ['official', 'politician', 'justice', 'expert', 'business', 'advocacy',
  'media', 'citizen', 'document', 'unnamed', 'unknown'];

export interface RoleLabel {
  source: string;
  actor: string;
  role: SourceRole;
  /** The engine found an actor where the text has no speaker: right only as 'unknown'. */
  notASpeaker: boolean;
}

export interface RoleOutcome extends RoleLabel {
  /** The engine's role, or null when it no longer finds an actor of that name. */
  predicted: SourceRole | null;
  evidence: string;
}

function isRole(value: string): value is SourceRole {
  return (ROLES as readonly string[]).includes(value);
}

export function readLabels(text: string): RoleLabel[] {
  const out: RoleLabel[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('source\t')) continue;
    const [source = '', actor = '', role = '', note = ''] = line.split('\t');
    if (!isRole(role)) throw new Error(`labels.tsv: "${role}" is no role (line: ${line})`);
    out.push({ source, actor, role, notASpeaker: note === 'not a speaker' });
  }
  return out;
}

/** The file a label's source names: readability/ID is a page of ../shared, anything else a path in the project. */
export function sourceFile(source: string): URL {
  return source.startsWith('readability/')
    ? new URL(`${source.slice('readability/'.length)}/source.html`, READABILITY_PAGES)
    : new URL(source, ROOT);
}

/** Analyses each labelled article once and pairs every label with the engine's role for that actor. */
export async function scoreRoles(labels: readonly RoleLabel[]): Promise<RoleOutcome[]> {
  const bySource = new Map<string, RoleLabel[]>();
  for (const label of labels) bySource.set(label.source, [...(bySource.get(label.source) ?? []), label]);
  const out: RoleOutcome[] = [];
  for (const [source, list] of bySource) {
    const actors: Actor[] = analyze(await readArticleFile(fileURLToPath(sourceFile(source)))).actors;
    for (const label of list) {
      // the actor's name is its first mention's words: "The researchers" at a sentence's start is "the researchers"
      const actor = actors.find((a) => a.name.toLowerCase() === label.actor.toLowerCase());
      out.push({ ...label, predicted: actor?.role ?? null, evidence: actor?.roleEvidence ?? '' });
    }
  }
  return out;
}

function share(right: number, total: number): string {
  return total === 0 ? '—' : `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
}

/** Accuracy over all found labels and over the real speakers, then rows of gold roles against columns of predicted. */
export function formatRoleReport(outcomes: readonly RoleOutcome[], withErrors: boolean): string {
  const found = outcomes.filter((o) => o.predicted !== null);
  const right = (list: readonly RoleOutcome[]): number => list.filter((o) => o.predicted === o.role).length;
  const speakers = found.filter((o) => !o.notASpeaker);
  const lines = [
    `Source roles on ${outcomes.length} hand-labelled actors (${new Set(outcomes.map((o) => o.source)).size} articles)`,
    `  accuracy, all labelled actors:        ${share(right(found), found.length)}`,
    `  accuracy, real speakers only:         ${share(right(speakers), speakers.length)}`,
    `  engine names that are no speaker:     ${share(right(found.filter((o) => o.notASpeaker)), found.filter((o) => o.notASpeaker).length)} read as unknown`,
  ];
  const missing = outcomes.filter((o) => o.predicted === null);
  if (missing.length > 0) lines.push(`  labelled actors the engine no longer names: ${missing.length} (${missing.map((o) => `${o.source}: ${o.actor}`).join('; ')})`);
  const short = (r: string): string => r.slice(0, 6);
  const width = 11;
  lines.push('', `confusions (rows: labelled; columns: engine)`, `${''.padEnd(width)}${ROLES.map((r) => short(r).padStart(7)).join('')}  total`);
  for (const gold of ROLES) {
    const row = found.filter((o) => o.role === gold);
    if (row.length === 0) continue;
    const cells = ROLES.map((p) => {
      const n = row.filter((o) => o.predicted === p).length;
      return (n === 0 ? '.' : String(n)).padStart(7);
    });
    lines.push(`${gold.padEnd(width)}${cells.join('')}  ${String(row.length).padStart(5)}`);
  }
  if (withErrors) {
    lines.push('', 'wrong:');
    for (const o of found.filter((x) => x.predicted !== x.role)) {
      lines.push(`  ${o.source}  ${o.actor}: labelled ${o.role}, engine ${o.predicted ?? '—'} — ${o.evidence}`);
    }
  }
  return lines.join('\n');
}

export async function runRoleEval(args: readonly string[]): Promise<number> {
  const all = readLabels(readFileSync(LABELS_FILE, 'utf8'));
  const shared = existsSync(READABILITY_PAGES);
  const labels = shared ? all : all.filter((l) => !l.source.startsWith('readability/'));
  if (!shared) {
    process.stdout.write(`role eval: ../shared/pages/readability is absent, so its ${all.length - labels.length} labelled actors are skipped; scoring our own fixtures only.\n\n`);
  }
  process.stdout.write(`${formatRoleReport(await scoreRoles(labels), args.includes('--errors'))}\n`);
  return 0;
}
