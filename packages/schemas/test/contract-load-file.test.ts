import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract, loadContractFromFile, SchemaPackageError } from '../src/index.js';
import { contractsPath } from '../src/paths.js';

const officialLike = fileURLToPath(new URL('./fixtures/contract/official-like.yaml', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'elan-contract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const headers = { klientid: 'leverandoer', korrelasjonsid: '3fa85f64-5717-4562-b3fc-2c963f66afa6' };

describe('loadContractFromFile with a lint-dirty, official-like document', () => {
  const { contract, warnings } = loadContractFromFile(officialLike);

  it('loads with warnings instead of refusing', () => {
    expect(contract.source).toBe('user-supplied');
    expect(contract.api).toBe('custom');
    expect(contract.version).toBe('2.0.7');
    expect(contract.title).toBe('utleggsbegjaering-api');
    expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual(
      expect.arrayContaining([
        ['ELAN_SPEC_UNDEFINED_SECURITY_SCHEME', '/security/0/maskinportenAuth'],
        ['ELAN_SPEC_DISCRIMINATOR_WITHOUT_MAPPING', '/components/schemas/Aktoer/discriminator'],
        ['ELAN_SPEC_UNKNOWN_FORMAT', '/components/schemas/Virksomhet/properties/organisasjonsnummer/format'],
        ['ELAN_SPEC_UNRESOLVED_REF', '/components/schemas/Vedlegg/$ref'],
        ['ELAN_SPEC_UNRESOLVED_REF', '/components/schemas/Begjaering/properties/x-intern/$ref'],
        [
          'ELAN_SPEC_UNRESOLVED_REF',
          '/paths/~1{eksternSaksreferanse}/put/requestBody/content/application~1json/schema/$ref',
        ],
        ['ELAN_SPEC_MISSING_OPERATION_ID', '/paths/~1vedlegg~1{uuid}/get'],
      ]),
    );
    expect(warnings.map((warning) => warning.pointer)).not.toContain('/components/schemas/Begjaering/x-ekstra/$ref');
  });

  it('matches server base path + relative path', () => {
    expect(contract.findOperation('POST', '/api/utleggsbegjaering/v2/valider')?.operation.operationId).toBe(
      'validerNyBegjaering',
    );
    expect(contract.findOperation('POST', '/api/utleggsbegjaering/v2')?.operation.operationId).toBe(
      'opprettBegjaering',
    );
    expect(contract.findOperation('PUT', '/api/utleggsbegjaering/v2/SAK-1')).toMatchObject({
      operation: { operationId: 'endreBegjaering' },
      pathParams: { eksternSaksreferanse: 'SAK-1' },
    });
    expect(contract.findOperation('GET', '/api/utleggsbegjaering/v2/vedlegg/abc')?.operation.operationId).toBe(
      'get /vedlegg/{uuid}',
    );
    expect(contract.findOperation('POST', '/valider')).toBeUndefined();
  });

  it('validates a request against it', () => {
    const operation = contract.findOperation('POST', '/api/utleggsbegjaering/v2/valider')!.operation;
    const valid = {
      saksoeker: [{ aktoerType: 'Virksomhet', organisasjonsnummer: '310947113' }],
      kravTilInnkreving: [{ opprinneligBeloep: { beloep: 10, valuta: null } }],
      underskrift: null,
    };
    expect(operation.validateRequestHeaders(headers)).toEqual([]);
    expect(operation.validateRequestBody(valid)).toEqual([]);
    const errors = operation.validateRequestBody({
      saksoeker: [{ aktoerType: 'Person' }],
      kravTilInnkreving: [{ opprinneligBeloep: { beloep: 0 } }],
    });
    expect(errors.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(
      expect.arrayContaining([
        '/saksoeker/0 required',
        '/saksoeker/0 oneOf',
        '/kravTilInnkreving/0/opprinneligBeloep/beloep exclusiveMinimum',
      ]),
    );
    expect(operation.validateRequestHeaders({ KlientId: 'x' })).toEqual([
      expect.objectContaining({ params: { missingProperty: 'Korrelasjonsid' } }),
    ]);
  });

  it('validates responses with status ranges, default, and bodiless statuses', () => {
    const opprett = contract.operation('opprettBegjaering');
    expect(opprett.validateResponse(422, { type: 'x', status: 422 }, 'application/problem+json')).toEqual([]);
    expect(opprett.validateResponse(422, { status: 'feil' }, 'application/problem+json')).toEqual([
      expect.objectContaining({ instancePath: '/status', keyword: 'type' }),
    ]);
    expect(opprett.validateResponse(500, {})).toEqual([expect.objectContaining({ keyword: 'status' })]);
    const valider = contract.operation('validerNyBegjaering');
    expect(valider.validateResponse(204, undefined)).toEqual([]);
    expect(valider.validateResponse(204, { ok: true })).toEqual([expect.objectContaining({ keyword: 'body' })]);
    expect(valider.validateResponse(503, { status: 503 }, 'application/problem+json')).toEqual([]);
  });

  it('accepts anything where a reference cannot be resolved', () => {
    expect(contract.operation('endreBegjaering').validateRequestBody({ anything: [1, 2, 3] })).toEqual([]);
    expect(contract.operation('get /vedlegg/{uuid}').validateResponse(200, 'whatever')).toEqual([]);
  });
});

describe('loadContractFromFile with other inputs', () => {
  it('loads a bundled document as JSON with no warnings and the same hash', () => {
    const { contract, warnings } = loadContractFromFile(contractsPath('bundled', 'status.json'), {
      api: 'status',
      version: '',
    });
    expect(warnings).toEqual([]);
    expect(contract.hash).toBe(loadContract('status').hash);
    expect(contract.api).toBe('status');
  });

  it('reads OpenAPI 3.1 YAML with nullable and reports it', () => {
    const path = writeScratch(
      'nullable.yaml',
      [
        'openapi: 3.1.0',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /x:',
        '    post:',
        '      operationId: x',
        '      requestBody:',
        '        content:',
        '          application/json:',
        '            schema: { type: object, properties: { a: { type: string, nullable: true, enum: [ja, nei] } } }',
        '      responses:',
        "        '200': { description: ok }",
      ].join('\n'),
    );
    const { contract, warnings } = loadContractFromFile(path);
    expect(warnings).toEqual([expect.objectContaining({ code: 'ELAN_SPEC_NULLABLE_IN_3_1' })]);
    const operation = contract.operation('x');
    expect(operation.validateRequestBody({ a: null })).toEqual([]);
    expect(operation.validateRequestBody({ a: 'kanskje' })).toEqual([
      expect.objectContaining({ instancePath: '/a', keyword: 'enum' }),
    ]);
  });

  it('turns a schema that cannot be compiled into a warning with its pointer', () => {
    const path = writeScratch(
      'uncompilable.json',
      JSON.stringify({
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
        paths: {
          '/x': {
            post: {
              operationId: 'x',
              requestBody: { content: { 'application/json': { schema: { type: 'object', required: 'a' } } } },
              responses: { 200: { description: 'ok' } },
            },
          },
        },
      }),
    );
    const { contract, warnings } = loadContractFromFile(path);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'ELAN_SPEC_SCHEMA_NOT_COMPILABLE',
        pointer: '/paths/~1x/post/requestBody/content/application~1json/schema',
      }),
    ]);
    expect(contract.operation('x').validateRequestBody({})).toEqual([]);
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const path = writeScratch('broken.yaml', 'openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n');
    expect(() => loadContractFromFile(path)).toThrow(
      expect.objectContaining({
        code: 'ELAN_CONTRACT_UNREADABLE',
        file: path,
        message: expect.stringMatching(/line \d+, column \d+/),
      }),
    );
  });

  it('refuses Swagger 2.0, non-OpenAPI content and missing files with typed errors', () => {
    const swagger = writeScratch('swagger.json', JSON.stringify({ swagger: '2.0', paths: {} }));
    expect(() => loadContractFromFile(swagger)).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_INVALID', pointer: '/swagger' }),
    );
    const list = writeScratch('list.json', '[1, 2]');
    expect(() => loadContractFromFile(list)).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_INVALID', pointer: '' }),
    );
    const noVersion = writeScratch('no-version.yaml', 'info: { title: t }\npaths: {}\n');
    expect(() => loadContractFromFile(noVersion)).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_INVALID', pointer: '/openapi' }),
    );
    expect(() => loadContractFromFile(join(scratch, 'finnes-ikke.yaml'))).toThrow(SchemaPackageError);
    expect(() => loadContractFromFile(join(scratch, 'finnes-ikke.yaml'))).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_NOT_FOUND' }),
    );
  });

  it('names duplicated operation ids instead of dropping an operation', () => {
    const path = writeScratch(
      'duplicate.json',
      JSON.stringify({
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
        paths: {
          '/a': { get: { operationId: 'hent', responses: { 200: { description: 'ok' } } } },
          '/b': { get: { operationId: 'hent', responses: { 200: { description: 'ok' } } } },
        },
      }),
    );
    const { contract, warnings } = loadContractFromFile(path);
    expect(contract.operations.map((operation) => operation.operationId)).toEqual(['hent', 'hent#2']);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'ELAN_SPEC_DUPLICATE_OPERATION_ID', pointer: '/paths/~1b/get' }),
    ]);
    expect(contract.findOperation('GET', '/b')?.operation.operationId).toBe('hent#2');
  });
});
