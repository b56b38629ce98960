import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VENDOR_SCENARIOS } from '@elan-kit/conformance';
import { type RunResult, validateRunResult } from '@elan-kit/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

/** The independent Python client: it imports nothing of the kit (see its header). */
const CLIENT = resolve(import.meta.dirname, 'vendor-client', 'elan_test_client.py');
const VENDOR = { name: 'Testleverandør AS', orgnr: '312345676', system: 'Python-testklient', systemVersion: '1.0' };

async function runVendor(
  adapter: Record<string, unknown>,
  options: { scenarios?: readonly string[]; defect?: string } = {},
): Promise<{ code: number; result: RunResult; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-vendor-client-'));
  writeFileSync(
    join(cwd, 'elan-kit.config.json'),
    JSON.stringify({
      vendor: VENDOR,
      target: 'vendor',
      vendorTarget: {
        adapter: { timeoutSeconds: 90, ...adapter },
        ...(options.scenarios ? { scenarios: options.scenarios } : {}),
      },
    }),
  );
  const output = bufferedOutput();
  const code = await runCli(['run', '--preset', 'client', '--out', 'out', '--lang', 'en'], {
    output,
    cwd,
    env: { ...process.env, ELAN_TEST_CLIENT_DEFECT: options.defect ?? '' },
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  const name = readdirSync(join(cwd, 'out')).find((file) => /^run-.*\.json$/.test(file));
  if (!name) throw new Error(`no RunResult: ${output.stderr()}`);
  const result = JSON.parse(readFileSync(join(cwd, 'out', name), 'utf8')) as RunResult;
  return { code, result, stderr: output.stderr() };
}

const command = { command: `python3 ${JSON.stringify(CLIENT)}` };

describe('a correct client, written naturally, passes', () => {
  it('through the command adapter (a new process per scenario)', { timeout: 300_000 }, async () => {
    const { code, result, stderr } = await runVendor(command);
    expect(validateRunResult(result).valid).toBe(true);
    const notPassed = result.checks.filter((check) => check.status !== 'pass');
    expect(
      notPassed.map((check) => `${check.id}:${check.status}:${check.findings.map((f) => f.message).join(' | ')}`),
      stderr,
    ).toEqual([]);
    expect(code).toBe(ExitCode.Pass);
  });

  const servers: ChildProcess[] = [];
  afterAll(() => {
    for (const server of servers) server.kill();
  });

  it('through the HTTP adapter (one long-running service, one token cache)', { timeout: 300_000 }, async () => {
    const server = spawn('python3', [CLIENT, '--serve', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    servers.push(server);
    const port = await new Promise<string>((resolvePort, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        const match = /listening on (\d+)/.exec(chunk.toString('utf8'));
        if (match?.[1]) resolvePort(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`the client service exited with ${code}`)));
    });
    const { code, result, stderr } = await runVendor({ url: `http://127.0.0.1:${port}/elan-kit/scenario` });
    const notPassed = result.checks.filter((check) => check.status !== 'pass');
    expect(
      notPassed.map((check) => `${check.id}:${check.status}:${check.findings.map((f) => f.message).join(' | ')}`),
      stderr,
    ).toEqual([]);
    expect(code).toBe(ExitCode.Pass);
  });
});

/** One defect at a time: the check it must fail, a finding code, and the scenarios that provoke it. */
const DEFECTS: ReadonlyArray<{
  defect: string;
  scenarios: readonly string[];
  check: string;
  code: string;
  exit?: ExitCode;
}> = [
  { defect: 'token-per-request', scenarios: ['full-flow'], check: 'auth-token-reused', code: 'TOKEN_PER_CALL' },
  { defect: 'blind-retry', scenarios: ['kontrollutslag'], check: 'client-no-blind-retry', code: 'BLIND_RETRY_4XX' },
  {
    defect: 'no-betjeningskartet',
    scenarios: ['full-flow'],
    check: 'client-betjeningskartet-usage',
    code: 'BETJENINGSKARTET_NOT_CALLED',
  },
  {
    defect: 'mild-polling',
    scenarios: ['full-flow'],
    check: 'client-polling-interval',
    code: 'POLLING_TOO_FREQUENT',
    exit: ExitCode.Pass,
  },
  { defect: 'status-loop', scenarios: ['full-flow'], check: 'client-no-status-loop', code: 'STATUS_LOOP' },
  { defect: 'ignore-retry-after', scenarios: ['rate-limited'], check: 'client-backoff', code: 'RETRY_AFTER_IGNORED' },
  {
    defect: 'ignore-retry-after',
    scenarios: ['service-unavailable'],
    check: 'fault-503-backoff',
    code: 'RETRY_AFTER_IGNORED',
  },
  { defect: 'no-message-ids', scenarios: ['full-flow'], check: 'client-message-ids', code: 'MESSAGE_ID_MISSING' },
  {
    defect: 'fixed-message-ids',
    scenarios: ['full-flow', 'kontrollutslag'],
    check: 'client-message-ids',
    code: 'KORRELASJONSID_SHARED',
  },
  {
    defect: 'schema-invalid',
    scenarios: ['full-flow'],
    check: 'contract-conformance',
    code: 'CONTRACT_REQUEST_BODY_INVALID',
  },
  {
    defect: 'real-fnr',
    scenarios: ['full-flow'],
    check: 'data-synthetic-identifiers',
    code: 'NON_SYNTHETIC_IDENTIFIER',
  },
  {
    defect: 'real-fnr-text',
    scenarios: ['full-flow'],
    check: 'data-synthetic-identifiers',
    code: 'NON_SYNTHETIC_IDENTIFIER',
  },
  {
    defect: 'swallow-422',
    scenarios: ['kontrollutslag'],
    check: 'client-kontrollutslag-surfaced',
    code: 'KONTROLLUTSLAG_NOT_SURFACED',
  },
];

describe('each defect fails its check, with evidence a developer can act on', () => {
  it.each(DEFECTS)(
    '$defect fails $check ($code)',
    { timeout: 180_000 },
    async ({ defect, scenarios, check, code, exit }) => {
      const { code: exitCode, result, stderr } = await runVendor(command, { scenarios, defect });
      const judged = result.checks.find((item) => item.id === check);
      expect(judged?.status, stderr).toBe('fail');
      const found = judged?.findings.find((item) => item.code === code);
      expect(found, JSON.stringify(judged?.findings)).toBeDefined();
      // It names the exchange (kept as evidence), its Korrelasjonsid, and what should have happened.
      expect(found?.exchangeId).toBeDefined();
      expect(judged?.evidence.map((exchange) => exchange.id)).toContain(found?.exchangeId);
      expect(found?.message).toMatch(/Korrelasjonsid/);
      expect(found?.message).toMatch(/: [a-z]/);
      expect(exitCode).toBe(exit ?? ExitCode.Findings);
    },
  );

  it('the scenario ids in the config schema are the kit’s scenarios', () => {
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'config.schema.json'), 'utf8'));
    expect(schema.properties.vendorTarget.properties.scenarios.items.enum).toEqual(VENDOR_SCENARIOS.map((s) => s.id));
  });
});

describe('the proxy path: the client talks to the test environment through elan-kit proxy', () => {
  it('a correct client through the proxy (elan-kit serve as the upstream) gets a green verdict; faults the proxy injected are judged', {
    timeout: 300_000,
  }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-proxy-path-'));
    const start = (argv: string[]) => {
      const output = bufferedOutput();
      const controller = new AbortController();
      const running = runCli(argv, {
        output,
        cwd,
        env: {},
        stdin: async () => Buffer.alloc(0),
        signal: controller.signal,
      });
      return { output, stop: () => controller.abort(), running };
    };
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!condition()) throw new Error('timed out waiting');
    };
    const serve = start(['serve', '--port', '0', '--state-dir', 'sim']);
    await until(() => serve.output.stdout().includes('is listening'));
    const clientFile = join(cwd, 'sim', 'client.json');
    const client = JSON.parse(readFileSync(clientFile, 'utf8')) as {
      orgnr: string;
      baseUrls: Record<string, string>;
      tokenEndpoint: string;
      audience: string;
      clientId: string;
    };
    const upstream = new URL(client.baseUrls['utleggsbegjaering'] ?? '').origin;
    writeFileSync(
      join(cwd, 'faults.json'),
      JSON.stringify([{ status: 429, operationId: 'validerNyBegjaering', count: 1, retryAfterSeconds: 1 }]),
    );
    const proxy = start([
      'proxy',
      '--upstream',
      upstream,
      '--port',
      '0',
      '--out',
      'recordings',
      '--faults',
      'faults.json',
    ]);
    await until(() => /listening on (http:\/\/\S+)/.test(proxy.output.stderr()));
    const proxyUrl = /listening on (http:\/\/\S+)/.exec(proxy.output.stderr())?.[1] ?? '';

    // The vendor's system gets its tokens from Maskinporten itself (here serve's stand-in), not through the proxy.
    const { createPartyRegister } = await import('@elan-kit/fixtures');
    const register = createPartyRegister({ seed: 1 });
    const debtors = register.pickPersons(3, { regelverk: 'nyttRegelverk' }).map((person) => person.identifier);
    const card = (id: string, saksoekt: string) => ({
      schemaVersion: '1.0',
      id,
      title: { nb: id, en: id },
      instructions: { nb: id, en: id },
      parties: { innsender: client.orgnr, saksoekt },
      modelVersion: '1.0',
      simulator: { ...client, scope: 'skatteetaten:utleggsbegjaering', clientFile },
      judged: [],
      timeoutSeconds: 60,
    });
    const runClient = (input: unknown) =>
      new Promise<string>((resolveRun, reject) => {
        const child = spawn('python3', [CLIENT, '--proxy', proxyUrl], { stdio: ['pipe', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
        });
        child.on('close', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`client exited ${code}`))));
        child.stdin.end(JSON.stringify(input));
      });
    await runClient(card('full-flow', debtors[0] ?? ''));
    await runClient(card('kontrollutslag', debtors[1] ?? ''));
    await runClient(card('old-regime', register.lockedPerson.identifier));
    await runClient(card('rate-limited', debtors[2] ?? ''));
    // A token in the URL (some clients send one) is redacted in the recording, like the Authorization header.
    const leaked = 'leaked-token-value-0123456789';
    await fetch(`${proxyUrl}/not-an-elan-path?access_token=${leaked}&token=${leaked}`);
    proxy.stop();
    expect(await proxy.running).toBe(ExitCode.Pass);
    serve.stop();
    await serve.running;

    // The recording holds no token, neither in headers nor in URLs.
    const recordings = join(cwd, 'recordings');
    const recorded = readdirSync(recordings)
      .map((name) => readFileSync(join(recordings, name), 'utf8'))
      .join('\n');
    expect(recorded).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
    expect(recorded).not.toContain(leaked);
    expect(recorded).toMatch(/access_token=[^&"]*redacted/i);
    expect(recorded).toMatch(/"fingerprint":"[0-9a-f]{16}"/);

    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        vendor: { ...VENDOR, orgnr: client.orgnr },
        target: 'vendor',
        vendorTarget: { recordings: 'recordings' },
      }),
    );
    const judge = start(['run', '--preset', 'client', '--out', 'out', '--lang', 'en']);
    const code = await judge.running;
    const name = readdirSync(join(cwd, 'out')).find((file) => /^run-.*\.json$/.test(file)) ?? '';
    const result = JSON.parse(readFileSync(join(cwd, 'out', name), 'utf8')) as RunResult;
    const byStatus = (status: string) =>
      result.checks.filter((check) => check.status === status).map((check) => check.id);
    expect(byStatus('fail'), judge.output.stderr()).toEqual([]);
    expect(byStatus('error')).toEqual([]);
    expect(byStatus('pass')).toEqual(
      expect.arrayContaining([
        'auth-token-obtained',
        'auth-token-reused',
        'client-no-blind-retry',
        'client-backoff',
        'fault-429-backoff',
        'client-betjeningskartet-usage',
        'client-message-ids',
        'flow-full',
        'flow-old-regime-rejected',
        'contract-conformance',
        'data-synthetic-identifiers',
      ]),
    );
    // The kit cannot see the screen in recordings: showing kontrollutslag is attested.
    expect(result.checks.find((check) => check.id === 'client-kontrollutslag-surfaced')?.status).toBe('manual');
    // Faults nobody injected are not the vendor's failure.
    const fault503 = result.checks.find((check) => check.id === 'fault-503-backoff');
    expect(fault503?.status).toBe('skip');
    expect(fault503?.findings.map((f) => f.message).join(' ')).toMatch(/no such answer was observed/);
    expect(code).toBe(ExitCode.Pass);
  });
});
