/**
 * What a reader reads about a claim or an actor, in one place for every surface that shows it (the hover card in
 * the page, the sidebar, the exports): the words for actor kinds, claim kinds, quote kinds, stances and uncertainty,
 * the order that gives actors their colours, and the messages for empty and failed states. The card and the sidebar used to keep their
 * own copies and drifted apart ("partly quoted" in one, "mixed quote" in the other; actors ranked twice).
 * Every word comes from the messages (shared/i18n.ts), in the interface language. Pure: no DOM, no Preact.
 */
import {
  type Actor, type ActorKind, type Analysis, type Claim, type ClaimKind, type QuoteKind, type SourceRole, type Stance,
  FLOATING_CUE_LEMMA, isLowConfidence,
} from '../engine/index.js';
import { t, tn, uiLanguage } from './i18n.js';
import { paletteColorAt, UNATTRIBUTED_COLOR, type ActorColor, type PaletteName } from './palette.js';

/**
 * A record whose values are read from the messages when read, not when this module loads: the CLI installs its
 * messages after its imports ran, and a record built at load time would keep the words of no language.
 */
function lazyRecord<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) Object.defineProperty(record, key, { get: () => make(key), enumerable: true });
  return record;
}

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organisation', 'document', 'unnamed', 'unknown'];

export const ACTOR_KIND_LABELS: Record<ActorKind, { group: string; one: string }> = lazyRecord(ACTOR_KINDS, (kind) => ({
  group: t(`actor_kind_${kind}_group`),
  one: t(`actor_kind_${kind}`),
}));

/** "Partly quoted" rather than "mixed": a reader need not know the term for a paraphrase with quoted fragments. */
export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = lazyRecord(['direct', 'indirect', 'mixed'], (quote) => t(`quote_kind_${quote}`));

/**
 * What a claim reports (src/engine/claim-kind.ts), as a reader reads it: the sidebar's filter chips (`many`), a
 * claim's badge and the hover card (`one`), and "WhoSaid is not sure this is …" (`unsure`).
 */
export const CLAIM_KIND_LABELS: Record<ClaimKind, { many: string; one: string; unsure: string }> = lazyRecord(
  ['statement', 'finding', 'thought'],
  (kind) => ({ many: t(`claim_kind_${kind}_chip`), one: t(`claim_kind_${kind}`), unsure: t(`claim_kind_${kind}_unsure`) }),
);

/** The kinds in the order the sidebar lists its chips: what was said, what was found, what is thought. */
export const CLAIM_KIND_ORDER: readonly ClaimKind[] = ['statement', 'finding', 'thought'];

/** What the page highlights until the reader asks for thoughts too (the sidebar's chip or the options page). */
export const DEFAULT_SHOWN_KINDS: readonly ClaimKind[] = ['statement', 'finding'];

/** The short badge of a claim WhoSaid is not sure of ("not sure"). */
export function lowConfidenceBadge(): string {
  return t('low_confidence_badge');
}

/** The sentence the hover card and the sidebar say of a claim WhoSaid is not sure of. */
export function lowConfidenceNote(claim: Pick<Claim, 'kind'>): string {
  return CLAIM_KIND_LABELS[claim.kind].unsure;
}

export const STANCE_LABELS: Record<Stance, string> = lazyRecord(['neutral', 'distancing', 'hedged', 'cognition'], (stance) => t(`stance_${stance}`));

/** The roles in the order the summary counts them: public office first, the people it affects last before texts. */
export const ROLE_ORDER: readonly SourceRole[] = ['official', 'politician', 'justice', 'expert', 'business', 'advocacy',
  'media', 'citizen', 'document', 'unnamed', 'unknown'];

/**
 * Source roles (src/engine/roles.ts) as a reader reads them: the chip beside an actor, and one or many ("claims
 * from officials"); counted, through roleCount ("4 officials · 1 expert · 0 affected people").
 */
export const ROLE_LABELS: Record<SourceRole, { chip: string; one: string; many: string }> = lazyRecord(ROLE_ORDER, (role) => ({
  chip: t(`role_${role}_chip`),
  one: t(`role_${role}_single`),
  many: t(`role_${role}_plural`),
}));

/** "4 officials", "1 expert", "0 affected people", in the interface language's plural. */
export function roleCount(role: SourceRole, count: number): string {
  return tn(`role_${role}_count`, count);
}

/** An actor's role; an analysis made before roles existed (or a missing actor) has none to give: unknown. */
export function actorRole(actor: Pick<Actor, 'role'> | null | undefined): SourceRole {
  return actor?.role ?? 'unknown';
}

/** The stances in the order a reader is shown them: the writer's distance first, the plain cues next. */
export const STANCE_ORDER: readonly Stance[] = ['distancing', 'neutral', 'hedged', 'cognition'];

/**
 * An actor's name as the reader reads it: the engine's name for the speaker of claims that name none ("Unknown
 * speaker") is worded in the interface language; every other name is the article's own.
 */
export function actorName(actor: Pick<Actor, 'kind' | 'name'>): string {
  return actor.kind === 'unknown' ? t('unknown_speaker') : actor.name;
}

/** A claim whose actor is missing from the analysis (never from the engine; an import or a damaged model). */
export function unattributedLabel(): string {
  return t('unattributed');
}

/** The name of a language ("fr") in the interface language ("French", "Französisch", "français"), or the code. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const EMPTY_STATES = {
  get noClaims() {
    return t('empty_no_claims');
  },
  unsupportedLanguage: (language: string) => t('empty_unsupported_language', { language: languageName(language) }),
  /** The words of the article's language ship with WhoSaid but could not be loaded into this page. */
  languageNotLoaded: (language: string) => t('empty_language_not_loaded', { language: languageName(language) }),
  get error() {
    return t('empty_error');
  },
  get analysing() {
    return t('empty_analysing');
  },
  get noMatch() {
    return t('empty_no_match');
  },
};

/**
 * The cue of a claim as a reader reads it: the words written, or, for a floating quote (a quoted paragraph with no
 * cue word, whose cue is its opening quotation mark: engine/floating-quotes.ts), "quoted".
 */
export function cueWords(claim: Pick<Claim, 'cueLemma'>, written: string): string {
  return claim.cueLemma === FLOATING_CUE_LEMMA ? t('floating_cue') : written;
}

/** The kind of one actor as a reader reads it; the unknown speaker (or a missing actor) has none to give. */
export function actorKindLabel(actor: Actor | null | undefined): string {
  return ACTOR_KIND_LABELS[actor?.kind ?? 'unknown'].one;
}

/**
 * The labels of one claim, as the card and the sidebar's badges show them: its kind, its quote kind, its stance, and
 * when WhoSaid is not sure of it, the sentence that says so (else '').
 */
export function claimLabels(claim: Pick<Claim, 'kind' | 'quote' | 'stance' | 'confidence'>): {
  claimKind: string; quoteKind: string; stance: string; uncertainty: string;
} {
  return {
    claimKind: CLAIM_KIND_LABELS[claim.kind].one,
    quoteKind: QUOTE_KIND_LABELS[claim.quote],
    stance: STANCE_LABELS[claim.stance],
    uncertainty: isLowConfidence(claim) ? lowConfidenceNote(claim) : '',
  };
}

/**
 * Compares actors by number of claims, most first, then by their place in `analysis.actors` (first mention): the
 * one order in which actors get their colours and in which each sidebar group lists them.
 */
export function byClaimsThenMention(analysis: Analysis): (a: Actor, b: Actor) => number {
  const counts = claimCounts(analysis);
  const order = new Map(analysis.actors.map((actor, index) => [actor.id, index]));
  return (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
}

export function claimCounts(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of analysis.claims) counts.set(claim.actorId, (counts.get(claim.actorId) ?? 0) + 1);
  return counts;
}

/**
 * Each actor's colour: the palette in rank order (most claims first). The unknown speaker takes no colour of the
 * palette: it keeps the neutral grey, as do claims whose actor is missing.
 */
export function actorColors(analysis: Analysis, palette: PaletteName): Map<string, ActorColor> {
  const colors = new Map<string, ActorColor>();
  analysis.actors
    .filter((actor) => actor.kind !== 'unknown')
    .sort(byClaimsThenMention(analysis))
    .forEach((actor, rank) => colors.set(actor.id, paletteColorAt(palette, rank)));
  for (const actor of analysis.actors) if (actor.kind === 'unknown') colors.set(actor.id, UNATTRIBUTED_COLOR);
  return colors;
}

/**
 * Page text inside a sentence of ours, isolated (U+2068 first strong isolate … U+2069 pop directional isolate):
 * a right-to-left override in a stored name or title then turns only that text, never the words after it. For
 * strings (statuses, labels, SVG text); HTML text of a page goes in a <bdi> instead.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
