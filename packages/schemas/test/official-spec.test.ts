import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeMapping, loadOfficialSpecs, type OfficialSpec, SchemaPackageError } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'official');
const utleggsbegjaering2023 = join(dir, 'utleggsbegjaering-2023.yaml');
const swagger2 = join(dir, 'utleggsbegjaering-2023-swagger2.json');
const betjeningskartet131 = join(dir, 'betjeningskartet-1.3.1.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'elan-official-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const headers = {
  klientid: 'OpenAPI',
  korrelasjonsid: '7b0c1c52-5b8f-4b57-9d55-0a0c41c6d1a1',
  meldingsid: '0e5c3b2a-8d8e-4a43-a2a3-7e3c6f0b7f2d',
};

const krav2023 = {
  kravType: 'Hovedkrav',
  opprettelsesdatoForKrav: '2023-01-01',
  opprinneligBeloep: { beloep: 1000, valuta: 'NOK' },
  gjenstaaendeBeloep: { beloep: 1000, valuta: 'NOK' },
  kravforfall: { betalingsfrist: '2023-02-01' },
};

/** A begjæring of the 2023 model, as the 2023 document describes it. */
const begjaering2023 = {
  saksoeker: [{ aktørType: 'Saksoeker', adresse: { poststed: 'OSLO' } }],
  saksoekt: [{ aktørType: 'Saksoekt', adresse: { poststed: 'BERGEN' } }],
  utleggsbegjaeringIdentifikator: 'u-1',
  underskrift: 'Kari Nordmann',
  innsenderReferanse: null,
  tvangsfullbyrdelsestype: 'utlegg',
  sakssoektErENK: false,
  begjaeringsdato: '2023-10-02',
  mottaksdato: '2023-10-02',
  vedlegg: null,
  hovedkrav: [krav2023],
  begjaeringensTvangsgrunnlag: [{ referertKrav: krav2023 }],
  ukjentFelt: 'ELAN ignores this',
};

function only(specs: OfficialSpec[]): OfficialSpec {
  expect(specs).toHaveLength(1);
  return specs[0] as OfficialSpec;
}

describe('loadOfficialSpecs: operations found by what they do', () => {
  it('maps the 2023 document’s sendInn and valider onto the kit’s operations and says which fall back', async () => {
    const spec = only(await loadOfficialSpecs([{ file: utleggsbegjaering2023 }], { modelVersion: '2.0' }));
    expect(spec.api).toBe('utleggsbegjaering');
    expect(spec.documentVersion).toBe('0.0.1');
    expect(spec.official.title).toBe('Utleggsbegjæring API');
    expect(spec.contract.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const lines = describeMapping(spec);
    expect(lines).toContain('validerNyBegjaering → POST /api/v0/utleggsbegjaering/valider (operationId valider)');
    expect(lines).toContain('opprettBegjaering → POST /external/v0/utleggsbegjaering (operationId sendInn)');
    const fallback = spec.mapping.entries.filter((entry) => entry.status === 'fallback').map((e) => e.operationId);
    expect(fallback).toEqual(expect.arrayContaining(['endreBegjaering', 'lastOppVedlegg']));
    expect(spec.warnings.filter((w) => w.code === 'ELAN_SPEC_OPERATION_NOT_MAPPED')).toHaveLength(fallback.length);
  });

  it('loads a lint-dirty document with warnings: undefined security scheme, discriminator without oneOf', async () => {
    const spec = only(await loadOfficialSpecs([{ file: utleggsbegjaering2023 }], { modelVersion: '2.0' }));
    const codes = spec.warnings.map((warning) => `${warning.code} ${warning.pointer ?? ''}`);
    expect(codes).toContain('ELAN_SPEC_UNDEFINED_SECURITY_SCHEME /security/0/bearerAuth');
    expect(codes).toContain('ELAN_SPEC_DISCRIMINATOR_IGNORED /components/schemas/Aktoer/discriminator');
  });

  it('judges a payload by the official schema under the kit’s operation name (nullable, open objects)', async () => {
    const { contract } = only(await loadOfficialSpecs([{ file: utleggsbegjaering2023 }], { modelVersion: '2.0' }));
    const valider = contract.operation('validerNyBegjaering');
    expect(valider.operationId).toBe('validerNyBegjaering');
    expect(valider.path).toBe('/api/v0/utleggsbegjaering/valider');
    expect(valider.validateRequestBody(begjaering2023, 'application/json')).toEqual([]);
    const broken = { ...begjaering2023, sakssoektErENK: 'nei', hovedkrav: undefined };
    const pointers = valider.validateRequestBody(broken, 'application/json').map((error) => error.instancePath);
    expect(pointers).toEqual(expect.arrayContaining(['/sakssoektErENK', '']));
    expect(valider.validateRequestHeaders({})).not.toEqual([]);
    expect(valider.validateRequestHeaders(headers)).toEqual([]);
    expect(valider.validateResponse(204, undefined)).toEqual([]);
    expect(valider.validateResponse(201, undefined)[0]?.keyword).toBe('status');
  });

  it('judges traffic on the kit’s own paths by the official operation that does the same', async () => {
    const { contract } = only(await loadOfficialSpecs([{ file: utleggsbegjaering2023 }], { modelVersion: '2.0' }));
    const onKitPath = contract.findOperation('POST', '/api/utleggsbegjaering/v2/valider');
    expect(onKitPath?.operation.path).toBe('/api/v0/utleggsbegjaering/valider');
    const onOfficialPath = contract.findOperation('POST', '/api/v0/utleggsbegjaering/valider');
    expect(onOfficialPath?.operation.operationId).toBe('validerNyBegjaering');
    const fallback = contract.findOperation('PUT', '/api/utleggsbegjaering/v2/SAK-1');
    expect(fallback?.operation.operationId).toBe('endreBegjaering');
    expect(fallback?.operation.path).toBe('/api/utleggsbegjaering/v2/{eksternSaksreferanse}');
  });

  it('maps the Betjeningskartet 1.3.1 lookup and leaves the internal case operations unused', async () => {
    const spec = only(await loadOfficialSpecs([{ file: betjeningskartet131 }], { modelVersion: '2.0' }));
    expect(spec.api).toBe('betjeningskartet');
    expect(describeMapping(spec)).toEqual([
      'slaaOppRegelverk → POST /api/v1/betjeningskartet/ (operationId regelverkForBehandling)',
    ]);
    expect(spec.mapping.unused.map((op) => op.operationId)).toEqual(['startSaksbehandling', 'avsluttSaksbehandling']);
    const lookup = spec.contract.operation('slaaOppRegelverk');
    const published = { kildesystem: 'elin', skyldner: [{ partsnummer: '12345' }] };
    expect(lookup.validateRequestBody(published, 'application/json')).toEqual([]);
    expect(lookup.validateRequestBody({ skyldner: [{ partsnummer: 12345 }] }, 'application/json')).not.toEqual([]);
  });

  it('converts Swagger 2.0 with swagger2openapi and says so', async () => {
    const spec = only(await loadOfficialSpecs([{ file: swagger2 }], { modelVersion: '1.0' }));
    expect(spec.convertedFrom).toBe('swagger-2.0');
    expect(spec.warnings[0]?.code).toBe('ELAN_SPEC_SWAGGER_2_CONVERTED');
    expect(describeMapping(spec)).toContain(
      'validerNyBegjaering → POST /api/v0/utleggsbegjaering/valider (operationId valider)',
    );
    const valider = spec.contract.operation('validerNyBegjaering');
    expect(valider.validateRequestBody({ ...begjaering2023, tvangsfullbyrdelsestype: 'x' })[0]?.instancePath).toBe(
      '/tvangsfullbyrdelsestype',
    );
  });

  it('takes an explicit mapping from the config where the paths say nothing', async () => {
    const file = join(scratch, 'odd.yaml');
    writeFileSync(
      file,
      [
        'openapi: 3.0.3',
        'info: { title: Odd, version: "9" }',
        'paths:',
        '  /x/check:',
        '    post:',
        '      operationId: kontroller',
        '      requestBody: { content: { application/json: { schema: { type: object } } } }',
        "      responses: { '204': { description: ok } }",
      ].join('\n'),
    );
    await expect(loadOfficialSpecs([{ file }], { modelVersion: '2.0' })).rejects.toMatchObject({
      code: 'ELAN_CONTRACT_UNMAPPABLE',
    });
    const spec = only(
      await loadOfficialSpecs([{ file, operations: { validerNyBegjaering: 'POST /x/check' } }], {
        modelVersion: '2.0',
      }),
    );
    expect(spec.api).toBe('utleggsbegjaering');
    expect(describeMapping(spec)[1]).toBe(
      'validerNyBegjaering → POST /x/check (operationId kontroller, from the config)',
    );
    await expect(
      loadOfficialSpecs([{ file, operations: { validerNyBegjaering: 'nope' } }], { modelVersion: '2.0' }),
    ).rejects.toMatchObject({ code: 'ELAN_CONTRACT_MAPPING_INVALID' });
    await expect(
      loadOfficialSpecs([{ file, operations: { inventedOperation: 'kontroller' } }], { modelVersion: '2.0' }),
    ).rejects.toMatchObject({ code: 'ELAN_CONTRACT_MAPPING_INVALID' });
  });

  it('refuses two documents for one API', async () => {
    const error = await loadOfficialSpecs([{ file: utleggsbegjaering2023 }, { file: swagger2 }], {
      modelVersion: '2.0',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SchemaPackageError);
    expect((error as SchemaPackageError).code).toBe('ELAN_CONTRACT_UNMAPPABLE');
  });
});

describe('mapOperations on other published layouts', () => {
  function documentWith(paths: Record<string, Record<string, unknown>>, servers?: unknown[]): string {
    const file = join(scratch, `layout-${Object.keys(paths).length}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(
      file,
      JSON.stringify({ openapi: '3.0.1', info: { title: 'T', version: '1' }, ...(servers ? { servers } : {}), paths }),
    );
    return file;
  }
  const json = { content: { 'application/json': { schema: { type: 'object', properties: { underskrift: {} } } } } };
  const ok = { responses: { '200': { description: 'ok' } } };

  it('maps the 2023 endpoint list (change and validate-change with the case id in the path)', async () => {
    const file = documentWith({
      '/external/v0/utleggsbegjaering': { post: { operationId: 'opprettBegjaering', requestBody: json, ...ok } },
      '/external/v0/utleggsbegjaering/{eksternSaksreferanse}': {
        put: { operationId: 'endreBegjaering', requestBody: json, ...ok },
      },
      '/external/v0/utleggsbegjaering/valider': {
        post: { operationId: 'validerNyBegjaering', requestBody: json, ...ok },
      },
      '/external/v0/utleggsbegjaering/valider/{eksternSaksreferanse}': {
        put: { operationId: 'validerEndretBegjaering', requestBody: json, ...ok },
      },
    });
    const spec = only(await loadOfficialSpecs([{ file }], { modelVersion: '2.0' }));
    const mapped = Object.fromEntries(spec.mapping.entries.map((entry) => [entry.operationId, entry.official?.path]));
    expect(mapped).toMatchObject({
      opprettBegjaering: '/external/v0/utleggsbegjaering',
      endreBegjaering: '/external/v0/utleggsbegjaering/{eksternSaksreferanse}',
      validerNyBegjaering: '/external/v0/utleggsbegjaering/valider',
      validerEndretBegjaering: '/external/v0/utleggsbegjaering/valider/{eksternSaksreferanse}',
    });
  });

  it('maps relative paths under a server base, attachments by their multipart body, and status by its resource', async () => {
    const multipart = { content: { 'multipart/form-data': { schema: { type: 'object' } } } };
    const file = documentWith(
      {
        '/': { post: { operationId: 'a', requestBody: json, ...ok } },
        '/valider': { post: { operationId: 'b', requestBody: json, ...ok } },
        '/{id}': { put: { operationId: 'c', requestBody: json, ...ok }, get: { operationId: 'd', ...ok } },
        '/dokumenter': { post: { operationId: 'e', requestBody: multipart, ...ok } },
        '/status/{saksreferanse}': { get: { operationId: 'f', ...ok } },
      },
      [{ url: 'https://api-test.sits.no/api/utleggsbegjaering/v2' }],
    );
    const specs = await loadOfficialSpecs([{ file }], { modelVersion: '2.0' });
    const mapping = (api: string) =>
      Object.fromEntries(
        (specs.find((spec) => spec.api === api)?.mapping.entries ?? []).map((e) => [
          e.operationId,
          e.official?.operationId,
        ]),
      );
    expect(mapping('utleggsbegjaering')).toMatchObject({
      opprettBegjaering: 'a',
      validerNyBegjaering: 'b',
      endreBegjaering: 'c',
      hentBegjaering: 'd',
      lastOppVedlegg: 'e',
    });
    expect(mapping('status')).toMatchObject({ hentStatusPaaSak: 'f' });
  });
});
