import { type ApiName, loadContract } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../src/index.js';

describe('route table and bundled contracts agree', () => {
  it.each(['1.0', '1.1', '2.0'] as const)(
    'every route (with /v2 = %s) is an operation of its bundled document',
    (model) => {
      const simulator = createSimulator({ modelVersion: model });
      expect(simulator.routes.length).toBeGreaterThan(20);
      // The Tenor stand-in has no bundled contract: tenor.test.ts checks its answers.
      for (const route of simulator.routes.filter((r) => r.family !== 'tenor')) {
        expect(route.contract, `${route.method} ${route.path}`).toBeDefined();
        const contract = loadContract(route.contract!.api as ApiName, route.contract!.version);
        const concrete = route.path.replace(/\{[^}]+\}/g, 'x');
        // Status, Betjeningskartet and Innsyn are documented under /v2 only; the simulator serves them under /v1 too.
        const documented =
          route.contract!.api === 'utleggsbegjaering' || route.contract!.api === 'kommune'
            ? concrete
            : concrete.replace('/api/utleggsbegjaering/v1/', '/api/utleggsbegjaering/v2/');
        const found = contract.findOperation(route.method, documented);
        expect(found?.operation.operationId, `${route.method} ${route.path} in ${contract.title}`).toBe(
          route.operationId,
        );
      }
    },
  );

  it('serves every operation of every bundled ELAN document', () => {
    const simulator = createSimulator({ modelVersion: '1.0' });
    const served = new Set(simulator.routes.map((route) => `${route.method} ${route.path} ${route.operationId}`));
    const documents: Array<[ApiName, string | undefined]> = [
      ['utleggsbegjaering', '0.9'],
      ['utleggsbegjaering', '1.0'],
      ['status', undefined],
      ['betjeningskartet', undefined],
      ['innsyn', undefined],
      ['kommune', '1.0'],
      ['kommune', '2.0'],
      ['maskinporten', undefined],
    ];
    for (const [api, version] of documents) {
      for (const operation of loadContract(api, version).operations) {
        expect(served, `${api} ${version ?? ''} ${operation.operationId}`).toContain(
          `${operation.method} ${operation.path} ${operation.operationId}`,
        );
      }
    }
  });
});
