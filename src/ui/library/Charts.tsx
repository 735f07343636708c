/**
 * The library's charts: the voice mix per site (each site's voices as one bar of shares) and per week (columns
 * as tall as the week's voices), by named/unnamed or by source role. SVG built from Preact elements, no chart
 * library; each chart has a text summary for screen readers and its numbers as a table on request.
 */
import { useState } from 'preact/hooks';
import type { SourceRole } from '../../engine/index.js';
import type { MixRow } from './chart-data.js';
import { rolesIn } from './chart-data.js';
import { roleLabel } from './format.js';
import { isolated, ROLE_ORDER } from '../../shared/presentation.js';
import { formatDate, formatNumber, t, tn } from '../../shared/i18n.js';

interface Series {
  key: string;
  label: string;
  color: string;
  value(row: MixRow): number;
}

/** Okabe–Ito hues (colour-blind safe) first, two of Paul Tol's after; grey for "no speaker given". */
const GREY = '#8C8C8C';

/** One fixed colour per source role, so a role keeps its colour in every chart. */
const ROLE_COLORS: Record<SourceRole, string> = {
  official: '#0072B2',
  politician: '#E69F00',
  justice: '#332288',
  expert: '#009E73',
  business: '#56B4E9',
  advocacy: '#CC79A7',
  media: '#D55E00',
  citizen: '#F0E442',
  document: '#882255',
  unnamed: '#7F5FA8',
  unknown: GREY,
};

/** The named/unnamed series, worded when drawn (the messages are the interface language's). */
function mixSeries(): Series[] {
  return [
    { key: 'named', label: t('chart_named'), color: '#0072B2', value: (row) => row.named },
    { key: 'unnamed', label: t('chart_unnamed'), color: '#E69F00', value: (row) => row.unnamed },
    { key: 'unattributed', label: t('chart_no_speaker'), color: GREY, value: (row) => row.unattributed },
  ];
}

function roleSeries(rows: readonly MixRow[]): Series[] {
  const present = rolesIn(rows);
  // the engine's order (the rows hold no other role)
  return ROLE_ORDER.filter((role) => present.includes(role)).map((role) => ({
    key: role,
    label: roleLabel(role, 'many'),
    color: ROLE_COLORS[role],
    value: (row: MixRow) => row.roles.get(role) ?? 0,
  }));
}

const total = (row: MixRow, series: readonly Series[]): number => series.reduce((sum, one) => sum + one.value(row), 0);

function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul class="legend">
      {series.map((one) => (
        <li key={one.key}>
          <span class="swatch" style={{ background: one.color }} aria-hidden="true" />
          {one.label}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ caption, rows, series, firstColumn }: { caption: string; rows: readonly MixRow[]; series: readonly Series[]; firstColumn: string }) {
  return (
    <details class="chart-table">
      <summary>{t('chart_numbers')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">{t('chart_articles')}</th>
            {series.map((one) => <th scope="col" key={one.key}>{one.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row"><bdi>{row.label}</bdi></th>
              <td>{formatNumber(row.articles)}</td>
              {series.map((one) => <td key={one.key}>{formatNumber(one.value(row))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const BAR = { label: 220, width: 360, count: 90, row: 26, gap: 8 } as const;

/** One bar per site, split into shares of its voices: comparable at a glance whatever the site's size. */
function SiteBars({ rows, series, title }: { rows: readonly MixRow[]; series: readonly Series[]; title: string }) {
  const height = rows.length * (BAR.row + BAR.gap);
  const width = BAR.label + BAR.width + BAR.count;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      {rows.map((row, index) => {
        const y = index * (BAR.row + BAR.gap);
        const sum = total(row, series);
        let x = BAR.label;
        return (
          <g key={row.label}>
            <text x={BAR.label - 8} y={y + BAR.row / 2} text-anchor="end" dominant-baseline="middle" class="chart-label">
              {isolated(row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label)}
            </text>
            {series.map((one) => {
              const share = sum === 0 ? 0 : one.value(row) / sum;
              const rect = (
                <rect key={one.key} x={x} y={y} width={share * BAR.width} height={BAR.row} fill={one.color}>
                  <title>{t('chart_site_bar', { site: isolated(row.label), series: one.label, count: one.value(row), percent: Math.round(share * 100) })}</title>
                </rect>
              );
              x += share * BAR.width;
              return rect;
            })}
            <text x={BAR.label + BAR.width + 8} y={y + BAR.row / 2} dominant-baseline="middle" class="chart-note">
              {tn('articles_count', row.articles)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const COLUMN = { width: 26, gap: 10, height: 160, axis: 34, pad: 24 } as const;

/** One column per week, as tall as the week's voices, stacked by series. */
function WeekColumns({ rows, series, title }: { rows: readonly MixRow[]; series: readonly Series[]; title: string }) {
  const most = Math.max(1, ...rows.map((row) => total(row, series)));
  const width = COLUMN.pad * 2 + rows.length * (COLUMN.width + COLUMN.gap);
  const height = COLUMN.height + COLUMN.axis;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      <line x1={0} x2={width} y1={COLUMN.height + 0.5} y2={COLUMN.height + 0.5} class="chart-axis" />
      {rows.map((row, index) => {
        const x = COLUMN.pad + index * (COLUMN.width + COLUMN.gap);
        let top = COLUMN.height;
        const date = new Date(`${row.label}T00:00:00Z`);
        const label = formatDate(date, { day: 'numeric', month: 'short', timeZone: 'UTC' });
        return (
          <g key={row.label}>
            {series.map((one) => {
              const size = (one.value(row) / most) * COLUMN.height;
              top -= size;
              return (
                <rect key={one.key} x={x} y={top} width={COLUMN.width} height={size} fill={one.color}>
                  <title>{t('chart_week_bar', { week: label, series: one.label, count: one.value(row) })}</title>
                </rect>
              );
            })}
            {index % 2 === 0 ? (
              <text x={x + COLUMN.width / 2} y={COLUMN.height + 16} text-anchor="middle" class="chart-note">
                {label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

type Split = 'mix' | 'roles';

function summary(rows: readonly MixRow[], series: readonly Series[]): string {
  const sums = series.map((one) => ({ label: one.label, value: rows.reduce((sum, row) => sum + one.value(row), 0) }));
  const all = sums.reduce((sum, one) => sum + one.value, 0);
  return sums
    .filter((one) => one.value > 0)
    .map((one) => t('chart_summary_part', { series: one.label, percent: Math.round((one.value / Math.max(1, all)) * 100) }))
    .join(', ');
}

export function VoiceCharts({ bySite, byWeek }: { bySite: readonly MixRow[]; byWeek: readonly MixRow[] }) {
  const hasRoles = rolesIn(bySite).length > 0;
  const [split, setSplit] = useState<Split>('mix');
  const current: Split = hasRoles ? split : 'mix';
  const siteSeries = current === 'mix' ? mixSeries() : roleSeries(bySite);
  const weekSeries = current === 'mix' ? mixSeries() : roleSeries(byWeek);
  const what = current === 'mix' ? t('chart_what_mix') : t('chart_what_roles');
  return (
    <section aria-labelledby="charts-title" class="charts">
      <h2 id="charts-title">{t('chart_title')}</h2>
      {hasRoles ? (
        <fieldset class="split">
          <legend>{t('kinds_show')}</legend>
          <label>
            <input type="radio" name="split" value="mix" checked={current === 'mix'} onChange={() => setSplit('mix')} /> {t('chart_split_mix')}
          </label>
          <label>
            <input type="radio" name="split" value="roles" checked={current === 'roles'} onChange={() => setSplit('roles')} /> {t('chart_split_roles')}
          </label>
        </fieldset>
      ) : null}
      <figure class="chart-figure" data-chart="site">
        <figcaption>{t('chart_site_caption', { what })}</figcaption>
        <Legend series={siteSeries} />
        <div class="chart-scroll" tabIndex={0} role="group" aria-label={t('chart_site_scroll')}>
          <SiteBars rows={bySite} series={siteSeries} title={t('chart_site_title', { what, overall: summary(bySite, siteSeries) })} />
        </div>
        <DataTable caption={t('chart_site_table', { what })} rows={bySite} series={siteSeries} firstColumn={t('options_site_label')} />
      </figure>
      <figure class="chart-figure" data-chart="week">
        <figcaption>{t('chart_week_caption', { what })}</figcaption>
        <Legend series={weekSeries} />
        <div class="chart-scroll" tabIndex={0} role="group" aria-label={t('chart_week_scroll')}>
          <WeekColumns rows={byWeek} series={weekSeries} title={tn('chart_week_title', byWeek.length, { what, overall: summary(byWeek, weekSeries) })} />
        </div>
        <DataTable caption={t('chart_week_table', { what })} rows={byWeek} series={weekSeries} firstColumn={t('chart_week_of')} />
      </figure>
    </section>
  );
}
