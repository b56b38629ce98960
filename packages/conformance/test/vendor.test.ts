import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exchange } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { runChecks } from '../src/engine/run-checks.js';
import { createHttpClient } from '../src/http/http-client.js';
import { PRESETS, selectChecks } from '../src/presets.js';
import { openTarget } from '../src/targets/open-target.js';
import { DEFAULT_VENDOR_SCENARIOS } from '../src/targets/vendor/scenarios.js';
import { badVendorAdapter } from './support/bad-vendor.js';
import { findingsWithoutBokmaal } from './support/bilingual.js';
import { runAgainstSimulator } from './support/run-simulator.js';

describe('vendor target: the vendor system is the client under test', () => {
  it('presents scenario cards, calls the adapter once per scenario, and fails a badly behaved system with evidence', {
    timeout: 60_000,
  }, async () => {
    const http = createHttpClient();
    const seen: string[] = [];
    const log: string[] = [];
    const adapter = badVendorAdapter();
    const target = await openTarget({
      kind: 'vendor',
      http,
      modelVersion: '1.0',
      stateDir: mkdtempSync(join(tmpdir(), 'elan-kit-vendor-')),
      adapter: async (card) => {
        seen.push(card.id);
        return adapter(card);
      },
    });
    try {
      const result = await runChecks({
        checks: selectChecks(allChecks, { preset: 'client' }),
        target,
        http,
        log: (text) => log.push(text),
      });
      expect(seen).toEqual(DEFAULT_VENDOR_SCENARIOS.map((scenario) => scenario.id));
      expect(log.join('\n')).toMatch(
        new RegExp(`Scenario 1/${DEFAULT_VENDOR_SCENARIOS.length}: Full flyt / Full flow`),
      );
      const status = Object.fromEntries(result.checks.map((c) => [c.id, c.status]));
      expect(status).toMatchObject({
        'auth-token-obtained': 'pass',
        'auth-token-reused': 'fail',
        'client-no-blind-retry': 'fail',
        'client-backoff': 'fail',
        'client-kontrollutslag-surfaced': 'fail',
        'client-betjeningskartet-usage': 'fail',
        'client-polling-interval': 'fail',
        'flow-full': 'fail',
        'flow-old-regime-rejected': 'fail',
        'data-synthetic-identifiers': 'pass',
        'client-no-status-loop': 'fail',
        'fault-429-backoff': 'fail',
        'fault-503-backoff': 'fail',
        'fault-500-error-body': 'fail',
      });
      const codes = result.checks.flatMap((c) => c.findings.map((f) => f.code));
      for (const code of [
        'TOKEN_PER_CALL',
        'BLIND_RETRY_4XX',
        'RETRY_AFTER_IGNORED',
        'KONTROLLUTSLAG_NOT_SURFACED',
        'BETJENINGSKARTET_NOT_CALLED',
        'POLLING_TOO_FREQUENT',
        'FLOW_STEP_MISSING',
        'NO_LOOKUP_FOR_LOCKED_DEBTOR',
      ]) {
        expect(codes, code).toContain(code);
      }
      expect(findingsWithoutBokmaal(result)).toEqual([]);
      // Findings about exchanges point at evidence kept in the same check.
      for (const check of result.checks) {
        for (const finding of check.findings.filter((f) => f.exchangeId)) {
          expect(
            check.evidence.map((e) => e.id),
            `${check.id} ${finding.code}`,
          ).toContain(finding.exchangeId);
        }
      }
      // Provider-facing checks do not apply to a vendor's client.
      expect(PRESETS.client).not.toContain('auth-401-without-token');
    } finally {
      await target.close();
      await http.close();
    }
  });

  it('an adapter that does nothing passes nothing: judged-nothing checks skip with the reason, required traffic fails', {
    timeout: 60_000,
  }, async () => {
    const http = createHttpClient();
    const target = await openTarget({
      kind: 'vendor',
      http,
      modelVersion: '1.0',
      scenarios: ['full-flow'],
      scenarioTimeoutSeconds: 1,
      stateDir: mkdtempSync(join(tmpdir(), 'elan-kit-vendor-')),
      adapter: async () => undefined,
    });
    try {
      const result = await runChecks({ checks: selectChecks(allChecks, { preset: 'client' }), target, http });
      const status = Object.fromEntries(result.checks.map((c) => [c.id, c.status]));
      expect(Object.entries(status).filter(([, value]) => value === 'pass')).toEqual([]);
      expect(status).toMatchObject({
        'contract-conformance': 'fail',
        'flow-full': 'fail',
        'auth-token-obtained': 'fail',
        'client-no-blind-retry': 'skip',
        'client-betjeningskartet-usage': 'skip',
        'client-polling-interval': 'skip',
        'data-synthetic-identifiers': 'skip',
      });
      const skipped = result.checks.find((c) => c.id === 'client-betjeningskartet-usage');
      expect(skipped?.findings.map((f) => f.message).join(' ')).toMatch(/full-flow did not complete/);
    } finally {
      await target.close();
      await http.close();
    }
  });

  it('judges recordings (as elan-kit proxy writes them) without running scenarios', { timeout: 60_000 }, async () => {
    let recorded: readonly Exchange[] = [];
    await runAgainstSimulator({ only: ['client-backoff'] }, async (target) => {
      recorded = await (target.simulator?.recordings() ?? Promise.resolve([]));
    });
    expect(recorded.length).toBeGreaterThan(5);
    const http = createHttpClient();
    const target = await openTarget({ kind: 'vendor', http, modelVersion: '1.0', recordings: recorded });
    try {
      const result = await runChecks({
        checks: selectChecks(allChecks, { only: ['client-backoff', 'client-no-blind-retry'] }),
        target,
        http,
      });
      expect(result.checks.map((c) => [c.id, c.status])).toEqual([
        ['client-no-blind-retry', 'pass'],
        ['client-backoff', 'pass'],
      ]);
      expect(result.notes?.[0]).toMatch(/exchange\(s\) recorded by elan-kit proxy/);
      expect(result.notesNb?.[0]).toMatch(/utveksling\(er\) tatt opp av elan-kit proxy/);
    } finally {
      await target.close();
      await http.close();
    }
  });
});
