import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunResult, validateRunResult } from '@elan-kit/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const environment = (cwd: string, signal: AbortSignal) => ({
  cwd,
  env: {},
  stdin: async () => Buffer.alloc(0),
  signal,
});

describe('elan-kit run --target URL against elan-kit serve', () => {
  const stop = new AbortController();
  let served: Promise<number> | undefined;

  afterAll(async () => {
    stop.abort(new Error('test done'));
    await served;
  });

  it('passes with the token organisation as innsender everywhere', { timeout: 300_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-url-'));
    served = runCli(['serve', '--port', '0', '--state-dir', 'state'], {
      output: bufferedOutput(),
      ...environment(cwd, stop.signal),
    });
    const clientFile = join(cwd, 'state', 'client.json');
    for (let i = 0; i < 600 && !existsSync(clientFile); i++) await new Promise((r) => setTimeout(r, 50));
    const client = JSON.parse(readFileSync(clientFile, 'utf8')) as {
      clientId: string;
      orgnr: string;
      kid: string;
      tokenEndpoint: string;
      audience: string;
      privateKeyPem: string;
      baseUrls: { utleggsbegjaering: string };
    };
    writeFileSync(join(cwd, 'key.pem'), client.privateKeyPem);
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        maskinporten: {
          clientId: client.clientId,
          orgnr: client.orgnr,
          kid: client.kid,
          tokenEndpoint: client.tokenEndpoint,
          issuer: client.audience,
          keyFile: 'key.pem',
        },
      }),
    );
    const output = bufferedOutput();
    const code = await runCli(['run', '--target', client.baseUrls.utleggsbegjaering, '--out', 'reports'], {
      output,
      ...environment(cwd, new AbortController().signal),
    });
    const name = readdirSync(join(cwd, 'reports')).find((file) => /^run-.*\.json$/.test(file));
    const result = JSON.parse(readFileSync(join(cwd, 'reports', name ?? ''), 'utf8')) as RunResult;
    const broken = result.checks.filter((check) => check.status === 'fail' || check.status === 'error');
    expect(broken.map((check) => `${check.id}: ${check.findings.map((f) => f.message).join(' | ')}`)).toEqual([]);
    expect(code, output.stderr()).toBe(ExitCode.Pass);
    expect(validateRunResult(result).valid).toBe(true);
    expect(result.subject).toEqual({ kind: 'other-server', via: 'kit-client', demonstration: false });
    expect(result.target.options).toMatchObject({ url: client.baseUrls.utleggsbegjaering });
    const vilkaar = result.checks.find((check) => check.id === 'vilkaar-kontrollutslag');
    expect(vilkaar?.status).toBe('pass');
    expect(vilkaar?.findings.some((finding) => finding.code === 'NEIGHBOUR_REJECTED')).toBe(false);
    // Every begjæring the kit sent names the token's organisation as innsender.
    const innsendere = new Set(
      result.checks
        .flatMap((check) => check.evidence)
        .map((exchange) => (exchange.request.body as { innsender?: unknown } | undefined)?.innsender)
        .filter((innsender) => innsender !== undefined)
        .map((innsender) => JSON.stringify(innsender).match(/"(\d{9})"/)?.[1]),
    );
    expect([...innsendere]).toContain(client.orgnr);
    expect([...innsendere].filter((orgnr) => orgnr !== undefined && orgnr !== client.orgnr)).toEqual([]);
  });
});
