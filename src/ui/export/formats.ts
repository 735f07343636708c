/**
 * The page's analysis as files a reader can keep: Markdown for reading, CSV (RFC 4180) for spreadsheets and JSON
 * for scripts, plus one claim as a citation. The Markdown is worded in the interface language (the reader reads it);
 * the CSV columns and JSON keys and values stay English and stable (scripts read them). Pure string builders over the sidebar's view model; page text is
 * escaped for each format, never interpreted. What the reader corrected is marked in each (shared/corrections.ts):
 * a `corrected` note per claim and actor, and the list of corrections made.
 */
import { type Analysis, isLowConfidence, FLOATING_CUE_LEMMA } from '../../engine/index.js';
import type { CorrectionLine } from '../../shared/corrections.js';
import { actorKindLabel, claimLabels, CLAIM_KIND_LABELS, CLAIM_KIND_ORDER, lowConfidenceBadge, QUOTE_KIND_LABELS, roleCount, STANCE_ORDER, unattributedLabel, ROLE_LABELS, ROLE_ORDER, actorRole } from '../../shared/presentation.js';
import { formatNumber, quoted, t, tn } from '../../shared/i18n.js';
import { claimWords, describeActorSpace, percentText, spaceGiven, type ActorSpace } from '../../shared/space.js';
import {
  groupActors,
  isStatement,
  kindCounts,
  percent,
  summarize,
  toClaimViews,
  quotedContent,
  trimChars,
  type ClaimView,
} from '../sidebar/view-model.js';

export interface PageInfo {
  url: string;
  title: string;
}

/** One row per claim: the shape shared by the CSV and JSON exports. */
export interface ExportRow {
  claimId: string;
  actor: string;
  actorKind: string;
  actorDescription: string;
  source: string;
  cue: string;
  cueLemma: string;
  stance: string;
  /** What the claim reports: statement, finding or thought (engine/claim-kind.ts). */
  claimKind: string;
  /** How sure WhoSaid is that it is a real report with the right span (0–1), and whether that is below its threshold. */
  confidence: number;
  lowConfidence: boolean;
  quoteKind: string;
  content: string;
  /** Words of the content inside quotation marks, and outside (see shared/space.ts). */
  quotedWords: number;
  paraphrasedWords: number;
  /** The actor's words over all its claims, and their share of all reported words (0–1). */
  actorWords: number;
  actorShare: number;
  /** What the reader corrected of the claim and of its actor, in words ("; " between), or "". */
  corrected: string;
  /** The actor's source role (src/engine/roles.ts) and the article's words it was read from. */
  actorRole: string;
  actorRoleEvidence: string;
}

export function toExportRows(analysis: Analysis, space: ReadonlyMap<string, ActorSpace> = spaceByActor(analysis)): ExportRow[] {
  return toClaimViews(analysis).map((view) => {
    const words = claimWords(analysis, view.claim);
    const actorSpace = space.get(view.claim.actorId);
    return {
    claimId: view.claim.id,
    actor: view.actor?.name ?? unattributedLabel(),
    actorKind: view.actor?.kind ?? 'none',
    actorDescription: view.actor?.description ?? '',
    source: view.sourceText,
    cue: view.cueText,
    cueLemma: view.claim.cueLemma,
    stance: view.claim.stance,
    claimKind: view.claim.kind,
    confidence: view.claim.confidence,
    lowConfidence: isLowConfidence(view.claim),
    quoteKind: view.claim.quote,
    content: view.contentText,
    quotedWords: words.quoted,
    paraphrasedWords: words.paraphrased,
    actorWords: actorSpace?.words ?? 0,
    actorShare: actorSpace?.share ?? 0,
    corrected: correctionNotes(view).join('; '),
    actorRole: view.actor === null || view.actor.kind === 'unknown' ? 'none' : actorRole(view.actor),
    actorRoleEvidence: view.actor?.roleEvidence ?? '',
    };
  });
}

function spaceByActor(analysis: Analysis): Map<string, ActorSpace> {
  return new Map(spaceGiven(analysis).actors.map((entry) => [entry.actorId, entry]));
}

/** A 0–1 share for a file: four decimals, enough for a tenth of a percent, without float noise. */
function share(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The reader's corrections of a claim and of its actor, in words. */
function correctionNotes(view: ClaimView): string[] {
  return [...(view.actor?.corrected ?? []), ...(view.claim.corrected ?? [])];
}

function notApplied(line: CorrectionLine): string {
  return line.applied ? '' : ` ${t('no_longer_applies')}`;
}

// ---- JSON ----

export function toJson(analysis: Analysis, page: PageInfo, corrections: readonly CorrectionLine[] = []): string {
  const actorsWithClaims = new Set(analysis.claims.map((claim) => claim.actorId));
  const space = spaceGiven(analysis);
  const byActor = new Map(space.actors.map((entry) => [entry.actorId, entry]));
  const claimNotes = new Map(analysis.claims.map((claim) => [claim.id, claim.corrected ?? []]));
  const document = {
    generator: 'WhoSaid',
    page: { url: page.url, title: page.title },
    space: {
      articleWords: space.articleWords,
      reportedWords: space.reportedWords,
      quotedWords: space.quoted,
      paraphrasedWords: space.paraphrased,
      /** Words in some claim's content, each once: the article's share of reported speech is this over articleWords. */
      coveredWords: space.coveredWords,
      shareOfArticle: share(space.articleShare),
    },
    actors: analysis.actors
      .filter((actor) => actorsWithClaims.has(actor.id))
      .map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        description: actor.description ?? null,
        authorId: actor.authorId ?? null,
        space: {
          words: byActor.get(actor.id)?.words ?? 0,
          quotedWords: byActor.get(actor.id)?.quoted ?? 0,
          paraphrasedWords: byActor.get(actor.id)?.paraphrased ?? 0,
          shareOfReportedSpeech: share(byActor.get(actor.id)?.share ?? 0),
        },
        corrected: actor.corrected ?? [],
        role: actorRole(actor),
        roleEvidence: actor.roleEvidence ?? null,
      })),
    claims: toExportRows(analysis, byActor).map((row) => ({
      id: row.claimId,
      kind: row.claimKind,
      confidence: share(row.confidence),
      lowConfidence: row.lowConfidence,
      actor: row.actor,
      actorKind: row.actorKind,
      actorRole: row.actorRole,
      cue: row.cue,
      cueLemma: row.cueLemma,
      stance: row.stance,
      quoteKind: row.quoteKind,
      source: row.source,
      content: row.content,
      quotedWords: row.quotedWords,
      paraphrasedWords: row.paraphrasedWords,
      corrected: claimNotes.get(row.claimId) ?? [],
    })),
    corrections: corrections.map((line) => ({ correction: line.text, applied: line.applied })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

// ---- CSV (RFC 4180: CRLF line ends, fields with comma, quote or line break in double quotes, quotes doubled) ----

const CSV_COLUMNS: Array<[string, (row: ExportRow, page: PageInfo) => string]> = [
  ['actor', (row) => row.actor],
  ['actor_kind', (row) => row.actorKind],
  ['actor_description', (row) => row.actorDescription],
  ['source', (row) => row.source],
  ['cue', (row) => row.cue],
  ['stance', (row) => row.stance],
  ['quote_kind', (row) => row.quoteKind],
  ['content', (row) => row.content],
  ['page_title', (_row, page) => page.title],
  ['page_url', (_row, page) => page.url],
  ['claim_id', (row) => row.claimId],
  // space given, after the columns earlier exports had, so scripts reading columns by place keep working
  ['quoted_words', (row) => String(row.quotedWords)],
  ['paraphrased_words', (row) => String(row.paraphrasedWords)],
  ['actor_words', (row) => String(row.actorWords)],
  ['actor_share_of_reported_speech_pct', (row) => (Math.round(row.actorShare * 1000) / 10).toFixed(1)],
  ['corrected', (row) => row.corrected],
  ['actor_role', (row) => row.actorRole],
  ['actor_role_evidence', (row) => row.actorRoleEvidence],
  // what the claim reports and how sure WhoSaid is, last for the same reason
  ['claim_kind', (row) => row.claimKind],
  ['confidence', (row) => share(row.confidence).toFixed(2)],
];

/**
 * Quotes a field per RFC 4180. A field a spreadsheet would run as a formula (starting with = + - @ or a tab) gets a
 * leading apostrophe, the usual guard against CSV injection: page text is data, never a formula.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(analysis: Analysis, page: PageInfo): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of toExportRows(analysis)) {
    lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(row, page))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ---- Markdown ----

/** Backslash-escapes the characters that would turn page text into Markdown markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`);
}

export function toMarkdown(analysis: Analysis, page: PageInfo, corrections: readonly CorrectionLine[] = []): string {
  const views = toClaimViews(analysis);
  // the voices count statements; findings and thoughts are counted on a line of their own
  const summary = summarize(views.filter(isStatement));
  const kinds = kindCounts(views);
  const space = spaceGiven(analysis);
  const byActor = new Map(space.actors.map((entry) => [entry.actorId, entry]));
  const out: string[] = [];
  out.push(`# ${t('md_title', { title: escapeMarkdown(page.title || page.url) })}`, '');
  out.push(`<${page.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(`## ${t('voices_title')}`, '');
  out.push(`- ${CLAIM_KIND_ORDER.map((kind) => t('md_kind_count', { kind: CLAIM_KIND_LABELS[kind].many, count: kinds[kind] })).join(', ')}`);
  out.push(`- ${tn('md_statements_from', summary.distinctActors, { statements: tn('statements_count', summary.totalClaims) })}`);
  const named = t('md_named', { count: summary.named, percent: percent(summary.named, summary.totalClaims) });
  const unnamed = t('md_unnamed', { count: summary.unnamed, percent: percent(summary.unnamed, summary.totalClaims) });
  out.push(`- ${summary.unknown > 0 ? t('md_named_unnamed_unknown', { named, unnamed, unknown: summary.unknown }) : t('md_named_unnamed', { named, unnamed })}`);
  out.push(`- ${t('md_quotes', { direct: summary.direct, paraphrased: summary.paraphrased, mixed: summary.mixed })}`);
  out.push(
    `- ${tn('md_reported_speech', space.articleWords, {
      share: percentText(space.articleShare),
      covered: space.coveredWords,
      quoted: space.quoted,
      paraphrased: space.paraphrased,
    })}`,
  );
  const roles = ROLE_ORDER.filter((role) => summary.roles[role] > 0 || role === 'citizen').map((role) => roleCount(role, summary.roles[role]));
  out.push(`- ${t('md_roles', { roles: roles.join(', ') })}`);
  for (const stance of STANCE_ORDER) {
    const cues = summary.cues[stance];
    if (cues.length === 0) continue;
    const list = cues.map((cue) => `${quoted(escapeMarkdown(cue.label))} ×${formatNumber(cue.count)}`).join(', ');
    out.push(`- ${t(`md_stance_${stance}_cues`, { cues: list })}`);
  }
  out.push('');
  for (const group of groupActors(analysis, views)) {
    out.push(`## ${group.label}`, '');
    for (const actorView of group.actors) {
      const { actor } = actorView;
      const kind = actor.kind === 'unknown' ? '' : ` (${actorKindLabel(actor)})`;
      out.push(`### ${escapeMarkdown(actor.name)}${kind}`, '');
      if (actor.description) out.push(`_${escapeMarkdown(actor.description)}_`, '');
      if (actor.kind !== 'unknown') {
        const why = actor.roleEvidence === undefined ? '' : ` (${escapeMarkdown(actor.roleEvidence)})`;
        out.push(`${t('md_role', { role: ROLE_LABELS[actorRole(actor)].chip })}${why}`, '');
      }
      if (actorView.author) out.push(t('md_issued_by', { name: escapeMarkdown(actorView.author.name) }), '');
      const actorSpace = byActor.get(actor.id);
      if (actorSpace) out.push(t('md_space_given', { space: describeActorSpace(actorSpace) }), '');
      if (actor.corrected) out.push(t('hover_corrected', { notes: escapeMarkdown(actor.corrected.join('; ')) }), '');
      for (const view of actorView.claims) out.push(markdownClaim(view));
      out.push('');
    }
    if (group.unattributed.length > 0) {
      out.push(`### ${unattributedLabel()}`, '');
      for (const view of group.unattributed) out.push(markdownClaim(view));
      out.push('');
    }
  }
  if (corrections.length > 0) {
    out.push(`## ${t('corrections_title')}`, '');
    for (const line of corrections) out.push(`- ${escapeMarkdown(line.text)}${notApplied(line)}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownClaim(view: ClaimView): string {
  const labels = claimLabels(view.claim);
  const tags = [labels.claimKind, labels.quoteKind, labels.stance, ...(labels.uncertainty === '' ? [] : [lowConfidenceBadge()])].join(', ');
  const corrected = view.claim.corrected ? ` _(${t('md_claim_corrected', { notes: escapeMarkdown(view.claim.corrected.join('; ')) })})_` : '';
  return `- **${escapeMarkdown(view.cueText)}** (${tags}): ${escapeMarkdown(quotedContent(view))}${corrected}`;
}

// ---- Citation ----

/**
 * One claim with its source, ready to paste:
 * `Ella Pamfilova (head of the commission) said: “…” — Page Title, https://…`.
 */
export function formatCitation(view: ClaimView, page: PageInfo): string {
  const who = view.actor
    ? view.actor.description
      ? `${view.actor.name} (${view.actor.description})`
      : view.actor.name
    : view.sourceText || unattributedLabel();
  const cue = view.cueText || view.claim.cueLemma;
  // a floating quote has no cue word: the speaker, then the quotation
  const said = /^according to$/i.test(cue) ? `According to ${who}` : view.claim.cueLemma === FLOATING_CUE_LEMMA ? who : `${who} ${cue}`;
  const paraphrase = view.claim.quote === 'indirect' ? ` (${QUOTE_KIND_LABELS.indirect})` : '';
  const where = [page.title, page.url].filter((part) => part !== '').join(', ');
  return `${said}: ${quotedContent(view)}${paraphrase} — ${where}`;
}

const DASH = new Set(['-']);

/** A file name from the page title: "whosaid-bridge-talks-collapse.md". */
export function exportFileName(page: PageInfo, extension: 'md' | 'csv' | 'json'): string {
  const dashed = (page.title || 'page')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimChars(trimChars(dashed, DASH).slice(0, 60), DASH);
  return `whosaid-${slug || 'page'}.${extension}`;
}
