import type { ContractInfo } from '@elan-kit/schemas';
import { createManualClock } from '../../src/engine/clock.js';
import type { Target } from '../../src/targets/target.js';

export const FAKE_CONTRACT: ContractInfo = {
  modelVersion: '1.0',
  hash: `sha256:${'0'.repeat(64)}`,
  documents: [],
  source: 'bundled',
};

/** A target without a server: for engine tests whose checks make no requests. */
export function fakeTarget(overrides: Partial<Target> = {}): Target {
  return {
    kind: 'simulator',
    modelVersion: '1.0',
    seed: 1,
    info: { kind: 'simulator', baseUrls: { utleggsbegjaering: 'http://127.0.0.1:9/api/utleggsbegjaering/v2' } },
    contract: FAKE_CONTRACT,
    contracts: [],
    baseUrls: {
      utleggsbegjaering: 'http://127.0.0.1:9/api/utleggsbegjaering/v2',
      betjeningskartet: 'http://127.0.0.1:9/api/utleggsbegjaering/v2',
      status: 'http://127.0.0.1:9/api/utleggsbegjaering/v2',
    },
    klientid: 'elan-kit-test',
    expectations: { scope: 'skatteetaten:utleggsbegjaering' },
    clock: createManualClock('2026-03-02T09:00:00Z'),
    guards: [],
    notes: [],
    close: async () => {},
    ...overrides,
  };
}
