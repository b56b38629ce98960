import { ReporterError } from '../errors.js';
import type { Renderer } from '../types.js';
import { htmlRenderer } from './html.js';
import { jsonRenderer } from './json.js';
import { junitRenderer } from './junit.js';
import { markdownRenderer } from './markdown.js';
import { pdfRenderer } from './pdf.js';

/** Every output format, keyed by the name used on the command line. Adding a format adds one line here. */
export const renderers = {
  html: htmlRenderer,
  md: markdownRenderer,
  junit: junitRenderer,
  json: jsonRenderer,
  pdf: pdfRenderer,
} as const satisfies Readonly<Record<string, Renderer>>;

export type ReportFormat = keyof typeof renderers;

export const REPORT_FORMATS = Object.keys(renderers) as ReportFormat[];

/** What `elan-kit report` writes when no `--format` is given (PDF needs a browser, so it is opt-in). */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'junit', 'json'];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(renderers, name);
}

/** Turns `html,md` (or a list) into known format names; an unknown name is a typed error listing the known ones. */
export function parseFormats(value: string | readonly string[]): ReportFormat[] {
  const names = (typeof value === 'string' ? value.split(',') : value)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !isReportFormat(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new ReporterError(
      'ELAN_REPORT_UNKNOWN_FORMAT',
      names.length === 0
        ? 'No report format given.'
        : `Unknown report format ${unknown.map((name) => `"${name}"`).join(', ')}.`,
      { hint: `Choose from: ${REPORT_FORMATS.join(', ')} (comma-separated, e.g. --format html,pdf).` },
    );
  }
  return [...new Set(names)] as ReportFormat[];
}
