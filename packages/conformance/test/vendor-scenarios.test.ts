import { type Exchange, vilkaarCatalog } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { classifyExchanges } from '../src/observed/classify.js';
import { judgeClientTraffic } from '../src/observed/judge-traffic.js';
import { loadTargetContracts } from '../src/targets/contracts.js';
import {
  DEFAULT_VENDOR_SCENARIOS,
  isScenarioComplete,
  KONTROLLUTSLAG_GROUP_SCENARIOS,
  VENDOR_SCENARIOS,
} from '../src/targets/vendor/scenarios.js';

const BASE = 'http://127.0.0.1:8080/api/utleggsbegjaering/v2';
const contracts = loadTargetContracts('1.0');
const kodeOf = (gruppe: string) => vilkaarCatalog.find((vilkaar) => vilkaar.gruppe === gruppe)!.kode;

function rejected(id: string, kode: string, url = `${BASE}/valider`, method = 'POST'): Exchange {
  return {
    id,
    time: '2026-03-02T09:00:00.000Z',
    method,
    url,
    status: 422,
    korrelasjonsid: `k-${id}`,
    meldingsid: `m-${id}`,
    request: { headers: { 'content-type': 'application/json' }, body: { id } },
    response: { headers: {}, body: { kontrollutslag: [{ kode, melding: 'x' }] } },
  };
}

describe('one 422 per vilkår group as vendor scenarios', () => {
  const groups = [...new Set(vilkaarCatalog.map((vilkaar) => vilkaar.gruppe))];

  it('has an opt-in scenario for every vilkår group of the catalog, outside the default selection', () => {
    expect([...KONTROLLUTSLAG_GROUP_SCENARIOS].sort()).toEqual(groups.map((g) => `kontrollutslag-${g}`).sort());
    const defaults = DEFAULT_VENDOR_SCENARIOS.map((scenario) => scenario.id);
    for (const id of KONTROLLUTSLAG_GROUP_SCENARIOS) expect(defaults).not.toContain(id);
    expect(defaults).toContain('kontrollutslag');
    for (const id of KONTROLLUTSLAG_GROUP_SCENARIOS) {
      const scenario = VENDOR_SCENARIOS.find((s) => s.id === id)!;
      expect(scenario.judged).toContain('client-kontrollutslag-surfaced');
      expect(scenario.instructions.en).toMatch(/where .+\. The API answers 422/);
    }
  });

  it('a scenario completes on a 422 carrying a kode of its group, not of another group', () => {
    const krav = VENDOR_SCENARIOS.find((s) => s.id === 'kontrollutslag-krav')!;
    const items = (exchanges: Exchange[]) => classifyExchanges(exchanges, contracts);
    expect(isScenarioComplete(krav, items([rejected('a', kodeOf('krav'))]))).toBe(true);
    expect(isScenarioComplete(krav, items([rejected('b', kodeOf('betaling'))]))).toBe(false);
    const endring = VENDOR_SCENARIOS.find((s) => s.id === 'kontrollutslag-endring')!;
    // A change's kontrollutslag come from the change, not from a new begjæring.
    expect(isScenarioComplete(endring, items([rejected('c', kodeOf('endring'), `${BASE}/REF-1`, 'PUT')]))).toBe(true);
    expect(isScenarioComplete(endring, items([rejected('e', kodeOf('endring'))]))).toBe(false);
  });

  it('client-kontrollutslag-surfaced judges each group scenario by what the system showed', () => {
    const exchange = rejected('d', kodeOf('parter'));
    const judge = (shown: string[]) =>
      judgeClientTraffic({
        exchanges: [exchange],
        contracts,
        scenarios: [
          {
            id: 'kontrollutslag-parter',
            completed: true,
            exchangeIds: ['d'],
            answer: { scenario: 'kontrollutslag-parter', outcome: 'rejected', kontrollutslag: shown },
          },
        ],
      }).find((item) => item.id === 'client-kontrollutslag-surfaced')!;
    const swallowed = judge([]);
    expect(swallowed.outcome.status).toBe('fail');
    expect(swallowed.outcome.findings?.map((f) => f.code)).toContain('KONTROLLUTSLAG_NOT_SURFACED');
    expect(judge([kodeOf('parter')]).outcome.status).toBe('pass');
  });
});
