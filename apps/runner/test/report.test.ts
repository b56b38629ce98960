import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '@elan-kit/reporter';
import type { CheckResult, RunResult } from '@elan-kit/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { writeReport } from '../src/commands/report.js';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGktdGVzdCJ9.Y2xpLXNpZ25hdHVyZS1zZWNyZXQ';

function check(id: string, section: CheckResult['section'], status: CheckResult['status']): CheckResult {
  return {
    id,
    section,
    title: { nb: `Kontroll ${id}`, en: `Check ${id}` },
    severity: 'required',
    status,
    durationMs: 120,
    findings:
      status === 'fail'
        ? [{ code: 'HTTP_STATUS', message: 'Forventet 422, fikk 201', expected: 422, actual: 201 }]
        : [],
    evidence: [
      {
        id: `ex-${id}`,
        time: '2026-11-26T20:30:06.000Z',
        method: 'POST',
        url: 'http://127.0.0.1:43117/api/utleggsbegjaering/v2/utleggsbegjaering',
        status: status === 'fail' ? 201 : 422,
        durationMs: 80,
        korrelasjonsid: `0000000${section}-aaaa-4bbb-8ccc-${id.padStart(12, '0').slice(-12)}`,
        request: { headers: { Authorization: `Bearer ${JWT}` } },
        response: { headers: {} },
      },
    ],
    ...(status === 'manual' ? { attestation: { attested: true, by: 'Kari Nordmann', date: '2026-11-20' } } : {}),
  };
}

function runResult(statuses: Record<string, CheckResult['status']> = {}): RunResult {
  const checks = [
    check('prep-roles', '1', statuses['prep-roles'] ?? 'manual'),
    check('auth-token', '2', statuses['auth-token'] ?? 'pass'),
    check('submit-422', '4', statuses['submit-422'] ?? 'fail'),
    check('full-flow', '5', statuses['full-flow'] ?? 'pass'),
  ];
  const count = (list: readonly CheckResult[]) => ({
    total: list.length,
    pass: list.filter((c) => c.status === 'pass').length,
    fail: list.filter((c) => c.status === 'fail').length,
    error: list.filter((c) => c.status === 'error').length,
    skip: list.filter((c) => c.status === 'skip').length,
    manual: list.filter((c) => c.status === 'manual').length,
  });
  return {
    schemaVersion: '1.0',
    kit: { name: 'elan-kit', version: '0.1.0' },
    contract: { modelVersion: '2.0', hash: `sha256:${'ab'.repeat(32)}`, documents: [] },
    vendor: { name: 'Testleverandør AS', orgnr: '312345678', system: 'Inkasso 1.0' },
    target: { kind: 'simulator', baseUrls: { utleggsbegjaering: 'http://127.0.0.1:43117/api/utleggsbegjaering/v2' } },
    run: { id: 'run-cli-test', startedAt: '2026-11-26T20:30:05.000Z', durationMs: 5_000, state: 'completed' },
    checks,
    summary: {
      ...count(checks),
      verdict: checks.some((c) => c.status === 'fail') ? 'fail' : 'pass',
      bySection: Object.fromEntries(
        (['1', '2', '4', '5'] as const).map((section) => [section, count(checks.filter((c) => c.section === section))]),
      ),
    },
  };
}

const directories: string[] = [];
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'elan-kit-report-test-'));
  directories.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const output = bufferedOutput();
  const code = await runCli(args, {
    output,
    cwd,
    env,
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

describe('elan-kit report', () => {
  it('writes html, md, junit and json next to RUN.json by default and prints the paths', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
    const { code, stdout, stderr } = await cli(['report', 'run.json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.Pass);
    expect(stdout.trim().split('\n')).toEqual([
      'elan-kit-report.html',
      'elan-kit-report.md',
      'elan-kit-report.junit.xml',
      'elan-kit-report.json',
    ]);
    const md = readFileSync(join(dir, 'elan-kit-report.md'), 'utf8');
    expect(md).toContain('# Testoppsummering – integrasjon mot ELAN');
    expect(md).toContain('**Resultat: ❌ Ikke bestått**');
    expect(readFileSync(join(dir, 'elan-kit-report.junit.xml'), 'utf8')).toContain(
      '<testsuites name="Testoppsummering',
    );
    expect(JSON.parse(readFileSync(join(dir, 'elan-kit-report.json'), 'utf8')).run.id).toBe('run-cli-test');
    for (const name of readdirSync(dir).filter((file) => file.startsWith('elan-kit-report'))) {
      expect(readFileSync(join(dir, name), 'utf8')).not.toContain('Y2xpLXNpZ25hdHVyZS1zZWNyZXQ');
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('honours --format, --lang and --out', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
    const { code, stdout } = await cli(
      ['report', 'run.json', '--format', 'md', '--lang', 'en', '--out', 'summary'],
      dir,
    );
    expect(code).toBe(ExitCode.Pass);
    expect(stdout.trim()).toBe(join('summary', 'elan-kit-report.md'));
    expect(readFileSync(join(dir, 'summary', 'elan-kit-report.md'), 'utf8')).toMatch(
      /^# Test summary – integration with ELAN/,
    );
    expect(existsSync(join(dir, 'elan-kit-report.html'))).toBe(false);
  });

  it('adds a comparison section with --compare', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
    writeFileSync(
      join(dir, 'old.json'),
      JSON.stringify({
        ...runResult({ 'submit-422': 'pass', 'full-flow': 'fail' }),
        run: { ...runResult().run, id: 'run-old' },
      }),
    );
    const { code } = await cli(['report', 'run.json', '--compare', 'old.json', '--format', 'md'], dir);
    expect(code).toBe(ExitCode.Pass);
    const md = readFileSync(join(dir, 'elan-kit-report.md'), 'utf8');
    expect(md).toContain('## Endringer siden forrige kjøring');
    expect(md).toContain('Sammenlignet med kjøring run-old');
    expect(md).toContain('### Nye feil (1)');
    expect(md).toContain('### Rettet (1)');
  });

  it('exits 2 naming the file and position when RUN.json is not JSON', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), '{"schemaVersion": "1.0",\n "checks": [,]}');
    const { code, stderr } = await cli(['report', 'run.json'], dir);
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toContain(`elan-kit: The RunResult ${join(dir, 'run.json')} is not valid JSON at line 2, column 13`);
  });

  it('exits 2 naming the file and JSON pointer when RUN.json is not a valid RunResult', async () => {
    const dir = workspace();
    const broken = runResult() as unknown as { checks: Array<Record<string, unknown>> };
    broken.checks[1] = { ...broken.checks[1], status: 'passed' };
    writeFileSync(join(dir, 'run.json'), JSON.stringify(broken));
    const { code, stderr } = await cli(['report', 'run.json'], dir);
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toContain(
      `${join(dir, 'run.json')} is not a valid RunResult: /checks/1/status must be one of "pass", "fail"`,
    );
    expect(readdirSync(dir)).toEqual(['run.json']);
  });

  it('explains a schemaVersion mismatch', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify({ ...runResult(), schemaVersion: '3.0' }));
    const { code, stderr } = await cli(['report', 'run.json'], dir);
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toContain('has /schemaVersion "3.0", but this elan-kit reads RunResult schemaVersion 1.0 or 1.1.');
    expect(stderr).toContain('written by a newer elan-kit');
  });

  it('exits 2 on a missing file, a missing argument, an unknown format or language', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
    const missing = await cli(['report', 'nope.json'], dir);
    expect(missing.code).toBe(ExitCode.UsageOrSetup);
    expect(missing.stderr).toContain(`The RunResult ${join(dir, 'nope.json')} was not found.`);
    const none = await cli(['report'], dir);
    expect(none.code).toBe(ExitCode.UsageOrSetup);
    expect(none.stderr).toContain('Give the RunResult file');
    const format = await cli(['report', 'run.json', '--format', 'html,docx'], dir);
    expect(format.code).toBe(ExitCode.UsageOrSetup);
    expect(format.stderr).toContain('Unknown report format "docx".');
    expect(format.stderr).toContain('Choose from: html, md, junit, json, pdf');
    const lang = await cli(['report', 'run.json', '--lang', 'se'], dir);
    expect(lang.code).toBe(ExitCode.UsageOrSetup);
    expect(lang.stderr).toContain('Unknown report language "se".');
    expect(readdirSync(dir)).toEqual(['run.json']);
  });

  it('without Chromium, exits 2 with how to get one and still writes the other formats', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
    const { code, stdout, stderr } = await cli(['report', 'run.json', '--format', 'html,pdf,md'], dir, {
      ELAN_KIT_CHROMIUM: join(dir, 'no-chromium-here'),
    });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stdout.trim().split('\n')).toEqual(['elan-kit-report.html', 'elan-kit-report.md']);
    expect(stderr).toContain('PDF output needs a local Chromium, and none was found');
    expect(stderr).toContain('apt-get install chromium');
    expect(stderr).toContain('set ELAN_KIT_CHROMIUM');
    expect(existsSync(join(dir, 'elan-kit-report.pdf'))).toBe(false);
  });

  it.runIf(findChromium({ env: process.env }) !== undefined)(
    'writes a PDF when Chromium is there',
    async () => {
      const dir = workspace();
      writeFileSync(join(dir, 'run.json'), JSON.stringify(runResult()));
      const { code, stdout } = await cli(['report', 'run.json', '--format', 'pdf'], dir, process.env);
      expect(code).toBe(ExitCode.Pass);
      expect(stdout.trim()).toBe('elan-kit-report.pdf');
      expect(readFileSync(join(dir, 'elan-kit-report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it('never overwrites its input', async () => {
    const dir = workspace();
    const original = JSON.stringify(runResult());
    writeFileSync(join(dir, 'elan-kit-report.json'), original);
    const { code, stdout, stderr } = await cli(['report', 'elan-kit-report.json', '--format', 'json,md'], dir);
    expect(code).toBe(ExitCode.Pass);
    expect(stdout.trim()).toBe('elan-kit-report.md');
    expect(stderr).toContain('Skipped elan-kit-report.json: it would overwrite the input file.');
    expect(readFileSync(join(dir, 'elan-kit-report.json'), 'utf8')).toBe(original);
  });

  it('shows help with examples', async () => {
    const { code, stdout } = await cli(['report', '--help'], process.cwd());
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toContain('Usage: elan-kit report RUN.JSON [options]');
    expect(stdout).toContain('--format LIST, -f');
    expect(stdout).toContain('elan-kit report run.json --format html,pdf --lang en --out ./summary');
    expect(stdout).toContain('apt-get install chromium');
  });
});

describe('writeReport', () => {
  it('writes files atomically into a new folder and returns their paths', async () => {
    const dir = join(workspace(), 'nested', 'out');
    const paths = await writeReport(
      [
        { name: 'a.md', format: 'md', mediaType: 'text/markdown', contents: '# a' },
        { name: 'b.pdf', format: 'pdf', mediaType: 'application/pdf', contents: new Uint8Array([37, 80, 68, 70]) },
      ],
      dir,
    );
    expect(paths).toEqual([join(dir, 'a.md'), join(dir, 'b.pdf')]);
    expect(readFileSync(join(dir, 'b.pdf'), 'latin1')).toBe('%PDF');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.pdf']);
  });

  it('fails with ELAN_SETUP when the folder cannot be created', async () => {
    const file = join(workspace(), 'a-file');
    writeFileSync(file, 'x');
    await expect(writeReport([], join(file, 'sub'))).rejects.toMatchObject({ code: 'ELAN_SETUP' });
  });
});
