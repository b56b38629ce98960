import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, toDottedPath, validateWrittenConfig } from '../src/config/load-config.js';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';
import { parseJsonText } from '../src/input/input-file.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'elan-kit-init-'));
}

function cli(cwd: string, env: Record<string, string> = {}) {
  const output = bufferedOutput();
  return {
    output,
    run: (argv: string[]) =>
      runCli(argv, { output, cwd, env, stdin: async () => Buffer.alloc(0), signal: new AbortController().signal }),
  };
}

describe('elan-kit init', () => {
  it('writes a commented config that is valid against the schema, and refuses to overwrite it', async () => {
    const cwd = folder();
    const { run, output } = cli(cwd);
    expect(await run(['init'])).toBe(ExitCode.Pass);
    const path = join(cwd, 'elan-kit.config.json');
    const written: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(() => validateWrittenConfig(written, path)).not.toThrow();
    expect(written).toMatchObject({
      target: 'simulator',
      attestations: { 'roles-and-responsibilities': { attested: false } },
    });
    expect(JSON.stringify(written)).toContain('$comment');
    expect(output.stdout()).toMatch(/Wrote .*elan-kit\.config\.json/);

    const again = cli(cwd);
    expect(await again.run(['init'])).toBe(ExitCode.UsageOrSetup);
    expect(again.output.stderr()).toMatch(/already exists.*refusing to overwrite/);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(written, null, 2)}\n`);
  });

  it('lists the manual checklist steps as attestations, and the result loads as a config', async () => {
    const cwd = folder();
    await cli(cwd).run(['init']);
    const config = loadConfig({ cwd, env: {} });
    expect(Object.keys(config.attestations).sort()).toEqual([
      'documentation-read',
      'production-access-verified',
      'production-scope-requested',
      'roles-and-responsibilities',
      'support-routines-ready',
      'test-access-requested',
      'test-summary-sent',
      'updates-subscribed',
    ]);
    expect(config.target).toEqual({ kind: 'simulator' });
  });
});

describe('config: written → validated → resolved', () => {
  it('names the file and the dotted path of every problem', () => {
    const cwd = folder();
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        target: 'prod',
        vendor: { orgnr: '12' },
        checks: { only: ['Not-Kebab'] },
        maskinporten: { privateKey: 'xyz' },
        attestations: { 'roles-and-responsibilities': { attested: 'yes' } },
      }),
    );
    let message = '';
    try {
      loadConfig({ cwd, env: {} });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const expected of [
      'elan-kit.config.json: target',
      'elan-kit.config.json: vendor.orgnr',
      'elan-kit.config.json: checks.only[0]',
      'elan-kit.config.json: maskinporten.privateKey: unknown property',
      'elan-kit.config.json: attestations.roles-and-responsibilities.attested: must be boolean',
      'elan-kit.config.json: target: must be one of "simulator", "test", "vendor" or match "^https?://"',
    ]) {
      expect(message).toContain(expected);
    }
  });

  it('checks check ids against the known checks', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'elan-kit.config.json'), JSON.stringify({ checks: { skip: ['no-such-check'] } }));
    expect(() => loadConfig({ cwd, env: {}, knownCheckIds: ['flow-full'] })).toThrow(
      /checks\.skip\[0\]: unknown check id "no-such-check"/,
    );
  });

  it('reads JSONC, applies env vars over the file, and resolves paths against the config folder', () => {
    const cwd = folder();
    writeFileSync(
      join(cwd, 'elan-kit.config.jsonc'),
      `{
        // the vendor
        "vendor": { "name": "Eksempel Inkasso AS", },
        /* secrets are paths, never values */
        "maskinporten": { "clientId": "from-file", "keyFile": "keys/key.pem" },
        "target": "https://stub.example/api/utleggsbegjaering/v2",
      }`,
    );
    const config = loadConfig({ cwd, env: { ELAN_KIT_CLIENT_ID: 'from-env', ELAN_KIT_ORGNR: '310478717' } });
    expect(config.vendor).toEqual({ name: 'Eksempel Inkasso AS' });
    expect(config.maskinporten).toMatchObject({
      clientId: 'from-env',
      orgnr: '310478717',
      keyFile: join(cwd, 'keys/key.pem'),
    });
    expect(config.target).toEqual({ kind: 'url', url: 'https://stub.example/api/utleggsbegjaering/v2' });
    expect(() => loadConfig({ cwd, env: { ELAN_KIT_ORGNR: 'abc' } })).toThrow(/ELAN_KIT_ORGNR/);
  });

  it('parses comments without touching strings, and names the position of an error', () => {
    expect(parseJsonText('{"a": "// not a comment", /* x */ "b": [1,2,],}', { jsonc: true })).toEqual({
      ok: true,
      value: { a: '// not a comment', b: [1, 2] },
    });
    expect(parseJsonText('{\n  "a": 1\n  "b": 2\n}', { jsonc: true })).toEqual({
      ok: false,
      problem: 'is not valid JSON at line 3, column 3: CommaExpected',
    });
    expect(toDottedPath('/a/0/b~1c')).toBe('a[0]["b/c"]');
  });
});
