import type { CheckStatus, RunResult } from '@elan-kit/schemas';
import { truncateText } from '../escape.js';
import { html, type Markup, trusted } from '../markup.js';
import { buildReportModel } from '../model/build-report-model.js';
import { documentView } from '../model/contract-document.js';
import type { ReportModel } from '../model/report-model.js';
import type { Renderer, RenderOptions } from '../types.js';
import { renderSectionChart, renderTotalsDonut } from './html-chart.js';
import { checkLink, renderChecks } from './html-checks.js';
import { REPORT_CSS } from './html-styles.js';

const MAX_VALUE_CHARS = 2_000;

// No network, ever: even injected markup could not fetch anything.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

function facts(rows: ReadonlyArray<readonly [string, Markup | string | undefined]>): Markup {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return html`<dl class="facts">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

function renderHeader(model: ReportModel): Markup {
  const { t, result, fmt, headline } = model;
  const verdict = headline.verdict;
  const demonstration = headline.demonstration;
  return html`<header class="report-header">
<div class="kicker">${result.kit.name} ${result.kit.version} · ${t.modelVersion} ${result.contract.modelVersion}</div>
<h1>${t.title}</h1>
<p class="subtitle">${t.subtitle}</p>
${demonstration ? html`<div class="demonstration" id="demonstration" role="note"><strong>${demonstration.title}</strong><p>${demonstration.detail}</p></div>` : ''}
<div class="header-grid">
<div class="verdict verdict-${verdict}" id="verdict" role="status"><span class="label">${t.verdict}</span><strong class="value">${headline.label}</strong><p>${headline.explanation}</p>${headline.partialWarning ? html`<p class="warning" id="partial-warning">${headline.partialWarning}</p>` : ''}${headline.runStateWarning ? html`<p class="warning">${headline.runStateWarning}</p>` : ''}</div>
<div class="donut-card">${renderTotalsDonut(model)}</div>
<dl class="key-facts">
<dt>${t.subject}</dt><dd id="subject">${headline.subject}</dd>
<dt>${t.vendor}</dt><dd>${result.vendor.name ?? t.none}</dd>
<dt>${t.system}</dt><dd>${headline.system ?? t.none}</dd>
<dt>${t.target}</dt><dd>${t.targetKinds[result.target.kind]}</dd>
<dt>${t.selection}</dt><dd id="selection">${headline.selection ?? t.none}</dd>
<dt>${t.started}</dt><dd>${fmt.dateTime(result.run.startedAt)}</dd>
</dl>
</div>
</header>`;
}

function renderToc(model: ReportModel): Markup {
  const { t, comparison, result } = model;
  const entries: Array<[string, string]> = [
    ['overview', t.overview],
    ['summary', t.sectionSummary],
    ...(comparison ? ([['comparison', t.comparison]] as Array<[string, string]>) : []),
    ['deviations', t.deviations],
    ['attestations', t.attestations],
    ['coverage', t.coverage],
    ['checks', t.checks],
    ...(result.notes?.length ? ([['notes', t.notes]] as Array<[string, string]>) : []),
    ['sign-off', t.signOff],
  ];
  return html`<nav class="toc" aria-label="${t.contents}"><ol>${entries.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ol></nav>`;
}

function renderOverview(model: ReportModel): Markup {
  const { t, result, fmt } = model;
  const { vendor, target, contract, run, kit } = result;
  const contact = vendor.contact
    ? [vendor.contact.name, vendor.contact.email, vendor.contact.phone].filter(Boolean).join(' · ')
    : undefined;
  const documents = contract.documents.length
    ? html`<table class="documents"><thead><tr><th>${t.api}</th><th>${t.documentTitle}</th><th>${t.documentOrigin}</th><th>${t.contractHash}</th></tr></thead><tbody>${contract.documents.map(
        (document) => {
          const view = documentView(document, t);
          return html`<tr><td>${view.api}</td><td>${view.name}</td><td>${view.origin}${view.fallback ? html`<br><span class="hint">${view.fallback}</span>` : ''}</td><td><code title="${view.hash}">${truncateText(view.hash, 23)}</code></td></tr>`;
        },
      )}</tbody></table>`
    : '';
  return html`<section id="overview"><h2>${t.overview}</h2><div class="cards">
<div class="card"><h3>${t.vendor}</h3>${facts([
    [t.vendorName, vendor.name],
    [t.orgnr, vendor.orgnr],
    [t.system, vendor.system],
    [t.systemVersion, vendor.systemVersion],
    [t.technicalContact, contact],
  ])}</div>
<div class="card"><h3>${t.run}</h3>${facts([
    [t.runId, html`<code>${run.id}</code>`],
    [t.started, fmt.dateTime(run.startedAt)],
    [t.finished, run.finishedAt ? fmt.dateTime(run.finishedAt) : undefined],
    [t.duration, fmt.duration(run.durationMs)],
    [t.status, t.runStates[run.state]],
    [t.shardLabel, run.shard ? t.shard(run.shard.index, run.shard.total) : undefined],
    [t.selection, model.headline.selection],
  ])}<p class="hint">${t.timeZone(fmt.timeZone)}</p></div>
<div class="card"><h3>${t.target}</h3>${facts([
    [t.subject, model.headline.subject],
    [t.targetKind, t.targetKinds[target.kind]],
    [t.targetOptions, model.headline.targetOptions],
    ...Object.entries(target.baseUrls).map(([api, url]): [string, Markup] => [
      t.baseUrl(api),
      html`<code>${url}</code>`,
    ]),
    [t.tokenEndpoint, target.tokenEndpoint ? html`<code>${target.tokenEndpoint}</code>` : undefined],
  ])}</div>
<div class="card"><h3>${t.contract}</h3>${facts([
    [t.kit, `${kit.name} ${kit.version}`],
    [t.modelVersion, contract.modelVersion],
    [t.contractHash, html`<code id="contract-hash">${contract.hash}</code>`],
    [t.contractSource, contract.source ? t.contractSources[contract.source] : undefined],
  ])}${documents}</div>
</div></section>`;
}

function countCell(model: ReportModel, count: number): Markup {
  return html`<td class="num${count === 0 ? ' zero' : ''}">${model.fmt.number(count)}</td>`;
}

function renderSummary(model: ReportModel): Markup {
  const { t, sections, totals } = model;
  const statuses: CheckStatus[] = ['pass', 'fail', 'error', 'skip', 'manual'];
  return html`<section id="summary"><h2>${t.sectionSummary}</h2>
<div class="chart-wrap">${renderSectionChart(model)}</div>
<table class="section-table"><thead><tr><th>${t.section}</th>${statuses.map((status) => html`<th class="num">${t.statuses[status]}</th>`)}<th class="num">${t.total}</th></tr></thead>
<tbody>${sections.map(
    (section) =>
      html`<tr data-section="${section.id}"><td>${section.id}. ${section.title}</td>${statuses.map((status) => countCell(model, section.counts[status]))}${countCell(model, section.counts.total)}</tr>`,
  )}
<tr class="totals"><td>${t.total}</td>${statuses.map((status) => countCell(model, totals[status]))}${countCell(model, totals.total)}</tr></tbody></table>
</section>`;
}

function renderComparison(model: ReportModel): Markup {
  const { t, comparison, fmt } = model;
  if (!comparison) return html``;
  const status = (value: CheckStatus | undefined) => (value ? t.statuses[value] : t.absent);
  const list = (title: string, changes: typeof comparison.newFailures) =>
    changes.length
      ? html`<h3>${title} (${fmt.number(changes.length)})</h3><table class="changes"><thead><tr><th>${t.check}</th><th>${t.section}</th><th>${t.previousStatus}</th><th>${t.currentStatus}</th></tr></thead><tbody>${changes.map(
          (change) =>
            html`<tr><td>${model.localize(change.title)} <code class="check-id">${change.id}</code></td><td>${change.section}</td><td>${status(change.from)}</td><td>${status(change.to)}</td></tr>`,
        )}</tbody></table>`
      : '';
  const anyStatusChange =
    comparison.newFailures.length +
      comparison.fixed.length +
      comparison.changed.length +
      comparison.added.length +
      comparison.removed.length >
    0;
  return html`<section id="comparison"><h2>${t.comparison}</h2>
<p>${t.comparedWith(comparison.previous.runId, fmt.dateTime(comparison.previous.startedAt))}</p>
<ul class="change-list">
${comparison.verdictChanged ? html`<li><strong>${t.verdictChanged(t.verdicts[comparison.previous.verdict], t.verdicts[comparison.current.verdict])}</strong></li>` : ''}
<li>${comparison.contractChanged ? t.contractChanged(truncateText(comparison.previous.contractHash, 19), truncateText(comparison.current.contractHash, 19)) : t.contractUnchanged}${comparison.changedDocuments.length ? html` (${comparison.changedDocuments.join(', ')})` : ''}</li>
${comparison.modelChanged ? html`<li>${t.modelChanged(comparison.previous.modelVersion, comparison.current.modelVersion)}</li>` : ''}
</ul>
${anyStatusChange ? '' : html`<p>${t.noStatusChanges}</p>`}
${list(t.newFailures, comparison.newFailures)}${list(t.fixedChecks, comparison.fixed)}${list(t.changedStatuses, comparison.changed)}${list(t.addedChecks, comparison.added)}${list(t.removedChecks, comparison.removed)}
</section>`;
}

function renderDeviations(model: ReportModel): Markup {
  const { t } = model;
  if (model.deviations.length === 0)
    return html`<section id="deviations"><h2>${t.deviations}</h2><p>${t.noDeviations}</p></section>`;
  return html`<section id="deviations"><h2>${t.deviations}</h2>
<table class="deviations"><thead><tr><th>${t.outcome}</th><th>${t.severity}</th><th>${t.check}</th><th>${t.section}</th><th>${t.reason}</th></tr></thead><tbody>${model.deviations.map(
    ({ view, kind, reason }) =>
      html`<tr class="deviation deviation-${kind}" data-check="${view.check.id}"><td><span class="badge badge-${kind}">${t.deviationKinds[kind]}</span></td><td><span class="severity severity-${view.check.severity}">${t.severities[view.check.severity]}</span></td><td>${checkLink(view)}</td><td>${view.check.section}</td><td>${truncateText(reason, MAX_VALUE_CHARS)}</td></tr>`,
  )}</tbody></table></section>`;
}

function renderAttestations(model: ReportModel): Markup {
  const { t, fmt } = model;
  return html`<section id="attestations"><h2>${t.attestations}</h2><p class="hint">${t.attestationsIntro}</p>${
    model.attestations.length === 0
      ? html`<p>${t.noAttestations}</p>`
      : html`<table class="attestations"><thead><tr><th>${t.section}</th><th>${t.check}</th><th>${t.attested}</th><th>${t.attestedBy}</th><th>${t.attestedDate}</th><th>${t.attestationNote}</th></tr></thead><tbody>${model.attestations.map(
          (entry) =>
            html`<tr data-check="${entry.view.check.id}"><td>${entry.view.check.section}</td><td>${checkLink(entry.view)}</td><td>${
              entry.attested
                ? html`<span class="badge badge-pass">✓ ${t.yes}</span>`
                : html`<span class="badge badge-unattested">${t.no}</span>`
            }</td><td>${entry.by ?? ''}</td><td>${entry.date ? fmt.date(entry.date) : ''}</td><td>${entry.note ?? ''}</td></tr>`,
        )}</tbody></table>`
  }</section>`;
}

function renderCoverage(model: ReportModel): Markup {
  const { t, coverage, fmt } = model;
  if (!coverage) return html`<section id="coverage"><h2>${t.coverage}</h2><p>${t.coverageMissing}</p></section>`;
  const share =
    coverage.applicableCount === 0 ? 0 : (coverage.exercisedApplicableCount / coverage.applicableCount) * 100;
  return html`<section id="coverage"><h2>${t.coverage}</h2>
<p id="coverage-summary">${t.coverageSummary(coverage.exercisedApplicableCount, coverage.applicableCount, coverage.catalogSize)}</p>
<div class="coverage-bar" role="img" aria-label="${fmt.number(Math.round(share))} %"><span style="width: ${share.toFixed(1)}%"></span></div>
<p class="legend-inline">✓ ${t.coverageExercised} · ○ ${t.coverageNotExercised} · ◆ ${t.coverageOutsideApplicable}</p>
<ul class="coverage">${coverage.entries.map((entry) => {
    const state = !entry.applicable ? 'outside' : entry.exercised ? 'exercised' : 'not-exercised';
    const mark = state === 'outside' ? '◆' : entry.exercised ? '✓' : '○';
    const title = entry.checks.length ? `${t.coverageExercisedBy}: ${entry.checks.join(', ')}` : undefined;
    return html`<li class="${state}" data-code="${entry.code}"${title ? html` title="${title}"` : ''}><span class="mark" aria-hidden="true">${mark}</span><code>${entry.code}</code></li>`;
  })}</ul></section>`;
}

function renderNotes(model: ReportModel): Markup {
  const { notes } = model;
  if (notes.length === 0) return html``;
  return html`<section id="notes"><h2>${model.t.notes}</h2><p class="hint">${model.t.notesIntro}</p><ul>${notes.map((note) => html`<li>${note}</li>`)}</ul></section>`;
}

function renderSignOff(model: ReportModel): Markup {
  const { t } = model;
  const line = (label: string, extra = '') => html`<div class="line ${extra}"><span>${label}</span><i></i></div>`;
  return html`<section id="sign-off"><h2>${t.signOff}</h2><p>${t.signOffIntro}</p><div class="signoff-grid">${t.signOffRoles.map(
    (role) =>
      html`<div class="signoff"><h3>${role}</h3>${line(t.name)}${line(t.role)}${line(t.date)}${line(t.signature, 'signature')}</div>`,
  )}</div></section>`;
}

/** Renders the self-contained HTML report from a prepared model. */
export function renderHtmlFromModel(model: ReportModel): string {
  const { t, result, fmt } = model;
  const heading = [t.title, result.vendor.name, fmt.dateTime(result.run.startedAt)].filter(Boolean).join(' · ');
  return html`<!doctype html>
<html lang="${t.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${result.kit.name} ${result.kit.version}">
<title>${heading}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<div class="page">
${renderHeader(model)}
${renderToc(model)}
<main>
${renderOverview(model)}
${renderSummary(model)}
${renderComparison(model)}
${renderDeviations(model)}
${renderAttestations(model)}
${renderCoverage(model)}
${renderChecks(model)}
${renderNotes(model)}
${renderSignOff(model)}
</main>
<footer class="report-footer">${t.generatedBy(result.kit.name, result.kit.version)} · ${t.runId} <code>${result.run.id}</code> · ${t.contractHash} <code>${result.contract.hash}</code></footer>
</div>
</body>
</html>
`.value;
}

/** Self-contained HTML: inline CSS and SVG, a print stylesheet, no network fetches. */
export function renderHtml(result: RunResult, options: RenderOptions = {}): string {
  return renderHtmlFromModel(buildReportModel(result, options));
}

export const htmlRenderer: Renderer = {
  name: 'html',
  extension: '.html',
  mediaType: 'text/html; charset=utf-8',
  description: 'self-contained HTML (inline CSS and SVG charts, printable)',
  render: renderHtml,
};
