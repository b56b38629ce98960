import type { ModelVersion } from '../model-version.js';
import type { ChecklistSection, CheckResult, LocalizedText, RunResult, Severity, TargetInfo } from './types.js';

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
 * Lifecycle hooks over a read-only view of a live run (vitest/Playwright reporters). All optional, all awaited;
 * the conformance engine calls them, the reporter implements them. One that throws never stops the run.
 */
export interface RunListener {
  /** Shown when the listener fails. */
  readonly name?: string;
  onRunStart?(plan: RunPlan): void | Promise<void>;
  onCheckStart?(check: PlannedCheck): void | Promise<void>;
  onCheckEnd?(check: PlannedCheck, result: CheckResult): void | Promise<void>;
  onRunEnd?(result: RunResult): void | Promise<void>;
}
