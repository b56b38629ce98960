import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPartyRegister, vectorsFor } from '@elan-kit/fixtures';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, ExitCode, type Output, runCli } from '../src/index.js';

const EXAMPLES = fileURLToPath(
  new URL('../../../packages/schemas/contracts/examples/utleggsbegjaering/', import.meta.url),
);

type Json = Record<string, unknown>;

function example(path: string): Json {
  return JSON.parse(readFileSync(join(EXAMPLES, path), 'utf8')) as Json;
}

function workspace(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'elan-validate-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(
      join(dir, name),
      typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

async function validate(args: string[], options: { cwd?: string; stdin?: string; output?: Output } = {}) {
  const output = bufferedOutput();
  const code = await runCli(['validate', ...args], {
    output: options.output ?? output,
    cwd: options.cwd ?? process.cwd(),
    env: {},
    stdin: async () => Buffer.from(options.stdin ?? ''),
    signal: new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

interface JsonResult {
  files: Array<{
    file: string;
    valid: boolean;
    modelVersion: string;
    schemaErrors: Array<{ pointer: string; instancePath: string; keyword: string; message: string }>;
    kontrollutslag: Array<{ kode: string; melding: string; beskrivelse: string; sti: string }>;
    warnings: Array<{ code: string; message: string; pointer?: string }>;
  }>;
}

async function validateJson(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  const run = await validate([...args, '--json', '--today', '2026-01-05'], options);
  return { ...run, result: JSON.parse(run.stdout) as JsonResult };
}

function mutated(kode: string, base: Json): Json {
  const [vector] = vectorsFor(kode);
  if (!vector) throw new Error(`no vector for ${kode}`);
  return vector.mutate(base);
}

describe('elan-kit validate', () => {
  it('passes a valid begjæring and prints exactly the documented JSON shape', async () => {
    const dir = workspace({ 'ok.json': example('1.0/complex.json') });
    const { code, result } = await validateJson(['ok.json'], { cwd: dir });
    expect(code).toBe(ExitCode.Pass);
    expect(Object.keys(result)).toEqual(['files']);
    const [file] = result.files;
    expect(Object.keys(file ?? {})).toEqual([
      'file',
      'valid',
      'modelVersion',
      'schemaErrors',
      'kontrollutslag',
      'warnings',
    ]);
    expect(file).toMatchObject({
      file: 'ok.json',
      valid: true,
      modelVersion: '1.0',
      schemaErrors: [],
      kontrollutslag: [],
    });
    expect(file?.warnings.map((w) => w.code)).toContain('ELAN_MODEL_DETECTED');
  });

  it('reports kontrollutslag with kode, melding, beskrivelse and the JSON pointer, and exits 1', async () => {
    const dir = workspace({ 'beloep.json': mutated('UGYLDIG_BELOEP', example('2.0/minimal.json')) });
    const { code, result } = await validateJson(['beloep.json'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(result.files[0]?.kontrollutslag).toEqual([
      {
        kode: 'UGYLDIG_BELOEP',
        melding: 'Beløp 100.125 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt',
        beskrivelse: 'Beløp har rett format',
        sti: '/kravTilInnkreving/0/gjenstaaendeBeloep/beloep',
      },
    ]);
    expect(result.files[0]?.valid).toBe(false);
  });

  it('reports schema errors (ELAN answers 400) with their JSON path', async () => {
    const doc = example('1.0/minimal.json');
    ((doc['kravTilInnkreving'] as Json[])[0] as Json)['opprinneligBeloep'] = { beloep: 'tusen', valuta: 'NOK' };
    const dir = workspace({ 'typefeil.json': doc });
    const { code, result } = await validateJson(['typefeil.json', '--model', '1.0'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(result.files[0]?.schemaErrors.map((e) => e.instancePath)).toContain(
      '/kravTilInnkreving/0/opprinneligBeloep/beloep',
    );
    expect(result.files[0]?.warnings.map((w) => w.code)).not.toContain('ELAN_MODEL_DETECTED');
  });

  it('points a missing or unknown property at the property itself, as the simulator does in its 400 answer', async () => {
    const doc = example('1.0/minimal.json');
    delete doc['underskrift'];
    doc['ekstra'] = true;
    const dir = workspace({ 'mangler.json': doc });
    const { result } = await validateJson(['mangler.json', '--model', '1.0'], { cwd: dir });
    expect(result.files[0]?.schemaErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keyword: 'required', instancePath: '', pointer: '/underskrift' }),
        expect.objectContaining({ keyword: 'additionalProperties', instancePath: '', pointer: '/ekstra' }),
      ]),
    );
  });

  it('reports a document that is not an object as a schema error, without crashing the vilkår', async () => {
    const dir = workspace({ 'array.json': [1, 2] });
    const { code, result } = await validateJson(['array.json', '--model', '2.0'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(result.files[0]?.schemaErrors).toEqual([expect.objectContaining({ keyword: 'type', instancePath: '' })]);
    expect(result.files[0]?.kontrollutslag).toEqual([]);
  });

  it('prints a grouped, readable text report without colour when not on a terminal', async () => {
    const dir = workspace({
      'a.json': example('1.0/minimal.json'),
      'b.json': mutated('UGYLDIG_KID', example('1.0/minimal.json')),
    });
    const { code, stdout } = await validate(['a.json', 'b.json', '--today', '2026-01-05'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toMatch(/a\.json {2}✓ valid {2}model 1\.0 \(detected\)/);
    expect(stdout).toMatch(/b\.json {2}✗ invalid {2}model 1\.0 \(detected\)/);
    expect(stdout).toMatch(
      /Kontrollutslag \(1\) — ELAN answers 422:\n {4}UGYLDIG_KID {2}\/betalingsinformasjon\/kidnummer\n {6}Kidnummer 12345 er feil/,
    );
    expect(stdout).toMatch(
      /Not checked \(no attachment registry in the context\): VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN/,
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('2 files: 1 valid, 1 invalid (0 schema errors, 1 kontrollutslag)');
  });

  it('colours the report on a terminal', async () => {
    const dir = workspace({ 'b.json': mutated('UGYLDIG_KID', example('1.0/minimal.json')) });
    const buffered = bufferedOutput({ interactive: true });
    await validate(['b.json', '--today', '2026-01-05'], { cwd: dir, output: buffered });
    expect(buffered.stdout()).toContain('\u001b[31m✗ invalid\u001b[39m');
  });

  it('validates every *.json below a directory, recursively and sorted, skipping hidden folders', async () => {
    const ok = example('0.9/minimal.json');
    const dir = workspace({
      'in/b.json': ok,
      'in/a.json': ok,
      'in/sub/c.json': ok,
      'in/.git/x.json': 'not json',
      'in/notes.txt': 'ignored',
    });
    const { code, result } = await validateJson(['in'], { cwd: dir });
    expect(code).toBe(ExitCode.Pass);
    expect(result.files.map((f) => f.file)).toEqual([
      join('in', 'a.json'),
      join('in', 'b.json'),
      join('in', 'sub', 'c.json'),
    ]);
  });

  it('reads standard input for -', async () => {
    const { code, result } = await validateJson(['-'], {
      stdin: readFileSync(join(EXAMPLES, '2.0/complex.json'), 'utf8'),
    });
    expect(code).toBe(ExitCode.Pass);
    expect(result.files[0]).toMatchObject({ file: '-', valid: true, modelVersion: '2.0' });
  });

  it('exits 2 on unreadable input and names the file and what is wrong', async () => {
    const dir = workspace({
      'broken.json': '{\n  "a": 1,\n  "b" 2\n}',
      'empty.json': '  \n',
      'big.json': Buffer.alloc(10 * 1024 * 1024 + 1, 32),
      'latin1.json': Buffer.from('{\n  "type": "transporterklæring"\n}', 'latin1'),
    });
    const broken = await validate(['broken.json'], { cwd: dir });
    expect(broken.code).toBe(ExitCode.UsageOrSetup);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON at line 3, column 7: expected ":", found "2"/);
    expect((await validate(['empty.json'], { cwd: dir })).stderr).toMatch(/empty\.json is empty/);
    expect((await validate(['big.json'], { cwd: dir })).stderr).toMatch(
      /big\.json is too large \(10485761 bytes; the limit is 10 MiB\)/,
    );
    expect((await validate(['missing.json'], { cwd: dir })).stderr).toMatch(/missing\.json was not found/);
    expect((await validate(['latin1.json'], { cwd: dir })).stderr).toMatch(
      /latin1\.json is not UTF-8: byte 0xE6 at line 2, column 25 is not a UTF-8 character/,
    );
    const stdin = await validate(['-'], { stdin: '[1,2' });
    expect(stdin.stderr).toMatch(/standard input is not valid JSON at line 1, column 5/);
    const all = await validate(['broken.json', 'empty.json'], { cwd: dir });
    expect(all.stderr).toMatch(/broken\.json[\s\S]*empty\.json/);
    expect(all.stdout).toBe('');
  });

  it('exits 2 without inputs or with bad options', async () => {
    expect((await validate([])).code).toBe(ExitCode.UsageOrSetup);
    const dir = workspace({ 'ok.json': example('1.0/minimal.json') });
    for (const args of [
      ['--model', '3.0'],
      ['--today', '2026-02-30'],
      ['--as-org', '123456789'],
    ]) {
      const run = await validate(['ok.json', ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(ExitCode.UsageOrSetup);
      expect(run.stderr).toMatch(/elan-kit: /);
    }
  });

  it('says why it chose the model version, and explains a 0.9 document validated as 1.0', async () => {
    const dir = workspace({ 'published.json': example('published/ba-25-enkel.json') });
    const auto = await validateJson(['published.json'], { cwd: dir });
    expect(auto.code).toBe(ExitCode.Pass);
    expect(auto.result.files[0]?.modelVersion).toBe('0.9');
    expect(auto.result.files[0]?.warnings.find((w) => w.code === 'ELAN_MODEL_DETECTED')?.message).toMatch(
      /kravreferanse/,
    );
    const forced = await validateJson(['published.json', '--model', '1.0'], { cwd: dir });
    expect(forced.code).toBe(ExitCode.Findings);
    expect(forced.result.files[0]?.warnings.map((w) => w.code)).toContain('ELAN_MODEL_VERSION_MISMATCH');
    expect(forced.result.files[0]?.kontrollutslag.map((k) => k.kode)).toContain('PARAGRAF_4_18_VARSEL_PAAKREVET');
  });

  it('checks the innsender against --as-org, and says when it assumed the innsender instead', async () => {
    const dir = workspace({ 'ok.json': example('1.0/minimal.json') });
    const assumed = await validateJson(['ok.json'], { cwd: dir });
    expect(assumed.result.files[0]?.warnings.find((w) => w.code === 'ELAN_AUTHENTICATION_ASSUMED')?.message).toMatch(
      /taken to be the document's innsender/,
    );
    const other = await validateJson(['ok.json', '--as-org', '311851381'], { cwd: dir });
    expect(other.code).toBe(ExitCode.Findings);
    expect(other.result.files[0]?.kontrollutslag.map((k) => k.kode)).toEqual([
      'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING',
    ]);
  });

  it('uses --today for the date-based vilkår', async () => {
    const doc = example('2.0/complex.json');
    const hasPayment = (doc['kravTilInnkreving'] as Json[]).some((krav) => krav['innbetaling'] !== undefined);
    expect(hasPayment, 'the 2.0 complex example has a payment').toBe(true);
    const dir = workspace({ 'ok.json': doc });
    const early = await validate(['ok.json', '--json', '--today', '2000-01-01'], { cwd: dir });
    expect((JSON.parse(early.stdout) as JsonResult).files[0]?.kontrollutslag.map((k) => k.kode)).toContain(
      'INNBETALING_FRAM_I_TID',
    );
    expect((await validateJson(['ok.json'], { cwd: dir })).code).toBe(ExitCode.Pass);
  });

  it("uses the fixtures' party register for the register-based vilkår", async () => {
    const locked = createPartyRegister().lockedPerson.identifier;
    const doc = example('1.0/minimal.json');
    const saksoekt = ((doc['saksoekt'] as Json[])[0] as Json)['saksoekt'] as Json;
    ((saksoekt['person'] as Json)['identifikator'] as Json)['verdi'] = locked;
    const dir = workspace({ 'locked.json': doc });
    const { result } = await validateJson(['locked.json'], { cwd: dir });
    expect(result.files[0]?.kontrollutslag).toEqual([
      expect.objectContaining({
        kode: 'SAKSOEKT_GAMMELT_REGELVERK',
        sti: '/saksoekt/0/saksoekt/person/identifikator/verdi',
      }),
    ]);
  });

  it('validates against a user-supplied OpenAPI document, with warnings for its lint problems', async () => {
    const dir = workspace({
      'spec.yaml': [
        'openapi: 3.0.3',
        "info: { title: Offisiell, version: '2.0' }",
        'security:',
        '  - finnesIkke: []',
        'paths:',
        '  /api/utleggsbegjaering/v2/valider:',
        '    post:',
        '      operationId: validerNyBegjaering',
        '      requestBody:',
        '        content:',
        '          application/json:',
        '            schema: { type: object, required: [underskrift, ekstra] }',
        "      responses: { '204': { description: ok } }",
      ].join('\n'),
      'ok.json': example('2.0/minimal.json'),
    });
    const { code, result } = await validateJson(['ok.json', '--spec', 'spec.yaml', '--model', '2.0'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(result.files[0]?.schemaErrors).toEqual([expect.objectContaining({ keyword: 'required', instancePath: '' })]);
    expect(result.files[0]?.kontrollutslag).toEqual([]);
    expect(result.files[0]?.warnings[0]?.message).toMatch(/--spec spec\.yaml: .*finnesIkke/);
  });

  it('has help with examples', async () => {
    const { code, stdout } = await validate(['--help']);
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toMatch(/Usage: elan-kit validate \[FILE\.\.\.\]/);
    expect(stdout).toMatch(/elan-kit validate fixtures\/ --model 1\.0 --json/);
  });
});

describe('elan-kit validate on what elan-kit fixtures wrote', () => {
  async function writeFixtures(model: string): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'elan-validate-fixtures-'));
    const code = await runCli(['fixtures', '--out', 'fx', '--model', model], {
      output: bufferedOutput(),
      cwd: dir,
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
    });
    expect(code).toBe(ExitCode.Pass);
    return dir;
  }

  it('judges each payload by the answer its index.json expects, and reads the index rather than validating it', async () => {
    const dir = await writeFixtures('1.0');
    const { code, stdout } = await validate(['fx'], { cwd: dir });
    expect(code).toBe(ExitCode.Pass);
    expect(stdout).toContain('fx/index.json  – fixtures index: the expected answer of 7 payload(s), not a document');
    expect(stdout).toContain('fx/old-regime-debtor.json  ✓ refused as expected (422 SAKSOEKT_GAMMELT_REGELVERK)');
    expect(stdout).toContain('fx/betjeningskartet-lookup.json  ✓ valid  betjeningskartet slaaOppRegelverk');
    expect(stdout).toContain('fx/kommune-beslutning.json  ✓ valid  kommune sendBeslutningOmTrekk');
    expect(stdout).toContain('7 files: 6 valid, 1 refused as expected, 0 invalid');

    const json = JSON.parse((await validate(['fx', '--json'], { cwd: dir })).stdout) as {
      files: Array<{ file: string; expected?: { status: number; met: boolean }; operation?: { api: string } }>;
      skipped: Array<{ file: string }>;
    };
    expect(json.skipped.map((entry) => entry.file)).toEqual(['fx/index.json']);
    expect(json.files.every((file) => file.expected?.met)).toBe(true);
    expect(json.files.find((file) => file.file === 'fx/oppslag-samordnet-trekk.json')?.operation?.api).toBe('kommune');
  });

  it('fails a payload that no longer gets the expected answer, in either direction', async () => {
    const dir = await writeFixtures('2.0');
    const oldRegime = join(dir, 'fx', 'old-regime-debtor.json');
    const minimal = join(dir, 'fx', 'minimal.json');
    const lookup = join(dir, 'fx', 'betjeningskartet-lookup.json');
    const register = createPartyRegister();
    const newRegime = register.persons.find((person) => !person.locked && person.identifikatortype === 'fnr')
      ?.identifier as string;
    writeFileSync(oldRegime, readFileSync(oldRegime, 'utf8').replace(/"08907395937"/g, JSON.stringify(newRegime)));
    writeFileSync(minimal, JSON.stringify({ ...(JSON.parse(readFileSync(minimal, 'utf8')) as Json), ukjent: 1 }));
    writeFileSync(lookup, '{"skyldner": "not a list"}');
    const { code, stdout } = await validate(['fx'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(stdout).toContain(
      'fx/old-regime-debtor.json  ✗ valid, but ELAN is expected to answer 422 SAKSOEKT_GAMMELT_REGELVERK',
    );
    expect(stdout).toMatch(
      /fx\/minimal\.json {2}✗ invalid {2}model 2\.0 \(from the fixtures index\)\n {2}The fixtures index expects 204\./,
    );
    expect(stdout).toContain('fx/betjeningskartet-lookup.json  ✗ invalid  betjeningskartet slaaOppRegelverk');
  });
});

describe('elan-kit validate on a municipality decision', () => {
  const KOMMUNE = fileURLToPath(new URL('../../../packages/schemas/contracts/examples/kommune/', import.meta.url));
  const decision = (path: string) => JSON.parse(readFileSync(join(KOMMUNE, path), 'utf8')) as Json;

  it('recognises it, picks the API version its schema fits, and proves the vilkår it shares with a begjæring', async () => {
    const broken = decision('1.0/sendBeslutningOmTrekk.request.published-8ed9725.json');
    (broken['betalingsinformasjon'] as { kontoinformasjon: Json }).kontoinformasjon['kontonummer'] = '12345678901';
    const dir = workspace({
      'v1.json': decision('1.0/sendBeslutningOmTrekk.request.published-8ed9725.json'),
      'v2.json': decision('2.0/sendBeslutningOmTrekk.request.constructed.json'),
      'broken.json': broken,
    });
    const { code, stdout } = await validate(['v1.json', 'v2.json', 'broken.json'], { cwd: dir });
    expect(code).toBe(ExitCode.Findings);
    expect(stdout).toContain('v1.json  ✓ valid  kommune sendBeslutningOmTrekk 1.0 (detected)');
    expect(stdout).toContain('v2.json  ✓ valid  kommune sendBeslutningOmTrekk 2.0 (detected)');
    expect(stdout).toMatch(
      /broken\.json {2}✗ invalid {2}kommune sendBeslutningOmTrekk 1\.0 \(detected\)\n.*\n {4}UGYLDIG_KONTONR/,
    );
    expect(stdout).not.toContain('INNSENDER_MANGLER');
  });
});
