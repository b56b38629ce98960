import type { CheckStatus, Finding, HttpMessage, RunResult } from '@elan-kit/schemas';
import { truncateText } from '../escape.js';
import { html, type Markup, trusted } from '../markup.js';
import { buildReportModel } from '../model/build-report-model.js';
import { formatBody, formatFindingValue } from '../model/format-value.js';
import type { CheckView, ExchangeView, ReportModel, SectionView } from '../model/report-model.js';
import type { Renderer, RenderOptions } from '../types.js';
import { renderSectionChart, renderTotalsDonut } from './html-chart.js';
import { REPORT_CSS } from './html-styles.js';

/** Bodies longer than this are cut in the HTML (the JSON report keeps what the run recorded). */
const MAX_BODY_CHARS = 20_000;
const MAX_VALUE_CHARS = 2_000;

// No network, ever: even injected markup could not fetch anything.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

const STATUS_MARK: Readonly<Record<CheckStatus, string>> = { pass: '✓', fail: '✗', error: '!', skip: '–', manual: '✎' };

function badge(model: ReportModel, status: CheckStatus): Markup {
  return html`<span class="badge badge-${status}">${STATUS_MARK[status]} ${model.t.statuses[status]}</span>`;
}

function facts(rows: ReadonlyArray<readonly [string, Markup | string | undefined]>): Markup {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return html`<dl class="facts">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

function renderHeader(model: ReportModel): Markup {
  const { t, result, fmt } = model;
  const verdict = result.summary.verdict;
  const warning = t.runStateWarnings[result.run.state];
  return html`<header class="report-header">
<div class="kicker">elan-kit · ${t.contract} ${result.contract.modelVersion}</div>
<h1>${t.title}</h1>
<p class="subtitle">${t.subtitle}</p>
<div class="header-grid">
<div class="verdict verdict-${verdict}" id="verdict" role="status"><span class="label">${t.verdict}</span><strong class="value">${t.verdicts[verdict]}</strong><p>${t.verdictExplanations[verdict]}</p>${warning ? html`<p class="warning">${warning}</p>` : ''}</div>
<div class="donut-card">${renderTotalsDonut(model)}</div>
<dl class="key-facts">
<dt>${t.vendor}</dt><dd>${result.vendor.name ?? t.none}</dd>
<dt>${t.system}</dt><dd>${result.vendor.system ?? t.none}</dd>
<dt>${t.target}</dt><dd>${t.targetKinds[result.target.kind]}</dd>
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
    ? html`<table class="documents"><thead><tr><th>${t.api}</th><th>${t.version}</th><th>${t.contractHash}</th></tr></thead><tbody>${contract.documents.map(
        (document) =>
          html`<tr><td>${document.api}</td><td>${document.version}</td><td><code title="${document.hash}">${truncateText(document.hash, 23)}</code></td></tr>`,
      )}</tbody></table>`
    : '';
  return html`<section id="overview"><h2>${t.overview}</h2><div class="cards">
<div class="card"><h3>${t.vendor}</h3>${facts([
    [t.vendorName, vendor.name],
    [t.orgnr, vendor.orgnr],
    [t.system, vendor.system],
    [t.technicalContact, contact],
  ])}</div>
<div class="card"><h3>${t.run}</h3>${facts([
    [t.runId, html`<code>${run.id}</code>`],
    [t.started, fmt.dateTime(run.startedAt)],
    [t.finished, run.finishedAt ? fmt.dateTime(run.finishedAt) : undefined],
    [t.duration, fmt.duration(run.durationMs)],
    [t.status, t.runStates[run.state]],
    [t.shardLabel, run.shard ? t.shard(run.shard.index, run.shard.total) : undefined],
  ])}<p class="hint">${t.timeZone(fmt.timeZone)}</p></div>
<div class="card"><h3>${t.target}</h3>${facts([
    [t.targetKind, t.targetKinds[target.kind]],
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

function checkLink(view: CheckView): Markup {
  return html`<a href="#${view.anchor}">${view.title}</a> <code class="check-id">${view.check.id}</code>`;
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

function statusClass(status: number | undefined): string {
  if (status === undefined) return '';
  if (status >= 500) return 'http-5xx';
  if (status >= 400) return 'http-4xx';
  return 'http-2xx';
}

function renderMessage(model: ReportModel, title: string, message: HttpMessage | undefined, bodyTitle: string): Markup {
  if (!message) return html``;
  const headers = Object.entries(message.headers);
  const body = formatBody(message.body);
  const shown =
    body.length > MAX_BODY_CHARS
      ? `${body.slice(0, MAX_BODY_CHARS)}\n${model.t.bodyShortened(body.length - MAX_BODY_CHARS)}`
      : body;
  return html`${headers.length ? html`<div class="field-label">${title}</div><table class="headers"><tbody>${headers.map(([name, value]) => html`<tr><td><code>${name}</code></td><td><code>${value}</code></td></tr>`)}</tbody></table>` : ''}${
    body ? html`<div class="field-label">${bodyTitle}</div><pre>${shown}</pre>` : ''
  }${message.bodyTruncated ? html`<p class="hint">${model.t.bodyTruncatedAtSource}</p>` : ''}`;
}

function renderExchange(model: ReportModel, view: ExchangeView): Markup {
  const { t, fmt } = model;
  const { exchange } = view;
  return html`<tr class="exchange" data-exchange="${exchange.id}"><td><code>${exchange.method}</code></td><td><code class="path">${truncateText(view.path, 300)}</code></td><td class="http-status ${statusClass(exchange.status)}">${exchange.status ?? t.none}</td><td class="num">${fmt.duration(exchange.durationMs)}</td><td>${view.korrelasjonsid ? html`<code class="korrelasjonsid">${view.korrelasjonsid}</code>` : t.none}</td></tr>
<tr class="exchange-details"><td colspan="5">${exchange.error ? html`<p><span class="field-label">${t.exchangeError}:</span> ${exchange.error}</p>` : ''}${exchange.note ? html`<p><span class="field-label">${t.exchangeNote}:</span> ${exchange.note}</p>` : ''}<details><summary>${t.exchangeDetails}${view.meldingsid ? html` · ${t.meldingsid} <code>${view.meldingsid}</code>` : ''}</summary>${renderMessage(model, t.requestHeaders, exchange.request, t.requestBody)}${renderMessage(model, t.responseHeaders, exchange.response, t.responseBody)}</details></td></tr>`;
}

function renderFindings(model: ReportModel, view: CheckView): Markup {
  const { t, fmt } = model;
  const { findings } = view.check;
  if (findings.length === 0) return html``;
  const value = (raw: unknown) =>
    raw === undefined ? '' : html`<code>${truncateText(formatFindingValue(raw, fmt), MAX_VALUE_CHARS)}</code>`;
  const columns = [
    {
      title: t.findingPointer,
      cell: (f: Finding) => (f.pointer === undefined ? '' : html`<code>${f.pointer || '/'}</code>`),
      used: findings.some((f) => f.pointer !== undefined),
    },
    {
      title: t.findingExpected,
      cell: (f: Finding) => value(f.expected),
      used: findings.some((f) => f.expected !== undefined),
    },
    {
      title: t.findingActual,
      cell: (f: Finding) => value(f.actual),
      used: findings.some((f) => f.actual !== undefined),
    },
  ].filter((column) => column.used);
  return html`<div class="field-label">${t.findings}</div><table class="findings"><thead><tr><th>${t.findingCode}</th><th>${t.findingMessage}</th>${columns.map((column) => html`<th>${column.title}</th>`)}</tr></thead><tbody>${findings.map(
    (finding) =>
      html`<tr class="finding finding-${finding.severity ?? 'error'}"><td><code>${finding.code}</code></td><td>${truncateText(finding.message, MAX_VALUE_CHARS)}</td>${columns.map((column) => html`<td>${column.cell(finding)}</td>`)}</tr>`,
  )}</tbody></table>`;
}

function renderCheck(model: ReportModel, view: CheckView): Markup {
  const { t, fmt } = model;
  const { check } = view;
  return html`<article class="check status-${check.status}" id="${view.anchor}" data-check="${check.id}">
<div class="check-head">${badge(model, check.status)}<h4>${view.title}</h4><code class="check-id">${check.id}</code><span class="severity severity-${check.severity}">${t.severities[check.severity]}</span>${check.durationMs !== undefined ? html`<span class="check-meta">${fmt.duration(check.durationMs)}</span>` : ''}</div>
${check.unfinished ? html`<p class="unfinished">${t.unfinished}</p>` : ''}
${view.description ? html`<p><span class="field-label">${t.whatWasVerified}:</span> ${view.description}</p>` : ''}
${check.reference ? html`<p class="check-meta">${t.reference}: ${check.reference}</p>` : ''}
${check.vilkaar?.length ? html`<p class="check-meta">${t.vilkaarExercised}: ${check.vilkaar.map((code, index) => html`${index ? ', ' : ''}<code>${code}</code>`)}</p>` : ''}
${check.attestation ? html`<p class="check-meta">${check.attestation.attested ? t.manualAttestedBy(check.attestation.by ?? '', check.attestation.date ? fmt.date(check.attestation.date) : '') : t.manualNotAttested}${check.attestation.note ? html` – ${check.attestation.note}` : ''}</p>` : ''}
${renderFindings(model, view)}
${
  view.exchanges.length
    ? html`<div class="field-label">${t.evidence}</div><table class="evidence"><thead><tr><th>${t.method}</th><th>${t.path}</th><th>${t.status}</th><th class="num">${t.time}</th><th>${t.korrelasjonsid}</th></tr></thead><tbody>${view.exchanges.map((exchange) => renderExchange(model, exchange))}</tbody></table>`
    : ''
}
</article>`;
}

function renderSectionChecks(model: ReportModel, section: SectionView): Markup {
  return html`<h3 id="section-${section.id}">${section.id}. ${section.title} <span class="check-meta">(${model.t.checksCount(section.checks.length)})</span></h3>${
    section.checks.length
      ? section.checks.map((view) => renderCheck(model, view))
      : html`<p class="hint">${model.t.noChecksInSection}</p>`
  }`;
}

function renderChecks(model: ReportModel): Markup {
  return html`<section id="checks"><h2>${model.t.checks}</h2><p class="hint">${model.t.korrelasjonsidHint}</p>${model.sections.map((section) => renderSectionChecks(model, section))}</section>`;
}

function renderNotes(model: ReportModel): Markup {
  const notes = model.result.notes ?? [];
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
