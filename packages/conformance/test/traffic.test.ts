import type { Exchange } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  classifyExchanges,
  judgeBackoff,
  judgeBetjeningskartet,
  judgeNoBlindRetry,
  judgePolling,
  judgeTokenReuse,
} from '../src/checks/support/traffic.js';
import { loadTargetContracts } from '../src/targets/contracts.js';

const BASE = 'http://127.0.0.1:8080/api/utleggsbegjaering/v2';
const contracts = loadTargetContracts('1.0');
const T0 = Date.parse('2026-03-02T09:00:00Z');
let seq = 0;

function ex(
  method: string,
  url: string,
  status: number,
  atSeconds: number,
  extra: { req?: unknown; res?: unknown; resHeaders?: Record<string, string> } = {},
): Exchange {
  return {
    id: `x${++seq}`,
    time: new Date(T0 + atSeconds * 1000).toISOString(),
    method,
    url,
    status,
    request: { headers: { 'content-type': 'application/json' }, body: extra.req },
    response: { headers: extra.resHeaders ?? {}, body: extra.res },
  };
}

const token = (at: number) => ex('POST', 'http://127.0.0.1:8080/token', 200, at, { res: { expires_in: 120 } });
const lookup = (at: number, ids: string[], regelverk = 'nyttRegelverk') =>
  ex('POST', `${BASE}/betjeningskartet`, 200, at, {
    req: { skyldner: ids.map((verdi) => ({ verdi })) },
    res: { regelverk },
  });
const submit = (at: number, ids: string[], status = 201) =>
  ex('POST', BASE, status, at, { req: { saksoekt: ids.map((verdi) => ({ saksoekt: { identifikator: { verdi } } })) } });
const judgeWith = <T>(fn: (items: ReturnType<typeof classifyExchanges>) => T, list: Exchange[]) =>
  fn(classifyExchanges(list, contracts));

describe('observed-traffic judges', () => {
  it('classifies exchanges by operation', () => {
    const items = classifyExchanges([token(0), lookup(1, ['1']), submit(2, ['1'])], contracts);
    expect(items.map((i) => i.operationId)).toEqual(['token', 'slaaOppRegelverk', 'opprettBegjaering']);
  });

  it('token reuse: passes a reused token, fails a token per call', () => {
    const reused = [token(0), submit(1, []), submit(2, []), submit(50, []), token(110), submit(111, [])];
    expect(judgeWith(judgeTokenReuse, reused)).toEqual([]);
    const perCall = [token(0), submit(1, []), token(2), submit(3, []), token(4), submit(5, [])];
    const codes = judgeWith(judgeTokenReuse, perCall).map((f) => f.code);
    expect(codes).toContain('TOKEN_NOT_REUSED');
    expect(codes).toContain('TOKEN_PER_CALL');
  });

  it('no blind retry: flags an unchanged resend after 422, accepts a corrected one', () => {
    const bad = { saksoekt: [] };
    expect(
      judgeWith(judgeNoBlindRetry, [ex('POST', BASE, 422, 0, { req: bad }), ex('POST', BASE, 422, 5, { req: bad })]),
    ).toHaveLength(1);
    expect(
      judgeWith(judgeNoBlindRetry, [
        ex('POST', BASE, 422, 0, { req: bad }),
        ex('POST', BASE, 201, 5, { req: { fixed: 1 } }),
      ]),
    ).toEqual([]);
  });

  it('backoff: demands Retry-After is honoured', () => {
    const early = [ex('POST', BASE, 503, 0, { resHeaders: { 'retry-after': '5' } }), ex('POST', BASE, 201, 1)];
    const result = judgeWith(judgeBackoff, early);
    expect(result.provoked).toBe(1);
    expect(result.findings[0]?.code).toBe('RETRY_AFTER_IGNORED');
    const patient = [ex('POST', BASE, 429, 0, { resHeaders: { 'Retry-After': '2' } }), ex('POST', BASE, 201, 3)];
    expect(judgeWith(judgeBackoff, patient).findings).toEqual([]);
  });

  it('Betjeningskartet: required before a submission, needless otherwise, fine for old-regime routing', () => {
    expect(judgeWith(judgeBetjeningskartet, [lookup(0, ['A']), submit(10, ['A'])])).toEqual([]);
    expect(judgeWith(judgeBetjeningskartet, [submit(10, ['A'])]).map((f) => f.code)).toEqual([
      'BETJENINGSKARTET_NOT_CALLED',
    ]);
    expect(judgeWith(judgeBetjeningskartet, [lookup(0, ['B']), submit(10, ['A'])]).map((f) => f.code)).toContain(
      'BETJENINGSKARTET_NOT_CALLED',
    );
    expect(judgeWith(judgeBetjeningskartet, [lookup(0, ['A']), submit(3600, ['A'])]).map((f) => f.code)).toContain(
      'BETJENINGSKARTET_NOT_CALLED',
    );
    const needless = judgeWith(judgeBetjeningskartet, [lookup(0, ['A'])]);
    expect(needless.map((f) => [f.code, f.severity])).toEqual([['BETJENINGSKARTET_NEEDLESS', 'warning']]);
    expect(judgeWith(judgeBetjeningskartet, [lookup(0, ['L'], 'tidligereRegelverk')])).toEqual([]);
  });

  it('polling: per case and for the change feed', () => {
    const status = (at: number, ref: string) => ex('GET', `${BASE}/status/${ref}`, 200, at);
    expect(judgeWith(judgePolling, [status(0, 'S1'), status(30, 'S1'), status(31, 'S2')])).toEqual([]);
    expect(judgeWith(judgePolling, [status(0, 'S1'), status(2, 'S1')]).map((f) => f.code)).toEqual([
      'POLLING_TOO_FREQUENT',
    ]);
    const feed = (at: number) => ex('GET', `${BASE}/status/endringer?fraSekvensnummer=0&maksAntall=10`, 200, at);
    expect(judgeWith(judgePolling, [feed(0), feed(1)])).toHaveLength(1);
  });
});
