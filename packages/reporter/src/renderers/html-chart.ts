import { CHECK_STATUSES, type CheckStatus } from '@elan-kit/schemas';
import { html, type Markup } from '../markup.js';
import type { ReportModel } from '../model/report-model.js';

/** Status colours, shared by the charts and the stylesheet; chosen to stay distinct in greyscale print. */
export const STATUS_COLORS: Readonly<Record<CheckStatus, string>> = {
  pass: '#2e7d32',
  fail: '#c62828',
  error: '#e65100',
  skip: '#9e9e9e',
  manual: '#1565c0',
};

const LABEL_WIDTH = 260;
const BAR_WIDTH = 380;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
const CHART_WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

/** A stacked horizontal bar per checklist section, scaled to the largest section. */
export function renderSectionChart(model: ReportModel): Markup {
  const { t, fmt, sections } = model;
  const largest = Math.max(1, ...sections.map((section) => section.counts.total));
  const legendY = sections.length * ROW_HEIGHT + 14;
  const height = legendY + 22;
  const rows = sections.map((section, row) => {
    const y = row * ROW_HEIGHT + 6;
    let x = LABEL_WIDTH;
    const segments = CHECK_STATUSES.filter((status) => section.counts[status] > 0).map((status) => {
      const count = section.counts[status];
      const width = (count / largest) * BAR_WIDTH;
      const segment = html`<rect class="seg seg-${status}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${STATUS_COLORS[status]}"><title>${section.id}. ${section.title}: ${fmt.number(count)} ${t.statuses[status].toLowerCase()}</title></rect>${
        width >= 18
          ? html`<text class="seg-count" x="${(x + width / 2).toFixed(1)}" y="${y + 13}" text-anchor="middle">${fmt.number(count)}</text>`
          : ''
      }`;
      x += width;
      return segment;
    });
    const total =
      section.counts.total === 0
        ? html`<text class="bar-total muted" x="${LABEL_WIDTH + 4}" y="${y + 13}">${t.none}</text>`
        : html`<text class="bar-total" x="${(x + 6).toFixed(1)}" y="${y + 13}">${fmt.number(section.counts.total)}</text>`;
    return html`<g class="chart-row" data-section="${section.id}"><text class="bar-label" x="0" y="${y + 13}">${section.id}. ${section.title}</text><rect class="bar-track" x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#eef1f5"/>${segments}${total}</g>`;
  });
  let legendX = LABEL_WIDTH;
  const legend = CHECK_STATUSES.map((status) => {
    const label = t.statuses[status];
    const item = html`<g class="legend-item"><rect x="${legendX}" y="${legendY}" width="10" height="10" fill="${STATUS_COLORS[status]}"/><text x="${legendX + 14}" y="${legendY + 9}">${label}</text></g>`;
    legendX += 24 + label.length * 7;
    return item;
  });
  return html`<svg class="chart section-chart" role="img" aria-labelledby="section-chart-title" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="section-chart-title">${t.chartTitle}</title>${rows}${legend}</svg>`;
}

/** A donut of all checks by outcome, with the total in the middle. */
export function renderTotalsDonut(model: ReportModel): Markup {
  const { t, fmt, totals } = model;
  const radius = 44;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  const arcs = CHECK_STATUSES.filter((status) => totals[status] > 0).map((status) => {
    const length = (totals[status] / Math.max(1, totals.total)) * circumference;
    const arc = html`<circle class="arc arc-${status}" cx="60" cy="60" r="${radius}" fill="none" stroke="${STATUS_COLORS[status]}" stroke-width="16" stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 60 60)"><title>${t.statuses[status]}: ${fmt.number(totals[status])}</title></circle>`;
    offset += length;
    return arc;
  });
  return html`<svg class="chart totals-donut" role="img" aria-labelledby="totals-donut-title" viewBox="0 0 120 120" width="120" height="120" xmlns="http://www.w3.org/2000/svg"><title id="totals-donut-title">${t.chartTotalsTitle}: ${t.checksCount(totals.total)}</title><circle cx="60" cy="60" r="${radius}" fill="none" stroke="#e3e7ed" stroke-width="16"/>${arcs}<text class="donut-total" x="60" y="62" text-anchor="middle">${fmt.number(totals.total)}</text><text class="donut-caption" x="60" y="78" text-anchor="middle">${t.checks.toLowerCase()}</text></svg>`;
}
