import type { Exchange } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { validateExchange } from '../src/checks/support/contract.js';
import { loadTargetContracts } from '../src/targets/contracts.js';

const contracts = loadTargetContracts('1.0');

function exchange(headers: Record<string, string>): Exchange {
  return {
    id: 'ex-1',
    time: '2026-03-02T09:00:00.000Z',
    method: 'GET',
    url: 'http://127.0.0.1:9/api/utleggsbegjaering/v2/status/TEST_SAK_OPPRETTET',
    status: 200,
    request: { headers },
  };
}

describe('contract findings name what is wrong, without placeholders', () => {
  it('a missing required header is named in both languages', () => {
    const findings = validateExchange(
      exchange({ authorization: 'Bearer x', klientid: 'k', meldingsid: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed' }),
      contracts,
      { requests: true, responses: false },
    );
    const header = findings.filter((item) => item.code === 'CONTRACT_REQUEST_HEADER_INVALID');
    expect(header.length).toBeGreaterThan(0);
    expect(header.map((item) => item.message)).toContainEqual(
      expect.stringMatching(/the request header \w+ is missing\.$/),
    );
    expect(header.map((item) => item.messageNb)).toContainEqual(
      expect.stringMatching(/forespørselshodet \w+ mangler\.$/),
    );
    for (const item of header) {
      expect(item.message).not.toMatch(/header \?|header {2}/);
      expect(item.messageNb).not.toContain('?');
    }
  });
});
