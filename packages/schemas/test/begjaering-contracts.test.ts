import { describe, expect, it } from 'vitest';
import { loadContract, MODEL_VERSIONS, type ModelVersion } from '../src/index.js';
import { example, readSource, schemaNodes, setAt, sourceFiles } from './begjaering-support.js';

const OPERATIONS: readonly [string, string, string][] = [
  ['opprettBegjaering', 'POST', ''],
  ['validerNyBegjaering', 'POST', '/valider'],
  ['validerEndretBegjaering', 'PUT', '/valider/{eksternSaksreferanse}'],
  ['endreBegjaering', 'PUT', '/{eksternSaksreferanse}'],
  ['hentBegjaering', 'GET', '/{eksternSaksreferanse}'],
  ['lastOppVedlegg', 'POST', '/vedlegg'],
  ['hentVedlegg', 'GET', '/vedlegg/{uuid}'],
  ['slettVedlegg', 'DELETE', '/vedlegg/{uuid}'],
];
const ERROR_STATUSES = ['400', '401', '403', '404', '406', '413', '415', '429', '500', '503'];
const BODY_OPERATIONS = ['opprettBegjaering', 'validerNyBegjaering', 'validerEndretBegjaering', 'endreBegjaering'];

interface OpenApiDocument {
  readonly openapi: string;
  readonly info: Record<string, unknown>;
  readonly servers: unknown;
  readonly security: unknown;
  readonly components: {
    readonly schemas: Record<string, Record<string, unknown>>;
    readonly securitySchemes: Record<string, unknown>;
  };
}

function contract(version: ModelVersion) {
  return loadContract('utleggsbegjaering', version);
}

function validate(version: ModelVersion, body: unknown) {
  return contract(version).operation('validerNyBegjaering').validateRequestBody(body);
}

describe('Utleggsbegjæring OpenAPI sources', () => {
  it.each(sourceFiles)('%s parses as YAML', (file) => {
    expect(readSource(file)).toBeTypeOf('object');
  });

  it('has one document per model version and shared fragments', () => {
    expect(sourceFiles).toEqual(
      expect.arrayContaining(['0.9.yaml', '1.0.yaml', '1.1.yaml', '2.0.yaml', 'common.yaml', 'paths.yaml']),
    );
  });
});

describe.each(MODEL_VERSIONS)('Utleggsbegjæring %s document', (version) => {
  const document = contract(version).document as unknown as OpenApiDocument;
  const base = `/api/utleggsbegjaering/${version === '0.9' ? 'v1' : 'v2'}`;

  it('names its model version and the test server', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info['version']).toBe(version);
    expect(document.info['x-model-version']).toBe(version);
    expect(document.servers).toEqual([expect.objectContaining({ url: 'https://api-test.sits.no' })]);
  });

  it('requires a Maskinporten token with the utleggsbegjaering scope', () => {
    expect(document.security).toEqual([{ maskinporten: ['skatteetaten:utleggsbegjaering'] }]);
    expect(document.components.securitySchemes['maskinporten']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each(OPERATIONS)('has %s as %s {base}%s with headers and every error response', (operationId, method, path) => {
    const operation = contract(version).operation(operationId);
    expect(operation).toMatchObject({ method, path: `${base}${path}` });
    const errors = operation.validateRequestHeaders({});
    expect(errors.map((error) => error.params['missingProperty']).sort()).toEqual([
      'Klientid',
      'Korrelasjonsid',
      'Meldingsid',
    ]);
    const expected = [...ERROR_STATUSES, ...(BODY_OPERATIONS.includes(operationId) ? ['422'] : [])];
    expect(operation.responseStatuses).toEqual(expect.arrayContaining(expected));
    expect(
      operation.validateResponse(
        422,
        { type: 'about:blank', status: 422, korrelasjonsid: 'x', kontrollutslag: [] },
        'application/problem+json',
      ),
    ).toEqual(BODY_OPERATIONS.includes(operationId) ? [] : [expect.objectContaining({ keyword: 'status' })]);
  });

  it('answers create with eksternSaksreferanse and an upload with the attachment state', () => {
    const ops = contract(version);
    expect(ops.operation('opprettBegjaering').validateResponse(201, { eksternSaksreferanse: 'SAK-1' })).toEqual([]);
    expect(ops.operation('validerNyBegjaering').responseStatuses).toContain('204');
    const state = { uuid: '6f1e3c2a-8b4d-4e5f-9a7b-1c2d3e4f5a01', filnavn: 'faktura.pdf', status: 'MOTTATT' };
    expect(ops.operation('lastOppVedlegg').validateResponse(201, state)).toEqual([]);
    expect(ops.operation('hentVedlegg').validateResponse(200, { ...state, status: 'UKJENT' })).toEqual([
      expect.objectContaining({ instancePath: '/status', keyword: 'enum' }),
    ]);
    expect(ops.operation('lastOppVedlegg').requestContentTypes).toEqual(['multipart/form-data']);
  });

  it('takes a multipart upload with fil and innsenderReferanse', () => {
    const upload = contract(version).operation('lastOppVedlegg');
    expect(
      upload.validateRequestBody(
        { fil: new Uint8Array([37, 80, 68, 70]), innsenderReferanse: 'REF-1', type: 'tvangsgrunnlag' },
        'multipart/form-data',
      ),
    ).toEqual([]);
    expect(upload.validateRequestBody({ innsenderReferanse: 'REF-1' }, 'multipart/form-data')).toEqual([
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'fil' } }),
    ]);
  });

  it('closes every request object except the open ASSUMPTION objects', () => {
    const open = new Set(['KravEndring', 'KreverFritakRettsgebyr', 'SjekkEllerVeksel']);
    const schemas = document.components.schemas;
    for (const [name, schema] of Object.entries(schemas)) {
      if (schema['type'] !== 'object' || ['ProblemDetail', 'Kontrollutslag'].includes(name)) continue;
      expect({ name, additionalProperties: schema['additionalProperties'] }).toEqual({
        name,
        additionalProperties: open.has(name),
      });
    }
  });

  it('describes every schema and every property', () => {
    const schemas = document.components.schemas;
    const undescribed: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (['ProblemDetail', 'Kontrollutslag', 'ProblemDetailMedKontrollutslag'].includes(name)) continue;
      if (typeof schema['description'] !== 'string') undescribed.push(name);
      for (const [property, node] of Object.entries(
        (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        const target = typeof node['$ref'] === 'string' ? schemas[node['$ref'].split('/').at(-1) ?? ''] : undefined;
        if (typeof node['description'] !== 'string' && typeof target?.['description'] !== 'string')
          undescribed.push(`${name}.${property}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('leaves amounts, rates and check-digit identifiers to the vilkår (no bounds, no multipleOf, no patterns)', () => {
    const patterns = new Set<string>();
    const minimums: string[] = [];
    const { ProblemDetail, ProblemDetailMedKontrollutslag, Kontrollutslag, ...begjaeringSchemas } =
      document.components.schemas;
    for (const { node, pointer } of schemaNodes(begjaeringSchemas)) {
      if (typeof node['pattern'] === 'string') patterns.add(node['pattern']);
      if ('multipleOf' in node) throw new Error(`multipleOf at ${pointer}`);
      if ('minimum' in node || 'exclusiveMinimum' in node) minimums.push(pointer);
    }
    // Only postal codes, municipality numbers, country and currency codes and the numeric-string priority.
    expect([...patterns].sort()).toEqual(['^[0-9]{4}$', '^[1-9][0-9]?$', '^[A-Z]{2}$', '^[A-Z]{3}$', '^[a-z]{3}$']);
    expect(minimums).toEqual(['/Prioritet/oneOf/0']);
  });

  it('accepts its canonical examples', () => {
    expect(validate(version, example(version, 'minimal'))).toEqual([]);
    expect(validate(version, example(version, 'complex'))).toEqual([]);
  });

  it('does not express vilkår: no innsender, no claims and three-decimal amounts are schema-valid', () => {
    const doc = example(version, 'complex');
    setAt(doc, ['innsender'], undefined);
    setAt(doc, ['kravTilInnkreving'], []);
    setAt(doc, ['saksoeker'], []);
    setAt(doc, ['saksoekt'], []);
    expect(validate(version, doc)).toEqual([]);
    const amounts = example(version, 'complex');
    setAt(amounts, ['kravTilInnkreving', 0, 'opprinneligBeloep', 'beloep'], 10000.125);
    setAt(amounts, ['kravTilInnkreving', 0, 'gjenstaaendeBeloep', 'beloep'], -5);
    setAt(amounts, ['betalingsinformasjon', 'kontoinformasjon', 'kontonummer'], '12345678901');
    setAt(amounts, ['saksoekt', 0, 'saksoekt', 'person', 'identifikator', 'verdi'], '12345678901');
    setAt(amounts, ['saksoekt', 0, 'saksoekt', 'person', 'personnavn'], {});
    expect(validate(version, amounts)).toEqual([]);
  });

  it.each(['underskrift', 'tvangsfullbyrdelsestype', 'begjaeringsdato', 'betalingsinformasjon'])(
    'rejects a begjæring without %s (structural, no vilkår)',
    (field) => {
      const doc = example(version, 'minimal');
      setAt(doc, [field], undefined);
      expect(validate(version, doc)).toEqual([
        expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: field } }),
      ]);
    },
  );

  it('names the exact JSON pointer of a wrong type deep in a krav', () => {
    const doc = example(version, 'complex');
    setAt(doc, ['kravTilInnkreving', 0, 'innbetaling', 0, 'beloep', 'beloep'], '2000');
    expect(validate(version, doc)).toEqual([
      expect.objectContaining({ instancePath: '/kravTilInnkreving/0/innbetaling/0/beloep/beloep', keyword: 'type' }),
    ]);
  });

  it('rejects a code value outside the code list of the version', () => {
    const doc = example(version, 'minimal');
    setAt(doc, ['kravTilInnkreving', 0, 'prioritetDekningsloven'], 'f');
    expect(validate(version, doc)).toEqual([
      expect.objectContaining({ instancePath: '/kravTilInnkreving/0/prioritetDekningsloven', keyword: 'enum' }),
    ]);
  });

  it('accepts every CONFLICT variant that applies to the version', () => {
    const doc = example(version, 'complex');
    setAt(doc, ['kravTilInnkreving', 0, 'prioritetISak'], '1');
    setAt(doc, ['kravTilInnkreving', 0, 'opprinneligBeloep', 'valuta'], 'nok');
    setAt(doc, ['betalingsinformasjon', 'norskKonto'], { kontonummer: '15031234562', kidnummer: '20250001011' });
    setAt(doc, ['saksoekt', 0, 'saksoekt', 'adresse', 0, 'adresseInnland'], {
      adressetekst: 'Skogveien 12',
      postnummer: '0580',
    });
    const forsendelse = [
      'begjaeringensTvangsgrunnlag',
      0,
      'saerligTvangsgrunnlag',
      'skriftligMeddelelse',
      'forsendelsesmaate',
    ];
    const kanal = { kanalForMeddelelse: 'ola@example.no', akseptKanalvalg: { type: 'annet', filnavn: 'aksept.pdf' } };
    setAt(
      doc,
      [
        ...forsendelse,
        version === '0.9' ? 'AlternativElektroniskKanalForMeddelelse' : 'alternativElektroniskForesendelsesmaate',
      ],
      kanal,
    );
    if (version === '0.9') setAt(doc, ['tvangsfullbyrdelsestype'], 'utleggOgForlliksklageKombinert');
    if (version !== '0.9') {
      setAt(doc, ['saksoeker', 0, 'saksoeker', 'virksomhet', 'identifikator'], {
        taxIdentificationNumber: '310987654',
        annenOffisiellIdentifikator: null,
        landkodeIdentifikator: 'NO',
      });
    }
    if (version === '1.0') setAt(doc, ['kreverRettsgebyrErstattet'], true);
    expect(validate(version, doc)).toEqual([]);
  });

  it('does not mix the two adresseInnland forms', () => {
    const doc = example(version, 'complex');
    const path = ['saksoekt', 0, 'saksoekt', 'adresse', 0, 'adresseInnland'];
    setAt(doc, [...path, 'postnummer'], '0580');
    expect(validate(version, doc).map((error) => error.instancePath)).toContain(`/${path.join('/')}/postnummer`);
  });
});

describe('version differences in the schemas', () => {
  it('accepts the double-l spelling only in model 0.9', () => {
    for (const version of MODEL_VERSIONS) {
      const doc = example(version, 'minimal');
      doc['tvangsfullbyrdelsestype'] = 'utleggOgForlliksklageKombinert';
      expect(validate(version, doc).length === 0).toBe(version === '0.9');
    }
  });

  it('accepts identifier variant B from model 1.0 only', () => {
    const variantB = { taxIdentificationNumber: '12858299924', landkodeIdentifikator: 'NO' };
    for (const version of MODEL_VERSIONS) {
      const doc = example(version, 'minimal');
      setAt(doc, ['saksoekt', 0, 'saksoekt', 'person', 'identifikator'], variantB);
      expect(validate(version, doc).length === 0).toBe(version !== '0.9');
    }
  });

  it('requires beloep and startdato from model 1.1', () => {
    for (const version of MODEL_VERSIONS) {
      const doc = example(version, 'complex');
      setAt(doc, ['kravTilInnkreving', 0, 'opprinneligBeloep'], { valuta: 'NOK' });
      expect(validate(version, doc).length === 0).toBe(version === '0.9' || version === '1.0');
    }
  });

  it('makes kravforfall optional from model 1.1 and varsel.forsendelsemaateType required in 2.0', () => {
    for (const version of MODEL_VERSIONS) {
      const doc = example(version, 'minimal');
      setAt(doc, ['kravTilInnkreving', 0, 'kravforfall'], undefined);
      expect(validate(version, doc).length === 0).toBe(version === '1.1' || version === '2.0' || version === '2.1');
    }
    const doc = example('2.0', 'complex');
    setAt(doc, ['begjaeringensTvangsgrunnlag', 0, 'varsel', 0, 'forsendelsemaateType'], undefined);
    expect(validate('2.0', doc)).toEqual([
      expect.objectContaining({
        instancePath: '/begjaeringensTvangsgrunnlag/0/varsel/0',
        params: { missingProperty: 'forsendelsemaateType' },
      }),
    ]);
  });

  it('accepts sjekkEllerVeksel only from model 2.0', () => {
    for (const version of MODEL_VERSIONS) {
      const doc = example(version, 'complex');
      const saerlig = ['begjaeringensTvangsgrunnlag', 2, 'saerligTvangsgrunnlag'];
      setAt(doc, [...saerlig, 'gjeldsbrev'], undefined);
      setAt(doc, [...saerlig, 'sjekkEllerVeksel'], { veksel: true });
      expect(validate(version, doc).length === 0).toBe(version === '2.0' || version === '2.1');
    }
  });
});
