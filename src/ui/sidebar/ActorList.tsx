/**
 * Actors grouped by kind with their claims beneath, navigable as one list with a roving tabindex: Tab enters the
 * list at one item, arrow keys move between actors and claims (Up/Down, Left to the actor, Right to its first
 * claim, Home/End), Enter or Space activates. Only the active claim's own buttons join the Tab order.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { KIND_LABELS, QUOTE_KIND_LABELS, STANCE_LABELS, quotedContent, type ActorGroup, type ClaimView } from './view-model.js';
import { plural } from './VoicesSummary.js';

export interface ActorListProps {
  groups: ActorGroup[];
  actorColors: Record<string, string>;
  selectedActorId: string | null;
  onSelectActor(actorId: string): void;
  onJump(view: ClaimView): void;
  onCopy(view: ClaimView): void;
  /** A claim gained (id) or lost (null) keyboard focus. */
  onPreview?(claimId: string | null): void;
}

interface NavItem {
  key: string;
  /** The actor item a claim belongs to, for Left; null for actors and unattributed claims. */
  parent: string | null;
}

export function actorKey(actorId: string): string {
  return `actor:${actorId}`;
}
export function claimKey(claimId: string): string {
  return `claim:${claimId}`;
}

export function navigationOrder(groups: ActorGroup[]): NavItem[] {
  const items: NavItem[] = [];
  for (const group of groups) {
    for (const actorView of group.actors) {
      const parent = actorKey(actorView.actor.id);
      items.push({ key: parent, parent: null });
      for (const view of actorView.claims) items.push({ key: claimKey(view.claim.id), parent });
    }
    for (const view of group.unattributed) items.push({ key: claimKey(view.claim.id), parent: null });
  }
  return items;
}

export function ActorList(props: ActorListProps) {
  const { groups } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const items = navigationOrder(groups);
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

  return (
    <div class="ws-list" ref={listRef} onKeyDown={onKeyDown} role="region" aria-label="Sources and their claims">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`ws-group-${group.kind}`}>
          <h3 id={`ws-group-${group.kind}`} class="ws-group-title">
            {group.label}
          </h3>
          <ul class="ws-actors">
            {group.actors.map((actorView) => {
              const { actor } = actorView;
              const key = actorKey(actor.id);
              const selected = props.selectedActorId === actor.id;
              const count = actorView.claims.length;
              return (
                <li class="ws-actor" key={actor.id} data-actor-id={actor.id}>
                  <button
                    type="button"
                    class="ws-actor-btn"
                    data-key={key}
                    tabIndex={tabIndexFor(key)}
                    aria-pressed={selected}
                    title={selected ? 'Show every source again' : 'Show only this source'}
                    onFocus={() => setActiveKey(key)}
                    onClick={() => props.onSelectActor(actor.id)}
                  >
                    <span class="ws-swatch" style={{ background: props.actorColors[actor.id] ?? 'transparent' }} />
                    <span class="ws-actor-name">
                      {actor.name}
                      <span class="ws-visually-hidden">, </span>
                      <span class="ws-kind"> {KIND_LABELS[actor.kind].one}</span>
                    </span>
                    <span class="ws-count">
                      {count} {plural(count, 'claim', 'claims')}
                    </span>
                  </button>
                  {actor.description || actorView.author ? (
                    <p class="ws-desc">
                      {actor.description ?? ''}
                      {actorView.author ? `${actor.description ? ' · ' : ''}issued by ${actorView.author.name}` : ''}
                    </p>
                  ) : null}
                  <ul class="ws-claims" aria-label={`Claims by ${actor.name}`}>
                    {actorView.claims.map((view) => (
                      <ClaimItem key={view.claim.id} view={view} tabIndexFor={tabIndexFor} onActive={setActiveKey} {...props} />
                    ))}
                  </ul>
                </li>
              );
            })}
            {group.unattributed.length > 0 ? (
              <li class="ws-actor" data-actor-id="">
                <p class="ws-actor-btn">
                  <span class="ws-actor-name">No source given</span>
                  <span class="ws-count">
                    {group.unattributed.length} {plural(group.unattributed.length, 'claim', 'claims')}
                  </span>
                </p>
                <ul class="ws-claims" aria-label="Claims with no source given">
                  {group.unattributed.map((view) => (
                    <ClaimItem key={view.claim.id} view={view} tabIndexFor={tabIndexFor} onActive={setActiveKey} {...props} />
                  ))}
                </ul>
              </li>
            ) : null}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface ClaimItemProps extends ActorListProps {
  view: ClaimView;
  tabIndexFor(key: string): number;
  onActive(key: string): void;
}

function ClaimItem({ view, tabIndexFor, onActive, onJump, onCopy, onPreview }: ClaimItemProps) {
  const key = claimKey(view.claim.id);
  const { claim } = view;
  return (
    <li class="ws-claim" data-claim-id={claim.id}>
      <button
        type="button"
        class="ws-claim-jump"
        data-key={key}
        tabIndex={tabIndexFor(key)}
        title="Show in the page"
        onFocus={() => {
          onActive(key);
          onPreview?.(claim.id);
        }}
        onBlur={() => onPreview?.(null)}
        onClick={() => onJump(view)}
      >
        <span class="ws-claim-meta">
          <span class="ws-cue">{view.cueText || claim.cueLemma}</span>
          <span class="ws-badge">{QUOTE_KIND_LABELS[claim.kind]}</span>
          <span class={`ws-badge ws-badge-${claim.stance}`}>{STANCE_LABELS[claim.stance]}</span>
        </span>
        <span class="ws-content">{quotedContent(view)}</span>
      </button>
      <span class="ws-claim-actions">
        <button
          type="button"
          class="ws-icon-btn"
          data-owner={key}
          tabIndex={tabIndexFor(key)}
          aria-label={`Copy as citation: ${view.actor?.name ?? 'unattributed'}, ${view.cueText}`}
          title="Copy as citation"
          onClick={() => onCopy(view)}
        >
          Copy
        </button>
      </span>
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
