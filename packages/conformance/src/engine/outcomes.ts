import type { Attestation } from '@elan-kit/schemas';
import type { CheckOutcome } from './check.js';
import { type BilingualFinding, type FindingDetails, type FindingText, finding } from './finding.js';

/** Small constructors so checks read as what they decide. */
export function pass(findings: readonly BilingualFinding[] = [], vilkaar?: readonly string[]): CheckOutcome {
  return vilkaar ? { status: 'pass', findings, vilkaar } : { status: 'pass', findings };
}

export function fail(findings: readonly BilingualFinding[], vilkaar?: readonly string[]): CheckOutcome {
  return vilkaar ? { status: 'fail', findings, vilkaar } : { status: 'fail', findings };
}

export function toolError(code: string, text: FindingText, details: FindingDetails = {}): CheckOutcome {
  return { status: 'error', findings: [finding(code, text, { severity: 'error', ...details })] };
}

export function skip(code: string, text: FindingText): CheckOutcome {
  return { status: 'skip', findings: [finding(code, text, { severity: 'info' })] };
}

export function manual(attestation: Attestation, findings: readonly BilingualFinding[] = []): CheckOutcome {
  return { status: 'manual', attestation, findings };
}

/** `fail` when any finding is an error, otherwise `pass` (warnings and info do not fail a check). */
export function judge(findings: readonly BilingualFinding[], vilkaar?: readonly string[]): CheckOutcome {
  const failed = findings.some((item) => (item.severity ?? 'error') === 'error');
  return failed ? fail(findings, vilkaar) : pass(findings, vilkaar);
}
