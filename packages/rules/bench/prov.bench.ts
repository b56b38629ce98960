/**
 * Prøving throughput on one core: documents per second for schema validation alone (the compiled ajv validator of
 * validerNyBegjaering) and for schema + every vilkår, on the complex canonical example of each /v2 model version.
 * Target: the vilkår cost no more than the schema validation (ratio rules/schema ≤ 1).
 *
 *   pnpm --filter @elan-kit/rules bench
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { loadContract, type ModelVersion } from '@elan-kit/schemas';
import { prov } from '../src/index.js';

const EXAMPLES = fileURLToPath(new URL('../../schemas/contracts/examples/utleggsbegjaering/', import.meta.url));
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 250);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);

/** Calls per second of `fn` over one round of about ROUND_MS. */
function round(fn: () => unknown): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ROUND_MS) {
    for (let i = 0; i < 50; i++) fn();
    calls += 50;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Throughput of each function, measured in alternating rounds so that load from other processes on a shared
 * machine hits all of them alike; the median round counts.
 */
function throughputs(fns: ReadonlyArray<() => unknown>): number[] {
  for (const fn of fns) round(fn);
  const results = fns.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, i) => {
      results[i]?.push(round(fn));
    });
  }
  return results.map(median);
}

const register = createPartyRegister();
const rows: string[][] = [
  ['model', 'bytes', 'schema docs/s', 'schema+vilkår docs/s', 'vilkår docs/s', 'vilkår/schema cost'],
];
let worst = 0;
for (const modelVersion of ['1.0', '1.1', '2.0'] as ModelVersion[]) {
  const text = readFileSync(`${EXAMPLES}${modelVersion}/complex.json`, 'utf8');
  const document = JSON.parse(text) as Record<string, unknown>;
  const validator = loadContract('utleggsbegjaering', modelVersion).operation('validerNyBegjaering');
  const context = contextFromData({}, { modelVersion, document, register });
  if (validator.validateRequestBody(document).length > 0 || prov(document, context).length > 0) {
    throw new Error(`${modelVersion}/complex.json is not valid; the benchmark measures the valid path.`);
  }
  const [schema = 0, rules = 0, both = 0] = throughputs([
    () => validator.validateRequestBody(document),
    () => prov(document, context),
    () => {
      validator.validateRequestBody(document);
      prov(document, context);
    },
  ]);
  // Cost per document is 1/throughput; the ratio compares the time the vilkår take with the time the schema takes.
  const ratio = schema / rules;
  worst = Math.max(worst, ratio);
  rows.push([
    modelVersion,
    String(text.length),
    schema.toFixed(0),
    both.toFixed(0),
    rules.toFixed(0),
    ratio.toFixed(2),
  ]);
}

const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '));
console.log(
  `\nWorst vilkår/schema cost ratio: ${worst.toFixed(2)} (target ≤ 1.00) — ${worst <= 1 ? 'met' : 'NOT met'}`,
);
