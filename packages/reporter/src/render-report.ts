import type { RunResult } from '@elan-kit/schemas';
import { assertRunResult } from './parse-run-result.js';
import { DEFAULT_FORMATS, parseFormats, type ReportFormat, renderers } from './renderers/registry.js';
import type { RenderOptions, ReportFile } from './types.js';

/** File names are `<baseName><extension>`, e.g. `elan-kit-report.junit.xml`. */
export const DEFAULT_BASE_NAME = 'elan-kit-report';

export interface RenderReportOptions extends RenderOptions {
  /** Format names or a comma-separated list; `html,md,junit,json` by default. */
  readonly formats?: readonly string[] | string;
  readonly baseName?: string;
  /**
   * Called when one format cannot be rendered (e.g. PDF without Chromium). Without it the error is thrown;
   * with it the other formats are still returned.
   */
  readonly onFormatError?: (format: ReportFormat, error: unknown) => void;
}

/** Renders a RunResult in every requested format, in the order asked for. */
export async function renderReport(result: RunResult, options: RenderReportOptions = {}): Promise<ReportFile[]> {
  const formats = options.formats === undefined ? DEFAULT_FORMATS : parseFormats(options.formats);
  const current = assertRunResult(result, 'the RunResult');
  const compareWith = options.compareWith ? assertRunResult(options.compareWith, 'the earlier RunResult') : undefined;
  const renderOptions: RenderOptions = {
    lang: options.lang ?? 'nb',
    ...(compareWith ? { compareWith } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.chromium ? { chromium: options.chromium } : {}),
  };
  const baseName = options.baseName ?? DEFAULT_BASE_NAME;
  const files: ReportFile[] = [];
  for (const format of formats) {
    const renderer = renderers[format];
    try {
      files.push({
        name: `${baseName}${renderer.extension}`,
        format,
        mediaType: renderer.mediaType,
        contents: await renderer.render(current, renderOptions),
      });
    } catch (error) {
      if (!options.onFormatError) throw error;
      options.onFormatError(format, error);
    }
  }
  return files;
}
