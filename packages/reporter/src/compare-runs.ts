import type { ChecklistSection, CheckResult, CheckStatus, LocalizedText, RunResult, Verdict } from '@elan-kit/schemas';

export interface CheckChange {
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: LocalizedText;
  /** Absent for a check that is new in the current run. */
  readonly from?: CheckStatus;
  /** Absent for a check that the current run no longer has. */
  readonly to?: CheckStatus;
}

export interface RunSnapshot {
  readonly runId: string;
  readonly startedAt: string;
  readonly verdict: Verdict;
  readonly contractHash: string;
  readonly modelVersion: string;
}

/** What changed between two runs of the suite. Every check appears in at most one of the check lists. */
export interface RunComparison {
  readonly previous: RunSnapshot;
  readonly current: RunSnapshot;
  /** Failing (fail/error) now, and not failing before or new. */
  readonly newFailures: readonly CheckChange[];
  /** Failing before, passing now. */
  readonly fixed: readonly CheckChange[];
  /** Any other change of outcome between checks both runs have. */
  readonly changed: readonly CheckChange[];
  /** New checks that are not failing (new failing checks are in `newFailures`). */
  readonly added: readonly CheckChange[];
  readonly removed: readonly CheckChange[];
  readonly contractChanged: boolean;
  readonly modelChanged: boolean;
  readonly verdictChanged: boolean;
  /** API documents whose version or hash differs, or that only one run has. */
  readonly changedDocuments: readonly string[];
}

const FAILING: ReadonlySet<CheckStatus> = new Set(['fail', 'error']);

function snapshot(result: RunResult): RunSnapshot {
  return {
    runId: result.run.id,
    startedAt: result.run.startedAt,
    verdict: result.summary.verdict,
    contractHash: result.contract.hash,
    modelVersion: result.contract.modelVersion,
  };
}

function change(check: CheckResult, from: CheckStatus | undefined, to: CheckStatus | undefined): CheckChange {
  return {
    id: check.id,
    section: check.section,
    title: check.title,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

function changedDocuments(previous: RunResult, current: RunResult): string[] {
  const key = (document: { api: string; version: string; hash: string }) => `${document.version}\u0000${document.hash}`;
  const before = new Map(previous.contract.documents.map((document) => [document.api, key(document)]));
  const after = new Map(current.contract.documents.map((document) => [document.api, key(document)]));
  const apis = new Set([...before.keys(), ...after.keys()]);
  return [...apis].filter((api) => before.get(api) !== after.get(api)).sort();
}

/** Compares an earlier run with the current one: new failures, fixed checks, other changes, contract changes. */
export function compareRuns(previous: RunResult, current: RunResult): RunComparison {
  const before = new Map(previous.checks.map((check) => [check.id, check]));
  const currentIds = new Set(current.checks.map((check) => check.id));
  const newFailures: CheckChange[] = [];
  const fixed: CheckChange[] = [];
  const changed: CheckChange[] = [];
  const added: CheckChange[] = [];

  for (const check of current.checks) {
    const earlier = before.get(check.id);
    const from = earlier?.status;
    if (from === check.status) continue;
    if (FAILING.has(check.status) && (from === undefined || !FAILING.has(from))) {
      newFailures.push(change(check, from, check.status));
    } else if (from === undefined) {
      added.push(change(check, undefined, check.status));
    } else if (FAILING.has(from) && check.status === 'pass') {
      fixed.push(change(check, from, check.status));
    } else {
      changed.push(change(check, from, check.status));
    }
  }
  const removed = previous.checks
    .filter((check) => !currentIds.has(check.id))
    .map((check) => change(check, check.status, undefined));

  return {
    previous: snapshot(previous),
    current: snapshot(current),
    newFailures,
    fixed,
    changed,
    added,
    removed,
    contractChanged: previous.contract.hash !== current.contract.hash,
    modelChanged: previous.contract.modelVersion !== current.contract.modelVersion,
    verdictChanged: previous.summary.verdict !== current.summary.verdict,
    changedDocuments: changedDocuments(previous, current),
  };
}
