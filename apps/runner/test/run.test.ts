import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_VENDOR_SCENARIOS } from '@elan-kit/conformance';
import { type RunResult, validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'elan-kit-run-'));
}

async function cli(argv: string[], options: { cwd?: string; signal?: AbortSignal; env?: Record<string, string> } = {}) {
  const output = bufferedOutput();
  const code = await runCli(argv, {
    output,
    cwd: options.cwd ?? folder(),
    env: options.env ?? {},
    stdin: async () => Buffer.alloc(0),
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

function runFile(out: string): RunResult {
  const name = readdirSync(out).find((file) => /^run-.*\.json$/.test(file));
  if (!name) throw new Error(`no run-*.json in ${out}`);
  return JSON.parse(readFileSync(join(out, name), 'utf8')) as RunResult;
}

describe('elan-kit run', () => {
  it('runs the full suite against the embedded simulator, writes the RunResult and the reports, and exits 0', {
    timeout: 60_000,
  }, async () => {
    const cwd = folder();
    const { code, stdout, stderr } = await cli(['run', '--out', 'reports', '--json', '--lang', 'en'], { cwd });
    expect(code, stderr).toBe(ExitCode.Pass);
    const out = join(cwd, 'reports');
    expect(readdirSync(out).sort()).toEqual(
      expect.arrayContaining(['latest.html', 'latest.json', 'latest.junit.xml', 'latest.md']),
    );
    const result = runFile(out);
    expect(validateRunResult(result).valid).toBe(true);
    // Nothing is attested in an empty folder: every check passed, but the summary is not ready for production.
    expect(result.summary).toMatchObject({ verdict: 'pass-unattested', total: 34, fail: 0, error: 0 });
    expect((JSON.parse(stdout) as RunResult).run.id).toBe(result.run.id);
    expect(stderr).toMatch(/\[34\/34\]/);
    expect(readdirSync(out).some((name) => name.endsWith('.tmp'))).toBe(false);

    // No output of the run carries a token, a grant or key material.
    const outputs = [stdout, stderr, ...readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'))];
    for (const text of outputs) {
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./);
      expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
      expect(text).not.toMatch(/"d"\s*:\s*"[A-Za-z0-9_-]{40,}"/);
    }
  });

  it('exits 1 when a required check fails (a simulator that ignores the token)', { timeout: 60_000 }, async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'elan-kit.config.json'), JSON.stringify({ simulator: { defects: ['ignore-token'] } }));
    const { code, stdout } = await cli(['run', '--only', 'auth-401-without-token'], { cwd });
    expect(code).toBe(ExitCode.Findings);
    expect(runFile(join(cwd, 'elan-kit-report')).checks[0]?.status).toBe('fail');
    expect(stdout).toMatch(/auth-401-without-token/);
  });

  it('an interrupted run still writes a complete, valid result and exits 2', { timeout: 60_000 }, async () => {
    const cwd = folder();
    const controller = new AbortController();
    controller.abort(new Error('received SIGINT'));
    const { code } = await cli(['run', '--only', 'auth-token-obtained,flow-full'], { cwd, signal: controller.signal });
    expect(code).toBe(ExitCode.UsageOrSetup);
    const result = runFile(join(cwd, 'elan-kit-report'));
    expect(validateRunResult(result).valid).toBe(true);
    expect(result.run.state).toBe('interrupted');
    expect(result.checks.every((c) => c.unfinished)).toBe(true);
  });

  it('runs one shard of the selected checks', { timeout: 60_000 }, async () => {
    const cwd = folder();
    const { code } = await cli(
      ['run', '--only', 'auth-key-valid,auth-token-obtained,auth-token-claims', '--shard', '3/3'],
      { cwd },
    );
    expect(code).toBe(ExitCode.Pass);
    const result = runFile(join(cwd, 'elan-kit-report'));
    expect(result.run.shard).toEqual({ index: 3, total: 3 });
    expect(result.checks.map((c) => c.id)).toEqual(['auth-token-claims']);
  });

  it('refuses production URLs and a test target without credentials, with exit 2', async () => {
    const production = await cli(['run', '--target', 'https://maskinporten.no/api/utleggsbegjaering/v2']);
    expect(production.code).toBe(ExitCode.UsageOrSetup);
    expect(production.stderr).toMatch(/not a test environment/);
    const cwd = folder();
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        vendor: { name: 'Eksempel Inkasso AS', orgnr: '312345676', system: 'InkassoPro', systemVersion: '4.2.0' },
      }),
    );
    const test = await cli(['run', '--target', 'test'], { cwd });
    expect(test.code).toBe(ExitCode.UsageOrSetup);
    expect(test.stderr).toMatch(/needs a Maskinporten client/);
    expect(test.stderr).toMatch(/ELAN_KIT_CLIENT_ID/);
  });

  it('rejects bad arguments with exit 2', async () => {
    expect((await cli(['run', '--model', '3.0'])).stderr).toMatch(/--model "3\.0" is not a model version/);
    expect((await cli(['run', '--shard', '4/3'])).stderr).toMatch(/Invalid shard/);
    expect((await cli(['run', '--only', 'no-such-check'])).stderr).toMatch(/Unknown check id/);
    expect((await cli(['run', '--target', 'production'])).code).toBe(ExitCode.UsageOrSetup);
  });

  it('refuses an --out that cannot be a folder before running, without a stack trace', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'taken'), 'a file, not a folder');
    const { code, stderr } = await cli(['run', '--only', 'auth-key-valid', '--out', 'taken/reports'], { cwd });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toMatch(/Cannot write the run result to .*taken[/\\]reports/);
    expect(stderr).toMatch(/--out/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    // Failing before the run: no check was started.
    expect(stderr).not.toMatch(/\[1\/1\]/);
  });

  it.each([
    ['command', (dir: string) => ({ command: `node ${join(dir, 'adapter.cjs')}` })],
    ['module', (_dir: string) => ({ module: './adapter.mjs' })],
  ] as const)(
    'calls a %s vendor adapter once per scenario with the scenario as JSON',
    { timeout: 60_000 },
    async (kind, adapter) => {
      const cwd = folder();
      const seen = join(cwd, 'seen.txt');
      writeFileSync(
        join(cwd, 'adapter.cjs'),
        `let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{require('fs').appendFileSync(${JSON.stringify(seen)},JSON.parse(s).id+'\\n');process.stdout.write('{"kontrollutslag":[]}');});`,
      );
      writeFileSync(
        join(cwd, 'adapter.mjs'),
        `import { appendFileSync } from 'node:fs';\nexport default async (card) => { appendFileSync(${JSON.stringify(seen)}, card.id + '\\n'); return { kontrollutslag: [] }; };\n`,
      );
      writeFileSync(
        join(cwd, 'elan-kit.config.json'),
        JSON.stringify({
          vendor: { name: 'Eksempel Inkasso AS', orgnr: '312345676', system: 'InkassoPro', systemVersion: '4.2.0' },
          vendorTarget: { scenarioTimeoutSeconds: 0.2, adapter: adapter(cwd) },
        }),
      );
      const { code, stderr } = await cli(['run', '--target', 'vendor', '--only', 'auth-token-obtained'], { cwd });
      // The adapter did nothing, so the vendor's system obtained no token: a finding, not a tool error.
      expect(code, `${kind}: ${stderr}`).toBe(ExitCode.Findings);
      expect(readFileSync(seen, 'utf8').trim().split('\n')).toEqual(
        DEFAULT_VENDOR_SCENARIOS.map((scenario) => scenario.id),
      );
      expect(stderr).toMatch(/Simulator for your system: http:\/\/127\.0\.0\.1:\d+/);
      expect(stderr).toMatch(new RegExp(`Scenario 1/${DEFAULT_VENDOR_SCENARIOS.length}`));
    },
  );

  it('shows help with examples', async () => {
    const { code, stdout } = await cli(['run', '--help']);
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toMatch(/elan-kit run --target test/);
    expect(stdout).toMatch(/--shard/);
  });
});
