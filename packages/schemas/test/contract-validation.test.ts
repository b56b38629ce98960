import { describe, expect, it } from 'vitest';
import { createContract } from '../src/contract/create-contract.js';
import { loadContract, schemaErrorPointer } from '../src/index.js';

const headers = {
  Klientid: 'elan-kit',
  Korrelasjonsid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  Meldingsid: '9b2f5c1e-0d7a-4e43-8f55-6a0c1d2b3e4f',
};
const identifier = { identifikatortype: 'taxIdentificationNumber', verdi: '44926701751', landkode: 'NO' };

describe('request headers', () => {
  const operation = loadContract('status').operation('hentStatusPaaSak');

  it('accept the three headers in any casing', () => {
    expect(operation.validateRequestHeaders(headers)).toEqual([]);
    expect(
      operation.validateRequestHeaders({
        klientid: 'x',
        KORRELASJONSID: headers.Korrelasjonsid,
        meldingsId: headers.Meldingsid,
      }),
    ).toEqual([]);
  });

  it('catch a missing Korrelasjonsid', () => {
    const { Korrelasjonsid: _omitted, ...rest } = headers;
    expect(operation.validateRequestHeaders(rest)).toEqual([
      expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'Korrelasjonsid' } }),
    ]);
  });

  it('catch a Korrelasjonsid that is not a uuid, naming the documented header', () => {
    expect(
      operation.validateRequestHeaders({ ...headers, korrelasjonsid: 'abc-123', Korrelasjonsid: undefined }),
    ).toEqual([
      expect.objectContaining({ instancePath: '/Korrelasjonsid', keyword: 'format', params: { format: 'uuid' } }),
    ]);
  });

  it('ignore undocumented headers and join repeated ones', () => {
    expect(operation.validateRequestHeaders({ ...headers, 'X-Annet': 'y', Meldingsid: [headers.Meldingsid] })).toEqual(
      [],
    );
  });
});

describe('request bodies', () => {
  const operation = loadContract('betjeningskartet').operation('slaaOppRegelverk');

  it('accept a valid body', () => {
    expect(operation.validateRequestBody({ skyldner: [identifier] }, 'application/json; charset=utf-8')).toEqual([]);
  });

  it('report every error with the exact JSON pointer of the offending value', () => {
    const errors = operation.validateRequestBody({
      skyldner: [
        identifier,
        { ...identifier, landkode: 'norge' },
        { identifikatortype: 'taxIdentificationNumber', landkode: 'NO', verdi: 7 },
      ],
    });
    const pointers = errors.map((error) => error.instancePath);
    expect(pointers).toContain('/skyldner/1/landkode');
    expect(pointers).toContain('/skyldner/2/verdi');
    expect(pointers).not.toContain('/skyldner/0');
    for (const error of errors) {
      expect(error).toEqual({
        instancePath: expect.any(String),
        schemaPath: expect.any(String),
        keyword: expect.any(String),
        params: expect.any(Object),
        message: expect.any(String),
        messageNb: expect.any(String),
      });
    }
  });

  it('report a missing required body and an undocumented content type', () => {
    expect(operation.validateRequestBody(undefined)).toEqual([
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'body' } }),
    ]);
    expect(operation.validateRequestBody({ skyldner: [identifier] }, 'text/xml')).toEqual([
      expect.objectContaining({
        keyword: 'contentType',
        params: { contentType: 'text/xml', allowed: ['application/json'] },
      }),
    ]);
  });

  it('leave non-ASCII kontrollutslag codes alone', () => {
    const operation422 = loadContract('kommune', '1.0').operation('sendBeslutningOmTrekk');
    const body = {
      type: 'about:blank',
      status: 422,
      korrelasjonsid: headers.Korrelasjonsid,
      kontrollutslag: [{ kode: 'RELATERTE_KRAV_MÅ_FINNES', melding: 'm', beskrivelse: 'b' }],
    };
    expect(operation422.validateResponse(422, body, 'application/problem+json')).toEqual([]);
    const missing = operation422.validateResponse(
      422,
      { ...body, kontrollutslag: [{ kode: 'X' }] },
      'application/problem+json',
    );
    expect(missing.map((error) => `${error.instancePath} ${error.params['missingProperty']}`).sort()).toEqual([
      '/kontrollutslag/0 beskrivelse',
      '/kontrollutslag/0 melding',
    ]);
  });

  it('accept binary fields in a form body where the schema says string', () => {
    const token = loadContract('maskinporten').operation('token');
    expect(token.requestContentTypes).toEqual(['application/x-www-form-urlencoded']);
    expect(token.validateRequestBody({ grant_type: 'client_credentials', assertion: 'a.b.c' })).toEqual([
      expect.objectContaining({ instancePath: '/grant_type', keyword: 'const' }),
    ]);
    expect(
      token.validateRequestBody({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: new Uint8Array([1]),
      }),
    ).toEqual([expect.objectContaining({ instancePath: '/assertion', keyword: 'pattern' })]);
  });
});

describe('responses', () => {
  const operation = loadContract('status').operation('hentStatusPaaSak');
  const problem = { type: 'about:blank', status: 404, korrelasjonsid: headers.Korrelasjonsid };

  it('report an undocumented status with keyword "status"', () => {
    expect(operation.validateResponse(418, problem)).toEqual([
      expect.objectContaining({ keyword: 'status', params: expect.objectContaining({ status: 418 }) }),
    ]);
  });

  it('report a problem detail sent as application/json', () => {
    expect(operation.validateResponse(404, problem, 'application/problem+json')).toEqual([]);
    expect(operation.validateResponse(404, problem, 'application/json')).toEqual([
      expect.objectContaining({ keyword: 'contentType' }),
    ]);
  });

  it('report a missing body', () => {
    expect(operation.validateResponse(200, undefined)).toEqual([expect.objectContaining({ keyword: 'required' })]);
    expect(operation.validateResponse(200, '')).toEqual([expect.objectContaining({ keyword: 'required' })]);
  });

  it('require decisions once a case is decided', () => {
    const decided = {
      eksternSaksreferanse: 'TEST_SAK_BESLUTTET',
      saksstatus: 'sakBesluttet',
      saksoeker: [{ identifikator: identifier }],
      saksoekt: [{ identifikator: identifier }],
      krav: [{ innsendersKravreferanse: 'K1' }],
    };
    expect(operation.validateResponse(200, decided).map((error) => error.keyword)).toContain('required');
    expect(operation.validateResponse(200, { ...decided, saksstatus: 'sakForelagt' })).toEqual([]);
  });
});

describe('query and path parameters', () => {
  const feed = loadContract('status').operation('hentStatusendringer');

  it('coerce query strings to the documented types', () => {
    expect(feed.validateQuery({ fraSekvensnummer: '42', maksAntall: '10' })).toEqual([]);
    expect(feed.validateQuery({ maksAntall: '0' })).toEqual([
      expect.objectContaining({ instancePath: '/maksAntall', keyword: 'minimum' }),
    ]);
    expect(feed.validateQuery({ fraSekvensnummer: 'tja' })).toEqual([
      expect.objectContaining({ instancePath: '/fraSekvensnummer', keyword: 'type' }),
    ]);
  });

  it('check path parameters', () => {
    const beslutning = loadContract('kommune', '1.0').operation('sendBeslutningOmTrekk');
    expect(beslutning.validatePathParams({})).toEqual([]);
    const status = loadContract('status').operation('hentStatusPaaSak');
    expect(status.validatePathParams({ eksternSaksreferanse: 'TEST_SAK_HEVET' })).toEqual([]);
    expect(status.validatePathParams({ eksternSaksreferanse: '' })).toEqual([
      expect.objectContaining({ instancePath: '/eksternSaksreferanse', keyword: 'minLength' }),
    ]);
  });
});

describe('a broken document in strict (bundled) mode', () => {
  const broken = {
    openapi: '3.1.0',
    info: { title: 'broken', version: '1' },
    paths: {
      '/x': {
        post: {
          operationId: 'x',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Feil' } } } },
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: { schemas: { Feil: { type: 'object', properties: { a: { type: 'string', pattern: '([' } } } } },
  };

  it('fails on first use with ELAN_CONTRACT_SCHEMA_NOT_COMPILABLE and the pointer of the schema', () => {
    const { contract } = createContract(broken, { api: 'custom', version: '', source: 'bundled', tolerant: false });
    expect(() => contract.operation('x').validateRequestBody({ a: 'b' })).toThrow(
      expect.objectContaining({
        code: 'ELAN_CONTRACT_SCHEMA_NOT_COMPILABLE',
        pointer: '/paths/~1x/post/requestBody/content/application~1json/schema',
      }),
    );
  });

  it('refuses an operation without operationId, naming where it is', () => {
    const withoutId = { ...broken, paths: { '/y': { get: { responses: { 200: { description: 'ok' } } } } } };
    expect(() => createContract(withoutId, { api: 'custom', version: '', source: 'bundled', tolerant: false })).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_INVALID', pointer: '/paths/~1y/get' }),
    );
  });
});

describe('a bundled-style document with a dangling reference', () => {
  it('is refused on first use with ELAN_CONTRACT_INVALID', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'dangling', version: '1' },
      paths: {
        '/x': {
          post: {
            operationId: 'x',
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Borte' } } } },
            responses: { 200: { description: 'ok' } },
          },
        },
      },
    };
    const { contract } = createContract(document, { api: 'custom', version: '', source: 'bundled', tolerant: false });
    expect(() => contract.operation('x').validateRequestBody({})).toThrow(
      expect.objectContaining({
        code: 'ELAN_CONTRACT_INVALID',
        message: expect.stringContaining('#/components/schemas/Borte'),
      }),
    );
  });
});

describe('schemaErrorPointer', () => {
  const error = (keyword: string, instancePath: string, params: Record<string, unknown>) => ({
    keyword,
    instancePath,
    params,
    schemaPath: '#',
    message: 'm',
  });

  it('appends a missing or unknown property to its parent, escaped', () => {
    expect(schemaErrorPointer(error('required', '', { missingProperty: 'underskrift' }))).toBe('/underskrift');
    expect(schemaErrorPointer(error('additionalProperties', '/a/0', { additionalProperty: 'x/y~z' }))).toBe(
      '/a/0/x~1y~0z',
    );
    expect(schemaErrorPointer(error('unevaluatedProperties', '/a', { unevaluatedProperty: 'b' }))).toBe('/a/b');
  });

  it('keeps the instance path for every other keyword', () => {
    expect(schemaErrorPointer(error('type', '/a/b', { type: 'string' }))).toBe('/a/b');
  });
});

describe('bokmål messages', () => {
  const validator = loadContract('utleggsbegjaering', '1.0').operation('validerNyBegjaering');

  it('gives every schema error its message in bokmål next to the English one', () => {
    const errors = validator.validateRequestBody({ innsenderReferanse: 7 }, 'application/json');
    const missing = errors.find((error) => error.keyword === 'required');
    expect(missing?.message).toMatch(/^must have required property/);
    expect(missing?.messageNb).toMatch(/^må ha den påkrevde egenskapen /);
    const wrongType = errors.find((error) => error.keyword === 'type' && error.instancePath === '/innsenderReferanse');
    expect(wrongType?.message).toBe('must be string');
    expect(wrongType?.messageNb).toBe('må være en streng');
  });

  it('words its own errors in bokmål too', () => {
    const [contentType] = validator.validateRequestBody({}, 'text/plain');
    expect(contentType?.messageNb).toBe('innholdstypen text/plain er ikke dokumentert (dokumentert: application/json)');
    const [status] = validator.validateResponse(418, undefined);
    expect(status?.messageNb).toMatch(/^statuskoden 418 er ikke dokumentert for validerNyBegjaering/);
  });
});
