import type { ChecklistSection, CheckResult, CheckStatus, RunSummary, StatusCounts, Verdict } from '@elan-kit/schemas';

/**
 * Fixed precedence for rolling a group of checks up into one status: the first status in this list that
 * occurs wins. A recommended check's `fail`/`error` counts as a `pass` here, so it never fails its section.
 */
export const ROLL_UP_PRECEDENCE: readonly CheckStatus[] = ['fail', 'error', 'pass', 'manual', 'skip'];

export function rollUpStatus(checks: ReadonlyArray<Pick<CheckResult, 'status' | 'severity'>>): CheckStatus {
  const present = new Set<CheckStatus>(
    checks.map((check) =>
      check.severity === 'recommended' && (check.status === 'fail' || check.status === 'error') ? 'pass' : check.status,
    ),
  );
  return ROLL_UP_PRECEDENCE.find((status) => present.has(status)) ?? 'skip';
}

type JudgedCheck = Pick<CheckResult, 'status' | 'severity'> & Partial<Pick<CheckResult, 'attestation'>>;

function isUnattestedRequired(check: JudgedCheck): boolean {
  return check.severity === 'required' && check.status === 'manual' && check.attestation?.attested !== true;
}

/** What the verdict needs to know beyond the checks themselves. */
export interface VerdictContext {
  /** The run selected only part of the checklist (`--only`, a preset other than `full`, `--skip`, a shard). */
  readonly partial?: boolean;
}

/** Required checklist steps (manual checks) the user has not attested, in run order. */
export function unattestedRequired(checks: ReadonlyArray<JudgedCheck & Pick<CheckResult, 'id'>>): string[] {
  return checks.filter(isUnattestedRequired).map((check) => check.id);
}

/**
 * `fail` when a required check failed; `error` when none failed but a required one errored. Otherwise the run
 * passed what it ran, and the verdict says how far that goes: `pass-partial` for a partial selection,
 * `pass-unattested` while required steps are not attested, and `pass` only for the whole checklist, attested.
 */
export function decideVerdict(checks: ReadonlyArray<JudgedCheck>, context: VerdictContext = {}): Verdict {
  const required = checks.filter((check) => check.severity === 'required');
  if (required.some((check) => check.status === 'fail')) return 'fail';
  if (required.some((check) => check.status === 'error')) return 'error';
  if (context.partial) return 'pass-partial';
  if (checks.some(isUnattestedRequired)) return 'pass-unattested';
  return 'pass';
}

function countStatuses(checks: ReadonlyArray<Pick<CheckResult, 'status'>>): StatusCounts {
  const counts = { total: checks.length, pass: 0, fail: 0, error: 0, skip: 0, manual: 0 };
  for (const check of checks) counts[check.status]++;
  return counts;
}

export function summarizeChecks(checks: readonly CheckResult[], context: VerdictContext = {}): RunSummary {
  const bySection: Partial<Record<ChecklistSection, StatusCounts>> = {};
  const sections = [...new Set(checks.map((check) => check.section))].sort();
  for (const section of sections) {
    bySection[section] = countStatuses(checks.filter((check) => check.section === section));
  }
  return {
    ...countStatuses(checks),
    verdict: decideVerdict(checks, context),
    unattestedRequired: unattestedRequired(checks),
    bySection,
  };
}
