import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exchange } from '@elan-kit/schemas';
import { createSimulator, type Simulator } from '@elan-kit/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const REAL_LOOKING_FNR = '31129956715';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error('timed out waiting');
}

describe('elan-kit proxy', () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = createSimulator();
    await simulator.listen();
  });
  afterAll(() => simulator.close());

  it('forwards and records exchanges, refuses real-looking identifiers before they leave, and feeds the vendor target', {
    timeout: 60_000,
  }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-proxy-'));
    const port = await freePort();
    const output = bufferedOutput();
    const controller = new AbortController();
    const running = runCli(['proxy', '--upstream', simulator.url, '--port', String(port), '--out', 'recordings'], {
      output,
      cwd,
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: controller.signal,
    });
    await until(() => output.stderr().includes('listening'));
    const base = `http://127.0.0.1:${port}/api/utleggsbegjaering/v2`;
    const token = await simulator.admin.mintAccessToken();
    const headers = (extra: Record<string, string> = {}) => ({
      authorization: `Bearer ${token}`,
      klientid: 'vendor-system',
      korrelasjonsid: randomUUID(),
      meldingsid: randomUUID(),
      ...extra,
    });

    const status = await fetch(`${base}/status/TEST_SAK_OPPRETTET`, { headers: headers() });
    expect(status.status).toBe(200);
    expect(((await status.json()) as { saksstatus: string }).saksstatus).toBe('sakOpprettet');

    const refused = await fetch(`${base}/valider`, {
      method: 'POST',
      headers: headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ saksoekt: [{ saksoekt: { person: { identifikator: { verdi: REAL_LOOKING_FNR } } } }] }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { pointer: string }).pointer).toBe(
      '/saksoekt/0/saksoekt/person/identifikator/verdi',
    );
    expect(JSON.stringify(simulator.admin.recordings.list())).not.toContain(REAL_LOOKING_FNR);

    const { korrelasjonsid: _omitted, ...withoutKorrelasjonsid } = headers();
    await fetch(`${base}/status/TEST_SAK_HEVET`, { headers: withoutKorrelasjonsid });

    controller.abort();
    expect(await running).toBe(ExitCode.Pass);
    const file = output.stdout().trim();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Exchange);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.request.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(output.stderr()).toMatch(/✗ GET \/api\/utleggsbegjaering\/v2\/status\/TEST_SAK_HEVET/);
    expect(output.stderr()).toMatch(/Korrelasjonsid/);

    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        vendor: { name: 'Eksempel Inkasso AS', orgnr: '312345676', system: 'InkassoPro', systemVersion: '4.2.0' },
        vendorTarget: { recordings: 'recordings' },
      }),
    );
    const judge = bufferedOutput();
    const code = await runCli(['run', '--target', 'vendor', '--only', 'contract-conformance,client-no-blind-retry'], {
      output: judge,
      cwd,
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
    });
    expect(code, judge.stderr()).toBe(ExitCode.Findings);
    expect(judge.stdout()).toMatch(/contract-conformance/);
  });

  it('refuses a production upstream', async () => {
    const output = bufferedOutput();
    const code = await runCli(['proxy', '--upstream', 'https://maskinporten.no'], {
      output,
      cwd: mkdtempSync(join(tmpdir(), 'elan-kit-proxy-')),
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
    });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toMatch(/not a test environment/);
  });
});
