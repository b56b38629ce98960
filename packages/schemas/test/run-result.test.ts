import { describe, expect, it } from 'vitest';
import { validateRunResult } from '../src/index.js';

const minimal = {
  schemaVersion: '1.0',
  kit: { name: 'elan-kit', version: '0.1.0' },
  contract: { modelVersion: '1.0', hash: `sha256:${'a'.repeat(64)}`, documents: [] },
  vendor: {},
  target: { kind: 'simulator', baseUrls: {} },
  run: { id: 'r1', startedAt: '2026-01-05T10:00:00.000Z', state: 'completed' },
  checks: [
    {
      id: 'auth-token-scope',
      section: '2',
      title: { nb: 'Token', en: 'Token' },
      severity: 'required',
      status: 'pass',
      findings: [],
      evidence: [],
    },
  ],
  summary: { total: 1, pass: 1, fail: 0, error: 0, skip: 0, manual: 0, verdict: 'pass', bySection: {} },
};

describe('RunResult schema', () => {
  it('accepts a minimal run', () => {
    expect(validateRunResult(minimal)).toMatchObject({ valid: true });
  });

  it('names the exact JSON pointer of a bad check status', () => {
    const broken = structuredClone(minimal) as { checks: Array<{ status: string }> };
    broken.checks[0]!.status = 'passed';
    const result = validateRunResult(broken);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((e) => e.instancePath)).toContain('/checks/0/status');
  });

  it('accepts findings with and without the bokmål text, and rejects a bokmål text that is not a string', () => {
    const withFindings = (findings: unknown[]) => {
      const run = structuredClone(minimal) as { checks: Array<{ findings: unknown[] }> };
      run.checks[0]!.findings = findings;
      return run;
    };
    expect(
      validateRunResult(
        withFindings([
          { code: 'TOKEN_OBTAINED', message: 'Token obtained.', messageNb: 'Tilgangstoken hentet.' },
          { code: 'OLD_RESULT', message: 'Written before findings were bilingual.' },
        ]),
      ),
    ).toMatchObject({ valid: true });

    for (const messageNb of [42, { nb: 'Tilgangstoken hentet.' }, '']) {
      const result = validateRunResult(
        withFindings([{ code: 'TOKEN_OBTAINED', message: 'Token obtained.', messageNb }]),
      );
      expect(result.valid).toBe(false);
      if (!result.valid) expect(result.errors.map((e) => e.instancePath)).toContain('/checks/0/findings/0/messageNb');
    }
  });
});
