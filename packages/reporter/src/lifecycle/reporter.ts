import type {
  ChecklistSection,
  CheckResult,
  LocalizedText,
  ModelVersion,
  RunResult,
  Severity,
  TargetInfo,
} from '@elan-kit/schemas';

/** A check as announced before it runs. */
export interface PlannedCheck {
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: LocalizedText;
  readonly severity: Severity;
}

/** What a run is about to do; the conformance engine produces it. */
export interface RunPlan {
  readonly runId: string;
  readonly target: TargetInfo;
  readonly modelVersion: ModelVersion;
  readonly checks: readonly PlannedCheck[];
}

/**
 * Live-run hooks, all optional and awaited in order. Reporters get read-only views; a reporter that throws
 * is recorded by the multiplexer and never stops the run or the other reporters.
 */
export interface Reporter {
  /** Shown when the reporter fails. */
  readonly name?: string;
  onRunStart?(plan: RunPlan): void | Promise<void>;
  onCheckStart?(check: PlannedCheck): void | Promise<void>;
  onCheckEnd?(check: PlannedCheck, result: CheckResult): void | Promise<void>;
  onRunEnd?(result: RunResult): void | Promise<void>;
}

export type ReporterHook = 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';
