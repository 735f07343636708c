/**
 * The three accuracy measures of ../shared/README.md, exactly as the independent measurement defines them:
 * exact spans per role (trimmed), character overlap per role, and attribution-level matching. Pure functions
 * over gold and predicted records, so the CLI, the eval runner and the tests share one definition.
 */

export type Role = 'source' | 'cue' | 'content';
export type AttributionType = 'direct' | 'mixed' | 'indirect';

/** A role's span as fragments [start, end) into the document text. */
export type Fragments = [number, number][];

/** One attribution reduced to what scoring needs. */
export interface ScoredAttribution {
  source: Fragments | null;
  /** Empty for a gold attribution without a cue (German free indirect speech): it matches by its content alone. */
  cue: Fragments;
  content: Fragments;
  type: AttributionType;
}

export interface Counts {
  /** Items predicted, items gold, items matched (spans, characters or attributions). */
  pred: number;
  gold: number;
  hit: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/**
 * Characters trimmed from both ends of a span before exact comparison: whitespace and `.,;:"“”'„‚«»`, for every
 * language (German and French quotation marks among them).
 */
const EDGE = new Set([' ', '\t', '\n', '\r', '\u00a0', '.', ',', ';', ':', '"', '“', '”', "'", '„', '‚', '«', '»']);

function isEdge(ch: string): boolean {
  return EDGE.has(ch) || /\s/u.test(ch);
}

/** A fragment with whitespace and edge punctuation trimmed, or null when nothing is left. */
export function trimFragment(text: string, start: number, end: number): [number, number] | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isEdge(text.charAt(s))) s++;
  while (e > s && isEdge(text.charAt(e - 1))) e--;
  return s < e ? [s, e] : null;
}

function fragmentsOf(a: ScoredAttribution, role: Role): Fragments {
  if (role === 'source') return a.source ?? [];
  return role === 'cue' ? a.cue : a.content;
}

/** Exact: the set of trimmed fragments of a role in one document, predicted against gold. */
export function exactCounts(text: string, gold: ScoredAttribution[], pred: ScoredAttribution[], role: Role): Counts {
  const setOf = (list: ScoredAttribution[]): Set<string> => {
    const out = new Set<string>();
    for (const a of list) {
      for (const [s, e] of fragmentsOf(a, role)) {
        const t = trimFragment(text, s, e);
        if (t !== null) out.add(`${t[0]}:${t[1]}`);
      }
    }
    return out;
  };
  const g = setOf(gold);
  const p = setOf(pred);
  let hit = 0;
  for (const k of p) if (g.has(k)) hit++;
  return { pred: p.size, gold: g.size, hit };
}

function charSet(list: ScoredAttribution[], role: Role): Set<number> {
  const out = new Set<number>();
  for (const a of list) for (const [s, e] of fragmentsOf(a, role)) for (let i = s; i < e; i++) out.add(i);
  return out;
}

/** Overlap: characters of a role covered by prediction and by gold in one document. */
export function overlapCounts(gold: ScoredAttribution[], pred: ScoredAttribution[], role: Role): Counts {
  const g = charSet(gold, role);
  const p = charSet(pred, role);
  let hit = 0;
  for (const i of p) if (g.has(i)) hit++;
  return { pred: p.size, gold: g.size, hit };
}

function chars(fr: Fragments): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of fr) for (let i = s; i < e; i++) out.add(i);
  return out;
}

/**
 * Attribution-level: each predicted attribution, in order, matches one unused gold attribution when their cues
 * share a character (a gold attribution without a cue needs no cue match) and the predicted content covers at least
 * half of the gold content's characters.
 * Returns the counts and, per predicted attribution, the index of its gold match or -1.
 */
export function matchAttributions(gold: ScoredAttribution[], pred: ScoredAttribution[]): Counts & { matchOf: number[] } {
  const used = new Array<boolean>(gold.length).fill(false);
  const goldCue = gold.map((g) => chars(g.cue));
  const goldContent = gold.map((g) => chars(g.content));
  const matchOf: number[] = [];
  let hit = 0;
  for (const p of pred) {
    const pCue = chars(p.cue);
    const pContent = chars(p.content);
    let found = -1;
    for (let gi = 0; gi < gold.length; gi++) {
      if (used[gi] === true) continue;
      const gc = goldCue[gi];
      const gt = goldContent[gi];
      if (gc === undefined || gt === undefined) continue;
      let sharesCue = gc.size === 0;
      for (const i of pCue) if (gc.has(i)) { sharesCue = true; break; }
      if (!sharesCue) continue;
      let covered = 0;
      for (const i of gt) if (pContent.has(i)) covered++;
      if (gt.size > 0 && covered * 2 >= gt.size) { found = gi; break; }
    }
    matchOf.push(found);
    if (found >= 0) { used[found] = true; hit++; }
  }
  return { pred: pred.length, gold: gold.length, hit, matchOf };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { pred: a.pred + b.pred, gold: a.gold + b.gold, hit: a.hit + b.hit };
}

export const ZERO: Counts = { pred: 0, gold: 0, hit: 0 };

export function prf(c: Counts): Prf {
  const p = c.pred === 0 ? 0 : c.hit / c.pred;
  const r = c.gold === 0 ? 0 : c.hit / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** All measures for a corpus: per measure name ("exact source", …, "attribution"), counts overall and by type. */
export type Scoreboard = Map<string, Record<'all' | AttributionType, Counts>>;

export interface ScoredDocument {
  text: string;
  gold: ScoredAttribution[];
  pred: ScoredAttribution[];
}

export const MEASURES: readonly string[] = [
  'exact source', 'exact cue', 'exact content', 'overlap source', 'overlap cue', 'overlap content', 'attribution',
];

/** Scores documents; the by-type columns compare gold of that type with predictions of that type. */
export function scoreCorpus(docs: ScoredDocument[]): Scoreboard {
  const board: Scoreboard = new Map();
  for (const m of MEASURES) board.set(m, { all: ZERO, direct: ZERO, mixed: ZERO, indirect: ZERO });
  const bump = (m: string, col: 'all' | AttributionType, c: Counts): void => {
    const row = board.get(m);
    if (row !== undefined) row[col] = addCounts(row[col], c);
  };
  for (const doc of docs) {
    const columns: ['all' | AttributionType, ScoredAttribution[], ScoredAttribution[]][] = [
      ['all', doc.gold, doc.pred],
      ...(['direct', 'mixed', 'indirect'] as const).map((t): [AttributionType, ScoredAttribution[], ScoredAttribution[]] =>
        [t, doc.gold.filter((a) => a.type === t), doc.pred.filter((a) => a.type === t)]),
    ];
    for (const [col, gold, pred] of columns) {
      for (const role of ROLES) {
        bump(`exact ${role}`, col, exactCounts(doc.text, gold, pred, role));
        bump(`overlap ${role}`, col, overlapCounts(gold, pred, role));
      }
      const { pred: np, gold: ng, hit } = matchAttributions(gold, pred);
      bump('attribution', col, { pred: np, gold: ng, hit });
    }
  }
  return board;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** The scoreboard as one plain-text table: P/R/F1 overall, then F1 by type. */
export function formatScoreboard(board: Scoreboard): string {
  const lines = [
    `${'measure'.padEnd(16)}     P     R    F1 │ direct  mixed indirect (F1)`,
    `${'─'.repeat(16)} ${'─'.repeat(17)}┼${'─'.repeat(29)}`,
  ];
  for (const [name, row] of board) {
    const all = prf(row.all);
    lines.push(`${name.padEnd(16)} ${pct(all.p)} ${pct(all.r)} ${pct(all.f1)} │ ${pct(prf(row.direct).f1)}  ${pct(prf(row.mixed).f1)}  ${pct(prf(row.indirect).f1)}`);
  }
  return lines.join('\n');
}

/**
 * Several engines side by side, one line each: exact F1 of source, cue and content, then attribution P, R and F1
 * (the ablation `npm run eval` prints under its tables).
 */
export function formatComparison(rows: [string, Scoreboard][]): string {
  const width = Math.max(16, ...rows.map(([name]) => name.length));
  const f1 = (board: Scoreboard, m: string): number => { const row = board.get(m); return row === undefined ? 0 : prf(row.all).f1; };
  const lines = [`${'engine'.padEnd(width)}  source   cue content │ attribution P     R    F1`,
    `${'─'.repeat(width)} ${'─'.repeat(22)}┼${'─'.repeat(26)}`];
  for (const [name, board] of rows) {
    const row = board.get('attribution');
    const a = row === undefined ? { p: 0, r: 0, f1: 0 } : prf(row.all);
    lines.push(`${name.padEnd(width)}  ${pct(f1(board, 'exact source'))} ${pct(f1(board, 'exact cue'))}   ${pct(f1(board, 'exact content'))} │         ` +
      `${pct(a.p)} ${pct(a.r)} ${pct(a.f1)}`);
  }
  return lines.join('\n');
}
