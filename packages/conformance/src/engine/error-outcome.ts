import { redactValue } from '@elan-kit/schemas';
import { type ConformanceError, hostNotFoundIn, isRunStoppingError } from '../errors.js';
import type { CheckOutcome } from './check.js';
import { type FindingText, finding } from './finding.js';

export class CheckTimeout extends Error {
  readonly messageNb: string;

  constructor(timeoutMs: number) {
    super(`The check did not finish within ${timeoutMs} ms.`);
    this.messageNb = `Kontrollen ble ikke ferdig innen ${timeoutMs} ms.`;
  }
}

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

/** An error's own text in bokmål when it has one (guards, Maskinporten, HTTP), else its English message. */
function errorMessageNb(error: unknown): string {
  const nb = (error as { messageNb?: unknown } | null)?.messageNb;
  return typeof nb === 'string' && nb ? String(redactValue(nb)) : errorMessage(error);
}

function errorOutcome(code: string, text: FindingText, pointer?: string): CheckOutcome {
  return { status: 'error', findings: [finding(code, text, { severity: 'error', ...(pointer ? { pointer } : {}) })] };
}

/**
 * What a thrown error means for a check: a guard refusal stops the run, an interruption leaves the check
 * unfinished, anything else is the tool's or the environment's `error` — never a crash.
 */
export function outcomeForError(error: unknown, signal: AbortSignal): ErrorVerdict {
  if (isRunStoppingError(error)) {
    const pointer = 'pointer' in error && typeof error.pointer === 'string' ? error.pointer : undefined;
    return {
      outcome: errorOutcome(error.code, { en: error.message, nb: errorMessageNb(error) }, pointer),
      unfinished: false,
      stop: error,
    };
  }
  const unreachable = hostNotFoundIn(error);
  if (unreachable && !signal.aborted) {
    return {
      outcome: errorOutcome(unreachable.code, {
        en: `The check could not complete: ${errorMessage(error)}`,
        nb: `Kontrollen kunne ikke fullføres: ${errorMessageNb(error)}`,
      }),
      unfinished: false,
      stop: unreachable,
    };
  }
  if (signal.aborted) {
    const reason = errorMessage(signal.reason);
    return {
      outcome: errorOutcome('INTERRUPTED', {
        en: `The run was interrupted while this check ran (${reason}).`,
        nb: `Kjøringen ble avbrutt mens denne kontrollen kjørte (${reason}).`,
      }),
      unfinished: true,
    };
  }
  if (error instanceof CheckTimeout) {
    return { outcome: errorOutcome('CHECK_TIMEOUT', { en: error.message, nb: error.messageNb }), unfinished: false };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return {
    outcome: errorOutcome(typeof code === 'string' ? code : 'CHECK_CRASHED', {
      en: `The check could not complete: ${errorMessage(error)}`,
      nb: `Kontrollen kunne ikke fullføres: ${errorMessageNb(error)}`,
    }),
    unfinished: false,
  };
}
