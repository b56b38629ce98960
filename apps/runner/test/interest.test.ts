import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function environment(cwd = process.cwd()) {
  const output = bufferedOutput();
  return {
    output,
    env: { output, cwd, env: {}, stdin: async () => Buffer.alloc(0), signal: new AbortController().signal },
  };
}

describe('elan-kit interest', () => {
  it('prints exactly { beloep, perioder: [{ fra, til, dager, sats, beloep }] } with --json', async () => {
    const { output, env } = environment();
    const code = await runCli(
      ['interest', '--grunnlag', '10000', '--fra', '2024-06-15', '--til', '2024-06-27', '--json'],
      env,
    );
    expect(code).toBe(ExitCode.Pass);
    // 10000 × 0.125 × 12 / 366 = 40.98
    expect(JSON.parse(output.stdout())).toEqual({
      beloep: 40.98,
      perioder: [{ fra: '2024-06-15', til: '2024-06-27', dager: 12, sats: 12.5, beloep: 40.98 }],
    });
  });

  it('lists one period per half-year across a rate change', async () => {
    const { output, env } = environment();
    await runCli(['interest', '--grunnlag', '10000', '--fra', '2023-06-15', '--til', '2023-07-10', '--json'], env);
    const body = JSON.parse(output.stdout()) as { beloep: number; perioder: Array<Record<string, unknown>> };
    expect(body.beloep).toBe(76.09);
    expect(body.perioder.map((p) => Object.keys(p).sort())).toEqual([
      ['beloep', 'dager', 'fra', 'sats', 'til'],
      ['beloep', 'dager', 'fra', 'sats', 'til'],
    ]);
    expect(body.perioder.map((p) => p.sats)).toEqual([10.75, 11.75]);
  });

  it('prints a Norwegian-formatted table by default', async () => {
    const { output, env } = environment();
    const code = await runCli(
      ['interest', '--grunnlag', '1234567.5', '--fra', '2024-01-01', '--til', '2025-01-01'],
      env,
    );
    expect(code).toBe(ExitCode.Pass);
    const text = output.stdout();
    expect(text).toContain('kr 1 234 567,50');
    // 1234567.50 × 0.125 × 182 / 366 = 76 738,827… → 76 738,83; × 184 / 366 = 77 582,110… → 77 582,11
    expect(text).toMatch(/2024-01-01 {2}2024-07-01 +182 +12,50 % +366 +76 738,83\n/);
    expect(text).toMatch(/2024-07-01 {2}2025-01-01 +184 +12,50 % +366 +77 582,11\n/);
    expect(text).toContain('Sum: kr 154 320,94');
  });

  it('exits 2 and names the problem for a bad date, a bad amount, or a missing argument', async () => {
    for (const [args, pattern] of [
      [['--grunnlag', '100', '--fra', '2024-13-01', '--til', '2024-12-01'], /fra.*YYYY-MM-DD/],
      [['--grunnlag', '100.123', '--fra', '2024-01-01', '--til', '2024-02-01'], /at most two decimals/],
      [['--grunnlag=-5', '--fra', '2024-01-01', '--til', '2024-02-01'], /non-negative/],
      [['--fra', '2024-01-01', '--til', '2024-02-01'], /--grunnlag is required/],
      [['--grunnlag', '100', '--fra', '2024-03-01', '--til', '2024-02-01'], /before the from-date/],
    ] as const) {
      const { output, env } = environment();
      expect(await runCli(['interest', ...args], env), args.join(' ')).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toMatch(pattern);
      expect(output.stderr()).not.toMatch(/internal error/);
    }
  });

  it('exits 2 when a period has no rate, and uses --rates to fill it', async () => {
    const args = ['interest', '--grunnlag', '10000', '--fra', '2026-06-20', '--til', '2026-07-05', '--json'];
    const missing = environment();
    expect(await runCli(args, missing.env)).toBe(ExitCode.UsageOrSetup);
    expect(missing.output.stderr()).toMatch(/No forsinkelsesrente is known for the half-year from 2026-07-01/);
    expect(missing.output.stderr()).toMatch(/--rates/);

    const dir = mkdtempSync(join(tmpdir(), 'elan-kit-interest-'));
    writeFileSync(join(dir, 'rates.json'), JSON.stringify([{ fra: '2026-07-01', sats: 11.75 }]));
    const withRates = environment(dir);
    expect(await runCli([...args, '--rates', 'rates.json'], withRates.env)).toBe(ExitCode.Pass);
    // 11 days at 12 %: 36.16; 4 days at 11.75 %: 12.88
    expect(JSON.parse(withRates.output.stdout()).beloep).toBe(49.04);
  });

  it('exits 2 on an unreadable or malformed rates file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'elan-kit-interest-'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify([{ fra: '2026-08-01', sats: 1 }]));
    for (const [file, pattern] of [
      ['missing.json', /The rates file missing\.json was not found/],
      ['bad.json', /The rates file bad\.json is not valid JSON at line 1, column 3/],
      ['wrong.json', /wrong\.json \/0: "fra" must be the first day of a half-year/],
    ] as const) {
      const { output, env } = environment(dir);
      const args = ['interest', '--grunnlag', '1', '--fra', '2024-01-01', '--til', '2024-01-02', '--rates', file];
      expect(await runCli(args, env)).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toMatch(pattern);
    }
  });

  it('has help with examples', async () => {
    const { output, env } = environment();
    expect(await runCli(['interest', '--help'], env)).toBe(ExitCode.Pass);
    expect(output.stdout()).toMatch(/Examples:\n {2}elan-kit interest --grunnlag 10000/);
  });
});
