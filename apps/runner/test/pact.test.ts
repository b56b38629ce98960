import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCanonicalExample } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const HEADERS = {
  Klientid: 'inkasso-system',
  Korrelasjonsid: '6f1c2b0e-8d4a-4c3e-9a57-2f1d5c9b7e10',
  Meldingsid: '0b7e9d1c-3a5f-4e2b-8c6d-9f0a1b2c3d4e',
  'Content-Type': 'application/json',
};

function pactFile(interactions: unknown[], text?: string): { cwd: string; name: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-pact-'));
  writeFileSync(
    join(cwd, 'pact.json'),
    text ??
      JSON.stringify({
        consumer: { name: 'inkasso' },
        provider: { name: 'elan' },
        interactions,
        metadata: { pactSpecification: { version: '3.0.0' } },
      }),
  );
  return { cwd, name: 'pact.json' };
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

const valider = (body: unknown, response: unknown) => ({
  description: 'validate',
  request: { method: 'POST', path: '/api/utleggsbegjaering/v2/valider', headers: HEADERS, body },
  response,
});

describe('elan-kit pact verify', () => {
  const valid = loadCanonicalExample('1.0', 'minimal');

  it('exits 0 when every interaction conforms', async () => {
    const { cwd, name } = pactFile([valider(valid, { status: 204 })]);
    const { code, stdout } = await cli(['pact', 'verify', name], cwd);
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toMatch(/✓ #1 validate: POST \/api\/utleggsbegjaering\/v2\/valider \[validerNyBegjaering\]/);
  });

  it('exits 1 and reports per interaction when the pact disagrees with the vilkår', async () => {
    const { cwd, name } = pactFile([
      valider(valid, { status: 204 }),
      valider({ ...valid, kravTilInnkreving: [] }, { status: 204 }),
    ]);
    const { code, stdout } = await cli(['pact', 'verify', name, '--json'], cwd);
    expect(code).toBe(ExitCode.Findings);
    const report = JSON.parse(stdout) as { interactions: Array<{ status: string; problems: Array<{ code: string }> }> };
    expect(report.interactions.map((i) => i.status)).toEqual(['pass', 'fail']);
    expect(report.interactions[1]?.problems.map((p) => p.code)).toContain('PACT_EXPECTS_ACCEPTANCE');
  });

  it('exits 2 for an unreadable pact or a wrong action, naming the file', async () => {
    const { cwd, name } = pactFile([], '{ not json');
    const broken = await cli(['pact', 'verify', name], cwd);
    expect(broken.code).toBe(ExitCode.UsageOrSetup);
    expect(broken.stderr).toMatch(/The pact pact\.json is not valid JSON at line 1, column 3/);
    expect((await cli(['pact', 'publish', name], cwd)).stderr).toMatch(/Unknown pact action "publish"/);
    expect((await cli(['pact', 'verify', 'missing.json'], cwd)).stderr).toMatch(
      /The pact missing\.json was not found\.\n {2}Give the pact file/,
    );
  });

  it('exits 2 for a pact with no HTTP interaction: nothing was verified, so nothing passed', async () => {
    const { cwd, name } = pactFile([]);
    const empty = await cli(['pact', 'verify', name], cwd);
    expect(empty.code).toBe(ExitCode.UsageOrSetup);
    expect(empty.stderr).toMatch(/pact\.json has no HTTP interaction to verify/);
  });
});
