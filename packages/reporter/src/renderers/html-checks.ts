/** The per-check part of the HTML report: outcome, findings, evidence with folded headers and bodies. */
import type { CheckStatus, Finding, HttpMessage } from '@elan-kit/schemas';
import { truncateText } from '../escape.js';
import { html, type Markup } from '../markup.js';
import { findingMessage } from '../model/finding-message.js';
import { formatBody, formatFindingValue } from '../model/format-value.js';
import type { CheckView, ExchangeView, ReportModel, SectionView } from '../model/report-model.js';

/** Bodies longer than this are cut in the HTML (the JSON report keeps what the run recorded). */
const MAX_BODY_CHARS = 20_000;
const MAX_VALUE_CHARS = 2_000;

const STATUS_MARK: Readonly<Record<CheckStatus, string>> = { pass: '✓', fail: '✗', error: '!', skip: '–', manual: '✎' };

function badge(model: ReportModel, status: CheckStatus): Markup {
  return html`<span class="badge badge-${status}">${STATUS_MARK[status]} ${model.t.statuses[status]}</span>`;
}

/** A link to a check in the detailed list, with its id. */
export function checkLink(view: CheckView): Markup {
  return html`<a href="#${view.anchor}">${view.title}</a> <code class="check-id">${view.check.id}</code>`;
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
      html`<tr class="finding finding-${finding.severity ?? 'error'}"><td><code>${finding.code}</code></td><td>${truncateText(findingMessage(finding, model.lang), MAX_VALUE_CHARS)}</td>${columns.map((column) => html`<td>${column.cell(finding)}</td>`)}</tr>`,
  )}</tbody></table>`;
}

function renderCheck(model: ReportModel, view: CheckView): Markup {
  const { t, fmt } = model;
  const { check } = view;
  return html`<article class="check status-${check.status}" id="${view.anchor}" data-check="${check.id}">
<div class="check-head">${badge(model, check.status)}<h4>${view.title}</h4><code class="check-id">${check.id}</code><span class="severity severity-${check.severity}">${t.severities[check.severity]}</span>${check.durationMs !== undefined && check.status !== 'manual' ? html`<span class="check-meta">${fmt.duration(check.durationMs)}</span>` : ''}</div>
${check.unfinished ? html`<p class="unfinished">${t.unfinished}</p>` : ''}
${view.description ? html`<p><span class="field-label">${t.whatWasVerified}:</span> ${view.description}</p>` : ''}
${check.reference ? html`<p class="check-meta">${t.reference}: ${check.reference}</p>` : ''}${check.assumptions?.length ? html`<p class="check-meta assumption">${t.reliesOnAssumption(check.assumptions.join(', '))}</p>` : ''}
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

export function renderChecks(model: ReportModel): Markup {
  return html`<section id="checks"><h2>${model.t.checks}</h2><p class="hint">${model.t.korrelasjonsidHint}</p>${model.sections.map((section) => renderSectionChecks(model, section))}</section>`;
}
