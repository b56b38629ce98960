import { describe, expect, it } from 'vitest';
import { serverBasePaths } from '../src/contract/path-matcher.js';
import { listContracts, loadContract } from '../src/index.js';

/** Fills `{name}` with a sample value that needs percent-encoding, so decoding is exercised too. */
function concretePath(template: string): { pathname: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const pathname = template.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    params[name] = `${name}-verdi æ/1`;
    return encodeURIComponent(params[name]);
  });
  return { pathname, params };
}

const contracts = listContracts().map(({ api, version }) => loadContract(api, version || undefined));

describe('findOperation', () => {
  it.each(contracts.flatMap((contract) => contract.operations.map((operation) => ({ contract, operation }))))(
    '$contract.api $contract.version: $operation.method $operation.path',
    ({ contract, operation }) => {
      const { pathname, params } = concretePath(operation.path);
      const found = contract.findOperation(operation.method.toLowerCase(), pathname);
      expect(found?.operation.operationId).toBe(operation.operationId);
      expect(found?.pathParams).toEqual(params);
    },
  );

  it('prefers a concrete segment over a template', () => {
    const status = loadContract('status');
    expect(status.findOperation('GET', '/api/utleggsbegjaering/v2/status/endringer')?.operation.operationId).toBe(
      'hentStatusendringer',
    );
    expect(status.findOperation('GET', '/api/utleggsbegjaering/v2/status/TEST_SAK_HEVET')).toMatchObject({
      operation: { operationId: 'hentStatusPaaSak' },
      pathParams: { eksternSaksreferanse: 'TEST_SAK_HEVET' },
    });
  });

  it('ignores a query string and a trailing slash', () => {
    const status = loadContract('status');
    expect(
      status.findOperation('GET', '/api/utleggsbegjaering/v2/status/endringer?fraSekvensnummer=3')?.operation
        .operationId,
    ).toBe('hentStatusendringer');
    expect(status.findOperation('GET', '/api/utleggsbegjaering/v2/status/TEST_SAK_HEVET/')?.pathParams).toEqual({
      eksternSaksreferanse: 'TEST_SAK_HEVET',
    });
  });

  it('returns undefined for an unknown path or method', () => {
    const status = loadContract('status');
    expect(status.findOperation('DELETE', '/api/utleggsbegjaering/v2/status/X')).toBeUndefined();
    expect(status.findOperation('GET', '/api/utleggsbegjaering/v1/status/X')).toBeUndefined();
    expect(status.findOperation('GET', '/api/utleggsbegjaering/v2/status/X/Y')).toBeUndefined();
    expect(status.findOperation('GET', '/')).toBeUndefined();
  });
});

describe('serverBasePaths', () => {
  it('takes the path of absolute, relative and templated server URLs', () => {
    expect(serverBasePaths(undefined)).toEqual(['']);
    expect(serverBasePaths([{ url: 'https://api-test.sits.no' }, { url: 'https://api-test.sits.no/' }])).toEqual(['']);
    expect(serverBasePaths([{ url: '/api/utleggsbegjaering/v2' }, { url: './api/utleggsbegjaering/v1/' }])).toEqual([
      '/api/utleggsbegjaering/v2',
      '/api/utleggsbegjaering/v1',
    ]);
    expect(
      serverBasePaths([
        {
          url: 'https://{miljoe}.sits.no/api/utleggsbegjaering/{versjon}',
          variables: { miljoe: { default: 'api-test' }, versjon: { default: 'v2' } },
        },
      ]),
    ).toEqual(['/api/utleggsbegjaering/v2']);
  });
});
