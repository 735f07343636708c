/**
 * The sidebar: header with close, a message for each non-ready state, and when ready the kind chips (statements,
 * findings, what people think or plan), the voices summary (of statements), a search box, the actors and their
 * claims, and export. It renders the model it is given and reports the reader's requests
 * through SidebarActions; filters and search are its own local state. Page text is rendered as text nodes only.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { SidebarActions, SidebarModel } from '../sidebar-api.js';
import { exportFileName, formatCitation } from '../export/formats.js';
import { deliveredExportFormats } from '../export/export-store.js';
import { downloadText, type ExportFormat } from '../export/download.js';
import type { ClaimKind } from '../../engine/index.js';
import { actorName, DEFAULT_SHOWN_KINDS, EMPTY_STATES } from '../../shared/presentation.js';
import { KindFilter } from './KindFilter.js';
import { ActorList } from './ActorList.js';
import { CorrectionsList, type Correcting } from './Corrections.js';
import { copyText } from './clipboard.js';
import { VoicesSummary } from './VoicesSummary.js';
import { t, tn, uiLanguage } from '../../shared/i18n.js';
import { SpaceSection } from './SpaceBar.js';
import { useSpaceGiven } from './use-space.js';
import {
  describeFilter,
  groupActors,
  isStatement,
  kindCounts,
  matchesFilter,
  matchesWords,
  searchText,
  searchWords,
  sourcesBy,
  summarize,
  toClaimViews,
  type ActorGroup,
  type ActorSort,
  type ClaimFilter,
  type ClaimView,
} from './view-model.js';

export interface SidebarProps {
  model: SidebarModel;
  actions: SidebarActions;
}

export function Sidebar({ model, actions }: SidebarProps) {
  const panelRef = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<ClaimFilter>({ type: 'all' });
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ActorSort>('claims');
  const [status, setStatus] = useState('');
  const [returnPoint, setReturnPoint] = useState<{ x: number; y: number; focus: Element | null } | null>(null);
  const analysis = model.state === 'ready' ? model.analysis : null;
  /** After a correction from a form: the list length at which its Undo takes focus. */
  const [focusUndoAt, setFocusUndoAt] = useState<number | null>(null);
  const corrections = model.corrections ?? [];
  const correcting: Correcting | undefined = useMemo(() => {
    const correct = actions.correct;
    if (!analysis || !correct) return undefined;
    return {
      actors: analysis.actors.filter((actor) => actor.kind !== 'unknown'),
      onCorrect: (correction) => {
        correct(correction);
        setFocusUndoAt(corrections.length + 1);
        setStatus(t('status_corrected'));
      },
    };
  }, [analysis, actions, corrections.length]);

  const allViews = useMemo(() => (analysis ? toClaimViews(analysis) : []), [analysis]);
  // the kind chips: the page's choice when it follows them (its highlights show the same kinds), else the list's own
  const [ownKinds, setOwnKinds] = useState<readonly ClaimKind[]>(model.shownKinds ?? DEFAULT_SHOWN_KINDS);
  const shownKinds = actions.showKinds ? (model.shownKinds ?? DEFAULT_SHOWN_KINDS) : ownKinds;
  const showKinds = (kinds: ClaimKind[]) => {
    if (actions.showKinds) actions.showKinds(kinds);
    else setOwnKinds(kinds);
  };
  const counts = useMemo(() => kindCounts(allViews), [allViews]);
  const shownKey = shownKinds.join(' ');
  const views = useMemo(
    () => (shownKinds.length === 3 ? allViews : allViews.filter((view) => shownKinds.includes(view.claim.kind))),
    [allViews, shownKey],
  );
  // the voices are those who make statements: findings and thoughts are not counted among them
  const summary = useMemo(() => summarize(allViews.filter(isStatement)), [allViews]);
  const space = useSpaceGiven(analysis);
  // until a long page's space is counted, its sources keep the order by claims
  const sortBy: ActorSort = space === null ? 'claims' : sort;
  const sources = useMemo(() => (analysis && space ? sourcesBy(analysis, sortBy, space) : []), [analysis, space, sortBy]);
  const spaceByActor = useMemo(() => new Map(space?.actors.map((entry) => [entry.actorId, entry])), [space]);
  // Each claim's search text is folded once per analysis, on the first search, not on every keystroke.
  const searchTexts = useRef<{ views: ClaimView[]; texts: string[] } | null>(null);
  const searchTextsOf = (of: ClaimView[]): string[] => {
    if (searchTexts.current?.views !== of) searchTexts.current = { views: of, texts: of.map(searchText) };
    return searchTexts.current.texts;
  };
  // Memoised: with thousands of claims, filtering and grouping on every status message adds up.
  const visible = useMemo(() => {
    const words = searchWords(query);
    const actorId = model.selectedActorId;
    if (filter.type === 'all' && words.length === 0 && actorId === null) return views;
    const texts = words.length > 0 ? searchTextsOf(views) : null;
    return views.filter(
      (view, index) =>
        matchesFilter(view, filter) &&
        (texts === null || matchesWords(texts[index] ?? '', words)) &&
        (actorId === null || view.actor?.id === actorId),
    );
  }, [views, filter, query, model.selectedActorId]);
  const groups: ActorGroup[] = useMemo(
    () => (analysis ? groupActors(analysis, visible, sortBy, space ?? undefined) : []),
    [analysis, visible, sortBy, space],
  );
  const selectedActor = analysis?.actors.find((actor) => actor.id === model.selectedActorId) ?? null;
  const filtered = filter.type !== 'all' || query.trim() !== '' || selectedActor !== null;

  const container = () => panelRef.current;

  const jump = (view: ClaimView) => {
    const root = panelRef.current?.getRootNode();
    const focus = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
    setReturnPoint({ x: window.scrollX, y: window.scrollY, focus });
    actions.jumpToClaim(view.claim.id);
  };
  const back = () => {
    if (actions.jumpBack) actions.jumpBack();
    else if (returnPoint) window.scrollTo({ left: returnPoint.x, top: returnPoint.y, behavior: 'instant' });
    // The Back button goes away: focus returns to the claim the reader jumped from (or the panel).
    const target = returnPoint?.focus;
    if (target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
    else panelRef.current?.focus({ preventScroll: true });
    setReturnPoint(null);
    setStatus(t('status_back'));
  };
  const copy = async (view: ClaimView) => {
    const panel = container();
    if (!panel) return;
    const copied = await copyText(panel, formatCitation(view, model.page));
    setStatus(copied ? t('status_copied') : t('status_copy_refused'));
  };
  // the formats come with the first export, not with the click (ui/export/export-store.ts)
  const exportAs = async (format: ExportFormat) => {
    const formats = deliveredExportFormats() ?? ((await actions.loadExports?.()) === true ? deliveredExportFormats() : null);
    const panel = container();
    if (!panel || !analysis) return;
    if (!formats) {
      setStatus(t('status_export_refused'));
      return;
    }
    const text =
      format === 'md'
        ? formats.toMarkdown(analysis, model.page, corrections)
        : format === 'csv'
          ? formats.toCsv(analysis, model.page)
          : formats.toJson(analysis, model.page, corrections);
    downloadText(panel, exportFileName(model.page, format), format, text);
    setStatus(t('status_exported', { format: format === 'md' ? 'Markdown' : format.toUpperCase() }));
  };
  const clearFilters = () => {
    setFilter({ type: 'all' });
    setQuery('');
    if (model.selectedActorId !== null) actions.selectActor(null);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') {
      // Escape in a search box with text clears it first, as search boxes do; the next Escape closes.
      event.preventDefault();
      setQuery('');
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    actions.close();
  };

  const side = model.layout?.side ?? 'right';
  const panelStyle = model.layout ? { '--ws-width': `${model.layout.width}px` } : undefined;

  return (
    <aside
      ref={panelRef}
      class={`ws-panel ws-${side}${model.theme === 'dark' ? ' ws-dark' : model.theme === 'light' ? ' ws-light' : ''}`}
      style={panelStyle}
      aria-labelledby="ws-title"
      lang={uiLanguage()}
      data-state={model.state}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header class="ws-header">
        <h2 id="ws-title" class="ws-title">
          WhoSaid
        </h2>
        {returnPoint ? (
          <button type="button" class="ws-back" onClick={back}>
            ↩ {t('back')}
          </button>
        ) : null}
        <button type="button" class="ws-close" aria-label={t('close_label')} title={t('close_title')} onClick={() => actions.close()}>
          ×
        </button>
      </header>
      <div class="ws-body">
        {model.state === 'analyzing' ? (
          <p class="ws-message" role="status">
            <span class="ws-spinner" aria-hidden="true" />
            {EMPTY_STATES.analysing}
          </p>
        ) : null}
        {model.state === 'empty' ? (
          <p class="ws-message" role="status">
            {model.message || EMPTY_STATES.noClaims}
          </p>
        ) : null}
        {model.state === 'error' ? (
          <p class="ws-message" role="alert">
            {model.message || EMPTY_STATES.error}
          </p>
        ) : null}
        {model.state === 'ready' && !analysis ? (
          <p class="ws-message" role="status">
            {EMPTY_STATES.noClaims}
          </p>
        ) : null}
        {analysis ? (
          <>
            <KindFilter counts={counts} shown={shownKinds} onChange={showKinds} />
            <VoicesSummary summary={summary} filter={filter} onFilter={setFilter} />
            {space && space.actors.length > 0 ? (
              <SpaceSection space={space} sources={sources} actorColors={model.actorColors} sort={sort} onSort={setSort} />
            ) : null}
            <label class="ws-search">
              <span>{t('search_label')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('search_placeholder')}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </label>
            <p class="ws-filter-note" aria-live="polite">
              <span>
                {filtered
                  ? filterNote(tn('filter_showing', views.length, { shown: visible.length }), {
                      what: filter.type !== 'all' ? describeFilter(filter, summary) : '',
                      by: selectedActor ? actorName(selectedActor) : '',
                      query: query.trim(),
                    })
                  : allViews.length > views.length
                    ? tn('claims_other_kinds_hidden', allViews.length - views.length, { text: tn('claims_count', views.length) })
                    : tn('claims_count', views.length)}
              </span>
              {filtered ? (
                <button type="button" onClick={clearFilters}>
                  {t('show_all')}
                </button>
              ) : null}
            </p>
            {groups.length > 0 ? (
              <ActorList
                groups={groups}
                space={spaceByActor}
                resetKey={`${JSON.stringify(filter)}\n${query.trim()}\n${sortBy}\n${shownKey}`}
                actorColors={model.actorColors}
                selectedActorId={model.selectedActorId}
                onSelectActor={(actorId) => actions.selectActor(model.selectedActorId === actorId ? null : actorId)}
                onJump={jump}
                onCopy={(view) => void copy(view)}
                onPreview={actions.previewClaim ? (claimId) => actions.previewClaim?.(claimId) : undefined}
                correcting={correcting}
              />
            ) : (
              <p class="ws-empty-filter">{EMPTY_STATES.noMatch}</p>
            )}
            <CorrectionsList
              lines={corrections}
              notice={model.notice}
              focusLastAt={focusUndoAt}
              onFocused={() => setFocusUndoAt(null)}
              onUndo={(index) => {
                actions.undoCorrection?.(index);
                setStatus(t('status_undone'));
              }}
              onEmptied={() => panelRef.current?.focus({ preventScroll: true })}
            />
            <section aria-labelledby="ws-export-title">
              <h3 id="ws-export-title" class="ws-section-title">
                {t('export_title')}
              </h3>
              <div class="ws-export">
                <button type="button" onClick={() => void exportAs('md')}>
                  Markdown
                </button>
                <button type="button" onClick={() => void exportAs('csv')}>
                  CSV
                </button>
                <button type="button" onClick={() => void exportAs('json')}>
                  JSON
                </button>
              </div>
            </section>
            {actions.openLibrary ? (
              <section aria-labelledby="ws-library-title">
                <h3 id="ws-library-title" class="ws-section-title">
                  {t('library_title')}
                </h3>
                <div class="ws-export">
                  <button type="button" onClick={() => actions.openLibrary?.()}>
                    {t('open_library')}
                  </button>
                </div>
              </section>
            ) : null}
          </>
        ) : null}
        <p class="ws-visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </aside>
  );
}

/** "Showing 3 of 12 claims: claims from named sources by Ella Pam matching “tax”", each part only when it applies. */
function filterNote(showing: string, parts: { what: string; by: string; query: string }): string {
  let text = showing;
  if (parts.what !== '') text = t('filter_with_what', { text, what: parts.what });
  if (parts.by !== '') text = t('filter_with_by', { text, name: parts.by });
  if (parts.query !== '') text = t('filter_with_query', { text, query: parts.query });
  return text;
}
