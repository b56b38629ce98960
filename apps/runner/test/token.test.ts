import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator, type Simulator } from '@elan-kit/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const output = bufferedOutput();
  const code = await runCli(argv, {
    output,
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'elan-kit-token-')),
    env: options.env ?? {},
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

describe('elan-kit token', () => {
  it('uses a throwaway simulator client when nothing is configured, shows the claims, never the token', {
    timeout: 30_000,
  }, async () => {
    const { code, stdout, stderr } = await cli(['token']);
    expect(code, stderr).toBe(ExitCode.Pass);
    expect(stderr).toMatch(/throwaway client of the embedded simulator/);
    expect(stdout).toMatch(/consumer\s+\{"authority":"iso6523-actorid-upis","ID":"0192:\d{9}"\}/);
    expect(stdout).toMatch(/aud\s+unspecified/);
    expect(stdout).toMatch(/✓ auth-token-claims/);
    expect(stdout).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  });

  it('prints JSON, and the token only with --show-token', { timeout: 30_000 }, async () => {
    const plain = JSON.parse((await cli(['token', '--json'])).stdout) as Record<string, unknown>;
    expect(plain).toMatchObject({ verdict: 'pass-partial', claims: { scope: 'skatteetaten:utleggsbegjaering' } });
    expect(plain).not.toHaveProperty('accessToken');
    const shown = JSON.parse((await cli(['token', '--json', '--show-token'])).stdout) as { accessToken: string };
    expect(shown.accessToken).toMatch(/^eyJ/);
  });

  describe('with a configured client (key from a file named by an env var)', () => {
    let simulator: Simulator;
    let cwd: string;
    let env: Record<string, string>;
    beforeAll(async () => {
      simulator = createSimulator();
      await simulator.listen();
      cwd = mkdtempSync(join(tmpdir(), 'elan-kit-token-'));
      writeFileSync(join(cwd, 'key.pem'), simulator.client.privateKeyPem);
      writeFileSync(
        join(cwd, 'elan-kit.config.json'),
        JSON.stringify({
          target: simulator.client.baseUrls.utleggsbegjaering,
          maskinporten: { tokenEndpoint: simulator.client.tokenEndpoint, issuer: simulator.client.audience },
        }),
      );
      env = {
        ELAN_KIT_CLIENT_ID: simulator.client.clientId,
        ELAN_KIT_ORGNR: simulator.client.orgnr,
        ELAN_KIT_MASKINPORTEN_KEY_FILE: 'key.pem',
        ELAN_KIT_MASKINPORTEN_KID: simulator.client.kid,
      };
    });
    afterAll(() => simulator.close());

    it('checks the token for the configured orgnr, and never prints the key', { timeout: 30_000 }, async () => {
      const ok = await cli(['token'], { cwd, env });
      expect(ok.code, ok.stderr).toBe(ExitCode.Pass);
      expect(ok.stdout).toMatch(/configured client/);
      const keyBody = simulator.client.privateKeyPem.split('\n')[1] ?? 'x';
      expect(ok.stdout + ok.stderr).not.toContain(keyBody);

      const wrongOrg = await cli(['token'], { cwd, env: { ...env, ELAN_KIT_ORGNR: '310478717' } });
      expect(wrongOrg.code).toBe(ExitCode.Findings);
      expect(wrongOrg.stdout).toMatch(/issued for organisation \d{9}, not 310478717/);
    });

    it('refuses a half-configured client', async () => {
      const { code, stderr } = await cli(['token'], { cwd, env: { ELAN_KIT_CLIENT_ID: 'x' } });
      expect(code).toBe(ExitCode.UsageOrSetup);
      expect(stderr).toMatch(/has no private key/);
    });
  });

  it('refuses a production token endpoint', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-token-'));
    writeFileSync(join(cwd, 'key.json'), '{}');
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        maskinporten: { clientId: 'c', kid: 'k', keyFile: 'key.pem', tokenEndpoint: 'https://maskinporten.no/token' },
      }),
    );
    const { generateKeyPairSync } = await import('node:crypto');
    writeFileSync(
      join(cwd, 'key.pem'),
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    const { code, stderr } = await cli(['token'], { cwd });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toMatch(/Refused https:\/\/maskinporten\.no\/token/);
  });
});
