/**
 * The reader's corrections in the sidebar: the small forms that make them (a claim is not a claim, or another
 * speaker's; an actor renamed, or the same as another) and the list of those made, each with its Undo. Forms open
 * in place under their claim or actor, take focus, close on Escape or Cancel and give focus back. Names the
 * reader types are data: rendered as text, handed on as strings.
 * A form acts on its submit button's click (Enter in a field clicks it too), never on its `submit` event: a page's
 * `form.requestSubmit()` fires a trusted submit, while an untrusted click never passes the shadow root's gate
 * (shared/trusted-input.ts). What the reader typed is the state kept from their own input events, not whatever
 * value a page script may have put in the field since.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import type { Actor, SourceRole } from '../../engine/index.js';
import { cleanName, MAX_NAME_LENGTH, type ActorRef, type Correction } from '../../shared/corrections.js';
import { actorRole, ROLE_LABELS, ROLE_ORDER } from '../../shared/presentation.js';
import { quoted, t } from '../../shared/i18n.js';
import type { CorrectionLine } from '../sidebar-api.js';
import type { ClaimView } from './view-model.js';

/** What the list needs to offer corrections: the actors a claim can be given to, and where corrections go. */
export interface Correcting {
  actors: Actor[];
  onCorrect(correction: Correction): void;
}

const SOMEONE_ELSE = '';

export interface CorrectButtonProps {
  /** The list item it belongs to (its key in the list's keyboard navigation). */
  owner: string;
  tabIndex: number;
  open: boolean;
  label: string;
  title: string;
  onToggle(): void;
}

/** "Correct", beside a claim or an actor: opens (or closes) its form; one of its item's own buttons. */
export function CorrectButton({ owner, tabIndex, open, label, title, onToggle }: CorrectButtonProps) {
  return (
    <button type="button" class="ws-icon-btn ws-fix-open" data-owner={owner} tabIndex={tabIndex} aria-expanded={open} aria-label={label} title={title} onClick={onToggle}>
      {t('correct')}
    </button>
  );
}

/** The mark on a corrected claim or actor: "corrected", with what was corrected for screen readers and on hover. */
export function CorrectedMark({ notes }: { notes: string[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  const said = notes.join('; ');
  return (
    <span class="ws-badge ws-badge-corrected" title={said}>
      {t('corrected_badge')}<span class="ws-visually-hidden">: {said}</span>
    </span>
  );
}

function refOf(actor: Actor): ActorRef {
  return { id: actor.id, name: actor.name };
}

/** The forms' shared behaviour: focus on the first control when opened, Escape closes (and not the sidebar). */
function useFormFocus(onClose: () => void) {
  const first = useRef<HTMLButtonElement & HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return { first, onKeyDown };
}

/** The forms' submit event: never an action (see the header), and never a navigation of the page. */
function neverSubmit(event: TargetedEvent<HTMLFormElement>): void {
  event.preventDefault();
}

export interface ClaimCorrectionProps extends Correcting {
  view: ClaimView;
  onClose(): void;
}

/** Under a claim: "Not a claim", or "Said by" an actor of the article or a name the reader types. */
export function ClaimCorrectionForm({ view, actors, onCorrect, onClose }: ClaimCorrectionProps) {
  const others = actors.filter((actor) => actor.id !== view.claim.actorId && actor.kind !== 'unknown');
  const [choice, setChoice] = useState(others[0]?.id ?? SOMEONE_ELSE);
  const [name, setName] = useState('');
  const { first, onKeyDown } = useFormFocus(onClose);
  const id = `ws-fix-${view.claim.id}`;
  const cue = view.claim.cue;
  // (the source tells apart the claims of conjoined speakers, which share their cue)
  const named = view.claim.source === null ? {} : { source: view.claim.source };
  const chosen = others.find((actor) => actor.id === choice);
  const typed = cleanName(name);
  const changeSpeaker = () => {
    const to = chosen ? refOf(chosen) : typed === '' ? null : { id: null, name: typed };
    if (to !== null) onCorrect({ kind: 'speaker', cue, ...named, to });
  };
  return (
    <form class="ws-fix" aria-label={t('correct_claim_form', { cue: quoted(view.cueText) })} onSubmit={neverSubmit} onKeyDown={onKeyDown}>
      <button type="button" ref={first} onClick={() => onCorrect({ kind: 'not-a-claim', cue, ...named })}>
        {t('not_a_claim')}
      </button>
      <label class="ws-fix-field" for={`${id}-speaker`}>
        {t('said_by')}
      </label>
      <select id={`${id}-speaker`} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
        {others.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>{t('someone_else')}</option>
      </select>
      {chosen ? null : (
        <>
          <label class="ws-fix-field" for={`${id}-name`}>
            {t('their_name')}
          </label>
          <input id={`${id}-name`} type="text" maxLength={MAX_NAME_LENGTH} value={name} autoComplete="off" onInput={(event) => setName(event.currentTarget.value)} />
        </>
      )}
      <span class="ws-fix-actions">
        <button type="submit" disabled={!chosen && typed === ''} onClick={changeSpeaker}>
          {t('change_speaker')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </span>
    </form>
  );
}

export interface ActorCorrectionProps extends Correcting {
  actor: Actor;
  onClose(): void;
}

/** Under an actor: rename it, say it is the same as another actor of the article (merge), or set its role. */
export function ActorCorrectionForm({ actor, actors, onCorrect, onClose }: ActorCorrectionProps) {
  const others = actors.filter((other) => other.id !== actor.id && other.kind !== 'unknown');
  const [name, setName] = useState(actor.name);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [role, setRole] = useState<SourceRole>(actorRole(actor));
  const { first, onKeyDown } = useFormFocus(onClose);
  const id = `ws-fix-${actor.id}`;
  const typed = cleanName(name);
  const target = others.find((other) => other.id === into);
  const rename = () => {
    if (typed !== '' && typed !== actor.name) onCorrect({ kind: 'rename', actor: refOf(actor), name: typed });
  };
  return (
    <form class="ws-fix" aria-label={t('correct_actor_label', { name: actor.name })} onSubmit={neverSubmit} onKeyDown={onKeyDown}>
      <label class="ws-fix-field" for={`${id}-name`}>
        {t('name_label')}
      </label>
      <span class="ws-fix-row">
        <input id={`${id}-name`} ref={first} type="text" maxLength={MAX_NAME_LENGTH} value={name} autoComplete="off" onInput={(event) => setName(event.currentTarget.value)} />
        <button type="submit" disabled={typed === '' || typed === actor.name} onClick={rename}>
          {t('rename')}
        </button>
      </span>
      {others.length > 0 ? (
        <>
          <label class="ws-fix-field" for={`${id}-into`}>
            {t('same_as')}
          </label>
          <span class="ws-fix-row">
            <select id={`${id}-into`} value={into} onChange={(event) => setInto(event.currentTarget.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <button type="button" disabled={!target} onClick={() => target && onCorrect({ kind: 'merge', actor: refOf(actor), into: refOf(target) })}>
              {t('merge')}
            </button>
          </span>
        </>
      ) : null}
      <label class="ws-fix-field" for={`${id}-role`}>
        {t('role_label')}
      </label>
      <span class="ws-fix-row">
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(ROLE_ORDER.find((one) => one === event.currentTarget.value) ?? role)}>
          {ROLE_ORDER.map((one) => (
            <option key={one} value={one}>
              {ROLE_LABELS[one].chip}
            </option>
          ))}
        </select>
        <button type="button" disabled={role === actorRole(actor)} onClick={() => onCorrect({ kind: 'role', actor: refOf(actor), role })}>
          {t('set_role')}
        </button>
      </span>
      <span class="ws-fix-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </span>
    </form>
  );
}

export interface CorrectionsListProps {
  lines: CorrectionLine[];
  notice?: string;
  onUndo(index: number): void;
  /** A correction was just made from a form: once the list is this long, its last Undo takes focus. */
  focusLastAt: number | null;
  onFocused(): void;
  /** The last correction was undone: focus has nowhere left in the list. */
  onEmptied(): void;
}

/**
 * "Your corrections": each in words, with Undo; what storage had to say about them. Stays mounted while it shows
 * nothing, so focus can follow the list as it grows and shrinks.
 */
export function CorrectionsList({ lines, notice, onUndo, focusLastAt, onFocused, onEmptied }: CorrectionsListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  /** After an Undo: the index whose Undo takes focus once the list shows the change. */
  const [undone, setUndone] = useState<{ index: number; length: number } | null>(null);
  const undoButtons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  useLayoutEffect(() => {
    if (focusLastAt === null || lines.length < focusLastAt) return;
    onFocused();
    undoButtons().at(-1)?.focus();
  }, [lines, focusLastAt]);
  useLayoutEffect(() => {
    if (undone === null || lines.length >= undone.length) return;
    setUndone(null);
    const buttons = undoButtons();
    // focus stays in the list: on the Undo that took this one's place, else the one before
    const next = buttons[Math.min(undone.index, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [lines, undone]);
  if (lines.length === 0 && !notice) return null;
  const undo = (index: number) => {
    setUndone({ index, length: lines.length });
    onUndo(index);
  };
  return (
    <section class="ws-corrections" aria-labelledby="ws-corrections-title">
      <h3 id="ws-corrections-title" class="ws-section-title">
        {t('corrections_title')}
      </h3>
      {notice ? (
        <p class="ws-notice" role="alert">
          {notice}
        </p>
      ) : null}
      {lines.length > 0 ? (
        <>
          <p class="ws-fix-note">{t('corrections_note')}</p>
          <ul ref={listRef}>
            {lines.map((line, index) => (
              <li key={`${index}:${line.text}`} class={line.applied ? 'ws-fix-line' : 'ws-fix-line ws-fix-skipped'}>
                <span>
                  {line.text}
                  {line.applied ? null : <em> {t('no_longer_applies')}</em>}
                </span>
                <button type="button" aria-label={t('undo_label', { text: line.text })} onClick={() => undo(index)}>
                  {t('undo')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
