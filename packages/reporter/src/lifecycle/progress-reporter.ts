import type { CheckResult, CheckStatus, RunResult } from '@elan-kit/schemas';
import { createFormatter } from '../i18n/format.js';
import { messagesFor } from '../i18n/messages.js';
import { primaryKorrelasjonsid } from '../model/exchange-view.js';
import { findingMessage } from '../model/finding-message.js';
import type { Lang } from '../types.js';
import type { PlannedCheck, Reporter, RunPlan } from './reporter.js';
import { type AnsiColor, paint, terminalText } from './terminal-text.js';

/** Where progress goes; the CLI's output (stderr) fits. `err` ends each call with a line break. */
export interface ProgressOutput {
  err(text: string): void;
  /** On an interactive terminal the "running" line is redrawn in place and colours are used. */
  readonly interactive: boolean;
}

export interface ProgressReporterOptions {
  readonly lang?: Lang;
  /** Defaults to `output.interactive`. */
  readonly color?: boolean;
}

const MARKS: Readonly<Record<CheckStatus, readonly [string, AnsiColor]>> = {
  pass: ['✓', 'green'],
  fail: ['✗', 'red'],
  error: ['!', 'yellow'],
  skip: ['-', 'grey'],
  manual: ['?', 'blue'],
};

// Cursor up one line and clear it: replaces the "running" line with the finished one.
const REPLACE_PREVIOUS_LINE = '\u001b[1A\u001b[2K';

/** Prints one line per finished check for `elan-kit run`, and a redrawn "running" line on a TTY. */
export function progressReporter(output: ProgressOutput, options: ProgressReporterOptions = {}): Reporter {
  const lang = options.lang ?? 'nb';
  const t = messagesFor(lang);
  const fmt = createFormatter(lang);
  const color = options.color ?? output.interactive;
  let total = 0;
  let finished = 0;
  let statusLineShown = false;

  const counter = (n: number) => {
    const width = String(total).length;
    return `[${String(n).padStart(width)}/${total}]`;
  };
  const title = (check: PlannedCheck) => terminalText(check.title[lang] || check.title.nb || check.id);

  return {
    name: 'progress',
    onRunStart(plan: RunPlan) {
      total = plan.checks.length;
      finished = 0;
      output.err(terminalText(t.progressStart(total, plan.runId)));
    },
    onCheckStart(check: PlannedCheck) {
      if (!output.interactive) return;
      output.err(
        paint(
          `  … ${counter(finished + 1)} ${terminalText(check.id)}  ${title(check)} – ${t.progressRunning}`,
          'grey',
          color,
        ),
      );
      statusLineShown = true;
    },
    onCheckEnd(check: PlannedCheck, result: CheckResult) {
      finished++;
      const [mark, markColor] = MARKS[result.status];
      const duration = result.durationMs !== undefined ? ` (${fmt.duration(result.durationMs)})` : '';
      const prefix = statusLineShown ? REPLACE_PREVIOUS_LINE : '';
      statusLineShown = false;
      const lines = [
        `${prefix}  ${paint(mark, markColor, color)} ${counter(finished)} ${check.section}. ${terminalText(check.id)}  ${title(check)}${duration}`,
      ];
      const finding = result.findings[0];
      if ((result.status === 'fail' || result.status === 'error') && finding) {
        const korrelasjonsid = primaryKorrelasjonsid(result);
        lines.push(
          `      ${paint(terminalText(`${finding.code}: ${findingMessage(finding, lang)}`), markColor, color)}${
            korrelasjonsid ? ` (${t.korrelasjonsid} ${terminalText(korrelasjonsid)})` : ''
          }`,
        );
      }
      output.err(lines.join('\n'));
    },
    onRunEnd(result: RunResult) {
      const prefix = statusLineShown ? REPLACE_PREVIOUS_LINE : '';
      statusLineShown = false;
      const verdict = result.summary.verdict;
      const verdictColor: AnsiColor = verdict === 'pass' ? 'green' : verdict === 'fail' ? 'red' : 'yellow';
      output.err(
        `${prefix}${t.progressDone(fmt.duration(result.run.durationMs ?? 0))}: ${paint(t.verdicts[result.summary.verdict], verdictColor, color)}`,
      );
    },
  };
}
