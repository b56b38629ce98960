/**
 * `pnpm --filter @elan-kit/simulator bench:fuzz`: the nightly fuzz run. At least 10 000 generated requests
 * (mutated example, fixture and vilkår payloads; garbage, truncated and non-UTF-8 bodies; wrong content types;
 * chunked bodies; bad credentials and headers; other paths and methods) against simulators serving each /v2
 * model, on 127.0.0.1. Prints the count, the outcome histogram by status, latency, and exits 1 on any violation:
 * a 5xx, a status the contract does not allow, an error that is not a ProblemDetail echoing the korrelasjonsid,
 * a hung or dropped connection, another organisation's data in an answer or its state changed, a polluted
 * prototype, an internal error, or a stalled body never closed.
 *
 *   --requests N (10000)  --seed N (20261107)  --concurrency N (4)  --models 1.0,1.1,2.0  --bound-ms N (10000)
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fc from 'fast-check';
import { V2 } from '../test/hardening/support/corpus.js';
import {
  type CaseResult,
  checkPrototypes,
  type FuzzHarness,
  runFuzzCase,
  snapshotPrototypes,
  startFuzzHarness,
} from '../test/hardening/support/fuzz-harness.js';
import { fuzzCaseArbitrary } from '../test/hardening/support/mutations.js';
import { createAgent } from '../test/hardening/support/send.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261107' },
    concurrency: { type: 'string', default: '4' },
    models: { type: 'string', default: '1.0,1.1,2.0' },
    'bound-ms': { type: 'string', default: '10000' },
  },
});
const REQUESTS = Number(values.requests);
const SEED = Number(values.seed);
const CONCURRENCY = Number(values.concurrency);
const BOUND_MS = Number(values['bound-ms']);
const MODELS = String(values.models).split(',') as Array<'1.0' | '1.1' | '2.0'>;
const LIMITS = { bodyBytes: 1024 * 1024, attachmentBytes: 1024 * 1024 };
/** Node closes a request that has not arrived in full after requestTimeout (60 s) + its check interval (30 s). */
const STALL_BOUND_MS = 100_000;
const TOKEN_REFRESH_MS = 60_000;

interface Tally {
  count: number;
  byStatus: Map<string, number>;
  latencies: number[];
  violations: Array<{ model: string; request: string; problems: string[] }>;
}

const tally: Tally = { count: 0, byStatus: new Map(), latencies: [], violations: [] };

function record(model: string, result: CaseResult): void {
  tally.count++;
  const key = result.outcome.kind === 'answer' ? String(result.outcome.answer.status) : result.outcome.kind;
  tally.byStatus.set(key, (tally.byStatus.get(key) ?? 0) + 1);
  tally.latencies.push(result.outcome.kind === 'answer' ? result.outcome.answer.latencyMs : result.outcome.latencyMs);
  if (result.problems.length > 0) {
    tally.violations.push({
      model,
      request: `${result.prepared.method} ${result.prepared.path.slice(0, 120)} (${result.prepared.label})`,
      problems: result.problems,
    });
  }
}

/** A body that stops after five bytes; the server must close it in the end, and serve everyone else meanwhile. */
function startStalledBody(harness: FuzzHarness): Promise<{ answer: string; closedAfterMs: number }> {
  const url = new URL(harness.simulator.url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST ${V2}/valider HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${harness.context.token}\r\n` +
          `Klientid: stall\r\nKorrelasjonsid: ${randomUUID()}\r\nMeldingsid: ${randomUUID()}\r\n` +
          'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"inn\r\n',
      );
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    setTimeout(() => socket.destroy(), STALL_BOUND_MS).unref();
  });
}

async function fuzzModel(
  model: '1.0' | '1.1' | '2.0',
  requests: number,
  seed: number,
  prototypes: Record<string, string[]>,
) {
  const harness = await startFuzzHarness({ v2Model: model, limits: LIMITS });
  const agent = createAgent(CONCURRENCY);
  try {
    const stalled = model === MODELS[0] ? startStalledBody(harness) : undefined;
    const victimBefore = await harness.readVictimState();
    const cases = fc.sample(fuzzCaseArbitrary(harness.corpus.length, { huge: Math.round(LIMITS.bodyBytes * 1.2) }), {
      numRuns: requests,
      seed,
    });
    let next = 0;
    let lastRefresh = Date.now();
    const worker = async () => {
      while (next < cases.length) {
        const fuzz = cases[next++]!;
        if (Date.now() - lastRefresh > TOKEN_REFRESH_MS) {
          lastRefresh = Date.now();
          await harness.refreshToken();
        }
        record(model, await runFuzzCase(harness, fuzz, agent, BOUND_MS));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const after = [] as string[];
    if (!isDeepStrictEqual(await harness.readVictimState(), victimBefore))
      after.push("the other organisation's state changed");
    after.push(...checkPrototypes(prototypes));
    const state = harness.simulator.admin.state();
    if (state.internalErrors > 0) after.push(`${state.internalErrors} internal errors`);
    if (stalled) {
      const { answer, closedAfterMs } = await stalled;
      const firstLine = answer.split('\r\n')[0] ?? '';
      if (closedAfterMs >= STALL_BOUND_MS) after.push(`a stalled body was not closed within ${STALL_BOUND_MS} ms`);
      else
        console.log(
          `stalled chunked body: closed after ${(closedAfterMs / 1000).toFixed(1)} s (${firstLine || 'no answer'})`,
        );
      if (/^HTTP\/1\.1 5/.test(firstLine)) after.push(`a stalled body was answered ${firstLine}`);
    }
    if (after.length > 0) tally.violations.push({ model, request: 'after the run', problems: after });
  } finally {
    agent.destroy();
    await harness.close();
  }
}

const started = Date.now();
const prototypes = snapshotPrototypes();
const perModel = Math.ceil(REQUESTS / MODELS.length);
for (const [index, model] of MODELS.entries()) await fuzzModel(model, perModel, SEED + index, prototypes);

const sorted = [...tally.latencies].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const histogram = Object.fromEntries([...tally.byStatus].sort(([a], [b]) => a.localeCompare(b)));
console.log(
  `fuzz: ${tally.count} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (models ${MODELS.join(', ')}, seed ${SEED}, ${CONCURRENCY} connections)`,
);
console.log(`outcomes by status: ${JSON.stringify(histogram)}`);
console.log(
  `latency: p50 ${percentile(0.5).toFixed(1)} ms, p99 ${percentile(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
);
console.log(`violations: ${tally.violations.length}`);
for (const violation of tally.violations.slice(0, 20)) {
  console.log(`  [${violation.model}] ${violation.request}: ${violation.problems.join('; ')}`);
}
if (tally.count < REQUESTS || tally.violations.length > 0) process.exitCode = 1;
