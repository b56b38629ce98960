import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCanonicalExample, loadContract, type RunResult, validateRunResult } from '@elan-kit/schemas';
import { createSimulator, type Simulator } from '@elan-kit/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BufferedOutput, bufferedOutput, ExitCode, runCli } from '../src/index.js';

/** Documents shaped like Skatteetaten's published ones (see packages/schemas/test/fixtures/official). */
const OFFICIAL = join(import.meta.dirname, '..', '..', '..', 'packages', 'schemas', 'test', 'fixtures', 'official');
const DOCUMENTS = [
  'utleggsbegjaering-2023.yaml',
  'betjeningskartet-1.3.1.yaml',
  'utleggsbegjaering-2023-swagger2.json',
];
const MAPPED_VALIDER = 'validerNyBegjaering → POST /api/v0/utleggsbegjaering/valider (operationId valider)';

/** A folder with the official-like documents and a current-model document laid out as SwaggerHub exports do. */
function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-spec-'));
  for (const name of DOCUMENTS) copyFileSync(join(OFFICIAL, name), join(cwd, name));
  writeFileSync(join(cwd, 'utleggsbegjaering-api.json'), JSON.stringify(swaggerHubStyle()));
  return cwd;
}

/**
 * The bundled 2.0 contract as an official export would be laid out: the base path in `servers`, relative paths,
 * operationIds the kit does not use. The kit must find every operation by what it does.
 */
function swaggerHubStyle(): Record<string, unknown> {
  const document = structuredClone(loadContract('utleggsbegjaering', '2.0').document) as Record<string, unknown>;
  const base = '/api/utleggsbegjaering/v2';
  const paths: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, item] of Object.entries(document['paths'] as Record<string, Record<string, unknown>>)) {
    const relative = path.slice(base.length) || '/';
    paths[relative] = Object.fromEntries(
      Object.entries(item).map(([method, operation]) =>
        typeof operation === 'object' && operation !== null && 'operationId' in operation
          ? [method, { ...operation, operationId: `op${method}${relative.replace(/\W/g, '')}` }]
          : [method, operation],
      ),
    ) as Record<string, Record<string, unknown>>;
  }
  return {
    ...document,
    info: { title: 'Utleggsbegjæring API', version: '2.0.3' },
    servers: [{ url: `https://api-test.sits.no${base}` }],
    paths,
  };
}

async function cli(argv: string[], cwd: string, signal?: AbortSignal, output: BufferedOutput = bufferedOutput()) {
  const code = await runCli(argv, {
    output,
    cwd,
    env: {},
    stdin: async () => Buffer.alloc(0),
    signal: signal ?? new AbortController().signal,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error('timed out waiting');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const begjaering2023 = {
  saksoeker: [{ aktørType: 'Saksoeker', adresse: {} }],
  saksoekt: [{ aktørType: 'Saksoekt', adresse: {} }],
  utleggsbegjaeringIdentifikator: 'u-1',
  underskrift: 'Kari Nordmann',
  tvangsfullbyrdelsestype: 'utlegg',
  sakssoektErENK: 'nei',
  begjaeringsdato: '2023-10-02',
  mottaksdato: '2023-10-02',
  hovedkrav: [],
  begjaeringensTvangsgrunnlag: [],
};

describe('--spec in validate', () => {
  it('maps the 2023 document, prints the mapping and judges the payload by the official schema', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'b.json'), JSON.stringify(begjaering2023));
    const { code, stdout, stderr } = await cli(
      ['validate', 'b.json', '--json', '--spec', 'utleggsbegjaering-2023.yaml', '--spec=betjeningskartet-1.3.1.yaml'],
      cwd,
    );
    expect(code).toBe(ExitCode.Findings);
    expect(stderr).toContain(MAPPED_VALIDER);
    expect(stderr).toContain('slaaOppRegelverk → POST /api/v1/betjeningskartet/ (operationId regelverkForBehandling)');
    expect(stderr).toContain('endreBegjaering → (none: the kit');
    expect(stderr).toMatch(/ELAN_SPEC_UNDEFINED_SECURITY_SCHEME/);
    const result = JSON.parse(stdout);
    expect(result.files[0].schemaErrors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/sakssoektErENK',
    ]);
  });

  it('loads a Swagger 2.0 document by converting it', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'b.json'), JSON.stringify({ ...begjaering2023, tvangsfullbyrdelsestype: 'x' }));
    const { code, stdout, stderr } = await cli(
      ['validate', 'b.json', '--json', '--spec', 'utleggsbegjaering-2023-swagger2.json'],
      cwd,
    );
    expect(code).toBe(ExitCode.Findings);
    expect(stderr).toContain('Swagger 2.0, konvertert / converted');
    const pointers = JSON.parse(stdout).files[0].schemaErrors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toContain('/tvangsfullbyrdelsestype');
  });

  it('exits 2 naming the file when a document maps onto nothing, and 2 for two documents for one API', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'b.json'), '{}');
    writeFileSync(join(cwd, 'odd.yaml'), 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths: {}\n');
    const odd = await cli(['validate', 'b.json', '--spec', 'odd.yaml'], cwd);
    expect(odd.code).toBe(ExitCode.UsageOrSetup);
    expect(odd.stderr).toMatch(/no operation of odd\.yaml does what one of the kit's operations does/);
    expect(odd.stderr).toMatch(/"specs"/);
    const twice = await cli(
      ['validate', 'b.json', '--spec', 'utleggsbegjaering-2023.yaml', '--spec', 'utleggsbegjaering-2023-swagger2.json'],
      cwd,
    );
    expect(twice.code).toBe(ExitCode.UsageOrSetup);
    expect(twice.stderr).toMatch(/both documents for utleggsbegjaering/);
  });
});

describe('--spec in pact verify', () => {
  it('finds an interaction on the official path and judges it by the official operation', async () => {
    const cwd = workspace();
    const headers = {
      KlientId: 'inkasso',
      Korrelasjonsid: randomUUID(),
      Meldingsid: randomUUID(),
      'Content-Type': 'application/json',
    };
    writeFileSync(
      join(cwd, 'pact.json'),
      JSON.stringify({
        consumer: { name: 'inkasso' },
        provider: { name: 'elan' },
        interactions: [
          {
            description: 'validate a 2023 begjæring',
            request: {
              method: 'POST',
              path: '/api/v0/utleggsbegjaering/valider',
              headers,
              body: { ...begjaering2023, sakssoektErENK: false },
            },
            response: { status: 204 },
          },
        ],
        metadata: { pactSpecification: { version: '3.0.0' } },
      }),
    );
    const without = await cli(['pact', 'verify', 'pact.json'], cwd);
    expect(without.code).toBe(ExitCode.Findings);
    expect(without.stdout).toMatch(/is not an operation of the ELAN contract/);
    const withSpec = await cli(['pact', 'verify', 'pact.json', '--spec', 'utleggsbegjaering-2023.yaml', '--json'], cwd);
    expect(withSpec.stderr).toContain(MAPPED_VALIDER);
    const report = JSON.parse(withSpec.stdout);
    expect(report.interactions[0].operationId).toBe('validerNyBegjaering');
    expect(report.interactions[0].problems.filter((p: { code: string }) => p.code.startsWith('PACT_REQUEST'))).toEqual(
      [],
    );
  });
});

describe('--spec in serve and proxy', () => {
  let upstream: Simulator;
  beforeAll(async () => {
    upstream = createSimulator({ modelVersion: '2.0' });
    await upstream.listen();
  });
  afterAll(() => upstream.close());

  it('serve judges requests by the official document', { timeout: 60_000 }, async () => {
    const cwd = workspace();
    const controller = new AbortController();
    const output = bufferedOutput();
    const running = cli(
      ['serve', '--port', '0', '--state-dir', 'state', '--model', '2.0', '--spec', 'utleggsbegjaering-2023.yaml'],
      cwd,
      controller.signal,
      output,
    );
    try {
      await until(() => output.stdout().includes('listening'));
      expect(output.stderr()).toContain(MAPPED_VALIDER);
      const client = JSON.parse(readFileSync(join(cwd, 'state', 'client.json'), 'utf8'));
      const minted = await fetch(`${client.audience}__admin/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const { access_token: token } = (await minted.json()) as { access_token: string };
      const response = await fetch(`${client.baseUrls.utleggsbegjaering}/valider`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          klientid: 'vendor',
          korrelasjonsid: randomUUID(),
          meldingsid: randomUUID(),
        },
        body: JSON.stringify(loadCanonicalExample('2.0', 'minimal')),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { pointer: string }[] };
      expect(body.errors.map((error) => error.pointer)).toContain('/hovedkrav');
    } finally {
      controller.abort();
      expect((await running).code).toBe(ExitCode.Pass);
    }
  });

  it('proxy validates traffic by the official document', { timeout: 60_000 }, async () => {
    const cwd = workspace();
    const port = await freePort();
    const controller = new AbortController();
    const output = bufferedOutput();
    const running = cli(
      [
        'proxy',
        '--upstream',
        upstream.url,
        '--port',
        String(port),
        '--out',
        'rec',
        '--spec',
        'utleggsbegjaering-2023.yaml',
      ],
      cwd,
      controller.signal,
      output,
    );
    try {
      await until(() => output.stderr().includes('listening'));
      const token = await upstream.admin.mintAccessToken();
      const response = await fetch(`http://127.0.0.1:${port}/api/utleggsbegjaering/v2/valider`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          klientid: 'vendor',
          korrelasjonsid: randomUUID(),
          meldingsid: randomUUID(),
        },
        body: JSON.stringify(loadCanonicalExample('2.0', 'minimal')),
      });
      await until(() => output.stderr().includes(`/valider ${response.status}`));
      expect(output.stderr()).toContain(`✗ POST /api/utleggsbegjaering/v2/valider ${response.status}`);
      expect(output.stderr()).toMatch(/validerNyBegjaering .*request body .*hovedkrav/);
    } finally {
      controller.abort();
      await running;
    }
  });
});

describe('--spec in run', () => {
  function runFile(out: string): RunResult {
    const name = readdirSync(out).find((file) => /^run-.*\.json$/.test(file));
    if (!name) throw new Error(`no run-*.json in ${out}`);
    return JSON.parse(readFileSync(join(out, name), 'utf8')) as RunResult;
  }

  it('judges by an official export whose operations it finds by behaviour, and names it in the RunResult', {
    timeout: 120_000,
  }, async () => {
    const cwd = workspace();
    const { code, stderr } = await cli(
      [
        'run',
        '--model',
        '2.0',
        '--only',
        'flow-full,contract-conformance',
        '--out',
        'r',
        '--spec',
        'utleggsbegjaering-api.json',
      ],
      cwd,
    );
    expect(code, stderr).toBe(ExitCode.Pass);
    expect(stderr).toContain('validerNyBegjaering → POST /valider (operationId oppostvalider)');
    const result = runFile(join(cwd, 'r'));
    expect(validateRunResult(result).valid).toBe(true);
    const document = result.contract.documents.find((d) => d.api === 'utleggsbegjaering');
    expect(document).toMatchObject({
      origin: 'official',
      title: 'Utleggsbegjæring API',
      documentVersion: '2.0.3',
      file: 'utleggsbegjaering-api.json',
    });
    expect(document?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(document?.operations?.every((op) => op.status === 'matched')).toBe(true);
    expect(result.contract.documents.find((d) => d.api === 'status')?.origin).toBe('reconstruction');
    const summary = readFileSync(join(cwd, 'r', 'latest.md'), 'utf8');
    expect(summary).toContain('Utleggsbegjæring API 2.0.3');
    expect(summary).toContain('offisielt dokument (utleggsbegjaering-api.json)');
  });

  it('fails the checks when the official document refuses what the kit sends, and notes the fallbacks', {
    timeout: 120_000,
  }, async () => {
    const cwd = workspace();
    const { code } = await cli(
      ['run', '--model', '2.0', '--only', 'flow-full', '--out', 'r', '--spec', 'utleggsbegjaering-2023.yaml'],
      cwd,
    );
    expect(code).toBe(ExitCode.Findings);
    const result = runFile(join(cwd, 'r'));
    expect(result.notes?.join('\n')).toMatch(
      /utleggsbegjaering-2023\.yaml \(utleggsbegjaering\) has no operation that does .*endreBegjaering/,
    );
    expect(result.notesNb?.join('\n')).toMatch(/kitets rekonstruerte kontrakt vurderte dem/);
  });

  it('takes the document and an explicit mapping from the config', { timeout: 120_000 }, async () => {
    const cwd = workspace();
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({
        modelVersion: '2.0',
        specs: [{ file: 'utleggsbegjaering-2023.yaml', operations: { validerEndretBegjaering: 'valider' } }],
      }),
    );
    const { stderr } = await cli(['run', '--only', 'auth-token-obtained', '--out', 'r'], cwd);
    expect(stderr).toContain(
      'validerEndretBegjaering → POST /api/v0/utleggsbegjaering/valider (operationId valider, from the config)',
    );
    writeFileSync(
      join(cwd, 'elan-kit.config.json'),
      JSON.stringify({ specs: [{ file: 'utleggsbegjaering-2023.yaml', operations: { inventedOp: 'valider' } }] }),
    );
    const bad = await cli(['run', '--only', 'auth-token-obtained', '--out', 'r'], cwd);
    expect(bad.code).toBe(ExitCode.UsageOrSetup);
    expect(bad.stderr).toMatch(/"inventedOp", not one of the kit's operations/);
  });
});
