import { describe, expect, it } from 'vitest';
import { type Contract, listContracts, loadContract, type OperationValidator } from '../src/index.js';

const contracts = listContracts().map(({ api, version }) => ({
  name: version ? `${api}-${version}` : api,
  load: () => loadContract(api, version || undefined),
}));

const ELAN_ERROR_STATUSES = ['400', '401', '403', '404', '406', '413', '415', '429', '500', '503'];

/** A status code that the documented key covers (`4XX` → 400, `default` → 599). */
function statusFor(key: string): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^\dXX$/i.test(key)) return Number(key[0]) * 100;
  return 599;
}

/** Calls every validator of the operation once, which compiles it; compile failures throw. */
function exerciseEveryValidator(operation: OperationValidator): void {
  for (const contentType of operation.requestContentTypes) operation.validateRequestBody({}, contentType);
  operation.validateRequestHeaders({});
  operation.validateQuery({});
  operation.validatePathParams({});
  for (const key of operation.responseStatuses) operation.validateResponse(statusFor(key), {});
}

function everyOperation(contract: Contract): OperationValidator[] {
  return contract.operations.map((info) => contract.operation(info.operationId));
}

describe.each(contracts)('bundled contract $name', ({ load }) => {
  it('loads, and every schema of every operation compiles', () => {
    const contract = load();
    expect(contract.source).toBe('bundled');
    expect(contract.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contract.operations.length).toBeGreaterThan(0);
    for (const operation of everyOperation(contract)) expect(() => exerciseEveryValidator(operation)).not.toThrow();
  });

  it('is cached', () => {
    expect(load()).toBe(load());
  });

  it('follows the shared conventions', () => {
    const contract = load();
    const servers = contract.document['servers'] as Array<{ url: string }>;
    if (contract.api === 'maskinporten') {
      expect(servers[0]?.url).toBe('https://test.maskinporten.no');
      return;
    }
    expect(servers.map((server) => server.url)).toEqual(['https://api-test.sits.no']);
    for (const operation of everyOperation(contract)) {
      expect(operation.path.startsWith('/api/')).toBe(true);
      expect(
        operation
          .validateRequestHeaders({})
          .map((error) => error.params['missingProperty'])
          .sort(),
      ).toEqual(['Klientid', 'Korrelasjonsid', 'Meldingsid']);
      expect(operation.responseStatuses).toEqual(expect.arrayContaining(ELAN_ERROR_STATUSES));
      const scopes = operation.security.flatMap((requirement) => requirement['maskinporten'] ?? []);
      expect(scopes).toContain(
        contract.api === 'kommune' ? 'skatteetaten:utleggstrekkbeslutningkommune' : 'skatteetaten:utleggsbegjaering',
      );
      for (const status of ELAN_ERROR_STATUSES) {
        const errors = operation.validateResponse(
          Number(status),
          { type: 'about:blank', status: Number(status) },
          'application/problem+json',
        );
        expect(errors.map((error) => error.params['missingProperty'])).toEqual(['korrelasjonsid']);
      }
    }
  });
});

describe('listContracts', () => {
  it('lists every API and version exactly once', () => {
    expect(listContracts()).toEqual([
      { api: 'utleggsbegjaering', version: '0.9' },
      { api: 'utleggsbegjaering', version: '1.0' },
      { api: 'utleggsbegjaering', version: '1.1' },
      { api: 'utleggsbegjaering', version: '2.0' },
      { api: 'utleggsbegjaering', version: '2.1' },
      { api: 'betjeningskartet', version: '' },
      { api: 'status', version: '' },
      { api: 'innsyn', version: '' },
      { api: 'kommune', version: '1.0' },
      { api: 'kommune', version: '2.0' },
      { api: 'maskinporten', version: '' },
    ]);
  });
});

describe('operation ids per document (interfaces.md route table)', () => {
  const expected: Array<[string, string | undefined, string[]]> = [
    ['betjeningskartet', undefined, ['slaaOppRegelverk']],
    ['status', undefined, ['hentStatusPaaSak', 'hentStatusendringer']],
    ['innsyn', undefined, ['hentInnsynITrekk']],
    ['kommune', '1.0', ['oppslagSamordnetTrekk', 'sendBeslutningOmTrekk']],
    ['kommune', '2.0', ['oppslagSamordnetTrekk', 'sendBeslutningOmTrekk']],
    ['maskinporten', undefined, ['jwks', 'metadata', 'token']],
  ];
  it.each(expected)('%s %s', (api, version, ids) => {
    const contract = loadContract(api as Parameters<typeof loadContract>[0], version);
    expect(contract.operations.map((operation) => operation.operationId).sort()).toEqual(ids);
  });

  it.each(['0.9', '1.0', '1.1', '2.0', '2.1'])('utleggsbegjaering %s', (version) => {
    const ids = loadContract('utleggsbegjaering', version).operations.map((operation) => operation.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'lastOppVedlegg',
        'hentVedlegg',
        'slettVedlegg',
        'validerNyBegjaering',
        'opprettBegjaering',
        'validerEndretBegjaering',
        'endreBegjaering',
        'hentBegjaering',
      ]),
    );
  });

  it('uses model 1.0 when no version is given for a versioned API', () => {
    expect(loadContract('utleggsbegjaering').version).toBe('1.0');
    expect(loadContract('kommune').version).toBe('1.0');
  });

  it('names the unknown operation and lists the known ones', () => {
    expect(() => loadContract('status').operation('slettAlt')).toThrow(
      expect.objectContaining({
        code: 'ELAN_CONTRACT_UNKNOWN_OPERATION',
        hint: expect.stringContaining('hentStatusPaaSak'),
      }),
    );
  });

  it('refuses an unknown API or version with ELAN_CONTRACT_NOT_FOUND', () => {
    expect(() => loadContract('utleggsbegjaering', '3.0')).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_NOT_FOUND' }),
    );
    expect(() => loadContract('nope' as 'status')).toThrow(
      expect.objectContaining({ code: 'ELAN_CONTRACT_NOT_FOUND' }),
    );
  });
});
