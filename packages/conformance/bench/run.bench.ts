/**
 * A full conformance run (every check of the `full` preset) against the embedded simulator, timed end to end:
 * simulator start, every check, simulator stop. Target: a few seconds on two cores (budget BENCH_BUDGET_MS,
 * default 10 000 ms for the median). Reports median and best wall time, exchanges, and peak RSS.
 *
 *   pnpm --filter @elan-kit/conformance bench
 */
import { performance } from 'node:perf_hooks';
import type { ModelVersion } from '@elan-kit/schemas';
import { allChecks, createHttpClient, openTarget, runChecks, selectChecks } from '../src/index.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const BUDGET_MS = Number(process.env['BENCH_BUDGET_MS'] ?? 10_000);
const MODEL = (process.env['BENCH_MODEL'] ?? '1.0') as ModelVersion;

async function oneRun(): Promise<{ ms: number; exchanges: number; checks: number; verdict: string }> {
  const started = performance.now();
  const http = createHttpClient();
  const target = await openTarget({ kind: 'simulator', http, modelVersion: MODEL });
  try {
    const result = await runChecks({ checks: selectChecks(allChecks, { preset: 'full' }), target, http });
    return {
      ms: performance.now() - started,
      exchanges: result.checks.reduce((sum, check) => sum + check.evidence.length, 0),
      checks: result.checks.length,
      verdict: result.summary.verdict,
    };
  } finally {
    await target.close();
    await http.close();
  }
}

const runs = [];
for (let round = 0; round < ROUNDS; round++) runs.push(await oneRun());
const times = runs.map((run) => run.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const last = runs.at(-1);
const rows = [
  ['model', MODEL],
  ['rounds', String(ROUNDS)],
  ['checks per run', String(last?.checks)],
  ['exchanges kept as evidence', String(last?.exchanges)],
  ['verdict', String(last?.verdict)],
  ['median wall time', `${Math.round(median)} ms`],
  ['best wall time', `${Math.round(times[0] ?? 0)} ms`],
  ['peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`],
  ['budget (median)', `${BUDGET_MS} ms`],
];
const width = Math.max(...rows.map(([label]) => label?.length ?? 0));
console.log('elan-kit run against the embedded simulator');
for (const [label, value] of rows) console.log(`  ${(label ?? '').padEnd(width)}  ${value}`);
if (runs.some((run) => run.verdict !== 'pass')) {
  console.error('A healthy simulator must give an all-pass run.');
  process.exitCode = 1;
} else if (median > BUDGET_MS) {
  console.error(`Too slow: the median run took ${Math.round(median)} ms (budget ${BUDGET_MS} ms).`);
  process.exitCode = 1;
}
