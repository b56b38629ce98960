import { CHECK_STATUSES, type CheckStatus, type RunResult, type Verdict } from '@elan-kit/schemas';
import { escapeMarkdown, markdownCode, truncateText } from '../escape.js';
import { buildReportModel } from '../model/build-report-model.js';
import { documentView } from '../model/contract-document.js';
import { findingMessage } from '../model/finding-message.js';
import { formatFindingValue } from '../model/format-value.js';
import type { CheckView, ReportModel } from '../model/report-model.js';
import type { Renderer, RenderOptions } from '../types.js';

/** Table cells stay readable in an e-mail: long values are cut (the HTML and JSON reports have them whole). */
const MAX_CELL_CHARS = 300;

const STATUS_MARK: Readonly<Record<CheckStatus, string>> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  skip: '⏭️',
  manual: '✍️',
};

const VERDICT_MARK: Readonly<Record<Verdict, string>> = {
  pass: '✅',
  'pass-unattested': '🟨',
  'pass-partial': '🟨',
  fail: '❌',
  error: '⚠️',
};

const text = (value: string | undefined, max = MAX_CELL_CHARS) => escapeMarkdown(truncateText(value ?? '', max));
const code = (value: string | undefined, max = MAX_CELL_CHARS) => markdownCode(truncateText(value ?? '', max));

function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  numeric: readonly number[] = [],
): string[] {
  const align = headers.map((_, index) => (numeric.includes(index) ? '---:' : '---'));
  return [
    `| ${headers.map((header) => escapeMarkdown(header)).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`),
    '',
  ];
}

function status(model: ReportModel, value: CheckStatus): string {
  return `${STATUS_MARK[value]} ${model.t.statuses[value]}`;
}

function renderOverview(model: ReportModel): string[] {
  const { t, result, fmt, headline } = model;
  const { vendor, target, contract, run, kit } = result;
  const contact = [vendor.contact?.name, vendor.contact?.email, vendor.contact?.phone].filter(Boolean).join(' · ');
  const rows: Array<[string, string]> = [
    [t.subject, text(headline.subject)],
    [t.vendor, text(vendor.name)],
    [t.orgnr, text(vendor.orgnr)],
    [t.system, text(headline.system)],
    [t.technicalContact, text(contact)],
    [t.target, text(t.targetKinds[target.kind])],
    [t.targetOptions, text(headline.targetOptions)],
    [t.selection, text(headline.selection)],
    ...Object.entries(target.baseUrls).map(([api, url]): [string, string] => [t.baseUrl(api), code(url)]),
    [t.tokenEndpoint, code(target.tokenEndpoint)],
    [t.kit, text(`${kit.name} ${kit.version}`)],
    [t.modelVersion, text(contract.modelVersion)],
    [t.contractHash, code(contract.hash)],
    ...contract.documents.map((document): [string, string] => {
      const view = documentView(document, t);
      const about = [view.origin, view.fallback].filter(Boolean).join('; ');
      return [
        `${t.contractDocuments} (${view.api})`,
        `${text(view.name)} ${code(view.hash)}${about ? ` ${text(`— ${about}`)}` : ''}`,
      ];
    }),
    [t.runId, code(run.id)],
    [t.started, text(fmt.dateTime(run.startedAt))],
    [t.finished, text(run.finishedAt ? fmt.dateTime(run.finishedAt) : undefined)],
    [t.duration, text(fmt.duration(run.durationMs))],
    [t.status, text(`${t.runStates[run.state]}${run.shard ? ` · ${t.shard(run.shard.index, run.shard.total)}` : ''}`)],
  ];
  return [
    `## ${escapeMarkdown(t.overview)}`,
    '',
    ...table(
      [t.detail, t.value],
      rows.filter(([, value]) => value !== '').map(([label, value]) => [escapeMarkdown(label), value]),
    ),
    `_${escapeMarkdown(t.timeZone(fmt.timeZone))}_`,
    '',
  ];
}

function renderSummary(model: ReportModel): string[] {
  const { t, fmt, sections, totals } = model;
  const counts = (values: Readonly<Record<CheckStatus | 'total', number>>) => [
    ...CHECK_STATUSES.map((value) => fmt.number(values[value])),
    fmt.number(values.total),
  ];
  return [
    `## ${escapeMarkdown(t.sectionSummary)}`,
    '',
    ...table(
      [t.section, ...CHECK_STATUSES.map((value) => t.statuses[value]), t.total],
      [
        ...sections.map((section) => [text(`${section.id}. ${section.title}`), ...counts(section.counts)]),
        [`**${escapeMarkdown(t.total)}**`, ...counts(totals).map((value) => `**${value}**`)],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
  ];
}

function renderComparison(model: ReportModel): string[] {
  const { t, fmt, comparison } = model;
  if (!comparison) return [];
  const label = (value: CheckStatus | undefined) => (value ? status(model, value) : escapeMarkdown(t.absent));
  const lines = [
    `## ${escapeMarkdown(t.comparison)}`,
    '',
    escapeMarkdown(t.comparedWith(comparison.previous.runId, fmt.dateTime(comparison.previous.startedAt))),
    '',
  ];
  if (comparison.verdictChanged) {
    lines.push(
      `- **${escapeMarkdown(t.verdictChanged(t.verdicts[comparison.previous.verdict], t.verdicts[comparison.current.verdict]))}**`,
    );
  }
  lines.push(
    `- ${
      comparison.contractChanged
        ? escapeMarkdown(t.contractChanged(comparison.previous.contractHash, comparison.current.contractHash))
        : escapeMarkdown(t.contractUnchanged)
    }${comparison.changedDocuments.length ? ` (${comparison.changedDocuments.map((api) => code(api)).join(', ')})` : ''}`,
  );
  if (comparison.modelChanged) {
    lines.push(
      `- ${escapeMarkdown(t.modelChanged(comparison.previous.modelVersion, comparison.current.modelVersion))}`,
    );
  }
  lines.push('');
  const groups: Array<[string, typeof comparison.newFailures]> = [
    [t.newFailures, comparison.newFailures],
    [t.fixedChecks, comparison.fixed],
    [t.changedStatuses, comparison.changed],
    [t.addedChecks, comparison.added],
    [t.removedChecks, comparison.removed],
  ];
  if (groups.every(([, changes]) => changes.length === 0)) lines.push(escapeMarkdown(t.noStatusChanges), '');
  for (const [title, changes] of groups) {
    if (changes.length === 0) continue;
    lines.push(
      `### ${escapeMarkdown(title)} (${fmt.number(changes.length)})`,
      '',
      ...table(
        [t.check, t.section, t.previousStatus, t.currentStatus],
        changes.map((change) => [
          `${text(model.localize(change.title))} ${code(change.id)}`,
          change.section,
          label(change.from),
          label(change.to),
        ]),
      ),
    );
  }
  return lines;
}

function renderDeviations(model: ReportModel): string[] {
  const { t } = model;
  const heading = [`## ${escapeMarkdown(t.deviations)}`, ''];
  if (model.deviations.length === 0) return [...heading, escapeMarkdown(t.noDeviations), ''];
  return [
    ...heading,
    ...table(
      [t.outcome, t.severity, t.check, t.section, t.reason],
      model.deviations.map(({ view, kind, reason }) => [
        text(t.deviationKinds[kind]),
        text(t.severities[view.check.severity]),
        `${text(view.title)} ${code(view.check.id)}`,
        view.check.section,
        text(reason),
      ]),
    ),
  ];
}

function renderAttestations(model: ReportModel): string[] {
  const { t, fmt } = model;
  const heading = [`## ${escapeMarkdown(t.attestations)}`, '', `_${escapeMarkdown(t.attestationsIntro)}_`, ''];
  if (model.attestations.length === 0) return [...heading, escapeMarkdown(t.noAttestations), ''];
  return [
    ...heading,
    ...table(
      [t.section, t.check, t.attested, t.attestedBy, t.attestedDate, t.attestationNote],
      model.attestations.map((entry) => [
        entry.view.check.section,
        `${text(entry.view.title)} ${code(entry.view.check.id)}`,
        entry.attested ? `✅ ${escapeMarkdown(t.yes)}` : `❌ ${escapeMarkdown(t.no)}`,
        text(entry.by),
        text(entry.date ? fmt.date(entry.date) : undefined),
        text(entry.note),
      ]),
    ),
  ];
}

function renderCoverage(model: ReportModel): string[] {
  const { t, coverage } = model;
  const heading = [`## ${escapeMarkdown(t.coverage)}`, ''];
  if (!coverage) return [...heading, escapeMarkdown(t.coverageMissing), ''];
  const list = (label: string, codes: readonly string[]) =>
    codes.length
      ? [`**${escapeMarkdown(label)} (${codes.length}):** ${codes.map((value) => code(value)).join(', ')}`, '']
      : [];
  return [
    ...heading,
    escapeMarkdown(
      t.coverageSummary(coverage.exercisedApplicableCount, coverage.applicableCount, coverage.catalogSize),
    ),
    '',
    ...list(
      `✅ ${t.coverageExercised}`,
      coverage.entries.filter((entry) => entry.applicable && entry.exercised).map((entry) => entry.code),
    ),
    ...list(
      `⬜ ${t.coverageNotExercised}`,
      coverage.entries.filter((entry) => entry.applicable && !entry.exercised).map((entry) => entry.code),
    ),
    ...list(
      t.coverageOutsideApplicable,
      coverage.entries.filter((entry) => !entry.applicable).map((entry) => entry.code),
    ),
  ];
}

function renderCheck(model: ReportModel, view: CheckView): string[] {
  const { t, fmt } = model;
  const { check } = view;
  const meta = [
    t.severities[check.severity],
    check.durationMs !== undefined && check.status !== 'manual' ? fmt.duration(check.durationMs) : undefined,
    check.reference ? `${t.reference}: ${check.reference}` : undefined,
  ].filter((value): value is string => value !== undefined);
  const lines = [
    `#### ${status(model, check.status)} – ${text(view.title)} ${code(check.id, MAX_CELL_CHARS)}`,
    '',
    `_${meta.map((value) => text(value)).join(' · ')}_`,
    '',
  ];
  if (check.unfinished) lines.push(`**${escapeMarkdown(t.unfinished)}**`, '');
  if (view.description) lines.push(`**${escapeMarkdown(t.whatWasVerified)}:** ${text(view.description, 2000)}`, '');
  if (check.assumptions?.length)
    lines.push(`_${escapeMarkdown(t.reliesOnAssumption(check.assumptions.join(', ')))}_`, '');
  if (check.vilkaar?.length)
    lines.push(`${escapeMarkdown(t.vilkaarExercised)}: ${check.vilkaar.map((value) => code(value)).join(', ')}`, '');
  if (check.attestation) {
    const attestation = check.attestation;
    const state = attestation.attested
      ? t.manualAttestedBy(attestation.by ?? '', attestation.date ? fmt.date(attestation.date) : '')
      : t.manualNotAttested;
    lines.push(`${text(state)}${attestation.note ? ` – ${text(attestation.note)}` : ''}`, '');
  }
  if (check.findings.length) {
    lines.push(
      `**${escapeMarkdown(t.findings)}**`,
      '',
      ...table(
        [t.findingCode, t.findingMessage, t.findingPointer, t.findingExpected, t.findingActual],
        check.findings.map((finding) => [
          code(finding.code),
          text(findingMessage(finding, model.lang)),
          finding.pointer !== undefined ? code(finding.pointer || '/') : '',
          finding.expected !== undefined ? code(formatFindingValue(finding.expected, fmt)) : '',
          finding.actual !== undefined ? code(formatFindingValue(finding.actual, fmt)) : '',
        ]),
      ),
    );
  }
  if (view.exchanges.length) {
    lines.push(
      `**${escapeMarkdown(t.evidence)}**`,
      '',
      ...table(
        [t.method, t.path, t.status, t.time, t.korrelasjonsid],
        view.exchanges.map((exchange) => [
          code(exchange.exchange.method),
          code(exchange.path),
          exchange.exchange.status !== undefined
            ? String(exchange.exchange.status)
            : text(exchange.exchange.error ? t.exchangeError : t.none),
          text(fmt.duration(exchange.exchange.durationMs)),
          exchange.korrelasjonsid ? code(exchange.korrelasjonsid) : escapeMarkdown(t.none),
        ]),
        [3],
      ),
    );
  }
  return lines;
}

function renderChecks(model: ReportModel): string[] {
  const { t } = model;
  const lines = [
    `## ${escapeMarkdown(t.checks)}`,
    '',
    `_${escapeMarkdown(t.korrelasjonsidHint)} ${escapeMarkdown(t.bodiesElsewhere)}_`,
    '',
  ];
  for (const section of model.sections) {
    lines.push(`### ${text(`${section.id}. ${section.title}`)}`, '');
    if (section.checks.length === 0) lines.push(`_${escapeMarkdown(t.noChecksInSection)}_`, '');
    for (const view of section.checks) lines.push(...renderCheck(model, view));
  }
  return lines;
}

function renderNotes(model: ReportModel): string[] {
  const { notes } = model;
  if (notes.length === 0) return [];
  return [`## ${escapeMarkdown(model.t.notes)}`, '', ...notes.map((note) => `- ${text(note, 2000)}`), ''];
}

function renderSignOff(model: ReportModel): string[] {
  const { t } = model;
  return [
    `## ${escapeMarkdown(t.signOff)}`,
    '',
    escapeMarkdown(t.signOffIntro),
    '',
    ...table(
      [t.role, t.name, t.date, t.signature],
      t.signOffRoles.map((role) => [escapeMarkdown(role), '', '', '']),
    ),
  ];
}

/** Renders the Markdown report from a prepared model. */
export function renderMarkdownFromModel(model: ReportModel): string {
  const { t, result, headline } = model;
  const lines = [
    `# ${escapeMarkdown(t.title)}`,
    '',
    `_${escapeMarkdown(t.subtitle)}_`,
    '',
    ...(headline.demonstration
      ? [
          `> **${escapeMarkdown(headline.demonstration.title)}**`,
          '>',
          `> ${escapeMarkdown(headline.demonstration.detail)}`,
          '',
        ]
      : []),
    `**${escapeMarkdown(t.verdict)}: ${VERDICT_MARK[headline.verdict]} ${escapeMarkdown(headline.label)}** – ${escapeMarkdown(headline.explanation)}`,
    '',
    ...(headline.partialWarning ? [`**${escapeMarkdown(headline.partialWarning)}**`, ''] : []),
    ...(headline.runStateWarning ? [`**${escapeMarkdown(headline.runStateWarning)}**`, ''] : []),
    `**${escapeMarkdown(t.subject)}:** ${escapeMarkdown(headline.subject)}`,
    '',
    ...renderOverview(model),
    ...renderSummary(model),
    ...renderComparison(model),
    ...renderDeviations(model),
    ...renderAttestations(model),
    ...renderCoverage(model),
    ...renderChecks(model),
    ...renderNotes(model),
    ...renderSignOff(model),
    '---',
    '',
    `_${escapeMarkdown(t.generatedBy(result.kit.name, result.kit.version))}_`,
    '',
  ];
  return lines.join('\n');
}

/** Markdown for e-mail and pull requests. */
export function renderMarkdown(result: RunResult, options: RenderOptions = {}): string {
  return renderMarkdownFromModel(buildReportModel(result, options));
}

export const markdownRenderer: Renderer = {
  name: 'md',
  extension: '.md',
  mediaType: 'text/markdown; charset=utf-8',
  description: 'Markdown, for e-mail and pull requests',
  render: renderMarkdown,
};
