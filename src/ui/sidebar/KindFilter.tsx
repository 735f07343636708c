/**
 * The kind chips above the sidebar's list: "Statements · Findings · What people think or plan", each a toggle
 * button with its count. What they show is shown both in the list and in the page's highlights (the controller
 * follows them); thoughts are off until the reader asks (here or in the options page).
 */
import type { ClaimKind } from '../../engine/index.js';
import { formatNumber, t } from '../../shared/i18n.js';
import { CLAIM_KIND_LABELS, CLAIM_KIND_ORDER } from '../../shared/presentation.js';

export interface KindFilterProps {
  counts: Record<ClaimKind, number>;
  shown: readonly ClaimKind[];
  onChange(kinds: ClaimKind[]): void;
}

export function KindFilter({ counts, shown, onChange }: KindFilterProps) {
  const toggle = (kind: ClaimKind) => {
    const next = shown.includes(kind) ? shown.filter((candidate) => candidate !== kind) : [...shown, kind];
    onChange(CLAIM_KIND_ORDER.filter((candidate) => next.includes(candidate)));
  };
  return (
    <div class="ws-kinds" role="group" aria-labelledby="ws-kinds-title">
      <span id="ws-kinds-title" class="ws-kinds-title">
        {t('kinds_show')}
      </span>
      {CLAIM_KIND_ORDER.map((kind) => (
        <button
          type="button"
          class={`ws-kind-chip ws-kind-${kind}`}
          aria-pressed={shown.includes(kind)}
          data-kind={kind}
          onClick={() => toggle(kind)}
        >
          <span class="ws-kind-check" aria-hidden="true">
            {shown.includes(kind) ? '✓' : ''}
          </span>
          {CLAIM_KIND_LABELS[kind].many} <span class="ws-count">{formatNumber(counts[kind])}</span>
        </button>
      ))}
    </div>
  );
}
