import type { RunResult } from '@elan-kit/schemas';
import type { SimulatorDefect } from '@elan-kit/simulator';
import { allChecks } from '../../src/checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { createHttpClient } from '../../src/http/http-client.js';
import { selectChecks } from '../../src/presets.js';
import { openTarget } from '../../src/targets/open-target.js';
import type { Target } from '../../src/targets/target.js';

/** One run of the suite (or some of its checks) against a fresh embedded simulator. */
export async function runAgainstSimulator(
  options: { only?: string[]; defects?: SimulatorDefect[]; modelVersion?: '0.9' | '1.0' | '1.1' | '2.0' } = {},
  inspect?: (target: Target) => Promise<void>,
): Promise<RunResult> {
  const http = createHttpClient();
  const target = await openTarget({
    kind: 'simulator',
    http,
    modelVersion: options.modelVersion ?? '1.0',
    defects: options.defects ?? [],
  });
  try {
    const result = await runChecks({
      checks: selectChecks(allChecks, options.only ? { only: options.only } : {}),
      target,
      http,
    });
    await inspect?.(target);
    return result;
  } finally {
    await target.close();
    await http.close();
  }
}

export function statusOf(result: RunResult, id: string): string | undefined {
  return result.checks.find((check) => check.id === id)?.status;
}
