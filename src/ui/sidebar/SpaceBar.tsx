/**
 * Space given, drawn: a source's small bar (quoted words solid, paraphrased words hatched, in the source's colour,
 * to scale with the other sources' bars), the article's bar in the voices summary, and the control that sorts the
 * sources by order, claims or space. Bars are decoration: each stands beside real text a screen reader reads
 * ("142 words, 31% of reported speech: …").
 */
import { describeActorSpace, formatCount, percentText, type ActorSpace, type SpaceGiven } from '../../shared/space.js';
import type { ActorSort } from './view-model.js';

/** The id of a source's space text, for its button's aria-describedby. */
export function spaceTextId(actorId: string): string {
  return `ws-space-${actorId}`;
}

/** A width as a percentage of `whole`, to one decimal; 0 when there is no whole. */
function widthOf(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10}%`;
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
        <span class="ws-space-quoted" style={{ width: widthOf(space.quoted, maxWords) }} />
        <span class="ws-space-paraphrased" style={{ width: widthOf(space.paraphrased, maxWords) }} />
      </span>
      <span class="ws-space-figure" aria-hidden="true">
        {formatCount(space.words)} {space.words === 1 ? 'word' : 'words'} · {percentText(space.share)}
      </span>
      <span class="ws-visually-hidden">{describeActorSpace(space)}</span>
    </p>
  );
}

/** The article's share of reported speech, with its quoted and paraphrased parts and a key to every space bar. */
export function ArticleSpace({ space }: { space: SpaceGiven }) {
  // the parts are drawn over the words the claims cover; where contents overlap they are scaled down to fit
  const scale = space.reportedWords === 0 ? 0 : space.coveredWords / space.reportedWords;
  return (
    <div class="ws-article-space" data-share={percentText(space.articleShare)}>
      <p>
        <strong>{percentText(space.articleShare)}</strong> reported speech{' '}
        <span class="ws-count">
          ({formatCount(space.coveredWords)} of {formatCount(space.articleWords)} words)
        </span>
      </p>
      <span class="ws-space-bar ws-space-wide" aria-hidden="true" style={{ '--ws-actor': 'var(--ws-accent)' }}>
        <span class="ws-space-quoted" style={{ width: widthOf(space.quoted * scale, space.articleWords) }} />
        <span class="ws-space-paraphrased" style={{ width: widthOf(space.paraphrased * scale, space.articleWords) }} />
      </span>
      <p class="ws-space-key">
        <span class="ws-key ws-key-quoted" aria-hidden="true" /> {formatCount(space.quoted)} quoted{' '}
        <span class="ws-key ws-key-paraphrased" aria-hidden="true" /> {formatCount(space.paraphrased)} paraphrased
      </p>
    </div>
  );
}

const SORTS: Array<{ sort: ActorSort; label: string; title: string }> = [
  { sort: 'order', label: 'Order', title: 'In the order they first speak' },
  { sort: 'claims', label: 'Claims', title: 'Most claims first' },
  { sort: 'space', label: 'Space', title: 'Most words reported first' },
];

export function SortControl({ sort, onSort }: { sort: ActorSort; onSort(sort: ActorSort): void }) {
  return (
    <div class="ws-sort" role="group" aria-labelledby="ws-sort-label">
      <span id="ws-sort-label">Sort sources by</span>
      {SORTS.map((entry) => (
        <button
          type="button"
          key={entry.sort}
          data-sort={entry.sort}
          aria-pressed={sort === entry.sort}
          title={entry.title}
          onClick={() => onSort(entry.sort)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
