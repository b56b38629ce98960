import { CHECK_STATUSES, type RunResult, type StatusCounts } from '@elan-kit/schemas';
import { buildReportModel } from '../model/build-report-model.js';
import { documentView } from '../model/contract-document.js';
import type { Lang } from '../types.js';
import { terminalText } from './terminal-text.js';

/** At most this many deviations and notes are listed under the table; the report has them all. */
const MAX_LISTED_DEVIATIONS = 10;
const MAX_LISTED_NOTES = 5;

/** A plain-text table per checklist section for the end of a run, with the verdict and the open items. */
export function summaryTable(result: RunResult, lang: Lang = 'nb'): string {
  const model = buildReportModel(result, { lang });
  const { t, fmt } = model;
  const header = [t.section, ...CHECK_STATUSES.map((status) => t.statuses[status]), t.total];
  const row = (label: string, counts: StatusCounts) => [
    label,
    ...CHECK_STATUSES.map((status) => fmt.number(counts[status])),
    fmt.number(counts.total),
  ];
  const rows = [
    ...model.sections.map((section) => row(`${section.id}. ${section.title}`, section.counts)),
    row(t.total, model.totals),
  ];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const lines = [format(header), rule, ...rows.slice(0, -1).map(format), rule, format(rows.at(-1) ?? [])];

  const { headline } = model;
  lines.push('', `${t.verdict}: ${headline.label} – ${headline.explanation}`);
  if (headline.partialWarning) lines.push(headline.partialWarning);
  if (headline.runStateWarning) lines.push(headline.runStateWarning);
  lines.push(`${t.subject}: ${terminalText(headline.subject)}`);
  if (headline.demonstration) lines.push(`${headline.demonstration.title}.`);

  if (result.contract.documents.length > 0) {
    lines.push('', `${t.contractDocuments}:`);
    for (const document of result.contract.documents) {
      const view = documentView(document, t);
      const about = [view.origin, view.fallback].filter(Boolean).join('; ');
      lines.push(
        `  ${terminalText(view.api)}: ${terminalText(view.name)}${about ? ` – ${terminalText(about)}` : ''} (${view.hash.slice(0, 19)}…)`,
      );
    }
  }

  if (model.deviations.length > 0) {
    lines.push('', `${t.deviations}:`);
    for (const { view, kind, reason } of model.deviations.slice(0, MAX_LISTED_DEVIATIONS)) {
      const { korrelasjonsid } = view;
      lines.push(
        `  ${t.deviationKinds[kind]} · ${t.severities[view.check.severity]} · ${terminalText(view.check.id)}: ${terminalText(reason)}${
          korrelasjonsid ? ` (${t.korrelasjonsid} ${terminalText(korrelasjonsid)})` : ''
        }`,
      );
    }
    const more = model.deviations.length - MAX_LISTED_DEVIATIONS;
    if (more > 0) lines.push(`  … +${more}`);
  }
  const { notes } = model;
  if (notes.length > 0) {
    lines.push('', `${t.notes}:`);
    for (const note of notes.slice(0, MAX_LISTED_NOTES)) lines.push(`  ${terminalText(note)}`);
    const more = notes.length - MAX_LISTED_NOTES;
    if (more > 0) lines.push(`  … +${more}`);
  }
  return lines.join('\n');
}
