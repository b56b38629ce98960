import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateRunResult } from '@elan-kit/schemas';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'elan-kit-signal-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('elan-kit run as a process', () => {
  it('leaves a complete, valid RunResult when it receives SIGTERM mid-run', { timeout: 90_000 }, async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'apps/runner/src/main.ts', 'run', '--out', out],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      // Stop while the suite is busy: after the first few checks have finished.
      if (/\[ ?5\/\d+\]/.test(seen) && child.exitCode === null && !child.killed) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));

    expect(exitCode).toBe(2);
    const runs = readdirSync(out).filter((name) => name.startsWith('run-') && name.endsWith('.json'));
    expect(runs).toHaveLength(1);
    const result = JSON.parse(readFileSync(join(out, runs[0] ?? ''), 'utf8')) as unknown;
    const validation = validateRunResult(result);
    expect(validation.valid).toBe(true);
    if (!validation.valid) return;
    expect(validation.result.run.state).toBe('interrupted');
    expect(validation.result.checks.some((check) => check.unfinished)).toBe(true);
    expect(validation.result.checks.filter((check) => !check.unfinished).length).toBeGreaterThanOrEqual(5);
    expect(readdirSync(out).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});
