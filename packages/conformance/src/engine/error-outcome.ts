import { type ConformanceError, isRunStoppingError } from '../errors.js';
import { redactValue } from '../http/redact.js';
import type { CheckOutcome } from './check.js';

export class CheckTimeout extends Error {}

export interface ErrorVerdict {
  readonly outcome: CheckOutcome;
  /** The check was cut off by an interruption. */
  readonly unfinished: boolean;
  /** The error must stop the whole run (a guard refused to send something). */
  readonly stop?: ConformanceError;
}

function errorMessage(error: unknown): string {
  return String(redactValue(error instanceof Error ? error.message : String(error)));
}

function errorOutcome(code: string, message: string, pointer?: string): CheckOutcome {
  return { status: 'error', findings: [{ code, message, severity: 'error', ...(pointer ? { pointer } : {}) }] };
}

/**
 * What a thrown error means for a check: a guard refusal stops the run, an interruption leaves the check
 * unfinished, anything else is the tool's or the environment's `error` — never a crash.
 */
export function outcomeForError(error: unknown, signal: AbortSignal): ErrorVerdict {
  if (isRunStoppingError(error)) {
    const pointer = 'pointer' in error && typeof error.pointer === 'string' ? error.pointer : undefined;
    return { outcome: errorOutcome(error.code, error.message, pointer), unfinished: false, stop: error };
  }
  if (signal.aborted) {
    return {
      outcome: errorOutcome(
        'INTERRUPTED',
        `The run was interrupted while this check ran (${errorMessage(signal.reason)}).`,
      ),
      unfinished: true,
    };
  }
  if (error instanceof CheckTimeout)
    return { outcome: errorOutcome('CHECK_TIMEOUT', error.message), unfinished: false };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    outcome: errorOutcome(
      typeof code === 'string' ? code : 'CHECK_CRASHED',
      `The check could not complete: ${errorMessage(error)}`,
    ),
    unfinished: false,
  };
}
