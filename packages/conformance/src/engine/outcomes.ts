import type { Attestation, Finding } from '@elan-kit/schemas';
import type { CheckOutcome } from './check.js';

/** Small constructors so checks read as what they decide. */
export function pass(findings: readonly Finding[] = [], vilkaar?: readonly string[]): CheckOutcome {
  return vilkaar ? { status: 'pass', findings, vilkaar } : { status: 'pass', findings };
}

export function fail(findings: readonly Finding[], vilkaar?: readonly string[]): CheckOutcome {
  return vilkaar ? { status: 'fail', findings, vilkaar } : { status: 'fail', findings };
}

export function toolError(code: string, message: string, extra: Partial<Finding> = {}): CheckOutcome {
  return { status: 'error', findings: [{ code, message, severity: 'error', ...extra }] };
}

export function skip(code: string, message: string): CheckOutcome {
  return { status: 'skip', findings: [{ code, message, severity: 'info' }] };
}

export function manual(attestation: Attestation, findings: readonly Finding[] = []): CheckOutcome {
  return { status: 'manual', attestation, findings };
}

/** `fail` when any finding is an error, otherwise `pass` (warnings and info do not fail a check). */
export function judge(findings: readonly Finding[], vilkaar?: readonly string[]): CheckOutcome {
  const failed = findings.some((finding) => (finding.severity ?? 'error') === 'error');
  return failed ? fail(findings, vilkaar) : pass(findings, vilkaar);
}
