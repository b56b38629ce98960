import type {
  ChecklistSection,
  CheckResult,
  LocalizedText,
  ModelVersion,
  RunResult,
  Severity,
  TargetInfo,
} from '@elan-kit/schemas';

export interface PlannedCheck {
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: LocalizedText;
  readonly severity: Severity;
}

export interface RunPlan {
  readonly runId: string;
  readonly target: TargetInfo;
  readonly modelVersion: ModelVersion;
  readonly checks: readonly PlannedCheck[];
}

/**
 * Lifecycle hooks over a read-only view of the run (vitest/Playwright reporters). All optional, all awaited;
 * a listener that throws is recorded in the result's notes and never stops the run or the other listeners.
 */
export interface RunListener {
  readonly name?: string;
  onRunStart?(plan: RunPlan): void | Promise<void>;
  onCheckStart?(check: PlannedCheck): void | Promise<void>;
  onCheckEnd?(check: PlannedCheck, result: CheckResult): void | Promise<void>;
  onRunEnd?(result: RunResult): void | Promise<void>;
}

type HookName = 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';

/** Calls one hook on every listener; failures become notes. */
export async function notifyListeners<H extends HookName>(
  listeners: readonly RunListener[],
  hook: H,
  args: Parameters<NonNullable<RunListener[H]>>,
  notes: string[],
): Promise<void> {
  for (const [index, listener] of listeners.entries()) {
    const fn = listener[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined;
    if (!fn) continue;
    try {
      await fn.apply(listener, args);
    } catch (error) {
      const name = listener.name ?? `listener ${index + 1}`;
      notes.push(`Reporter "${name}" failed in ${hook}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
