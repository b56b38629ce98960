/**
 * `pnpm bench`: requests/s, p99 latency and peak memory for POST {base}/valider with the complex example
 * payload, simulator vs a bare node:http + ajv server on the same schema, in the same run, on loopback.
 * Target (issue 4): ≥ 0.7 × the bare server's throughput and < 100 MiB peak RSS for the simulator.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { importJWK, SignJWT } from 'jose';
import type { ServerMessage } from './server-messages.js';

const MODEL = process.env.BENCH_MODEL ?? '1.0';
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TARGET_RATIO = 0.7;
const TARGET_RSS_MIB = 100;

const here = dirname(fileURLToPath(import.meta.url));

function startServer(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(here, file), {
    execArgv: ['--conditions=source', '--import', 'tsx', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
    env: { ...process.env, BENCH_MODEL: MODEL },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.on('message', (message: ServerMessage) => {
      if (message.kind === 'listening') resolve({ child, url: message.url });
    });
  });
}

function maxRssMiB(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('message', (message: ServerMessage) => {
      if (message.kind === 'memory') resolve(message.maxRssKiB / 1024);
    });
    child.send('memory');
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.send('stop');
  });
}

function loadPayload(): Record<string, unknown> {
  const root = dirname(createRequire(import.meta.url).resolve('@elan-kit/schemas/package.json'));
  return JSON.parse(
    readFileSync(join(root, 'contracts', 'examples', 'utleggsbegjaering', MODEL, 'complex.json'), 'utf8'),
  );
}

async function admin(url: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/__admin${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A client for the example's innsender, its attachments seeded, and a token: what makes the payload pass prøving. */
async function prepareSimulator(url: string, payload: Record<string, unknown>): Promise<Record<string, string>> {
  const orgnr = (payload.innsender as { innsender: { virksomhet: { identifikator: { verdi: string } } } }).innsender
    .virksomhet.identifikator.verdi;
  const client = (await admin(url, '/clients', { orgnr })) as {
    clientId: string;
    kid: string;
    audience: string;
    tokenEndpoint: string;
    privateJwk: Record<string, unknown>;
  };
  const seen = new Set<string>();
  const walk = async (value: unknown): Promise<void> => {
    if (Array.isArray(value)) for (const item of value) await walk(item);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.uuid === 'string' && typeof record.filnavn === 'string' && !seen.has(record.uuid)) {
        seen.add(record.uuid);
        await admin(url, '/attachments', {
          uuid: record.uuid,
          orgnr,
          innsenderReferanse: payload.innsenderReferanse,
          filnavn: record.filnavn,
        });
      }
      for (const item of Object.values(record)) await walk(item);
    }
  };
  await walk(payload);
  // A token lives two minutes: ask for a new one per measured run.
  const key = await importJWK(client.privateJwk, 'RS256');
  const grant = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering' })
    .setProtectedHeader({ alg: 'RS256', kid: client.kid })
    .setIssuer(client.clientId)
    .setAudience(client.audience)
    .setIssuedAt()
    .setExpirationTime('60s')
    .setJti(randomUUID())
    .sign(key);
  const answer = (await (
    await fetch(client.tokenEndpoint, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant }),
    })
  ).json()) as { access_token: string };
  return { authorization: `Bearer ${answer.access_token}`, klientid: client.clientId };
}

async function measure(url: string, headers: Record<string, string>, body: string, duration: number) {
  return autocannon({
    url: `${url}/api/utleggsbegjaering/${MODEL === '0.9' ? 'v1' : 'v2'}/valider`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      korrelasjonsid: randomUUID(),
      meldingsid: randomUUID(),
      ...headers,
    },
    body,
    connections: CONNECTIONS,
    duration,
  });
}

async function benchmark(name: string, file: string, payload: Record<string, unknown>) {
  const { child, url } = await startServer(file);
  try {
    const headers = file === 'simulator-server.ts' ? await prepareSimulator(url, payload) : {};
    const body = JSON.stringify(payload);
    await measure(url, headers, body, WARMUP_SECONDS);
    const result = await measure(url, headers, body, DURATION_SECONDS);
    const rss = await maxRssMiB(child);
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors; the payload must pass.`);
    }
    return {
      name,
      requestsPerSecond: result.requests.average,
      p99: result.latency.p99,
      rss,
      total: result.requests.total,
    };
  } finally {
    await stop(child);
  }
}

const payload = loadPayload();
console.log(
  `POST …/valider, model ${MODEL}, ${Buffer.byteLength(JSON.stringify(payload))} B payload, ${CONNECTIONS} connections, ${DURATION_SECONDS} s (+${WARMUP_SECONDS} s warm-up), 127.0.0.1`,
);
const ceiling = await benchmark('bare node:http + ajv', 'bare-server.ts', payload);
const simulator = await benchmark(
  'simulator (token, headers, schema, vilkår, recording)',
  'simulator-server.ts',
  payload,
);
for (const row of [ceiling, simulator]) {
  console.log(
    `${row.name.padEnd(56)} ${row.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${String(row.p99).padStart(4)} ms   peak RSS ${row.rss.toFixed(1)} MiB   (${row.total} requests)`,
  );
}
const ratio = simulator.requestsPerSecond / ceiling.requestsPerSecond;
const ratioOk = ratio >= TARGET_RATIO;
const memoryOk = simulator.rss < TARGET_RSS_MIB;
console.log(`ratio ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}) ${ratioOk ? 'ok' : 'BELOW TARGET'}`);
console.log(
  `simulator peak RSS ${simulator.rss.toFixed(1)} MiB (target < ${TARGET_RSS_MIB}) ${memoryOk ? 'ok' : 'ABOVE TARGET'}`,
);
process.exitCode = ratioOk && memoryOk ? 0 : 1;
