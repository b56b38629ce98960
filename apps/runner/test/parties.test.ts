import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPartyRegister } from '@elan-kit/fixtures';
import { type PartyRegisterDocument, personidentControlDigits, validatePartyRegister } from '@elan-kit/schemas';
import { createSimulator, type Simulator } from '@elan-kit/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, runCli } from '../src/index.js';

const TENOR_PAGES = new URL('../../../packages/fixtures/test/tenor/', import.meta.url);

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'elan-kit-parties-'));
}

async function cli(argv: string[], options: { cwd: string; env?: Record<string, string> }) {
  const output = bufferedOutput();
  const code = await runCli(argv, {
    output,
    cwd: options.cwd,
    env: options.env ?? {},
    stdin: async () => Buffer.alloc(0),
    signal: new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

function copyPages(cwd: string): string[] {
  const names = ['freg-side-1.json', 'freg-side-2-uten-metadata.json', 'brreg-er-fr-side.json'];
  for (const name of names) writeFileSync(join(cwd, name), readFileSync(new URL(name, TENOR_PAGES)));
  return names;
}

const readRegister = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PartyRegisterDocument;

describe('elan-kit parties import', () => {
  it('writes a register from Tenor pages and says what each party lacks', async () => {
    const cwd = folder();
    const { code, stdout, stderr } = await cli(['parties', 'import', ...copyPages(cwd), '--out', 'tenor.json'], {
      cwd,
    });
    expect(code, stderr).toBe(ExitCode.Pass);
    const document = readRegister(join(cwd, 'tenor.json'));
    expect(validatePartyRegister(document).valid).toBe(true);
    expect(document.persons).toHaveLength(4);
    expect(document.organisations).toHaveLength(5);
    expect(stderr).toMatch(/10 hits on 3 page\(s\) from 3 file\(s\); 1 duplicate\(s\) left out/);
    expect(stdout).toMatch(/13888719320 .*\n {4}! no domestic address/);
    expect(stdout).toMatch(
      /250828039 .*underenhet.*\n {4}! an underenhet: .*\[ER_IKKE_HOVEDENHET, SAKSOEKT_ER_IKKE_HOVEDENHET\]/,
    );
    expect(stdout).toMatch(/12814629471 .*\n {4}! not bosatt/);
  });

  it('stops at a real-looking identifier with its location and writes nothing', async () => {
    const cwd = folder();
    const nine = ['010190123', '010190124', '010190125'].find((n) => personidentControlDigits(n)) as string;
    const real = `${nine}${personidentControlDigits(nine)}`;
    writeFileSync(
      join(cwd, 'mixed.json'),
      JSON.stringify({ dokumentListe: [{ identifikator: ['04824595637'] }, { identifikator: [real] }] }),
    );
    const { code, stderr } = await cli(['parties', 'import', 'mixed.json', '--out', 'tenor.json'], { cwd });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toContain('mixed.json#/dokumentListe/1/identifikator/0');
    expect(stderr).not.toContain('Party register:');
    expect(existsSync(join(cwd, 'tenor.json'))).toBe(false);
  });

  it('names a file that is not a Tenor page, and an unknown action', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'other.json'), '{"rows": []}');
    const notTenor = await cli(['parties', 'import', 'other.json'], { cwd });
    expect(notTenor.code).toBe(ExitCode.UsageOrSetup);
    expect(notTenor.stderr).toMatch(/other\.json: not a Tenor search result/);
    expect((await cli(['parties', 'export'], { cwd })).code).toBe(ExitCode.UsageOrSetup);
    const help = await cli(['parties', '--help'], { cwd });
    expect(help.stdout).toMatch(/bosatt-voksen/);
  });
});

describe('elan-kit parties generate', () => {
  it("writes the kit's generated register in the same format, which fixtures --register accepts", {
    timeout: 60_000,
  }, async () => {
    const cwd = folder();
    const written = await cli(['parties', 'generate', '--seed', '3', '--out', 'generated.json'], { cwd });
    expect(written.code, written.stderr).toBe(ExitCode.Pass);
    const document = readRegister(join(cwd, 'generated.json'));
    expect(validatePartyRegister(document).valid).toBe(true);
    expect(document.sources).toEqual([
      { kind: 'generated', seed: 3 },
      { kind: 'published', list: 'tidligereRegelverk' },
    ]);
    const built = await cli(['fixtures', '--out', 'fx', '--register', 'generated.json', '--seed', '3'], { cwd });
    expect(built.code, built.stderr).toBe(ExitCode.Pass);
    const reference = await cli(['fixtures', '--out', 'fx-seed', '--seed', '3'], { cwd });
    expect(reference.code).toBe(ExitCode.Pass);
    expect(readFileSync(join(cwd, 'fx', 'complex.json'), 'utf8')).toBe(
      readFileSync(join(cwd, 'fx-seed', 'complex.json'), 'utf8'),
    );
  });
});

describe('with Tenor parties from the simulator', () => {
  let simulator: Simulator;
  let cwd: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    simulator = createSimulator();
    await simulator.listen();
    cwd = folder();
    writeFileSync(join(cwd, 'key.pem'), simulator.client.privateKeyPem);
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        maskinporten: { tokenEndpoint: simulator.client.tokenEndpoint, issuer: simulator.client.audience },
        tenor: { baseUrl: simulator.client.baseUrls.tenor },
      }),
    );
    env = {
      ELAN_KIT_CLIENT_ID: simulator.client.clientId,
      ELAN_KIT_ORGNR: simulator.client.orgnr,
      ELAN_KIT_MASKINPORTEN_KEY_FILE: 'key.pem',
      ELAN_KIT_MASKINPORTEN_KID: simulator.client.kid,
    };
  }, 30_000);
  afterAll(() => simulator.close());

  it('parties search gets a Tenor token and pages through the stand-in into one register', {
    timeout: 60_000,
  }, async () => {
    const first = await cli(
      ['parties', 'search', '--query', 'bosatt-voksen', '--antall', '25', '--out', 'tenor.json'],
      {
        cwd,
        env,
      },
    );
    expect(first.code, first.stderr).toBe(ExitCode.Pass);
    expect(first.stderr).toMatch(/Tenor freg: "personstatus:bosatt/);
    expect(first.stderr).toMatch(/ {2}25\/25 parties \(treff \d+, seed 1, side 0\)/);
    // The vendor's own Tenor organisation (the Maskinporten client's), looked up by id; then two ENK.
    for (const search of [
      ['--kql', `tenorMetadata.id:${simulator.client.orgnr}`, '--kilde', 'brreg-er-fr', '--antall', '1'],
      ['--query', 'enk', '--antall', '2'],
    ]) {
      const more = await cli(['parties', 'search', ...search, '--out', 'tenor.json', '--add'], { cwd, env });
      expect(more.code, more.stderr).toBe(ExitCode.Pass);
    }
    const sub = await cli(
      [
        'parties',
        'search',
        '--kql',
        'organisasjonsform.kode:BEDR',
        '--kilde',
        'brreg-er-fr',
        '--antall',
        '1',
        '--out',
        'tenor.json',
        '--add',
      ],
      { cwd, env },
    );
    expect(sub.code, sub.stderr).toBe(ExitCode.Pass);
    const document = readRegister(join(cwd, 'tenor.json'));
    expect(validatePartyRegister(document).valid).toBe(true);
    expect(document.persons).toHaveLength(25);
    expect(document.organisations.filter((o) => o.enk)).toHaveLength(2);
    expect(document.organisations.filter((o) => o.hovedenhet === false)).toHaveLength(1);
    expect(document.sources.map((s) => s.kind === 'tenor' && s.kql)).toContain('organisasjonsform.kode:ENK');
    const seeded = createPartyRegister();
    expect(document.persons.every((p) => seeded.get(p.identifier) !== undefined)).toBe(true);
  });

  it('a search without the Tenor scope on the client is refused with what to do', { timeout: 30_000 }, async () => {
    const client = await simulator.admin.registerClient({ scope: 'skatteetaten:utleggsbegjaering' });
    writeFileSync(join(cwd, 'narrow.pem'), client.privateKeyPem);
    const refused = await cli(['parties', 'search', '--query', 'dnummer', '--out', 'narrow.json'], {
      cwd,
      env: {
        ...env,
        ELAN_KIT_CLIENT_ID: client.clientId,
        ELAN_KIT_MASKINPORTEN_KEY_FILE: 'narrow.pem',
        ELAN_KIT_MASKINPORTEN_KID: client.kid,
      },
    });
    expect(refused.code).toBe(ExitCode.UsageOrSetup);
    expect(refused.stderr).toMatch(/invalid_scope|testdata\.read/);
    expect(existsSync(join(cwd, 'narrow.json'))).toBe(false);
  });

  it('fixtures --register builds payloads from the register, and validate judges them with it', {
    timeout: 60_000,
  }, async () => {
    const built = await cli(['fixtures', '--out', 'fx', '--model', '2.0', '--register', 'tenor.json'], { cwd });
    expect(built.code, built.stderr).toBe(ExitCode.Pass);
    const index = JSON.parse(readFileSync(join(cwd, 'fx', 'index.json'), 'utf8')) as { register?: string };
    expect(index.register).toBe('../tenor.json');
    const tenor = readRegister(join(cwd, 'tenor.json'));
    const minimal = readFileSync(join(cwd, 'fx', 'minimal.json'), 'utf8');
    const debtor = tenor.persons.find((p) => !p.locked && p.identifikatortype === 'fnr' && p.lacks.length === 0);
    expect(minimal).toContain(debtor?.identifier);
    const validated = await cli(['validate', 'fx', '--today', '2026-03-02', '--model', '2.0'], { cwd });
    expect(validated.code, validated.stdout).toBe(ExitCode.Pass);
  });

  it('validate --register applies the register vilkår and says when one was not evaluated', {
    timeout: 60_000,
  }, async () => {
    const tenor = readRegister(join(cwd, 'tenor.json'));
    const enk = tenor.organisations.find((o) => o.enk) as { identifier: string };
    const sub = tenor.organisations.find((o) => o.hovedenhet === false) as { identifier: string };
    const minimal = readFileSync(join(cwd, 'fx', 'minimal.json'), 'utf8');
    const debtor = tenor.persons.find((p) => !p.locked && p.identifikatortype === 'fnr' && p.lacks.length === 0)
      ?.identifier as string;
    const creditor = (
      JSON.parse(minimal) as { saksoeker: Array<{ saksoeker: { virksomhet: { identifikator: { verdi: string } } } }> }
    ).saksoeker[0]?.saksoeker.virksomhet.identifikator.verdi as string;
    writeFileSync(join(cwd, 'enk.json'), minimal.replaceAll(creditor, sub.identifier).replace(debtor, enk.identifier));
    const judged = await cli(
      ['validate', 'enk.json', '--register', 'tenor.json', '--today', '2026-03-02', '--model', '2.0', '--json'],
      {
        cwd,
      },
    );
    const result = JSON.parse(judged.stdout) as { files: Array<{ kontrollutslag: Array<{ kode: string }> }> };
    const codes = result.files[0]?.kontrollutslag.map((k) => k.kode);
    expect(codes).toEqual(expect.arrayContaining(['ER_IKKE_HOVEDENHET', 'SAKSOEKT_ER_ENK']));
    expect(judged.code).toBe(ExitCode.Findings);

    // An organisation whose form the register lacks: the ENK/hovedenhet vilkår say they judged nothing for it.
    const lacking = {
      ...tenor,
      organisations: tenor.organisations.map((o) =>
        o.identifier === sub.identifier
          ? { ...o, organisasjonsform: undefined, hovedenhet: undefined, enk: undefined, lacks: ['organisationForm'] }
          : o,
      ),
    };
    writeFileSync(join(cwd, 'lacking.json'), JSON.stringify(lacking));
    const noted = await cli(
      ['validate', 'enk.json', '--register', 'lacking.json', '--today', '2026-03-02', '--model', '2.0'],
      { cwd },
    );
    expect(noted.stdout).toMatch(
      new RegExp(
        `${sub.identifier}: the register lacking\\.json does not give its organisation form; not evaluated for it: SAKSOEKT_ER_ENK, SAKSOKER_ER_ENK, ER_IKKE_HOVEDENHET, SAKSOEKT_ER_IKKE_HOVEDENHET`,
      ),
    );

    // A register marked complete judges a saksøkt it does not hold.
    const unknownDebtor = createPartyRegister({ seed: 77 }).pickPersons(1)[0]?.identifier as string;
    writeFileSync(join(cwd, 'complete.json'), JSON.stringify({ ...tenor, complete: true }));
    writeFileSync(join(cwd, 'unknown.json'), minimal.replace(debtor, unknownDebtor));
    const incomplete = await cli(
      ['validate', 'unknown.json', '--register', 'tenor.json', '--today', '2026-03-02', '--model', '2.0'],
      {
        cwd,
      },
    );
    expect(incomplete.stdout).toMatch(
      /is not in the register tenor\.json; not checked: .*SAKSOEKT_MANGLER_I_REGISTERET/,
    );
    const complete = await cli(
      ['validate', 'unknown.json', '--register', 'complete.json', '--today', '2026-03-02', '--model', '2.0'],
      {
        cwd,
      },
    );
    expect(complete.stdout).toMatch(/SAKSOEKT_MANGLER_I_REGISTERET/);
    expect(complete.code).toBe(ExitCode.Findings);
  });
});

describe('run --target test: the party guard', () => {
  let server: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(`${request.method} ${request.url}`);
      if (request.url?.endsWith('/token')) {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_client"}');
      } else response.writeHead(401).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function setUp(register?: PartyRegisterDocument): { cwd: string; env: Record<string, string> } {
    const cwd = folder();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(cwd, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    if (register) writeFileSync(join(cwd, 'tenor.json'), JSON.stringify(register));
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        vendor: { name: 'Testinkasso AS', orgnr: '310478717', system: 'Testsystem', systemVersion: '1.0' },
        allowProduction: true,
        test: { baseUrl: `${url}/api/utleggsbegjaering/v2`, ...(register ? { register: 'tenor.json' } : {}) },
        maskinporten: { tokenEndpoint: `${url}/token`, issuer: `${url}/`, kid: 'k1' },
      }),
    );
    return {
      cwd,
      env: { ELAN_KIT_CLIENT_ID: 'vendor', ELAN_KIT_ORGNR: '310478717', ELAN_KIT_MASKINPORTEN_KEY_FILE: 'key.pem' },
    };
  }

  async function importedRegister(): Promise<PartyRegisterDocument> {
    const cwd = folder();
    await cli(['parties', 'import', ...copyPages(cwd), '--out', 'tenor.json'], { cwd });
    return readRegister(join(cwd, 'tenor.json'));
  }

  it('with the generated parties, stops before anything leaves the process (exit 2)', { timeout: 60_000 }, async () => {
    received.length = 0;
    const { cwd, env } = setUp();
    const { code, stderr } = await cli(['run', '--target', 'test', '--only', 'auth-401-without-token'], { cwd, env });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toMatch(/needs test parties from Tenor/);
    expect(stderr).toMatch(/parties search --query bosatt-voksen/);
    expect(received).toEqual([]);
  });

  it('with a register where one payload party is not from Tenor, names it and sends nothing', {
    timeout: 60_000,
  }, async () => {
    received.length = 0;
    const tenor = await importedRegister();
    const mixed = {
      ...tenor,
      persons: tenor.persons.map((p, i) => (i === 0 ? { ...p, source: { kind: 'generated' as const, seed: 1 } } : p)),
    };
    const { cwd, env } = setUp(mixed);
    const { code, stderr } = await cli(['run', '--target', 'test', '--only', 'auth-401-without-token'], { cwd, env });
    expect(code).toBe(ExitCode.UsageOrSetup);
    expect(stderr).toContain(`Refused to send ${tenor.persons[0]?.identifier}`);
    expect(received).toEqual([]);
  });

  it('with a Tenor register, the run does reach the server (the guard is what stopped the others)', {
    timeout: 60_000,
  }, async () => {
    received.length = 0;
    const { cwd, env } = setUp(await importedRegister());
    await cli(['run', '--target', 'test', '--only', 'auth-401-without-token', '--register', 'tenor.json'], {
      cwd,
      env,
    });
    expect(received.length).toBeGreaterThan(0);
  });
});
