import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_GENERATOR, FIXTURES_INDEX_FILE } from '../src/fixtures-index.js';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function scene(): { base: string; out: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'elan-kit-links-'));
  const out = join(base, 'out');
  const outside = join(base, 'outside');
  mkdirSync(out);
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim.txt'), 'precious');
  return { base, out, outside };
}

async function cli(args: readonly string[], cwd: string) {
  const output = bufferedOutput();
  const code = await runCli(args, {
    output,
    cwd,
    env: {},
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  return { code, stderr: output.stderr() };
}

describe('a symbolic link planted in an output folder', () => {
  it('fixtures --force does not delete a file outside through a linked folder named in the old index', async () => {
    const { base, out, outside } = scene();
    symlinkSync(outside, join(out, 'vedlegg-old'));
    writeFileSync(
      join(out, FIXTURES_INDEX_FILE),
      JSON.stringify({ generator: FIXTURES_GENERATOR, files: ['vedlegg-old/victim.txt'] }),
    );
    const { code, stderr } = await cli(['fixtures', '--out', 'out', '--force'], base);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toMatch(/symbolic link/);
  });

  it('fixtures --force does not overwrite a file outside through a linked file', async () => {
    const { base, out, outside } = scene();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    symlinkSync(join(outside, 'victim.txt'), join(out, 'complex.json'));
    const { code, stderr } = await cli(['fixtures', '--out', 'out', '--force'], base);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toMatch(/complex\.json.*symbolic link/);
  });

  it('fixtures --force does not write into a folder outside through a linked subfolder', async () => {
    const { base, out, outside } = scene();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    symlinkSync(outside, join(out, 'vedlegg'));
    const { code } = await cli(['fixtures', '--out', 'out', '--force'], base);
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(existsSync(join(outside, 'complex'))).toBe(false);
  });
});
