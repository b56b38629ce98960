/**
 * Prøving throughput on one core: documents per second for schema validation alone and for schema + every vilkår,
 * on the complex canonical example of each /v2 model version. Schema validation is measured two ways: the compiled
 * ajv validator of validerNyBegjaering (the bare minimum) and `validateBegjaering` (what `elan-kit validate` runs:
 * ajv plus legacy-name explanations and model detection). Target (issue 8): the vilkår cost no more than the bare
 * ajv validator.
 *
 * Each call gets the next of COPIES separately parsed copies of the document, as a server gets a new document per
 * request: nothing read from one object helps the next, and the copies do not all sit in the CPU cache.
 *
 *   pnpm --filter @elan-kit/rules bench          (BENCH_ROUNDS, BENCH_ROUND_MS, BENCH_COPIES; BENCH_ENFORCE=1 exits 1
 *                                                 when the target is missed)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { loadContract, type ModelVersion, validateBegjaering } from '@elan-kit/schemas';
import { prov } from '../src/index.js';

const EXAMPLES = fileURLToPath(new URL('../../schemas/contracts/examples/utleggsbegjaering/', import.meta.url));
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 250);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const COPIES = Number(process.env['BENCH_COPIES'] ?? 256);

/** Calls per second of `fn` over one round of about ROUND_MS; `fn` gets the call number. */
function round(fn: (call: number) => unknown): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ROUND_MS) {
    for (let i = 0; i < 50; i++) fn(calls + i);
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
function throughputs(fns: ReadonlyArray<(call: number) => unknown>): number[] {
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
  [
    'model',
    'bytes',
    'ajv docs/s',
    'ajv+vilkår docs/s',
    'vilkår docs/s',
    'validateBegjaering docs/s',
    'vilkår/ajv',
    'vilkår/validateBegjaering',
  ],
];
let worstAjv = 0;
let worstFull = 0;
for (const modelVersion of ['1.0', '1.1', '2.0'] as ModelVersion[]) {
  const text = readFileSync(`${EXAMPLES}${modelVersion}/complex.json`, 'utf8');
  const document = JSON.parse(text) as Record<string, unknown>;
  const copies = Array.from({ length: COPIES }, () => JSON.parse(text) as Record<string, unknown>);
  const copy = (call: number) => copies[call % COPIES] as Record<string, unknown>;
  const validator = loadContract('utleggsbegjaering', modelVersion).operation('validerNyBegjaering');
  const context = contextFromData({}, { modelVersion, document, register });
  if (validator.validateRequestBody(document).length > 0 || prov(document, context).length > 0) {
    throw new Error(`${modelVersion}/complex.json is not valid; the benchmark measures the valid path.`);
  }
  const [ajv = 0, rules = 0, both = 0, full = 0] = throughputs([
    (call) => validator.validateRequestBody(copy(call)),
    (call) => prov(copy(call), context),
    (call) => {
      const next = copy(call);
      validator.validateRequestBody(next);
      prov(next, context);
    },
    (call) => validateBegjaering(copy(call), { modelVersion }),
  ]);
  // Cost per document is 1/throughput; a ratio compares the time the vilkår take with the time the schema takes.
  const ratioAjv = ajv / rules;
  const ratioFull = full / rules;
  worstAjv = Math.max(worstAjv, ratioAjv);
  worstFull = Math.max(worstFull, ratioFull);
  rows.push([
    modelVersion,
    String(text.length),
    ajv.toFixed(0),
    both.toFixed(0),
    rules.toFixed(0),
    full.toFixed(0),
    ratioAjv.toFixed(2),
    ratioFull.toFixed(2),
  ]);
}

const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '));
console.log(`\n${COPIES} parsed copies per document, ${ROUNDS} rounds of ${ROUND_MS} ms, median round.`);
console.log(`Worst vilkår/schema cost ratio against validateBegjaering: ${worstFull.toFixed(2)}`);
const met = worstAjv <= 1;
console.log(
  `Worst vilkår/schema cost ratio against the bare ajv validator: ${worstAjv.toFixed(2)} — ` +
    `TARGET (≤ 1.00, issue 8) ${met ? 'MET' : 'NOT MET'}`,
);
if (process.env['BENCH_ENFORCE'] === '1' && !met) process.exitCode = 1;
