import { type RunResult, redactValue } from '@elan-kit/schemas';

/*
 * The conformance engine redacts before it records; the reporter redacts again, because a report is
 * sent outside the company and one leaked private key or token is one too many.
 */

/** The RunResult with every secret removed; the shape (and so schema validity) is unchanged. */
export function redactRunResult(result: RunResult): RunResult {
  return redactValue(result) as RunResult;
}
