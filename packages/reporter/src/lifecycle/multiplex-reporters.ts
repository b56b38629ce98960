import type { CheckResult, RunResult } from '@elan-kit/schemas';
import type { PlannedCheck, Reporter, ReporterHook, RunPlan } from './reporter.js';

export interface ReporterFailure {
  readonly reporter: string;
  readonly hook: ReporterHook;
  readonly error: unknown;
}

/** One reporter that calls many; it never throws from a hook. */
export interface MultiplexedReporter extends Required<Omit<Reporter, 'name'>> {
  readonly name: string;
  /** Every error a reporter threw, in order. */
  readonly failures: readonly ReporterFailure[];
}

export interface MultiplexOptions {
  /** Told about each failure as it happens (e.g. to print a warning). */
  readonly onFailure?: (failure: ReporterFailure) => void;
}

/** Fans every hook out to each reporter in turn, recording (not propagating) their errors. */
export function multiplexReporters(
  reporters: readonly Reporter[],
  options: MultiplexOptions = {},
): MultiplexedReporter {
  const failures: ReporterFailure[] = [];
  const named = reporters.map((reporter, index) => ({ reporter, name: reporter.name ?? `reporter ${index + 1}` }));

  async function call(hook: ReporterHook, invoke: (reporter: Reporter) => void | Promise<void>): Promise<void> {
    for (const { reporter, name } of named) {
      if (typeof reporter[hook] !== 'function') continue;
      try {
        await invoke(reporter);
      } catch (error) {
        const failure = { reporter: name, hook, error };
        failures.push(failure);
        try {
          options.onFailure?.(failure);
        } catch {
          // A failing failure handler must not stop the run either.
        }
      }
    }
  }

  return {
    name: 'multiplexer',
    failures,
    onRunStart: (plan: RunPlan) => call('onRunStart', (reporter) => reporter.onRunStart?.(plan)),
    onCheckStart: (check: PlannedCheck) => call('onCheckStart', (reporter) => reporter.onCheckStart?.(check)),
    onCheckEnd: (check: PlannedCheck, result: CheckResult) =>
      call('onCheckEnd', (reporter) => reporter.onCheckEnd?.(check, result)),
    onRunEnd: (result: RunResult) => call('onRunEnd', (reporter) => reporter.onRunEnd?.(result)),
  };
}
