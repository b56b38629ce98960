import { randomUUID } from 'node:crypto';
import {
  type Attestation,
  type CheckResult,
  type Finding,
  type ModelVersion,
  RUN_RESULT_SCHEMA_VERSION,
  type RunResult,
  redactValue,
  type SubjectInfo,
  type TargetOptionValue,
  type VendorInfo,
  type VilkaarCoverage,
  validateRunResult,
  vilkaarCatalog,
  vilkaarFor,
} from '@elan-kit/schemas';
import { ConformanceError, RunStoppedError } from '../errors.js';
import type { HttpClient } from '../http/http-client.js';
import { type CheckSelection, describeSelection } from '../presets.js';
import { subjectFor } from '../targets/subject.js';
import type { Target } from '../targets/target.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';
import { createCheckContext, type RunScope } from './check-context.js';
import { type Clock, createSystemClock } from './clock.js';
import { CheckTimeout, outcomeForError } from './error-outcome.js';
import { type FindingText, finding } from './finding.js';
import { notifyListeners, type PlannedCheck, type RunListener, type RunPlan } from './listeners.js';
import { type Shard, selectShard } from './shard.js';
import { summarizeChecks } from './summarize.js';

export interface RunChecksOptions {
  readonly checks: readonly Check[];
  readonly target: Target;
  readonly http: HttpClient;
  /** Wall clock for the run's timestamps; waits inside checks use the target's clock. */
  readonly clock?: Clock;
  readonly listeners?: readonly RunListener[];
  /** Aborting it (SIGINT/SIGTERM) stops the run; the result still comes back complete and valid. */
  readonly signal?: AbortSignal;
  readonly shard?: Shard;
  /** How `checks` were chosen (recorded in the RunResult; partial selections never get the full verdict). */
  readonly selection?: CheckSelection;
  /** Who is under test; by default what the target kind implies. */
  readonly subject?: SubjectInfo;
  /** How the target was set up, recorded as `target.options` (never secrets). */
  readonly targetOptions?: Readonly<Record<string, TargetOptionValue>>;
  readonly vendor?: VendorInfo;
  readonly kit?: { readonly name: string; readonly version: string };
  readonly runId?: string;
  /** Attestations by check id (manual sections 1, 6, 7). */
  readonly attestations?: Readonly<Record<string, Attestation>>;
  /** Output sink for scenario cards and hints. */
  readonly log?: (text: string) => void;
  /** A check running longer than this (wall time) ends as `error`. */
  readonly checkTimeoutMs?: number;
}

const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60 * 1000;
const KIT = { name: 'elan-kit', version: '0.1.0' } as const;

function plannedCheck(check: Check): PlannedCheck {
  return { id: check.id, section: check.section, title: check.title, severity: check.severity };
}

function staticResult(check: Check): Omit<CheckResult, 'status' | 'findings' | 'evidence'> {
  return {
    id: check.id,
    section: check.section,
    title: check.title,
    severity: check.severity,
    description: check.description,
    reference: check.reference,
    ...(check.assumptions?.length ? { assumptions: [...check.assumptions] } : {}),
  };
}

/** Races a check against abort and timeout, so an unresponsive check never holds up an interrupted run. */
async function runGuarded(
  check: Check,
  context: CheckContext,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<CheckOutcome> {
  let cleanup = () => {};
  const stop = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => reject(new CheckTimeout(timeoutMs)), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    cleanup = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
  });
  try {
    return await Promise.race([Promise.resolve().then(() => check.run(context)), stop]);
  } finally {
    cleanup();
  }
}

function unfinishedResult(check: Check, stoppedBy: ConformanceError | undefined): CheckResult {
  const text: FindingText = stoppedBy
    ? {
        en: `Not run: the run stopped (${stoppedBy.code}).`,
        nb: `Ikke kjørt: kjøringen stoppet (${stoppedBy.code}).`,
      }
    : { en: 'Not run: the run was interrupted first.', nb: 'Ikke kjørt: kjøringen ble avbrutt før den kom hit.' };
  return {
    ...staticResult(check),
    status: 'skip',
    unfinished: true,
    findings: [finding('UNFINISHED', text, { severity: 'info' })],
    evidence: [],
  };
}

/**
 * Runs checks one after another against a target and returns a RunResult validated against its JSON Schema.
 * A thrown error in a check becomes that check's `error`; an aborted run marks what did not finish.
 * Throws RunStoppedError (carrying the partial result) when a guard refuses to send something.
 */
export async function runChecks(options: RunChecksOptions): Promise<RunResult> {
  const clock = options.clock ?? createSystemClock();
  const { target } = options;
  const signal = options.signal ?? new AbortController().signal;
  const listeners = options.listeners ?? [];
  const runId = options.runId ?? randomUUID();
  const selected = options.shard ? selectShard(options.checks, options.shard) : [...options.checks];
  if (selected.length === 0) throw new ConformanceError('ELAN_SELECTION_EMPTY', 'No check is selected for the run.');
  assertUniqueIds(selected);
  const selection = describeSelection(
    options.selection ?? {},
    selected.map((check) => check.id),
    options.shard !== undefined && options.shard.total > 1,
  );
  const targetInfo = options.targetOptions ? { ...target.info, options: { ...options.targetOptions } } : target.info;
  const notes: FindingText[] = [...target.notes];
  const scope: RunScope = {
    target,
    http: options.http.withGuards(target.guards),
    signal,
    notes,
    ...(options.attestations ? { attestations: options.attestations } : {}),
    ...(options.log ? { log: options.log } : {}),
    runEvidence: [],
    inRun: new Set(),
    memo: new Map(),
  };
  const startedAt = clock.now();
  const plan: RunPlan = {
    runId,
    target: targetInfo,
    modelVersion: target.modelVersion,
    checks: selected.map(plannedCheck),
  };
  await notifyListeners(listeners, 'onRunStart', [plan], notes);

  const results: CheckResult[] = [];
  let state: RunResult['run']['state'] = 'completed';
  let stoppedBy: ConformanceError | undefined;

  for (const check of selected) {
    if (signal.aborted || stoppedBy) {
      results.push(unfinishedResult(check, stoppedBy));
      continue;
    }
    const planned = plannedCheck(check);
    await notifyListeners(listeners, 'onCheckStart', [planned], notes);
    const checkStarted = clock.now();
    const { context, evidence } = createCheckContext(check, scope);

    let outcome: CheckOutcome;
    let unfinished = false;
    if (check.targets && !check.targets.includes(target.kind)) {
      outcome = {
        status: 'skip',
        findings: [
          finding(
            'NOT_APPLICABLE',
            {
              en: `Not applicable to the ${target.kind} target (applies to: ${check.targets.join(', ')}).`,
              nb: `Gjelder ikke for testmålet ${target.kind} (gjelder for: ${check.targets.join(', ')}).`,
            },
            { severity: 'info' },
          ),
        ],
      };
    } else {
      try {
        outcome = await runGuarded(check, context, signal, options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS);
      } catch (error) {
        const verdict = outcomeForError(error, signal);
        outcome = verdict.outcome;
        unfinished = verdict.unfinished;
        if (verdict.stop) {
          stoppedBy = verdict.stop;
          state = 'crashed';
        }
      }
    }
    outcome = target.review ? target.review(outcome, checkStarted) : outcome;
    const result: CheckResult = {
      ...staticResult(check),
      status: outcome.status,
      startedAt: checkStarted.toISOString(),
      durationMs: Math.max(0, clock.now().getTime() - checkStarted.getTime()),
      ...(unfinished ? { unfinished: true } : {}),
      findings: (outcome.findings ?? []).map(sanitizeFinding),
      evidence,
      ...(outcome.vilkaar ? { vilkaar: [...new Set(outcome.vilkaar)].sort() } : {}),
      ...(outcome.attestation ? { attestation: outcome.attestation } : {}),
    };
    results.push(result);
    await notifyListeners(listeners, 'onCheckEnd', [planned, result], notes);
  }
  if (signal.aborted && state === 'completed') state = 'interrupted';

  const finishedAt = clock.now();
  const result: RunResult = {
    schemaVersion: RUN_RESULT_SCHEMA_VERSION,
    kit: options.kit ?? KIT,
    contract: target.contract,
    vendor: options.vendor ?? {},
    subject: options.subject ?? subjectFor(target.kind),
    target: targetInfo,
    run: {
      id: runId,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
      state,
      ...(options.shard ? { shard: { index: options.shard.index, total: options.shard.total } } : {}),
      selection,
    },
    checks: results,
    summary: summarizeChecks(results, { partial: selection.partial }),
    vilkaarCoverage: coverage(target.modelVersion, results),
    ...(notes.length > 0 ? { notes: notes.map((note) => note.en), notesNb: notes.map((note) => note.nb) } : {}),
  };
  const validation = validateRunResult(JSON.parse(JSON.stringify(result)));
  if (!validation.valid) {
    throw new ConformanceError(
      'ELAN_RUN_RESULT_INVALID',
      `The run produced an invalid RunResult (a bug in elan-kit): ${validation.errors
        .slice(0, 5)
        .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
        .join('; ')}`,
    );
  }
  await notifyListeners(listeners, 'onRunEnd', [result], []);
  if (stoppedBy) throw new RunStoppedError(stoppedBy, result);
  return result;
}

/** Which vilkår of the model version the run exercised (the reporter's coverage view). */
function coverage(modelVersion: ModelVersion, results: readonly CheckResult[]): VilkaarCoverage {
  const exercised = new Set(results.flatMap((result) => result.vilkaar ?? []));
  return {
    catalogSize: vilkaarCatalog.length,
    applicable: vilkaarFor(modelVersion).map((vilkaar) => vilkaar.kode),
    exercised: [...exercised].sort(),
  };
}

/** Findings may quote response bodies: they go through the same redaction as evidence. */
function sanitizeFinding(item: Finding): Finding {
  return redactValue(item) as Finding;
}

function assertUniqueIds(checks: readonly Check[]): void {
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id))
      throw new ConformanceError('ELAN_CHECK_DEFINITION', `Two checks share the id "${check.id}".`);
    seen.add(check.id);
  }
}
