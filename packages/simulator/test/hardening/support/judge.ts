/** What a fuzzed answer must look like: an allowed status, never 5xx, and every error a proper ProblemDetail. */
import type { PreparedRequest } from './prepare.js';
import type { SendOutcome } from './send.js';

/** Text that only the other client's data contains; no answer to the fuzzing client may include it. */
export interface LeakMarkers {
  readonly markers: readonly string[];
  /** The other client's references: an error body may echo them only because the request named them. */
  readonly unlessInPath: readonly string[];
}

export function judgeOutcome(prepared: PreparedRequest, outcome: SendOutcome, leaks: LeakMarkers): string[] {
  if (outcome.kind === 'hung') return [`no answer within ${Math.round(outcome.latencyMs)} ms`];
  if (outcome.kind === 'network-error') {
    // Past the body limit the simulator answers 413 and closes; a client still writing may see the reset first.
    if (prepared.allowed.has(413) && prepared.allowed.size === 1) return [];
    return [`network error: ${outcome.message}`];
  }
  const { status, headers, text } = outcome.answer;
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}`);
  if (!prepared.allowed.has(status))
    problems.push(`answered ${status}, expected one of ${[...prepared.allowed].join('/')}`);
  for (const marker of leaks.markers)
    if (text.includes(marker)) problems.push(`the answer contains another client's data (${marker})`);
  for (const marker of leaks.unlessInPath) {
    if (text.includes(marker) && !prepared.path.includes(marker))
      problems.push(`the answer names another client's ${marker}`);
  }
  if (status < 400) return problems;

  const contentType = String(headers['content-type'] ?? '');
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  if (!body) return [...problems, `error answer ${status} is not a JSON object: ${text.slice(0, 80)}`];

  if (prepared.shape === 'maskinporten' && typeof body.error === 'string') {
    if (typeof body.error_description !== 'string') problems.push('Maskinporten error without error_description');
    return problems;
  }
  if (!/^application\/problem\+json\b/.test(contentType))
    problems.push(`error answer ${status} has content type "${contentType}"`);
  if (body.status !== status) problems.push(`ProblemDetail status ${String(body.status)} differs from HTTP ${status}`);
  if (typeof body.type !== 'string' || typeof body.title !== 'string')
    problems.push('ProblemDetail without type/title');
  if (prepared.korrelasjonsid !== undefined) {
    if (body.korrelasjonsid !== prepared.korrelasjonsid) problems.push('korrelasjonsid not echoed in the error body');
  } else if (typeof body.korrelasjonsid !== 'string') {
    problems.push('error body without korrelasjonsid');
  }
  if (status === 422 && !Array.isArray(body.kontrollutslag)) problems.push('422 without kontrollutslag');
  if (status === 429 && headers['retry-after'] === undefined) problems.push('429 without Retry-After');
  return problems;
}
