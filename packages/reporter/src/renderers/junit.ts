import type { RunResult } from '@elan-kit/schemas';
import { truncateText } from '../escape.js';
import { type Markup, xml } from '../markup.js';
import { buildReportModel } from '../model/build-report-model.js';
import { findingMessage } from '../model/finding-message.js';
import { formatBody, formatFindingValue } from '../model/format-value.js';
import { leadingFinding } from '../model/leading-finding.js';
import type { CheckView, ExchangeView, ReportModel, SectionView } from '../model/report-model.js';
import type { Renderer, RenderOptions } from '../types.js';

/** CI dashboards show system-out inline; long bodies are cut there (the JSON report has them). */
const MAX_SYSTEM_OUT_BODY_CHARS = 4_000;

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}

function classname(section: SectionView | { id: string; title: string }): string {
  return `${section.id} – ${section.title}`;
}

function property(name: string, value: string | number | boolean | undefined): Markup | '' {
  return value === undefined || value === '' ? '' : xml`<property name="${name}" value="${String(value)}"/>`;
}

function describeExchange(model: ReportModel, view: ExchangeView): string {
  const { exchange } = view;
  const { t } = model;
  const head = [
    `${exchange.method} ${exchange.url}`,
    exchange.status !== undefined
      ? `→ ${exchange.status}`
      : exchange.error
        ? `→ ${t.exchangeError}: ${exchange.error}`
        : '',
    exchange.durationMs !== undefined ? `(${model.fmt.duration(exchange.durationMs)})` : '',
    view.korrelasjonsid ? `${t.korrelasjonsid}=${view.korrelasjonsid}` : '',
    view.meldingsid ? `${t.meldingsid}=${view.meldingsid}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const lines = [head];
  if (exchange.note) lines.push(`  ${t.exchangeNote}: ${exchange.note}`);
  for (const [label, message] of [
    [t.requestBody, exchange.request],
    [t.responseBody, exchange.response],
  ] as const) {
    const body = formatBody(message?.body);
    if (body) lines.push(`  ${label}:`, truncateText(body, MAX_SYSTEM_OUT_BODY_CHARS).replace(/^/gm, '    '));
  }
  return lines.join('\n');
}

/** Each finding in English (as in the `message` attribute); bokmål output adds the bokmål text below it. */
function describeFindings(model: ReportModel, view: CheckView): string {
  const { t, fmt } = model;
  return view.check.findings
    .map((finding) => {
      const parts = [`${finding.code}: ${finding.message}`];
      const nb = findingMessage(finding, model.lang);
      if (nb !== finding.message) parts.push(`  ${t.findingMessageNb}: ${nb}`);
      if (finding.pointer !== undefined) parts.push(`  ${t.findingPointer}: ${finding.pointer || '/'}`);
      if (finding.expected !== undefined)
        parts.push(`  ${t.findingExpected}: ${formatFindingValue(finding.expected, fmt)}`);
      if (finding.actual !== undefined) parts.push(`  ${t.findingActual}: ${formatFindingValue(finding.actual, fmt)}`);
      if (finding.reference) parts.push(`  ${t.reference}: ${finding.reference}`);
      return parts.join('\n');
    })
    .join('\n');
}

function outcome(model: ReportModel, view: CheckView): Markup | '' {
  const { t, fmt } = model;
  const { check } = view;
  const first = leadingFinding(check.findings);
  const firstMessage = first ? `${first.code}: ${first.message}` : undefined;
  switch (check.status) {
    case 'pass':
      return '';
    case 'fail':
      return xml`<failure message="${firstMessage ?? t.failNoFinding}" type="${first?.code ?? 'fail'}">${describeFindings(model, view)}</failure>`;
    case 'error':
      return xml`<error message="${firstMessage ?? (check.unfinished ? t.unfinished : t.errorNoFinding)}" type="${first?.code ?? 'error'}">${describeFindings(model, view)}</error>`;
    case 'skip':
      return xml`<skipped message="${firstMessage ?? (check.unfinished ? t.unfinished : t.skippedNoReason)}"/>`;
    case 'manual': {
      const attestation = check.attestation;
      const state = attestation?.attested
        ? t.manualAttestedBy(attestation.by ?? '', attestation.date ? fmt.date(attestation.date) : '')
        : t.manualNotAttested;
      const note = attestation?.note ? ` – ${attestation.note}` : '';
      return xml`<skipped message="${t.manualSkipped}: ${state}${note}"/>`;
    }
  }
}

function comparisonProperties(model: ReportModel, view: CheckView): Markup[] {
  const { comparison } = model;
  if (!comparison) return [];
  const groups = [
    ['new-failure', comparison.newFailures],
    ['fixed', comparison.fixed],
    ['changed', comparison.changed],
    ['added', comparison.added],
  ] as const;
  for (const [kind, changes] of groups) {
    const found = changes.find((change) => change.id === view.check.id);
    if (found) {
      return [xml`${property('elan.change', kind)}${property('elan.previousStatus', found.from ?? 'absent')}`];
    }
  }
  return [xml`${property('elan.change', 'unchanged')}`];
}

function testcase(model: ReportModel, view: CheckView, section: SectionView): Markup {
  const { t } = model;
  const { check } = view;
  const korrelasjonsids = [...new Set(view.exchanges.map((exchange) => exchange.korrelasjonsid).filter(Boolean))];
  const properties = [
    property('elan.checkId', check.id),
    property('elan.section', check.section),
    property('elan.severity', check.severity),
    property('elan.status', check.status),
    property('elan.reference', check.reference),
    property('elan.assumptions', check.assumptions?.join(',')),
    property('elan.unfinished', check.unfinished ? 'true' : undefined),
    property('elan.vilkaar', check.vilkaar?.join(',')),
    ...korrelasjonsids.map((id) => property('korrelasjonsid', id)),
    ...comparisonProperties(model, view),
  ];
  const systemOut = [
    view.description ? `${t.whatWasVerified}: ${view.description}` : '',
    ...view.exchanges.map((exchange) => describeExchange(model, exchange)),
  ]
    .filter(Boolean)
    .join('\n');
  return xml`    <testcase name="${check.id} – ${view.title}" classname="${classname(section)}" time="${seconds(check.durationMs)}">
      <properties>${properties}</properties>
      ${outcome(model, view)}${systemOut ? xml`<system-out>${systemOut}</system-out>` : ''}
    </testcase>
`;
}

function suiteTime(section: SectionView): number {
  return section.checks.reduce((sum, view) => sum + (view.check.durationMs ?? 0), 0);
}

/** Renders JUnit XML from a prepared model: one testsuite per checklist section, one testcase per check. */
export function renderJunitFromModel(model: ReportModel): string {
  const { result, totals } = model;
  const sections = model.sections.filter((section) => section.checks.length > 0);
  const runProperties = [
    property('elan.runId', result.run.id),
    property('elan.kit', `${result.kit.name} ${result.kit.version}`),
    property('elan.contractHash', result.contract.hash),
    property('elan.modelVersion', result.contract.modelVersion),
    ...result.contract.documents.flatMap((document) => [
      property(`elan.contract.${document.api}.hash`, document.hash),
      ...(document.title ? [property(`elan.contract.${document.api}.title`, document.title)] : []),
      ...(document.documentVersion
        ? [property(`elan.contract.${document.api}.version`, document.documentVersion)]
        : []),
      ...(document.origin ? [property(`elan.contract.${document.api}.origin`, document.origin)] : []),
    ]),
    property('elan.target', result.target.kind),
    ...Object.entries(result.target.baseUrls).map(([api, url]) => property(`elan.baseUrl.${api}`, url)),
    property('elan.vendor', result.vendor.name),
    property('elan.orgnr', result.vendor.orgnr),
    property('elan.verdict', result.summary.verdict),
    property('elan.verdictText', model.headline.label),
    ...(model.headline.demonstration ? [property('elan.demonstration', model.headline.demonstration.title)] : []),
    property('elan.subject', model.headline.subject),
    ...(result.subject
      ? [property('elan.subjectKind', result.subject.kind), property('elan.subjectVia', result.subject.via)]
      : []),
    property('elan.system', model.headline.system),
    ...(result.run.selection
      ? [
          property('elan.selection', model.headline.selection),
          property('elan.selectionPartial', String(result.run.selection.partial)),
        ]
      : []),
    ...(result.summary.unattestedRequired
      ? [property('elan.unattestedRequired', result.summary.unattestedRequired.join(','))]
      : []),
    property('elan.runState', result.run.state),
    ...(model.comparison
      ? [
          property('elan.previousRunId', model.comparison.previous.runId),
          property('elan.contractChanged', String(model.comparison.contractChanged)),
          property('elan.modelChanged', String(model.comparison.modelChanged)),
          property('elan.newFailures', model.comparison.newFailures.length),
          property('elan.fixed', model.comparison.fixed.length),
          property('elan.changed', model.comparison.changed.length),
          property('elan.added', model.comparison.added.length),
          property('elan.removed', model.comparison.removed.length),
        ]
      : []),
  ];
  const skipped = (counts: { skip: number; manual: number }) => counts.skip + counts.manual;
  const suites = sections.map(
    (
      section,
    ) => xml`  <testsuite name="${classname(section)}" tests="${section.counts.total}" failures="${section.counts.fail}" errors="${section.counts.error}" skipped="${skipped(section.counts)}" time="${seconds(suiteTime(section))}" timestamp="${result.run.startedAt}">
    <properties>${runProperties}</properties>
${section.checks.map((view) => testcase(model, view, section))}  </testsuite>
`,
  );
  const totalTime = result.run.durationMs ?? sections.reduce((sum, section) => sum + suiteTime(section), 0);
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${model.headline.demonstration ? `${model.t.title} (${model.headline.demonstration.title})` : model.t.title}" tests="${totals.total}" failures="${totals.fail}" errors="${totals.error}" skipped="${skipped(totals)}" time="${seconds(totalTime)}" timestamp="${result.run.startedAt}">
${suites}</testsuites>
`.value;
}

/** JUnit XML for CI dashboards. */
export function renderJunit(result: RunResult, options: RenderOptions = {}): string {
  return renderJunitFromModel(buildReportModel(result, options));
}

export const junitRenderer: Renderer = {
  name: 'junit',
  extension: '.junit.xml',
  mediaType: 'application/xml; charset=utf-8',
  description: 'JUnit XML, one testcase per check, for CI dashboards',
  render: renderJunit,
};
