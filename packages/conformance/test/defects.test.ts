import type { RunResult } from '@elan-kit/schemas';
import type { SimulatorDefect } from '@elan-kit/simulator';
import { describe, expect, it } from 'vitest';
import { findingsWithoutBokmaal } from './support/bilingual.js';
import { runAgainstSimulator } from './support/run-simulator.js';

/** For each deliberately broken simulator: the checks that must notice, and the finding codes that say why. */
const MATRIX: ReadonlyArray<{ defect: SimulatorDefect; only: string[]; mustFail: Record<string, string> }> = [
  {
    defect: 'accept-everything',
    only: ['flow-old-regime-rejected', 'flow-duplicate-rejected', 'vilkaar-kontrollutslag', 'auth-401-without-token'],
    mustFail: {
      'flow-old-regime-rejected': 'OLD_REGIME_NOT_REJECTED',
      'flow-duplicate-rejected': 'DUPLICATE_NOT_REJECTED',
      'vilkaar-kontrollutslag': 'KONTROLLUTSLAG_MISMATCH',
    },
  },
  {
    defect: 'drop-kontrollutslag',
    only: ['flow-old-regime-rejected', 'flow-duplicate-rejected', 'contract-conformance', 'auth-401-without-token'],
    mustFail: {
      'flow-old-regime-rejected': 'OLD_REGIME_NOT_REJECTED',
      'flow-duplicate-rejected': 'DUPLICATE_NOT_REJECTED',
      'contract-conformance': 'CONTRACT_422_WITHOUT_KONTROLLUTSLAG',
    },
  },
  {
    defect: 'ignore-token',
    only: ['auth-401-without-token', 'auth-401-bad-token', 'flow-full'],
    mustFail: { 'auth-401-without-token': 'ACCEPTED_WITHOUT_TOKEN', 'auth-401-bad-token': 'BAD_TOKEN_ACCEPTED' },
  },
  {
    defect: 'always-500',
    only: ['flow-full', 'auth-401-without-token', 'fault-503-backoff', 'auth-token-obtained'],
    mustFail: {
      'flow-full': 'UNEXPECTED_STATUS',
      'auth-401-without-token': 'WRONG_STATUS_WITHOUT_TOKEN',
      'fault-503-backoff': 'NO_RECOVERY',
    },
  },
  {
    defect: 'no-korrelasjonsid-in-errors',
    only: ['contract-korrelasjonsid-echoed', 'fault-500-error-body', 'contract-conformance', 'flow-full'],
    mustFail: {
      'contract-korrelasjonsid-echoed': 'KORRELASJONSID_MISSING',
      'fault-500-error-body': 'KORRELASJONSID_MISSING',
      'contract-conformance': 'CONTRACT_RESPONSE_INVALID',
    },
  },
];

function failingWithEvidence(result: RunResult, id: string, code: string): void {
  const check = result.checks.find((c) => c.id === id);
  expect(check?.status, id).toBe('fail');
  const finding = check?.findings.find((f) => f.code === code);
  expect(finding, `${id} should report ${code}`).toBeDefined();
  // The evidence says why: the finding points at a recorded exchange of that check.
  expect(
    check?.evidence.some((e) => e.id === finding?.exchangeId),
    `${id}: ${code} names its exchange`,
  ).toBe(true);
}

describe('the checks can fail', () => {
  it.each(MATRIX)(
    '$defect is noticed by the checks that should notice it',
    { timeout: 60_000 },
    async ({ defect, only, mustFail }) => {
      const result = await runAgainstSimulator({ defects: [defect], only });
      for (const [id, code] of Object.entries(mustFail)) failingWithEvidence(result, id, code);
      expect(result.summary.verdict).toBe('fail');
      // The failures are explained in the bokmål summary too.
      expect(findingsWithoutBokmaal(result)).toEqual([]);
    },
  );

  it('the same checks pass against a healthy simulator', { timeout: 60_000 }, async () => {
    const ids = [...new Set(MATRIX.flatMap((row) => Object.keys(row.mustFail)))].filter(
      (id) => id !== 'vilkaar-kontrollutslag',
    );
    const result = await runAgainstSimulator({ only: ids });
    expect(Object.fromEntries(result.checks.map((c) => [c.id, c.status]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, 'pass'])),
    );
  });
});
