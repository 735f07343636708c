/**
 * The "voices" summary at the top of the sidebar, over the statements (findings and thoughts are not voices
 * speaking): how many sources speak, named versus unnamed, quoted versus paraphrased, and which cues distance the writer from a claim. Every figure is a toggle button that filters the
 * claim list to exactly the claims it counts.
 */
import { useState } from 'preact/hooks';
import type { Stance } from '../../engine/index.js';
import type { ComponentChildren } from 'preact';
import { roleCount, ROLE_ORDER, STANCE_ORDER } from '../../shared/presentation.js';
import { formatNumber, quoted, t, tn } from '../../shared/i18n.js';
import { strongNumber } from './strong-number.js';
import { percent, sameFilter, type ClaimFilter, type VoicesSummary as Summary } from './view-model.js';

export interface VoicesSummaryProps {
  summary: Summary;
  filter: ClaimFilter;
  onFilter(filter: ClaimFilter): void;
}

/** Cue chips shown per stance before a "more" button; a long tail of one-off cues would bury the list. */
export const CUES_SHOWN = 4;

export function VoicesSummary({ summary, filter, onFilter }: VoicesSummaryProps) {
  const [expanded, setExpanded] = useState<Stance[]>([]);
  const toggle = (next: ClaimFilter) => onFilter(sameFilter(filter, next) ? { type: 'all' } : next);
  const pressed = (candidate: ClaimFilter) => sameFilter(filter, candidate);
  const total = summary.totalClaims;
  const figure = (candidate: ClaimFilter, label: ComponentChildren, detail: string) => (
    <button
      type="button"
      class="ws-figure"
      aria-pressed={pressed(candidate)}
      data-filter={filterKey(candidate)}
      onClick={() => toggle(candidate)}
    >
      {label} <span class="ws-count">{detail}</span>
    </button>
  );
  return (
    <section class="ws-voices" aria-labelledby="ws-voices-title">
      <h3 id="ws-voices-title" class="ws-section-title">
        {t('voices_title')}
      </h3>
      <ul class="ws-figures">
        <li class="ws-figure-row">
          {figure({ type: 'all' }, strongNumber(tn('sources_count', summary.distinctActors), summary.distinctActors), tn('statements_count', total))}
        </li>
        <li>
          <div class="ws-pair">
            {figure({ type: 'named' }, share('share_named', summary.named, total), t('count_in_brackets', { count: summary.named }))}
            {figure(
              { type: 'unnamed' },
              share('share_unnamed', summary.unnamed, total),
              summary.unknown > 0
                ? t('unnamed_detail_no_speaker', { unnamed: summary.unnamed, unknown: summary.unknown })
                : t('count_in_brackets', { count: summary.unnamed }),
            )}
          </div>
          <Bar part={summary.named} whole={total} />
        </li>
        <li>
          <div class="ws-pair">
            {figure({ type: 'direct' }, share('share_direct', summary.direct, total), t('count_in_brackets', { count: summary.direct }))}
            {figure(
              { type: 'paraphrased' },
              share('share_paraphrased', summary.paraphrased, total),
              summary.mixed > 0
                ? t('paraphrased_detail_mixed', { paraphrased: summary.paraphrased, mixed: summary.mixed })
                : t('count_in_brackets', { count: summary.paraphrased }),
            )}
          </div>
          <Bar part={summary.direct} whole={total} />
        </li>
        <li class="ws-figure-row ws-roles">
          <span class="ws-cue-label">{t('roles_label')}</span>
          {ROLE_ORDER.filter((role) => summary.roles[role] > 0).map((role) => {
            const count = summary.roles[role];
            return (
              <button
                type="button"
                key={role}
                class="ws-chip ws-role-figure"
                aria-pressed={pressed({ type: 'role', role })}
                data-filter={filterKey({ type: 'role', role })}
                onClick={() => toggle({ type: 'role', role })}
              >
                {strongNumber(roleCount(role, count), count)}
              </button>
            );
          })}
          {/* the voices an article leaves out say as much as those it quotes: no affected person is a finding */}
          {summary.roles.citizen === 0 && summary.distinctActors > 0 ? (
            <span class="ws-role-none">
              {strongNumber(roleCount('citizen', 0), 0)}
            </span>
          ) : null}
        </li>
        {STANCE_ORDER.filter((stance) => summary.cues[stance].length > 0).map((stance) => (
          <li class="ws-figure-row" key={stance}>
            <button
              type="button"
              class={`ws-chip ws-chip-${stance}`}
              aria-pressed={pressed({ type: 'stance', stance })}
              data-filter={filterKey({ type: 'stance', stance })}
              onClick={() => toggle({ type: 'stance', stance })}
            >
              {strongNumber(t(`stance_${stance}_cues`, { count: summary.byStance[stance] }), summary.byStance[stance])}
            </button>
            {summary.cues[stance]
              .filter((cue, index) => index < CUES_SHOWN || expanded.includes(stance) || pressed({ type: 'cue', lemma: cue.lemma }))
              .map((cue) => (
                <button
                  type="button"
                  key={cue.lemma}
                  class={`ws-chip ws-chip-${stance}`}
                  aria-pressed={pressed({ type: 'cue', lemma: cue.lemma })}
                  data-filter={filterKey({ type: 'cue', lemma: cue.lemma })}
                  aria-label={t('cue_chip_label', { cue: quoted(cue.label), claims: tn('claims_count', cue.count) })}
                  onClick={() => toggle({ type: 'cue', lemma: cue.lemma })}
                >
                  {cue.label} ×{formatNumber(cue.count)}
                </button>
              ))}
            {summary.cues[stance].length > CUES_SHOWN ? (
              <button
                type="button"
                class="ws-more"
                aria-expanded={expanded.includes(stance)}
                onClick={() =>
                  setExpanded((list) => (list.includes(stance) ? list.filter((s) => s !== stance) : [...list, stance]))
                }
              >
                {expanded.includes(stance) ? t('fewer') : t('more_count', { count: summary.cues[stance].length - CUES_SHOWN })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Bar({ part, whole }: { part: number; whole: number }) {
  return (
    <div class="ws-bar" aria-hidden="true">
      <div class="ws-bar-part" style={{ width: `${percent(part, whole)}%` }} />
    </div>
  );
}

/** A stable name for a filter, for tests and scripts: "named", "stance:distancing", "cue:claim", "role:expert". */
export function filterKey(filter: ClaimFilter): string {
  if (filter.type === 'stance') return `stance:${filter.stance}`;
  if (filter.type === 'cue') return `cue:${filter.lemma}`;
  if (filter.type === 'role') return `role:${filter.role}`;
  return filter.type;
}

/** "42% named": the share in bold, worded by the interface language. */
function share(key: 'share_named' | 'share_unnamed' | 'share_direct' | 'share_paraphrased', part: number, whole: number) {
  const value = percent(part, whole);
  return strongNumber(t(key, { percent: value }), value);
}
