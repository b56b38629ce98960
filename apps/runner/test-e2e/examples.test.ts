import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const EXAMPLE_BEGJAERING = join(ROOT, 'packages/schemas/contracts/examples/utleggsbegjaering/1.0/minimal.json');

/** The README's example adapters, each run as a vendor would: `elan-kit run --target vendor` with the command. */
describe.each([
  ['Python', `python3 ${JSON.stringify(join(ROOT, 'examples/python/elan_adapter.py'))}`],
  ['Java', `java ${JSON.stringify(join(ROOT, 'examples/java/Adapter.java'))}`],
])('the %s example adapter', (_, command) => {
  it('gets a green run of every vendor scenario', { timeout: 600_000 }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-example-'));
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        vendor: { name: 'Eksempel AS', orgnr: '312345676', system: 'Eksempeladapter', systemVersion: '1.0' },
        target: 'vendor',
        vendorTarget: { adapter: { command, timeoutSeconds: 120 } },
      }),
    );
    const output = bufferedOutput();
    const code = await runCli(['run', '--preset', 'client', '--out', 'out', '--lang', 'en'], {
      output,
      cwd,
      env: { ...process.env, ELAN_EXAMPLE_BEGJAERING: EXAMPLE_BEGJAERING },
      stdin: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
    });
    const name = readdirSync(join(cwd, 'out')).find((file) => /^run-.*\.json$/.test(file)) ?? '';
    const result = JSON.parse(readFileSync(join(cwd, 'out', name), 'utf8')) as RunResult;
    const vendorChecks = result.checks.filter((check) => check.status !== 'manual');
    expect(
      vendorChecks
        .filter((check) => check.status === 'fail' || check.status === 'error')
        .map((check) => `${check.id}: ${check.findings.map((f) => f.message).join(' | ')}`),
      output.stderr(),
    ).toEqual([]);
    expect(code).toBe(ExitCode.Pass);
  });
});
