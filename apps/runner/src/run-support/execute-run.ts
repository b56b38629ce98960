import {
  type Check,
  type CheckSelection,
  type HttpClient,
  type OpenTargetOptions,
  openTarget,
  RunStoppedError,
  runChecks,
  type Shard,
  type Target,
} from '@elan-kit/conformance';
import type { RunListener, RunResult } from '@elan-kit/schemas';
import type { ResolvedConfig } from '../config/types.js';
import { kitVersion } from '../kit-version.js';
import { subjectOf, targetOptionsOf } from './run-description.js';
import { type WrittenRun, writeRunOutputs } from './write-run.js';

export interface ExecutedRun {
  readonly result: RunResult;
  readonly written: WrittenRun;
  /** Set when the run was interrupted; the partial result is written all the same. */
  readonly stopped?: RunStoppedError;
}

/**
 * One run: open the target, run the checks, write the RunResult and the reports. `elan-kit run` and the inspector's
 * Finish both come through here, so the same traffic is judged the same way.
 */
export async function executeRun(options: {
  readonly config: ResolvedConfig;
  readonly selection: CheckSelection;
  readonly checks: readonly Check[];
  readonly target: OpenTargetOptions;
  readonly http: HttpClient;
  readonly signal?: AbortSignal;
  readonly shard?: Shard;
  readonly listeners?: readonly RunListener[];
  readonly log?: (text: string) => void;
}): Promise<ExecutedRun> {
  const { config } = options;
  let target: Target | undefined;
  try {
    target = await openTarget(options.target);
    let result: RunResult;
    let stopped: RunStoppedError | undefined;
    try {
      result = await runChecks({
        checks: options.checks,
        target,
        http: options.http,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
        selection: options.selection,
        subject: subjectOf(config),
        targetOptions: targetOptionsOf(config),
        vendor: config.vendor,
        kit: { name: 'elan-kit', version: kitVersion() },
        attestations: config.attestations,
        listeners: options.listeners ?? [],
        log: options.log ?? (() => {}),
      });
    } catch (error) {
      if (!(error instanceof RunStoppedError)) throw error;
      stopped = error;
      result = error.result;
    }
    const written = await writeRunOutputs(result, { outDir: config.out, lang: config.lang });
    return { result, written, ...(stopped ? { stopped } : {}) };
  } finally {
    await target?.close();
  }
}
