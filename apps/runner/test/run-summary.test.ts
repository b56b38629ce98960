import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRESETS } from '@elan-kit/conformance';
import { type RunResult, validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'elan-kit-summary-'));
}

async function cli(argv: string[], cwd: string) {
  const output = bufferedOutput();
  const code = await runCli(argv, {
    output,
    cwd,
    env: {},
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

function runFile(out: string): RunResult {
  const name = readdirSync(out).find((file) => /^run-.*\.json$/.test(file));
  if (!name) throw new Error(`no run-*.json in ${out}`);
  return JSON.parse(readFileSync(join(out, name), 'utf8')) as RunResult;
}

const VENDOR = { name: 'Eksempel Inkasso AS', orgnr: '312345676', system: 'InkassoPro', systemVersion: '4.2.0' };

describe('elan-kit run: what the summary claims', () => {
  it('a selection that runs nothing is a usage error, before anything starts', async () => {
    const cwd = folder();
    const same = await cli(['run', '--only', 'flow-full', '--skip', 'flow-full'], cwd);
    expect(same.code).toBe(ExitCode.UsageOrSetup);
    expect(same.stderr).toMatch(/No check is selected: only flow-full, minus skip flow-full, leaves nothing to run\./);
    const shard = await cli(['run', '--only', 'auth-key-valid,auth-token-obtained', '--shard', '3/3'], cwd);
    expect(shard.code).toBe(ExitCode.UsageOrSetup);
    expect(shard.stderr).toMatch(/Shard 3\/3 has no checks: the selection has only 2\./);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('the vendor and test targets need vendor name, orgnr, system and version, naming the config file', async () => {
    const cwd = folder();
    const none = await cli(['run', '--target', 'vendor'], cwd);
    expect(none.code).toBe(ExitCode.UsageOrSetup);
    expect(none.stderr).toContain(`${join(cwd, 'elan-kit.config.json')} (not found) must say whose it is`);
    for (const key of ['name', 'orgnr', 'system', 'systemVersion']) {
      expect(none.stderr).toContain(`elan-kit.config.json: vendor.${key}: required for --target vendor`);
    }
    writeFileSync(join(cwd, 'elan-kit.config.json'), JSON.stringify({ vendor: { name: 'Eksempel Inkasso AS' } }));
    const some = await cli(['run', '--target', 'test'], cwd);
    expect(some.code).toBe(ExitCode.UsageOrSetup);
    expect(some.stderr).toContain(join(cwd, 'elan-kit.config.json'));
    expect(some.stderr).toContain('vendor.systemVersion: required for --target test');
    expect(some.stderr).not.toContain('vendor.name:');
  });

  it('a demonstration run says so, records its partial selection, and ends with the next step', {
    timeout: 60_000,
  }, async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'elan-kit.config.json'), JSON.stringify({ simulator: { seed: 7 } }));
    const { code, stdout, stderr } = await cli(['run', '--only', 'auth-key-valid,auth-token-obtained'], cwd);
    expect(code, stderr).toBe(ExitCode.Pass);
    const result = runFile(join(cwd, 'elan-kit-report'));
    expect(validateRunResult(result).valid).toBe(true);
    expect(result.subject).toEqual({ kind: 'kit-reference-client', via: 'kit-client', demonstration: true });
    expect(result.run.selection).toMatchObject({
      preset: 'full',
      only: ['auth-key-valid', 'auth-token-obtained'],
      selected: 2,
      available: PRESETS.full.length,
      partial: true,
    });
    expect(result.target.options).toMatchObject({ seed: 7, modelVersion: '1.0' });
    expect(result.summary.verdict).toBe('pass-partial');
    expect(stdout).toContain(
      `Resultat: Tester bestått – delvis kjøring: 2 av ${PRESETS.full.length} kontroller er valgt`,
    );
    expect(stdout).toContain('Demonstrasjon – ikke en testoppsummering for Skatteetaten');
    const last = stderr.trimEnd().split('\n').slice(-6);
    expect(last[0]).toBe('Neste steg: sett ditt eget system i klientens plass.');
    expect(last.join('\n')).toMatch(
      /elan-kit serve .*\n.*elan-kit run --target vendor .*\n.*elan-kit proxy --upstream test/,
    );
  });

  it('--json prints only the RunResult: no closing lines', { timeout: 60_000 }, async () => {
    const { code, stderr } = await cli(['run', '--only', 'auth-key-valid', '--json'], folder());
    expect(code).toBe(ExitCode.Pass);
    expect(stderr).not.toContain('Neste steg');
  });

  it('the whole checklist, every required step attested, is the full pass', { timeout: 90_000 }, async () => {
    const cwd = folder();
    const attested = { attested: true, by: 'Kari Nordmann', date: '2026-03-01' };
    const manual = [
      'roles-and-responsibilities',
      'documentation-read',
      'test-access-requested',
      'test-summary-sent',
      'production-scope-requested',
      'production-access-verified',
      'support-routines-ready',
      'updates-subscribed',
    ];
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({ vendor: VENDOR, attestations: Object.fromEntries(manual.map((id) => [id, attested])) }),
    );
    const { code, stdout } = await cli(['run'], cwd);
    expect(code).toBe(ExitCode.Pass);
    const result = runFile(join(cwd, 'elan-kit-report'));
    expect(result.summary).toMatchObject({ verdict: 'pass', unattestedRequired: [] });
    expect(result.run.selection?.partial).toBe(false);
    expect(result.vendor).toMatchObject(VENDOR);
    expect(stdout).toContain(
      'Resultat: Bestått – Alle påkrevde kontroller er bestått, og alle påkrevde punkter er attestert.',
    );

    // The bokmål summary cites nothing outside the package, shows no placeholder, and names assumptions by id.
    const markdown = readFileSync(join(cwd, 'elan-kit-report', 'latest.md'), 'utf8');
    expect(markdown.match(/[\w-]+\.md\b/g) ?? []).toEqual([]);
    expect(markdown).not.toMatch(/header \?|ASSUMPTION|docs\/om/);
    expect(markdown).toContain('Bygger på verktøyets antakelse A-KLIENT-POLLING');
    const notes = markdown.includes('## Merknader')
      ? markdown
          .slice(markdown.indexOf('## Merknader'))
          .split('\n')
          .filter((line) => line.startsWith('- '))
      : [];
    expect(notes.length).toBe(result.notesNb?.length ?? 0);
    for (const line of notes) expect(result.notes ?? []).not.toContain(line.slice(2));
  });
});
