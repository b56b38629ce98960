/**
 * `pnpm --filter @elan-kit/simulator bench:soak [--duration 10m] [--rate 40] [--model 1.0]`: mixed traffic at a
 * steady rate against a simulator started as `elan-kit serve` starts it (child process, state folder, request
 * log), on 127.0.0.1. A vendor-like client reads client.json, gets tokens from the Maskinporten stand-in and
 * refreshes them; the traffic mixes valid validations and submissions with read-backs, uploads, lookups, schema
 * and vilkår failures, broken bodies, missing tokens, unknown paths, and scripted faults (500, 503, 429,
 * latency, connection reset, maintenance) on an operation reserved for them.
 *
 * Exits 1 on any answer the traffic did not ask for (wrong status, unexpected reset, no answer within 10 s, an
 * internal error), or when the heap after GC grows more than 16 MiB beyond what the stored cases explain
 * between the first minute and the end. Prints RSS at start, peak and end, and heap after GC.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importJWK, SignJWT } from 'jose';
import type { RegisteredClient } from '../src/index.js';
import type { SoakServerMessage } from './soak-server.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10m' },
    rate: { type: 'string', default: '40' },
    model: { type: 'string', default: '1.0' },
  },
});

function parseDurationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`--duration must look like 90s, 2m or 10m (got "${text}")`);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1000;
  return Number(match[1]) * factor;
}

const DURATION_MS = parseDurationMs(String(values.duration));
const RATE = Number(values.rate);
const MODEL = String(values.model);
const ANSWER_BOUND_MS = 10_000;
const SAMPLE_EVERY_MS = 10_000;
const TOKEN_REFRESH_MS = 60_000;
const HEAP_GROWTH_ALLOWANCE = 16 * 1024 * 1024;
const MiB = 1024 * 1024;
const here = fileURLToPath(new URL('.', import.meta.url));
const schemasExamples = join(here, '..', '..', 'schemas', 'contracts', 'examples');

// ---- the server -----------------------------------------------------------------------------------------

function startServer(stateDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(here, 'soak-server.ts'), {
    execArgv: ['--conditions=source', '--import', 'tsx', '--expose-gc'],
    env: { ...process.env, SOAK_STATE_DIR: stateDir, SOAK_MODEL: MODEL },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${code}`)));
    child.on('message', (message: SoakServerMessage) => {
      if (message.kind === 'listening') resolve({ child, url: message.url });
    });
  });
}

function askMemory(child: ChildProcess): Promise<Extract<SoakServerMessage, { kind: 'memory' }>> {
  return new Promise((resolve) => {
    const listener = (message: SoakServerMessage) => {
      if (message.kind !== 'memory') return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
    child.send('memory');
  });
}

// ---- HTTP -----------------------------------------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: 8 });
let origin: URL;

interface Sent {
  status: number | 'reset' | 'timeout';
  body: string;
  retryAfter: string | undefined;
  ms: number;
}

function send(method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<Sent> {
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (sent: Omit<Sent, 'ms'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...sent, ms: performance.now() - started });
    };
    const bytes = body === undefined ? undefined : Buffer.from(body);
    const req = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        method,
        path,
        agent,
        headers: { ...headers, ...(bytes ? { 'content-length': String(bytes.length) } : {}) },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          finish({
            status: res.statusCode ?? 0,
            body: Buffer.concat(parts).toString('utf8'),
            retryAfter: res.headers['retry-after'],
          }),
        );
        res.on('error', () => finish({ status: 'reset', body: '', retryAfter: undefined }));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ status: 'timeout', body: '', retryAfter: undefined });
    }, ANSWER_BOUND_MS);
    req.on('error', () => finish({ status: 'reset', body: '', retryAfter: undefined }));
    req.end(bytes);
  });
}

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const sent = await send(
    method,
    `/__admin${path}`,
    { 'content-type': 'application/json' },
    body === undefined ? undefined : JSON.stringify(body),
  );
  if (typeof sent.status !== 'number' || sent.status >= 300)
    throw new Error(`admin ${method} ${path}: ${sent.status} ${sent.body}`);
  return sent.body === '' ? undefined : JSON.parse(sent.body);
}

// ---- the vendor-like client -----------------------------------------------------------------------------

let client: RegisteredClient;
let token = '';

async function refreshToken(): Promise<void> {
  const key = await importJWK(client.privateJwk, 'RS256');
  const grant = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering' })
    .setProtectedHeader({ alg: 'RS256', kid: client.kid })
    .setIssuer(client.clientId)
    .setAudience(client.audience)
    .setIssuedAt()
    .setExpirationTime('60s')
    .setJti(randomUUID())
    .sign(key);
  const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant });
  const sent = await send('POST', '/token', { 'content-type': 'application/x-www-form-urlencoded' }, form.toString());
  if (sent.status !== 200) throw new Error(`token: ${sent.status} ${sent.body}`);
  token = (JSON.parse(sent.body) as { access_token: string }).access_token;
}

function elan(extra: Record<string, string> = {}): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    klientid: 'elan-kit-soak',
    korrelasjonsid: randomUUID(),
    meldingsid: randomUUID(),
    accept: 'application/json',
    ...extra,
  };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const base = `/api/utleggsbegjaering/${MODEL === '0.9' ? 'v1' : 'v2'}`;
const example = JSON.parse(
  readFileSync(join(schemasExamples, 'utleggsbegjaering', MODEL, 'minimal.json'), 'utf8'),
) as Record<string, unknown>;
const lookup = readFileSync(join(schemasExamples, 'betjeningskartet', 'slaaOppRegelverk.request.json'), 'utf8');
const innsyn = readFileSync(join(schemasExamples, 'innsyn', 'hentInnsynITrekk.request.json'), 'utf8');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n0\n%%EOF\n');

/** The example with fresh attachment uuids, seeded for the client and bound to `reference`. */
async function documentFor(reference: string): Promise<Record<string, unknown>> {
  const copy = structuredClone({ ...example, innsenderReferanse: reference });
  const refs: Array<Record<string, unknown>> = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.uuid === 'string' && typeof record.filnavn === 'string') refs.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(copy);
  const fresh = new Map<string, string>();
  for (const ref of refs) {
    const old = String(ref.uuid);
    if (!fresh.has(old)) {
      const uuid = randomUUID();
      fresh.set(old, uuid);
      await admin('POST', '/attachments', {
        uuid,
        orgnr: client.orgnr,
        innsenderReferanse: reference,
        filnavn: ref.filnavn,
        ...(typeof ref.type === 'string' ? { type: ref.type } : {}),
      });
    }
    ref.uuid = fresh.get(old);
  }
  return copy;
}

function multipart(reference: string): { body: Buffer; type: string } {
  const boundary = `soak-${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="innsenderReferanse"\r\n\r\n${reference}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="faktura.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

// ---- traffic --------------------------------------------------------------------------------------------

type Expectation = ReadonlyArray<number | 'reset'>;
interface Step {
  readonly name: string;
  readonly run: () => Promise<Array<{ what: string; sent: Sent; expected: Expectation }>>;
}

let validDocument: Record<string, unknown>;
let invalidAmounts: Record<string, unknown>;
const one = (what: string, expected: Expectation) => async (sent: Promise<Sent>) => [
  { what, sent: await sent, expected },
];

const steps: Array<{ weight: number; step: Step }> = [
  {
    weight: 30,
    step: {
      name: 'validate valid',
      run: () =>
        one('valider 204', [204])(send('POST', `${base}/valider`, elan(JSON_TYPE), JSON.stringify(validDocument))),
    },
  },
  {
    weight: 10,
    step: {
      name: 'validate vilkår',
      run: () =>
        one('valider 422', [422])(send('POST', `${base}/valider`, elan(JSON_TYPE), JSON.stringify(invalidAmounts))),
    },
  },
  {
    weight: 8,
    step: {
      name: 'schema',
      run: () => one('valider 400', [400])(send('POST', `${base}/valider`, elan(JSON_TYPE), '{"ukjent":true}')),
    },
  },
  {
    weight: 4,
    step: {
      name: 'bad json',
      run: () => one('bad json 400', [400])(send('POST', `${base}/valider`, elan(JSON_TYPE), '{"innsender":')),
    },
  },
  {
    weight: 3,
    step: {
      name: 'content type',
      run: () => one('415', [415])(send('POST', `${base}/valider`, elan({ 'content-type': 'text/plain' }), 'x')),
    },
  },
  {
    weight: 4,
    step: {
      name: 'no token',
      run: () => one('401', [401])(send('GET', `${base}/status/TEST_SAK_BESLUTTET`, { ...elan(), authorization: '' })),
    },
  },
  {
    weight: 3,
    step: { name: 'unknown path', run: () => one('404', [404])(send('GET', `${base}/finnes/ikke/her`, elan())) },
  },
  {
    weight: 8,
    step: {
      name: 'lookup',
      run: () => one('betjeningskartet 200', [200])(send('POST', `${base}/betjeningskartet`, elan(JSON_TYPE), lookup)),
    },
  },
  {
    weight: 8,
    step: {
      name: 'status',
      run: () => one('status 200', [200])(send('GET', `${base}/status/TEST_SAK_BESLUTTET`, elan())),
    },
  },
  {
    weight: 4,
    step: {
      name: 'feed',
      run: () =>
        one('feed 200', [200])(send('GET', `${base}/status/endringer?fraSekvensnummer=0&maksAntall=10`, elan())),
    },
  },
  {
    weight: 4,
    step: {
      name: 'upload',
      run: async () => {
        const { body, type } = multipart(`SOAK-${randomUUID().slice(0, 8)}`);
        const uploaded = await send('POST', `${base}/vedlegg`, elan({ 'content-type': type }), body);
        const results = [{ what: 'upload 201', sent: uploaded, expected: [201] as Expectation }];
        if (uploaded.status === 201) {
          const uuid = (JSON.parse(uploaded.body) as { uuid: string }).uuid;
          results.push({
            what: 'vedlegg 200',
            sent: await send('GET', `${base}/vedlegg/${uuid}`, elan()),
            expected: [200],
          });
        }
        return results;
      },
    },
  },
  {
    weight: 2,
    step: {
      name: 'submit',
      run: async () => {
        const document = await documentFor(`SOAK-${randomUUID()}`);
        const submitted = await send('POST', base, elan(JSON_TYPE), JSON.stringify(document));
        const results = [{ what: 'submit 201', sent: submitted, expected: [201] as Expectation }];
        if (submitted.status === 201) {
          const ref = (JSON.parse(submitted.body) as { eksternSaksreferanse: string }).eksternSaksreferanse;
          results.push({
            what: 'read 200',
            sent: await send('GET', `${base}/${encodeURIComponent(ref)}`, elan()),
            expected: [200],
          });
          results.push({
            what: 'status 200',
            sent: await send('GET', `${base}/status/${encodeURIComponent(ref)}`, elan()),
            expected: [200],
          });
        }
        return results;
      },
    },
  },
];

/** Faults are scripted on Innsyn only, which nothing else calls, and run one at a time, so each answer is known. */
const FAULTS: Array<{ spec: Record<string, unknown>; expected: Expectation }> = [
  { spec: { kind: 'error', status: 500 }, expected: [500] },
  { spec: { kind: 'error', status: 503 }, expected: [503] },
  { spec: { kind: 'rate-limit', retryAfterSeconds: 2 }, expected: [429] },
  { spec: { kind: 'latency', latencyMs: 300 }, expected: [404] },
  { spec: { kind: 'reset' }, expected: ['reset'] },
  { spec: { kind: 'maintenance', duration: '1s' }, expected: [503] },
];
let faultIndex = 0;
let faultBusy = false;
const faultStep: Step = {
  name: 'fault',
  run: async () => {
    const fault = FAULTS[faultIndex++ % FAULTS.length]!;
    await admin('POST', '/faults', { operationId: 'hentInnsynITrekk', times: 1, ...fault.spec });
    const sent = await send('POST', `${base}/innsyn/trekk`, elan(JSON_TYPE), innsyn);
    const results = [
      { what: `fault ${String(fault.spec.kind)} ${String(fault.spec.status ?? '')}`, sent, expected: fault.expected },
    ];
    if (fault.spec.kind === 'maintenance') await admin('DELETE', '/faults');
    if ((fault.spec.kind === 'error' && fault.spec.status === 503) || fault.spec.kind === 'rate-limit') {
      if (sent.retryAfter === undefined)
        results.push({ what: 'Retry-After missing', sent: { ...sent, status: 0 }, expected: [] });
    }
    return results;
  },
};

function pickStep(random: number): Step {
  const total = steps.reduce((sum, entry) => sum + entry.weight, 0);
  let point = random * total;
  for (const entry of steps) {
    point -= entry.weight;
    if (point < 0) return entry.step;
  }
  return steps[0]!.step;
}

// ---- run ------------------------------------------------------------------------------------------------

const stateDir = mkdtempSync(join(tmpdir(), 'elan-kit-soak-'));
const { child, url } = await startServer(stateDir);
origin = new URL(url);
try {
  // The vendor's view: the default client from client.json for most calls, and one registered as the examples'
  // innsender (Maskinporten clients are per organisation) for the begjæring traffic.
  const fromFile = JSON.parse(readFileSync(join(stateDir, 'client.json'), 'utf8')) as RegisteredClient;
  client = (await admin('POST', '/clients', { orgnr: '312345676' })) as RegisteredClient;
  if (!fromFile.clientId) throw new Error('client.json has no clientId');
  await refreshToken();
  validDocument = await documentFor(String(example.innsenderReferanse));
  invalidAmounts = JSON.parse(JSON.stringify(validDocument).replace(/"beloep":(\d+(?:\.\d+)?)/g, '"beloep":$1.001'));

  const start = await askMemory(child);
  const samples: Array<{ atMs: number; rss: number; heap: number; cases: number }> = [];
  const outcomes = new Map<string, number>();
  const unexpected: string[] = [];
  let requests = 0;
  let maxLatency = 0;
  let inFlight = 0;
  let submittedCases = 0;

  const began = performance.now();
  let lastRefresh = began;
  let lastSample = began;
  let lastFault = began;
  const intervalMs = 1000 / RATE;
  let nextAt = began;
  let seed = 0x2f6e2b1;
  const random = () => {
    // xorshift32: the traffic mix is the same on every run
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  const launch = (step: Step) => {
    inFlight++;
    step
      .run()
      .then((results) => {
        for (const { what, sent, expected } of results) {
          requests++;
          maxLatency = Math.max(maxLatency, sent.ms);
          outcomes.set(String(sent.status), (outcomes.get(String(sent.status)) ?? 0) + 1);
          if (what === 'submit 201' && sent.status === 201) submittedCases++;
          if (!expected.includes(sent.status as number | 'reset')) {
            unexpected.push(`${what}: got ${sent.status} ${sent.body.slice(0, 160)}`);
          }
        }
      })
      .catch((error: unknown) => unexpected.push(`${step.name}: ${String(error)}`))
      .finally(() => {
        inFlight--;
      });
  };

  while (performance.now() - began < DURATION_MS) {
    const now = performance.now();
    if (now - lastRefresh > TOKEN_REFRESH_MS) {
      lastRefresh = now;
      await refreshToken();
    }
    if (now - lastSample > SAMPLE_EVERY_MS) {
      lastSample = now;
      const memory = await askMemory(child);
      samples.push({
        atMs: now - began,
        rss: memory.rssBytes,
        heap: memory.heapUsedAfterGcBytes,
        cases: submittedCases,
      });
    }
    if (now - lastFault > 2000 && !faultBusy) {
      lastFault = now;
      faultBusy = true;
      inFlight++;
      faultStep
        .run()
        .then((results) => {
          for (const { what, sent, expected } of results) {
            requests++;
            outcomes.set(`fault:${String(sent.status)}`, (outcomes.get(`fault:${String(sent.status)}`) ?? 0) + 1);
            if (!expected.includes(sent.status as number | 'reset'))
              unexpected.push(`${what}: got ${sent.status} ${sent.body.slice(0, 160)}`);
          }
        })
        .catch((error: unknown) => unexpected.push(`fault: ${String(error)}`))
        .finally(() => {
          faultBusy = false;
          inFlight--;
        });
    }
    launch(pickStep(random()));
    nextAt += intervalMs;
    const wait = nextAt - performance.now();
    if (wait > 0) await sleep(wait);
  }
  while (inFlight > 0) await sleep(20);
  const end = await askMemory(child);
  const elapsedS = (performance.now() - began) / 1000;

  // Heap growth after the first minute, less what the stored cases hold (estimated from their growth rate).
  const warm = samples.find((sample) => sample.atMs >= Math.min(60_000, DURATION_MS / 2)) ?? samples[0];
  const last = { heap: end.heapUsedAfterGcBytes, cases: submittedCases };
  const perCase = 16 * 1024;
  const growth = warm ? last.heap - warm.heap - (last.cases - warm.cases) * perCase : 0;
  if (growth > HEAP_GROWTH_ALLOWANCE)
    unexpected.push(`heap after GC grew ${(growth / MiB).toFixed(1)} MiB beyond the stored cases`);
  if (end.internalErrors > 0) unexpected.push(`${end.internalErrors} internal errors in the simulator`);

  const peak = Math.max(end.maxRssBytes, ...samples.map((sample) => sample.rss));
  console.log(
    `soak: ${elapsedS.toFixed(0)} s, ${requests} requests at ${(requests / elapsedS).toFixed(1)}/s (target ${RATE}/s), model ${MODEL}`,
  );
  console.log(`outcomes: ${JSON.stringify(Object.fromEntries([...outcomes].sort(([a], [b]) => a.localeCompare(b))))}`);
  console.log(`max latency ${maxLatency.toFixed(1)} ms; cases stored ${submittedCases}`);
  console.log(
    `RSS start ${(start.rssBytes / MiB).toFixed(1)} MiB, peak ${(peak / MiB).toFixed(1)} MiB, end ${(end.rssBytes / MiB).toFixed(1)} MiB`,
  );
  console.log(
    `heap after GC: start ${(start.heapUsedAfterGcBytes / MiB).toFixed(1)} MiB, after warm-up ${((warm?.heap ?? 0) / MiB).toFixed(1)} MiB, end ${(end.heapUsedAfterGcBytes / MiB).toFixed(1)} MiB`,
  );
  console.log(
    `samples (s: RSS/heap MiB): ${samples.map((s) => `${(s.atMs / 1000).toFixed(0)}:${(s.rss / MiB).toFixed(0)}/${(s.heap / MiB).toFixed(1)}`).join(' ')}`,
  );
  console.log(`unexpected: ${unexpected.length}`);
  for (const line of unexpected.slice(0, 20)) console.log(`  ${line}`);
  if (unexpected.length > 0) process.exitCode = 1;
} finally {
  agent.destroy();
  await new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send('stop');
  });
  rmSync(stateDir, { recursive: true, force: true });
}
