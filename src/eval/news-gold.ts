/**
 * The news gold (tests/fixtures/news-gold/*.json, format in that folder's README.md): our own judgements of real
 * pages of ../shared/pages, stored as block indices, character offsets, hashes and short keys — never page text.
 * This module owns the format: its types, the block and speaker hashes, reading and checking a file, and carrying
 * the gold over to a newer block list when the article finder's blocks have moved (matched by hash).
 */
import { createHash } from 'node:crypto';

/** [block, start, end]: JavaScript string indices into the block's text, end exclusive. */
export type GoldSpan = [number, number, number];

/** What a careful reader calls the report: the same kinds as the engine's ClaimKind. */
export type GoldKind = 'statement' | 'finding' | 'thought';

/**
 * Why a span the engine may highlight is not a reported statement: a deed ("declined 0.4 per cent", "pleaded guilty"),
 * a thought, the writer's own voice, a speech act whose object names only a topic, not what was said ("condemned the
 * attack", "defended his decision": kept apart because a reader may count these), or anything else.
 */
export type LookalikeReason = 'deed' | 'thought' | 'writer' | 'topic' | 'other';

export interface GoldStatement {
  kind: GoldKind;
  /** The reporting expression ("said", "according to"); a cue-less floating quote points at its content's start. */
  cue: GoldSpan;
  /** What was said, one or more fragments (a split quotation, a quoted paragraph). */
  content: GoldSpan[];
  /** A key of `speakers`; '' when the text names no speaker at all. */
  speaker: string;
}

export interface GoldLookalike {
  /** The span a highlight would start from: usually the would-be cue ("declined", "pleaded"). */
  span: GoldSpan;
  reason: LookalikeReason;
}

/** One speaker of the page: the keys of every name the judge gave it, and the spans that name it. */
export interface GoldSpeaker {
  /** speakerKey() of each name ("Theresa May", "the prime minister"); the first is the speaker's own key. */
  names: string[];
  mentions: GoldSpan[];
}

export interface NewsGold {
  /** The page's short name: its folder under ../shared/pages/readability/, or the article's file name. */
  page: string;
  /** The page file, relative to ../shared/ ("pages/readability/bbc-1/source.html"). */
  path: string;
  /** blockHash() of every article block, in order, as the finder extracted them when the page was judged. */
  blocks: string[];
  /** speakerKey(first name) → the speaker's names and the spans that name or describe it in the article. */
  speakers: Record<string, GoldSpeaker>;
  statements: GoldStatement[];
  lookalikes: GoldLookalike[];
  /** Page furniture the engine must not read claims from (share prompts, bios, captions, related links). */
  furniture: GoldSpan[];
}

const KINDS: readonly string[] = ['statement', 'finding', 'thought'];
export const LOOKALIKE_REASONS: readonly LookalikeReason[] = ['deed', 'thought', 'writer', 'topic', 'other'];

/** 8 hex digits of the SHA-256 of a block's text: enough to notice that a block changed, too few to recover it. */
export function blockHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** How a name is compared: lower case, letters and digits only, single spaces. */
export function normaliseName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 6 hex digits of the SHA-256 of the normalised speaker name: a short key that does not spell the name out. */
export function speakerKey(name: string): string {
  return createHash('sha256').update(normaliseName(name)).digest('hex').slice(0, 6);
}

function isSpan(value: unknown): value is GoldSpan {
  return Array.isArray(value) && value.length === 3 && value.every((n) => Number.isInteger(n) && n >= 0) &&
    (value[1] as number) <= (value[2] as number);
}

function fail(page: string, what: string): never {
  throw new Error(`news gold ${page}: ${what}`);
}

/** Parses and checks one gold file (shape only: whether the spans still fit the page is checked against its blocks). */
export function parseNewsGold(json: string, name: string): NewsGold {
  const raw: unknown = JSON.parse(json);
  if (raw === null || typeof raw !== 'object') fail(name, 'not an object');
  const gold = raw as NewsGold;
  if (typeof gold.page !== 'string' || typeof gold.path !== 'string') fail(name, 'page and path must be strings');
  if (!Array.isArray(gold.blocks) || !gold.blocks.every((h) => typeof h === 'string')) fail(name, 'blocks must be hashes');
  if (gold.speakers === null || typeof gold.speakers !== 'object') fail(name, 'speakers must be an object');
  for (const [key, speaker] of Object.entries(gold.speakers)) {
    if (speaker === null || typeof speaker !== 'object' || !Array.isArray(speaker.mentions) || !speaker.mentions.every(isSpan) ||
      !Array.isArray(speaker.names) || !speaker.names.every((n) => typeof n === 'string')) {
      fail(name, `speaker ${key}: needs names (keys) and mentions (spans)`);
    }
  }
  if (!Array.isArray(gold.statements) || !Array.isArray(gold.lookalikes) || !Array.isArray(gold.furniture)) {
    fail(name, 'statements, lookalikes and furniture must be lists');
  }
  gold.statements.forEach((s, i) => {
    if (!KINDS.includes(s.kind)) fail(name, `statement ${i}: kind ${String(s.kind)}`);
    if (!isSpan(s.cue) || !Array.isArray(s.content) || !s.content.every(isSpan)) fail(name, `statement ${i}: spans`);
    if (s.speaker !== '' && !(s.speaker in gold.speakers)) fail(name, `statement ${i}: speaker ${s.speaker} not listed`);
  });
  gold.lookalikes.forEach((l, i) => {
    if (!isSpan(l.span) || !(LOOKALIKE_REASONS as readonly string[]).includes(l.reason)) fail(name, `look-alike ${i}: span or reason`);
  });
  if (!gold.furniture.every(isSpan)) fail(name, 'furniture must be spans');
  return gold;
}

/** Every span of a gold file, for mapping and checking. */
function allSpans(gold: NewsGold): GoldSpan[] {
  return [
    ...Object.values(gold.speakers).flatMap((s) => s.mentions),
    ...gold.statements.flatMap((s) => [s.cue, ...s.content]),
    ...gold.lookalikes.map((l) => l.span),
    ...gold.furniture,
  ];
}

export type Alignment =
  | { status: 'same' | 'moved'; gold: NewsGold; moved: number }
  | { status: 'drift'; missing: number[] };

/**
 * Fits the gold to the blocks the finder extracts today. Identical hashes: used as is. Otherwise each block the gold
 * points into is looked up by its hash in the new list (it must occur exactly once there), and the spans follow it;
 * a block the gold needs that changed or vanished is drift, reported with its old index, and the page is not scored.
 */
export function alignGold(gold: NewsGold, blockTexts: readonly string[]): Alignment {
  const hashes = blockTexts.map(blockHash);
  const spans = allSpans(gold);
  const tooLong = spans.some(([b, , end]) => (blockTexts[b]?.length ?? -1) < end);
  if (hashes.length === gold.blocks.length && hashes.every((h, i) => h === gold.blocks[i]) && !tooLong) {
    return { status: 'same', gold, moved: 0 };
  }
  const newIndex = new Map<string, number | null>();
  hashes.forEach((h, i) => newIndex.set(h, newIndex.has(h) ? null : i));
  const used = [...new Set(spans.map(([b]) => b))];
  const mapping = new Map<number, number>();
  const missing: number[] = [];
  for (const b of used) {
    const target = newIndex.get(gold.blocks[b] ?? '');
    if (target === undefined || target === null) missing.push(b);
    else mapping.set(b, target);
  }
  if (missing.length > 0) return { status: 'drift', missing: missing.sort((x, y) => x - y) };
  const move = ([b, s, e]: GoldSpan): GoldSpan => [mapping.get(b) ?? b, s, e];
  const moved = used.filter((b) => mapping.get(b) !== b).length;
  return {
    status: 'moved',
    moved,
    gold: {
      ...gold,
      blocks: hashes,
      speakers: Object.fromEntries(Object.entries(gold.speakers).map(([k, v]) => [k, { ...v, mentions: v.mentions.map(move) }])),
      statements: gold.statements.map((s) => ({ ...s, cue: move(s.cue), content: s.content.map(move) })),
      lookalikes: gold.lookalikes.map((l) => ({ ...l, span: move(l.span) })),
      furniture: gold.furniture.map(move),
    },
  };
}

/** The file's text: one statement, look-alike or speaker a line, so a diff shows what a judge changed. */
export function formatNewsGold(gold: NewsGold): string {
  const list = (items: unknown[]): string => items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  const speakers = Object.entries(gold.speakers);
  return [
    '{',
    `  "page": ${JSON.stringify(gold.page)},`,
    `  "path": ${JSON.stringify(gold.path)},`,
    `  "blocks": ${JSON.stringify(gold.blocks)},`,
    `  "speakers": {${speakers.length === 0 ? '' : `\n${speakers.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  `}},`,
    `  "statements": ${list(gold.statements)},`,
    `  "lookalikes": ${list(gold.lookalikes)},`,
    `  "furniture": ${list(gold.furniture)}`,
    '}',
    '',
  ].join('\n');
}
