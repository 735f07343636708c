/**
 * Space given, drawn: the "Space given" section (the article's share of reported speech, the control that sorts the
 * sources by order, claims or space, and a chart of one bar per source to take in at a glance), and the same bar
 * under each source in the list. Quoted words are solid, paraphrased words hatched, in the source's colour, to
 * scale with the biggest voice. Bars are decoration: each stands beside real text a screen reader reads
 * ("142 words, 31% of reported speech: …").
 */
import { useState } from 'preact/hooks';
import type { Actor } from '../../engine/index.js';
import { describeActorSpace, formatCount, percentText, type ActorSpace, type SpaceGiven } from '../../shared/space.js';
import { t, tn } from '../../shared/i18n.js';
import { actorName } from '../../shared/presentation.js';
import { strongText } from './strong-number.js';
import type { ActorSort } from './view-model.js';

/** The id of a source's space text, for its button's aria-describedby. */
export function spaceTextId(actorId: string): string {
  return `ws-space-${actorId}`;
}

/** A width as a percentage of `whole`, to one decimal; 0 when there is no whole. */
function widthOf(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10}%`;
}

/** The two parts of a bar, to scale with `maxWords`. */
function BarParts({ space, maxWords }: { space: ActorSpace; maxWords: number }) {
  return (
    <>
      <span class="ws-space-quoted" style={{ width: widthOf(space.quoted, maxWords) }} />
      <span class="ws-space-paraphrased" style={{ width: widthOf(space.paraphrased, maxWords) }} />
    </>
  );
}

/** "32 words · 21%": what the eye reads beside a bar (the ear gets describeActorSpace instead). */
function shortFigure(space: ActorSpace): string {
  return t('space_short_figure', { words: tn('words_count', space.words), share: percentText(space.share) });
}

export interface ActorSpaceBarProps {
  space: ActorSpace;
  /** The most words any source has: the full length of the bar, so the bars compare at a glance. */
  maxWords: number;
  color: string;
}

export function ActorSpaceBar({ space, maxWords, color }: ActorSpaceBarProps) {
  return (
    <p class="ws-space" id={spaceTextId(space.actorId)} data-words={space.words}>
      <span class="ws-space-bar" aria-hidden="true" style={{ '--ws-actor': color }}>
        <BarParts space={space} maxWords={maxWords} />
      </span>
      <span class="ws-space-figure" aria-hidden="true">
        {shortFigure(space)}
      </span>
      <span class="ws-visually-hidden">{describeActorSpace(space)}</span>
    </p>
  );
}

/** The article's share of reported speech, with its quoted and paraphrased parts and a key to every space bar. */
function ArticleSpace({ space }: { space: SpaceGiven }) {
  // the parts are drawn over the words the claims cover; where contents overlap they are scaled down to fit
  const scale = space.reportedWords === 0 ? 0 : space.coveredWords / space.reportedWords;
  return (
    <div class="ws-article-space" data-share={percentText(space.articleShare)}>
      <p>
        {strongText(t('space_article_share', { share: percentText(space.articleShare) }), percentText(space.articleShare))}{' '}
        <span class="ws-count">
          {tn('space_article_words', space.articleWords, { covered: space.coveredWords })}
        </span>
      </p>
      <span class="ws-space-bar ws-space-wide" aria-hidden="true" style={{ '--ws-actor': 'var(--ws-accent)' }}>
        <span class="ws-space-quoted" style={{ width: widthOf(space.quoted * scale, space.articleWords) }} />
        <span class="ws-space-paraphrased" style={{ width: widthOf(space.paraphrased * scale, space.articleWords) }} />
      </span>
      <p class="ws-space-key">
        <span class="ws-key ws-key-quoted" aria-hidden="true" /> {t('space_key_quoted', { count: space.quoted })}{' '}
        <span class="ws-key ws-key-paraphrased" aria-hidden="true" /> {t('space_key_paraphrased', { count: space.paraphrased })}
      </p>
    </div>
  );
}

const SORTS: readonly ActorSort[] = ['order', 'claims', 'space'];

function SortControl({ sort, onSort }: { sort: ActorSort; onSort(sort: ActorSort): void }) {
  return (
    <div class="ws-sort" role="group" aria-labelledby="ws-sort-label">
      <span id="ws-sort-label">{t('sort_label')}</span>
      {SORTS.map((entry) => (
        <button
          type="button"
          key={entry}
          data-sort={entry}
          aria-pressed={sort === entry}
          title={t(`sort_${entry}_title`)}
          onClick={() => onSort(entry)}
        >
          {t(`sort_${entry}`)}
        </button>
      ))}
    </div>
  );
}

/** Sources charted before a "show all" button: enough for most articles, short enough to leave the list in view. */
export const CHART_ROWS = 6;

export interface SpaceSectionProps {
  space: SpaceGiven;
  /** Every source with a claim, in the chosen order. */
  sources: Actor[];
  actorColors: Record<string, string>;
  sort: ActorSort;
  onSort(sort: ActorSort): void;
}

/** The "Space given" section: the article's share, the sort (which orders the list below too) and the chart. */
export function SpaceSection({ space, sources, actorColors, sort, onSort }: SpaceSectionProps) {
  const [expanded, setExpanded] = useState(false);
  const byActor = new Map(space.actors.map((entry) => [entry.actorId, entry]));
  const maxWords = space.actors.reduce((max, entry) => Math.max(max, entry.words), 0);
  const rows = sources.flatMap((actor) => {
    const entry = byActor.get(actor.id);
    return entry ? [{ actor, space: entry }] : [];
  });
  const shown = expanded ? rows : rows.slice(0, CHART_ROWS);
  return (
    <section class="ws-space-section" aria-labelledby="ws-space-title">
      <h3 id="ws-space-title" class="ws-section-title">
        {t('space_title')}
      </h3>
      <ArticleSpace space={space} />
      <SortControl sort={sort} onSort={onSort} />
      <ol class="ws-space-chart" aria-label={t('space_chart_label')}>
        {shown.map(({ actor, space: entry }) => (
          <li key={actor.id} class="ws-chart-row" data-chart-actor={actor.id} data-words={entry.words}>
            <span class="ws-chart-name" title={actorName(actor)}>
              {actorName(actor)}
            </span>
            <span class="ws-space-bar" aria-hidden="true" style={{ '--ws-actor': actorColors[actor.id] ?? 'currentColor' }}>
              <BarParts space={entry} maxWords={maxWords} />
            </span>
            <span class="ws-space-figure" aria-hidden="true">
              {shortFigure(entry)}
            </span>
            <span class="ws-visually-hidden">: {describeActorSpace(entry)}</span>
          </li>
        ))}
      </ol>
      {rows.length > CHART_ROWS ? (
        <button type="button" class="ws-more" aria-expanded={expanded} onClick={() => setExpanded((open) => !open)}>
          {/* "all 13", not "13 sources": the chart has a row for the claims with no speaker, who is no source */}
          {expanded ? t('show_fewer') : t('show_all_count', { count: rows.length })}
        </button>
      ) : null}
    </section>
  );
}
