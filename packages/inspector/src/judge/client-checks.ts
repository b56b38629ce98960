import { allChecks, createHttpClient, openTarget, runChecks, selectChecks } from '@elan-kit/conformance';
import type { CheckResult, Exchange, ModelVersion, OfficialSpec } from '@elan-kit/schemas';

export interface ClientJudgements {
  readonly basedOn: { readonly exchanges: number; readonly newest?: string };
  readonly checks: readonly CheckResult[];
}

/**
 * The client checks (the `client` preset) run over recorded exchanges, through the same target and engine as
 * `elan-kit run --target vendor` with recordings. Nothing is sent anywhere: the vendor target judges what it is given.
 */
export function createClientJudge(modelVersion: ModelVersion, specs: readonly OfficialSpec[]) {
  const checks = selectChecks(allChecks, { preset: 'client' });
  const http = createHttpClient();
  return {
    async judge(exchanges: readonly Exchange[]): Promise<ClientJudgements> {
      const target = await openTarget({
        kind: 'vendor',
        http,
        modelVersion,
        ...(specs.length > 0 ? { specs } : {}),
        recordings: exchanges,
      });
      try {
        const result = await runChecks({ checks, target, http, log: () => {} });
        const newest = exchanges.at(-1)?.id;
        return {
          basedOn: { exchanges: exchanges.length, ...(newest === undefined ? {} : { newest }) },
          checks: result.checks,
        };
      } finally {
        await target.close();
      }
    },
    close: () => http.close(),
  };
}
