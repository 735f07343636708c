/**
 * Actors grouped by kind with their claims beneath, navigable as one list with a roving tabindex: Tab enters the
 * list at one item, arrow keys move between actors and claims (Up/Down, Left to the actor, Right to its first
 * claim, Home/End), Enter or Space activates. Only the active claim's own buttons join the Tab order.
 * Only windows of the list are rendered (see list-window.ts): "Show more" buttons, items of the same navigation,
 * bring in the rest and move focus to the first row they brought in. With `correcting`, each claim and actor has a
 * Correct button of the same navigation that opens its correction form in place (Corrections.tsx).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { actorKindLabel, actorName, actorRole, claimLabels, lowConfidenceBadge, ROLE_LABELS, unattributedLabel } from '../../shared/presentation.js';
import { quotedContent, type ActorGroup, type ActorView, type ClaimView } from './view-model.js';
import { LIST_LIMITS, initialWindows, moveClaims, moveSources, planWindows, type ListEntry, type ListPlan, type Slice, type WindowState } from './list-window.js';
import { t, tn } from '../../shared/i18n.js';
import { ActorSpaceBar, spaceTextId } from './SpaceBar.js';
import type { ActorSpace } from '../../shared/space.js';
import { ActorCorrectionForm, ClaimCorrectionForm, CorrectButton, CorrectedMark, type Correcting } from './Corrections.js';
import type { Correction } from '../../shared/corrections.js';

export interface ActorListProps {
  groups: ActorGroup[];
  /** Names the filter the groups were made with: the windows shown belong to it, another filter starts at the top. */
  resetKey: string;
  actorColors: Record<string, string>;
  selectedActorId: string | null;
  onSelectActor(actorId: string): void;
  onJump(view: ClaimView): void;
  onCopy(view: ClaimView): void;
  /** A claim gained (id) or lost (null) keyboard focus. */
  onPreview?(claimId: string | null): void;
  /** Each source's space given, by actor id; none: no bars. */
  space?: ReadonlyMap<string, ActorSpace>;
  /** Offers corrections of claims and actors; none without it. */
  correcting?: Correcting;
}

interface NavItem {
  key: string;
  /** The actor item a claim (or its list's buttons) belongs to, for Left; null for actors and unattributed claims. */
  parent: string | null;
}

/** One claim list in reading order: an actor's, or a group's claims with no source (actorView null). */
interface SourceEntry extends ListEntry {
  group: ActorGroup;
  actorView: ActorView | null;
  claims: ClaimView[];
}

const UNATTRIBUTED_LIST = 'unattributed';
const SOURCES_EARLIER = 'sources:earlier';
const SOURCES_MORE = 'sources:more';

export function actorKey(actorId: string): string {
  return `actor:${actorId}`;
}
export function claimKey(claimId: string): string {
  return `claim:${claimId}`;
}
function moreKey(listId: string): string {
  return `more:${listId}`;
}
function earlierKey(listId: string): string {
  return `earlier:${listId}`;
}

function sourceEntries(groups: ActorGroup[]): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const group of groups) {
    for (const actorView of group.actors) {
      entries.push({ id: actorKey(actorView.actor.id), total: actorView.claims.length, group, actorView, claims: actorView.claims });
    }
    if (group.unattributed.length > 0) {
      entries.push({ id: UNATTRIBUTED_LIST, total: group.unattributed.length, group, actorView: null, claims: group.unattributed });
    }
  }
  return entries;
}

function claimSliceOf(plan: ListPlan, entry: SourceEntry): Slice {
  return plan.claims.get(entry.id) ?? { start: 0, end: 0 };
}

/** The rendered items in document order, each "show" button where it stands. */
function navigationOrder(entries: SourceEntry[], plan: ListPlan): NavItem[] {
  const items: NavItem[] = [];
  if (plan.sources.start > 0) items.push({ key: SOURCES_EARLIER, parent: null });
  for (const entry of entries.slice(plan.sources.start, plan.sources.end)) {
    const parent = entry.actorView ? entry.id : null;
    if (parent !== null) items.push({ key: parent, parent: null });
    const slice = claimSliceOf(plan, entry);
    if (slice.start > 0) items.push({ key: earlierKey(entry.id), parent });
    for (const view of entry.claims.slice(slice.start, slice.end)) items.push({ key: claimKey(view.claim.id), parent });
    if (slice.end < entry.total) items.push({ key: moreKey(entry.id), parent });
  }
  if (plan.sources.end < entries.length) items.push({ key: SOURCES_MORE, parent: null });
  return items;
}

/** The first item of a source entry that a reader lands on: its actor, else its first claim or button. */
function firstItemOf(entries: SourceEntry[], plan: ListPlan, index: number): string | undefined {
  const entry = entries[index];
  if (!entry) return undefined;
  if (entry.actorView) return entry.id;
  const slice = claimSliceOf(plan, entry);
  if (slice.start > 0) return earlierKey(entry.id);
  const first = entry.claims[slice.start];
  return first && slice.end > slice.start ? claimKey(first.claim.id) : moreKey(entry.id);
}

export function ActorList(props: ActorListProps) {
  const { groups } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  /** The item (claim or actor key) whose correction form is open. */
  const [editing, setEditing] = useState<string | null>(null);
  const correct = (correction: Correction) => {
    setEditing(null);
    props.correcting?.onCorrect(correction);
  };
  const [windows, setWindows] = useState<{ resetKey: string; state: WindowState }>(() => ({
    resetKey: props.resetKey,
    state: initialWindows(),
  }));
  const windowState = windows.resetKey === props.resetKey ? windows.state : initialWindows();
  const entries = sourceEntries(groups);
  const plan = planWindows(entries, windowState);
  const items = navigationOrder(entries, plan);
  const current = items.find((item) => item.key === activeKey)?.key ?? items[0]?.key ?? null;

  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    setPendingFocus(null);
    findItem(listRef.current, pendingFocus)?.focus();
  }, [pendingFocus]);

  const moveTo = (key: string | undefined) => {
    if (key === undefined) return;
    setActiveKey(key);
    setPendingFocus(key);
  };

  /** Renders the new windows and puts focus on the first item they brought in (chosen from the new plan). */
  const showWindows = (next: WindowState, focusIn: (nextPlan: ListPlan) => string | undefined) => {
    setWindows({ resetKey: props.resetKey, state: next });
    moveTo(focusIn(planWindows(entries, next)));
  };
  const showClaims = (entry: SourceEntry, direction: 'more' | 'earlier') => {
    const before = claimSliceOf(plan, entry);
    showWindows(moveClaims(windowState, plan, entry, direction), (nextPlan) => {
      const after = claimSliceOf(nextPlan, entry);
      const first = entry.claims[direction === 'more' ? before.end : after.start];
      return first ? claimKey(first.claim.id) : undefined;
    });
  };
  const showSources = (direction: 'more' | 'earlier') => {
    const before = plan.sources;
    showWindows(moveSources(windowState, plan, entries.length, direction), (nextPlan) =>
      firstItemOf(entries, nextPlan, direction === 'more' ? before.end : nextPlan.sources.start),
    );
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const ownKey = target.dataset['key'] ?? target.dataset['owner'];
    const index = items.findIndex((item) => item.key === ownKey);
    if (index < 0) return;
    const item = items[index];
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[Math.min(index + 1, items.length - 1)]?.key;
        break;
      case 'ArrowUp':
        next = items[Math.max(index - 1, 0)]?.key;
        break;
      case 'Home':
        next = items[0]?.key;
        break;
      case 'End':
        next = items[items.length - 1]?.key;
        break;
      case 'ArrowLeft':
        next = item?.parent ?? undefined;
        break;
      case 'ArrowRight': {
        const child = items[index + 1];
        next = child && item && child.parent === item.key ? child.key : undefined;
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    moveTo(next);
  };

  const tabIndexFor = (key: string) => (key === current ? 0 : -1);
  const shownEntries = new Set(entries.slice(plan.sources.start, plan.sources.end));
  /** A "show" button; `context` completes its accessible name where its visible text leans on the list around it. */
  const showButton = (key: string, onClick: () => void, text: string, context?: string) => (
    <button type="button" class="ws-show" data-key={key} tabIndex={tabIndexFor(key)} onFocus={() => setActiveKey(key)} onClick={onClick}>
      {text}
      {context ? ' ' : null}
      {context ? <span class="ws-visually-hidden">{context}</span> : null}
    </button>
  );
  /** `owner` completes the show buttons' names: "claims by Ella Pam", "claims with no source given". */
  const claimList = (entry: SourceEntry, label: string, owner: (count: number) => string) => {
    const slice = claimSliceOf(plan, entry);
    const later = entry.total - slice.end;
    const more = Math.min(LIST_LIMITS.claimPage, later);
    const earlier = Math.min(LIST_LIMITS.claimPage, slice.start);
    return (
      <ul class="ws-claims" aria-label={label}>
        {slice.start > 0 ? (
          <li class="ws-show-item">
            {showButton(earlierKey(entry.id), () => showClaims(entry, 'earlier'), t('show_earlier', { count: earlier }), owner(earlier))}
          </li>
        ) : null}
        {entry.claims.slice(slice.start, slice.end).map((view) => (
          <ClaimItem
            key={view.claim.id}
            view={view}
            tabIndexFor={tabIndexFor}
            onActive={setActiveKey}
            editing={editing === claimKey(view.claim.id)}
            onEdit={setEditing}
            onEditDone={(key) => {
              setEditing(null);
              moveTo(key);
            }}
            onCorrect={correct}
            {...props}
          />
        ))}
        {later > 0 ? (
          <li class="ws-show-item">
            {showButton(
              moreKey(entry.id),
              () => showClaims(entry, 'more'),
              more === later ? t('show_last', { count: more }) : t('show_more_of', { count: more, total: later }),
              owner(later),
            )}
          </li>
        ) : null}
      </ul>
    );
  };
  let maxWords = 0;
  for (const entry of props.space?.values() ?? []) maxWords = Math.max(maxWords, entry.words);
  const hiddenBefore = plan.sources.start;
  const hiddenAfter = entries.length - plan.sources.end;
  const earlierSources = Math.min(LIST_LIMITS.sourcePage, hiddenBefore);
  const moreSources = Math.min(LIST_LIMITS.sourcePage, hiddenAfter);

  return (
    <div class="ws-list" ref={listRef} onKeyDown={onKeyDown} role="region" aria-label={t('list_label')}>
      {hiddenBefore > 0 ? (
        <p class="ws-show-item">
          {showButton(SOURCES_EARLIER, () => showSources('earlier'), tn('show_earlier_sources', earlierSources))}
        </p>
      ) : null}
      {groups.map((group) => {
        const inGroup = entries.filter((entry) => entry.group === group && shownEntries.has(entry));
        if (inGroup.length === 0) return null;
        return (
          <section key={group.kind} aria-labelledby={`ws-group-${group.kind}`}>
            <h3 id={`ws-group-${group.kind}`} class="ws-group-title">
              {group.label}
            </h3>
            <ul class="ws-actors">
              {inGroup.map((entry) => {
                const { actorView } = entry;
                if (!actorView) {
                  return (
                    <li class="ws-actor" key={entry.id} data-actor-id="">
                      <p class="ws-actor-btn">
                        <span class="ws-actor-name">{t('no_source_given')}</span>
                        <span class="ws-count">
                          {tn('claims_count', entry.total)}
                        </span>
                      </p>
                      {claimList(entry, t('claims_no_source_label'), (count) => tn('claims_no_source', count))}
                    </li>
                  );
                }
                const { actor } = actorView;
                const key = entry.id;
                const selected = props.selectedActorId === actor.id;
                const count = entry.total;
                const space = props.space?.get(actor.id);
                const { correcting } = props;
                const canCorrect = correcting !== undefined && actor.kind !== 'unknown';
                return (
                  <li class="ws-actor" key={actor.id} data-actor-id={actor.id}>
                    <div class="ws-actor-row">
                    <button
                      type="button"
                      class="ws-actor-btn"
                      data-key={key}
                      tabIndex={tabIndexFor(key)}
                      aria-pressed={selected}
                      aria-describedby={space ? spaceTextId(actor.id) : undefined}
                      title={selected ? t('actor_show_all_title') : t('actor_show_only_title')}
                      onFocus={() => setActiveKey(key)}
                      onClick={() => props.onSelectActor(actor.id)}
                    >
                      <span class="ws-swatch" style={{ background: props.actorColors[actor.id] ?? 'transparent' }} />
                      <span class="ws-actor-name">
                        {actorName(actor)}
                        {actor.kind === 'unknown' ? null : (
                          <>
                            <span class="ws-visually-hidden">, </span>
                            <span class="ws-kind"> {actorKindLabel(actor)}</span>
                            {/* inline after the kind, so a long name keeps the width and the chip wraps with it */}
                            <span class={`ws-role ws-role-${actorRole(actor)}`} data-role={actorRole(actor)} title={actor.roleEvidence}>
                              <span class="ws-visually-hidden">{t('role_prefix_hidden')}{' '}</span>
                              {ROLE_LABELS[actorRole(actor)].chip}
                            </span>
                          </>
                        )}
                      </span>
                      <CorrectedMark notes={actor.corrected} />
                      <span class="ws-count">
                        {tn('claims_count', count)}
                      </span>
                    </button>
                    {canCorrect ? (
                      <CorrectButton
                        owner={key}
                        tabIndex={tabIndexFor(key)}
                        open={editing === key}
                        label={t('correct_actor_label', { name: actor.name })}
                        title={t('correct_actor_title')}
                        onToggle={() => setEditing(editing === key ? null : key)}
                      />
                    ) : null}
                    </div>
                    {space ? <ActorSpaceBar space={space} maxWords={maxWords} color={props.actorColors[actor.id] ?? 'currentColor'} /> : null}
                    {canCorrect && editing === key ? (
                      <ActorCorrectionForm
                        actor={actor}
                        actors={correcting.actors}
                        onCorrect={correct}
                        onClose={() => {
                          setEditing(null);
                          moveTo(key);
                        }}
                      />
                    ) : null}
                    {actor.kind === 'unknown' ? null : (
                      // why this role, in the article's words: shown once the reader picks the source; screen readers
                      // find it after the source's button at any time
                      <p id={roleWhyId(actor.id)} class={selected ? 'ws-desc ws-role-why' : 'ws-visually-hidden'}>
                        {t('role_why', { role: ROLE_LABELS[actorRole(actor)].chip, evidence: actor.roleEvidence ?? t('role_why_none') })}
                      </p>
                    )}
                    {actor.description || actorView.author ? (
                      <p class="ws-desc">
                        {actor.description ?? ''}
                        {actorView.author ? `${actor.description ? ' · ' : ''}${t('issued_by', { name: actorView.author.name })}` : ''}
                      </p>
                    ) : null}
                    {claimList(entry, t('claims_by_label', { name: actorName(actor) }), (count) => tn('claims_by', count, { name: actorName(actor) }))}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {hiddenAfter > 0 ? (
        <p class="ws-show-item">
          {showButton(SOURCES_MORE, () => showSources('more'), moreSources === hiddenAfter
              ? tn('show_last_sources', moreSources)
              : t('show_more_sources_of', { count: moreSources, total: hiddenAfter }),
          )}
        </p>
      ) : null}
    </div>
  );
}

interface ClaimItemProps extends ActorListProps {
  view: ClaimView;
  tabIndexFor(key: string): number;
  onActive(key: string): void;
  /** Its correction form is open. */
  editing: boolean;
  onEdit(key: string | null): void;
  /** The form closed without a correction: focus goes back to the claim. */
  onEditDone(key: string): void;
  onCorrect(correction: Correction): void;
}

function ClaimItem({ view, tabIndexFor, onActive, onJump, onCopy, onPreview, correcting, editing, onEdit, onEditDone, onCorrect }: ClaimItemProps) {
  const key = claimKey(view.claim.id);
  const { claim } = view;
  const labels = claimLabels(claim);
  return (
    <li class={labels.uncertainty === '' ? 'ws-claim' : 'ws-claim ws-claim-unsure'} data-claim-id={claim.id} data-kind={claim.kind}>
      <button
        type="button"
        class="ws-claim-jump"
        data-key={key}
        tabIndex={tabIndexFor(key)}
        title={t('claim_jump_title')}
        onFocus={() => {
          onActive(key);
          onPreview?.(claim.id);
        }}
        onBlur={() => onPreview?.(null)}
        onClick={() => onJump(view)}
      >
        <span class="ws-claim-meta">
          <span class="ws-cue">{view.cueText || claim.cueLemma}</span>
          <span class={`ws-badge ws-badge-kind ws-badge-${claim.kind}`}>{labels.claimKind}</span>
          {labels.uncertainty !== '' ? (
            <span class="ws-badge ws-badge-unsure" title={labels.uncertainty}>
              {lowConfidenceBadge()}
              <span class="ws-visually-hidden">: {labels.uncertainty}</span>
            </span>
          ) : null}
          <span class="ws-badge">{labels.quoteKind}</span>
          <span class={`ws-badge ws-badge-${claim.stance}`}>{labels.stance}</span>
          <CorrectedMark notes={claim.corrected} />
        </span>
        <span class="ws-content">{quotedContent(view)}</span>
      </button>
      <span class="ws-claim-actions">
        <button
          type="button"
          class="ws-icon-btn"
          data-owner={key}
          tabIndex={tabIndexFor(key)}
          aria-label={t('copy_label', { name: view.actor ? actorName(view.actor) : unattributedLabel(), cue: view.cueText })}
          title={t('copy_title')}
          onClick={() => onCopy(view)}
        >
          {t('copy')}
        </button>
        {correcting ? (
          <CorrectButton
            owner={key}
            tabIndex={tabIndexFor(key)}
            open={editing}
            label={t('correct_claim_label', { name: view.actor ? actorName(view.actor) : unattributedLabel(), cue: view.cueText })}
            title={t('correct_claim_title')}
            onToggle={() => onEdit(editing ? null : key)}
          />
        ) : null}
      </span>
      {correcting && editing ? (
        <ClaimCorrectionForm view={view} actors={correcting.actors} onCorrect={onCorrect} onClose={() => onEditDone(key)} />
      ) : null}
    </li>
  );
}

function findItem(list: HTMLElement | null, key: string): HTMLElement | null {
  if (!list) return null;
  for (const element of list.querySelectorAll<HTMLElement>('[data-key]')) {
    if (element.dataset['key'] === key) return element;
  }
  return null;
}

/** The id of the line that says why an actor has its role (the actor button's description). */
function roleWhyId(actorId: string): string {
  return `ws-role-why-${actorId}`;
}
