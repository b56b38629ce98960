import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function environment() {
  const output = bufferedOutput();
  return {
    output,
    env: {
      output,
      cwd: process.cwd(),
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
    },
  };
}

describe('elan-kit command wrapper', () => {
  it('prints the command list for --help and exits 0', async () => {
    const { output, env } = environment();
    expect(await runCli(['--help'], env)).toBe(ExitCode.Pass);
    expect(output.stdout()).toMatch(/Usage: elan-kit <command>/);
    expect(output.stdout()).toMatch(/version/);
  });

  it('prints the version from package.json', async () => {
    const { output, env } = environment();
    expect(await runCli(['--version'], env)).toBe(ExitCode.Pass);
    expect(output.stdout().trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with usage when no command is given', async () => {
    const { env } = environment();
    expect(await runCli([], env)).toBe(ExitCode.UsageOrSetup);
  });

  it('exits 2 and names the command on an unknown command', async () => {
    const { output, env } = environment();
    expect(await runCli(['frobnicate'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toMatch(/Unknown command "frobnicate"/);
    expect(output.stderr()).toMatch(/elan-kit --help/);
  });

  it('exits 2 on an unknown option and says how to see the valid ones', async () => {
    const { output, env } = environment();
    expect(await runCli(['version', '--frobnicate'], env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toMatch(/Unknown option --frobnicate/);
  });

  it('takes a negative number as the value of an option, not as an unknown option', async () => {
    const { output, env } = environment();
    const argv = ['interest', '--grunnlag', '-5', '--fra', '2025-01-01', '--til', '2025-02-01'];
    expect(await runCli(argv, env)).toBe(ExitCode.UsageOrSetup);
    expect(output.stderr()).toMatch(/must be a non-negative amount .*got "-5"/);
  });

  it('prints a value outside an enum as plain text with the allowed values, without terminal colour codes', () => {
    // citty colours its messages unless TEST or CI is set, which vitest sets: run the CLI as a user would.
    const env = { ...process.env };
    for (const name of ['TEST', 'VITEST', 'CI', 'NO_COLOR', 'NODE_OPTIONS']) delete env[name];
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', main, 'run', '--lang', 'de'], {
      env: { ...env, TERM: 'xterm-256color' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.status).toBe(ExitCode.UsageOrSetup);
    expect(child.stderr).toMatch(/--lang "de" is not a language elan-kit speaks\./);
    expect(child.stderr).not.toContain('\u001b[');
  });

  it('shows per-command help', async () => {
    const { output, env } = environment();
    expect(await runCli(['version', '--help'], env)).toBe(ExitCode.Pass);
    expect(output.stdout()).toMatch(/Usage: elan-kit version/);
  });
});
