import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const OFFICIAL = join(import.meta.dirname, '..', '..', '..', 'packages', 'schemas', 'test', 'fixtures', 'official');

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-spec-diff-'));
  copyFileSync(join(OFFICIAL, 'betjeningskartet-1.3.1.yaml'), join(cwd, 'bk-1.3.1.yaml'));
  copyFileSync(join(OFFICIAL, 'utleggsbegjaering-2023.yaml'), join(cwd, 'u-2023.yaml'));
  return cwd;
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

describe('elan-kit spec diff', () => {
  it('compares the published Betjeningskartet document with the kit’s, in text', { timeout: 60_000 }, async () => {
    const cwd = workspace();
    const { code, stdout, stderr } = await cli(['spec', 'diff', 'bk-1.3.1.yaml', 'bundled:betjeningskartet'], cwd);
    expect(stderr).toContain('comparing bk-1.3.1.yaml → bundled:betjeningskartet');
    expect(stdout).toContain(
      'Gammel / old: bk-1.3.1.yaml — Betjeningskartet 1.3.1 (offisielt dokument / official document',
    );
    expect(stdout).toMatch(
      /slaaOppRegelverk — endret \/ changed\n {2}slaaOppRegelverk: POST \/api\/v1\/betjeningskartet\/ → POST \/api\/utleggsbegjaering\/v2\/betjeningskartet/,
    );
    expect(stdout).toMatch(/\[breaking\] .*kildesystem/);
    expect(code).toBe(ExitCode.Findings);
  });

  it('writes Markdown and JSON, and exits 0 when nothing breaks', { timeout: 60_000 }, async () => {
    const cwd = workspace();
    const md = await cli(['spec', 'diff', 'bk-1.3.1.yaml', 'bk-1.3.1.yaml', '--format', 'md'], cwd);
    expect(md.code).toBe(ExitCode.Pass);
    expect(md.stdout).toMatch(/^# Kontraktsendringer \/ contract changes: bk-1\.3\.1\.yaml → bk-1\.3\.1\.yaml/);
    const json = await cli(['spec', 'diff', 'u-2023.yaml', 'bundled:2.0', '--json'], cwd);
    const diff = JSON.parse(json.stdout);
    expect(diff.old).toMatchObject({ label: 'u-2023.yaml', origin: 'official', documentVersion: '0.0.1' });
    expect(diff.new).toMatchObject({ label: 'bundled:2.0', origin: 'reconstruction', modelVersion: '2.0' });
    const added = diff.operations.filter((group: { status: string }) => group.status === 'added');
    expect(added.flatMap((group: { operations: string[] }) => group.operations)).toContain('lastOppVedlegg');
    expect(diff.counts.breaking).toBeGreaterThan(0);
  });

  it('says what a payload must change for the newer contract', { timeout: 60_000 }, async () => {
    const cwd = workspace();
    writeFileSync(
      join(cwd, 'lookup.json'),
      JSON.stringify({ kildesystem: 'elin', skyldner: [{ navn: 'uten partsnummer og identifikator' }] }),
    );
    const text = await cli(
      ['spec', 'diff', 'bk-1.3.1.yaml', 'bundled:betjeningskartet', '--payload', 'lookup.json'],
      cwd,
    );
    expect(text.code).toBe(ExitCode.Findings);
    expect(text.stdout).toContain('lookup.json: godtatt av / accepted by bk-1.3.1.yaml; for bundled:betjeningskartet');
    const json = await cli(
      ['spec', 'diff', 'bk-1.3.1.yaml', 'bk-1.3.1.yaml', '--payload', 'lookup.json', '--json'],
      cwd,
    );
    expect(json.code).toBe(ExitCode.Pass);
    expect(JSON.parse(json.stdout).payload).toEqual({ file: 'lookup.json', validBefore: true, changes: [] });
  });

  it('exits 2 for usage errors, an unknown bundled name or an unreadable payload', async () => {
    const cwd = workspace();
    expect((await cli(['spec', 'compare', 'a', 'b'], cwd)).code).toBe(ExitCode.UsageOrSetup);
    expect((await cli(['spec', 'diff', 'bundled:2.0'], cwd)).code).toBe(ExitCode.UsageOrSetup);
    const unknown = await cli(['spec', 'diff', 'bundled:9.9', 'bundled:2.0'], cwd);
    expect(unknown.code).toBe(ExitCode.UsageOrSetup);
    expect(unknown.stderr).toMatch(/no bundled contract for utleggsbegjaering 9\.9/);
    const format = await cli(['spec', 'diff', 'bk-1.3.1.yaml', 'bk-1.3.1.yaml', '--format', 'pdf'], cwd);
    expect(format.code).toBe(ExitCode.UsageOrSetup);
    const payload = await cli(['spec', 'diff', 'bk-1.3.1.yaml', 'bk-1.3.1.yaml', '--payload', 'missing.json'], cwd);
    expect(payload.code).toBe(ExitCode.UsageOrSetup);
    expect(payload.stderr).toMatch(/missing\.json was not found/);
  });

  it('documents itself under --help', async () => {
    const { code, stdout } = await cli(['spec', '--help'], workspace());
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toMatch(/Usage: elan-kit spec ACTION OLD NEW/);
    expect(stdout).toContain('elan-kit spec diff bundled:1.0 bundled:2.0');
    expect(stdout).toContain('--payload');
  });
});
