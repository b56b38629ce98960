import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunResult, validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

async function runWith(adapter: Record<string, unknown>, prepare: (cwd: string) => void = () => {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-adapter-'));
  prepare(cwd);
  writeFileSync(
    join(cwd, 'elan-kit.config.json'),
    JSON.stringify({
      vendor: { name: 'Test AS', orgnr: '312345676', system: 'Test', systemVersion: '1' },
      target: 'vendor',
      vendorTarget: { adapter, scenarios: ['old-regime'] },
    }),
  );
  const output = bufferedOutput();
  const code = await runCli(['run', '--preset', 'client', '--out', 'out', '--lang', 'en'], {
    output,
    cwd,
    env: { PATH: process.env['PATH'] ?? '' },
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  const name = readdirSync(join(cwd, 'out')).find((file) => /^run-.*\.json$/.test(file)) ?? '';
  const result = JSON.parse(readFileSync(join(cwd, 'out', name), 'utf8')) as RunResult;
  return { code, result, stderr: output.stderr() };
}

describe('vendor adapter mistakes end the run with exit 2, a clear error and a valid partial RunResult', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp, ((cwd: string) => void)?]> = [
    [
      'a command that is not found',
      { command: './no-such-adapter.sh' },
      /was not found.*Received: .*no-such-adapter\.sh does not exist/,
    ],
    [
      'a command that is not executable',
      { command: './adapter.sh' },
      /is not executable.*Received: .*adapter\.sh without execute permission.*Expected: an executable file/,
      (cwd) => writeFileSync(join(cwd, 'adapter.sh'), '#!/bin/sh\necho {}\n'),
    ],
    [
      'an answer that is not JSON',
      { command: 'echo "done!"' },
      /is not JSON\. Received: done!\. Expected: one JSON object/,
    ],
    [
      'an answer for another scenario',
      { command: `echo '{"scenario": "full-flow"}'` },
      /answer is for another scenario\. Received: "scenario": "full-flow"\. Expected: "scenario": "old-regime"/,
    ],
    [
      'an answer outside the schema',
      { command: `echo '{"kontrollutslag": "MANGLER_KRAV"}'` },
      /does not follow the answer schema\. Received: .*\/kontrollutslag must be array/,
    ],
    ['a command that fails', { command: 'echo oops >&2; exit 3' }, /command failed\. Received: exit code 3: oops/],
    ['a timeout', { command: 'sleep 20', timeoutSeconds: 1 }, /did not answer in time\. Received: no answer after 1 s/],
    [
      'an HTTP adapter nobody listens on',
      { url: 'http://127.0.0.1:47/elan-kit/scenario' },
      /URL could not be reached\. Received: http:\/\/127\.0\.0\.1:47\/elan-kit\/scenario: ECONNREFUSED/,
    ],
    [
      'a module without a default function',
      { module: './adapter.mjs' },
      /no default-exported function/,
      (cwd) => writeFileSync(join(cwd, 'adapter.mjs'), 'export const x = 1;\n'),
    ],
  ];
  it.each(cases)('%s', { timeout: 60_000 }, async (_, adapter, message, prepare) => {
    const { code, result, stderr } = await runWith(adapter, prepare);
    expect(code, stderr).toBe(ExitCode.UsageOrSetup);
    expect(validateRunResult(result).valid).toBe(true);
    expect(result.run.state).not.toBe('completed');
    const error = result.checks.flatMap((check) => check.findings).find((f) => f.code === 'ELAN_VENDOR_ADAPTER_FAILED');
    expect(error?.message).toMatch(/^Vendor adapter, scenario old-regime: /);
    expect(error?.message).toMatch(message);
    expect(stderr).toMatch(/scenario old-regime/);
  });
});
