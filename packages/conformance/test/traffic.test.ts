import type { Exchange, ExchangeToken } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  BETJENINGSKARTET_MAX_AGE_SECONDS,
  MIN_POLL_INTERVAL_SECONDS,
  STATUS_LOOP,
  TOKEN_REUSE_MIN_USED_FRACTION,
} from '../src/assumptions.js';
import { classifyExchanges } from '../src/observed/classify.js';
import { judgeClientTraffic } from '../src/observed/judge-traffic.js';
import { loadTargetContracts } from '../src/targets/contracts.js';
import type { ObservedScenario } from '../src/targets/target.js';

const BASE = 'http://127.0.0.1:8080/api/utleggsbegjaering/v2';
const contracts = loadTargetContracts('1.0');
const T0 = Date.parse('2026-03-02T09:00:00Z');
let seq = 0;

const tokenA: ExchangeToken = { fingerprint: 'aaaaaaaaaaaaaaaa', iat: T0 / 1000, exp: T0 / 1000 + 120 };

function ex(
  method: string,
  url: string,
  status: number,
  atSeconds: number,
  extra: {
    req?: unknown;
    res?: unknown;
    resHeaders?: Record<string, string>;
    token?: ExchangeToken;
    k?: string;
    m?: string;
  } = {},
): Exchange {
  seq++;
  const korrelasjonsid = extra.k ?? `k-${seq}`;
  const meldingsid = extra.m ?? `m-${seq}`;
  return {
    id: `x${seq}`,
    time: new Date(T0 + atSeconds * 1000).toISOString(),
    method,
    url,
    status,
    korrelasjonsid,
    meldingsid,
    request: {
      headers: { 'content-type': 'application/json', korrelasjonsid, meldingsid },
      ...(extra.req === undefined ? {} : { body: extra.req }),
    },
    response: { headers: extra.resHeaders ?? {}, body: extra.res },
    token: extra.token ?? tokenA,
  };
}

const lookup = (at: number, ids: string[], regelverk = 'nyttRegelverk') =>
  ex('POST', `${BASE}/betjeningskartet`, 200, at, {
    req: { skyldner: ids.map((verdi) => ({ verdi })) },
    res: { regelverk },
  });
const submit = (at: number, ids: string[], status = 201, extra: Parameters<typeof ex>[4] = {}) =>
  ex('POST', BASE, status, at, {
    req: { saksoekt: ids.map((verdi) => ({ saksoekt: { identifikator: { verdi } } })) },
    ...extra,
  });
const status = (at: number, ref: string) => ex('GET', `${BASE}/status/${ref}`, 200, at, { req: undefined });

function outcome(id: string, exchanges: Exchange[], scenarios: ObservedScenario[] = []) {
  const result = judgeClientTraffic({ exchanges, contracts, scenarios }).find((item) => item.id === id);
  if (!result) throw new Error(`no judgement ${id}`);
  return { status: result.outcome.status, codes: (result.outcome.findings ?? []).map((f) => f.code), result };
}

describe('judgements of observed client traffic', () => {
  it('classifies exchanges by operation', () => {
    const items = classifyExchanges(
      [ex('POST', 'http://127.0.0.1:8080/token', 200, 0), lookup(1, ['1']), submit(2, ['1'])],
      contracts,
    );
    expect(items.map((i) => i.operationId)).toEqual(['token', 'slaaOppRegelverk', 'opprettBegjaering']);
  });

  it('token reuse: judged from the tokens in the ELAN traffic; the boundary fraction passes', () => {
    const lifetime = 120;
    const boundary = lifetime * TOKEN_REUSE_MIN_USED_FRACTION;
    const next = (iatOffset: number): ExchangeToken => ({
      fingerprint: `b${String(iatOffset).padStart(15, '0')}`,
      iat: T0 / 1000 + iatOffset,
      exp: T0 / 1000 + iatOffset + lifetime,
    });
    // One client process (one scenario): the fraction rule applies.
    const within = (list: Exchange[]) =>
      outcome('auth-token-reused', list, [{ id: 'one', completed: true, exchangeIds: list.map((e) => e.id) }]);
    expect(within([submit(1, []), submit(boundary, [], 201, { token: next(boundary) })]).status).toBe('pass');
    const early = within([submit(1, []), submit(boundary - 1, [], 201, { token: next(boundary - 1) })]);
    expect(early.status).toBe('fail');
    expect(early.codes).toContain('TOKEN_NOT_REUSED');
    expect(JSON.stringify(early.result.outcome.findings)).toContain(`${boundary} s`);
    // A new token after a 401 is a refresh, not waste.
    expect(within([submit(1, [], 401), submit(2, [], 201, { token: next(2) })]).status).toBe('pass');
    const perCall = [0, 1, 2, 3].map((at) => submit(at, [], 201, { token: next(at) }));
    expect(outcome('auth-token-reused', perCall).codes).toContain('TOKEN_PER_CALL');
    // Per client process: a new token in each scenario is fine.
    const scenarios = [
      { id: 'a', completed: true, exchangeIds: [perCall[0]!.id] },
      { id: 'b', completed: true, exchangeIds: [perCall[1]!.id] },
    ];
    expect(outcome('auth-token-reused', perCall.slice(0, 2), scenarios).status).toBe('pass');
    // Proxy recordings do not show processes: a client restarted between two calls is not judged wasteful.
    expect(outcome('auth-token-reused', perCall.slice(0, 2)).status).toBe('pass');
    expect(outcome('auth-token-reused', []).status).toBe('skip');
  });

  it('no blind retry: an unchanged resend fails; a corrected one, or one whose body was never read, does not', () => {
    const bad = { kravTilInnkreving: [] };
    const resent = outcome('client-no-blind-retry', [
      ex('POST', BASE, 422, 0, { req: bad }),
      ex('POST', BASE, 422, 5, { req: bad }),
    ]);
    expect(resent.status).toBe('fail');
    expect(JSON.stringify(resent.result.outcome.findings)).toMatch(/Korrelasjonsid k-\d+/);
    expect(
      outcome('client-no-blind-retry', [
        ex('POST', BASE, 422, 0, { req: bad }),
        ex('POST', BASE, 201, 5, { req: { ok: 1 } }),
      ]).status,
    ).toBe('pass');
    // The server refused both before reading the bodies: nothing says they were the same.
    expect(outcome('client-no-blind-retry', [ex('POST', BASE, 400, 0), ex('POST', BASE, 400, 5)]).status).toBe('pass');
    expect(outcome('client-no-blind-retry', [submit(0, [])]).status).toBe('skip');
  });

  it('backoff: Retry-After is honoured, exactly Retry-After passes; no 429/503 seen is a skip', () => {
    const early = outcome('client-backoff', [
      ex('POST', `${BASE}/valider`, 503, 0, { resHeaders: { 'retry-after': '5' } }),
      ex('POST', `${BASE}/valider`, 204, 1),
    ]);
    expect(early.codes).toContain('RETRY_AFTER_IGNORED');
    expect(
      outcome('client-backoff', [
        ex('POST', `${BASE}/valider`, 429, 0, { resHeaders: { 'Retry-After': '2' } }),
        ex('POST', `${BASE}/valider`, 204, 2),
      ]).status,
    ).toBe('pass');
    const none = outcome('fault-429-backoff', [submit(0, [])]);
    expect(none.status).toBe('skip');
    expect(JSON.stringify(none.result.outcome.findings)).toMatch(/no such answer was observed/);
  });

  it('Betjeningskartet: required before a submission, within the window (inclusive)', () => {
    const window = BETJENINGSKARTET_MAX_AGE_SECONDS;
    expect(outcome('client-betjeningskartet-usage', [lookup(0, ['A']), submit(window, ['A'])]).status).toBe('pass');
    expect(outcome('client-betjeningskartet-usage', [lookup(0, ['A']), submit(window + 1, ['A'])]).codes).toContain(
      'BETJENINGSKARTET_NOT_CALLED',
    );
    expect(outcome('client-betjeningskartet-usage', [submit(10, ['A'])]).codes).toContain(
      'BETJENINGSKARTET_NOT_CALLED',
    );
    expect(outcome('client-betjeningskartet-usage', [lookup(0, ['B']), submit(10, ['A'])]).status).toBe('fail');
    const needless = outcome('client-betjeningskartet-usage', [lookup(0, ['A'])]);
    expect(needless.status).toBe('pass');
    expect(needless.codes).toContain('BETJENINGSKARTET_NEEDLESS');
    expect(outcome('client-betjeningskartet-usage', [status(0, 'S1')]).status).toBe('skip');
  });

  it('polling: the interval passes at the boundary; an action in between is not polling; a tight loop fails the required check', () => {
    const gap = MIN_POLL_INTERVAL_SECONDS;
    expect(outcome('client-polling-interval', [status(0, 'S1'), status(gap, 'S1')]).status).toBe('pass');
    expect(outcome('client-polling-interval', [status(0, 'S1'), status(gap - 1, 'S1')]).status).toBe('fail');
    const change = ex('PUT', `${BASE}/S1`, 200, 1, { req: { x: 1 } });
    expect(outcome('client-polling-interval', [status(0, 'S1'), change, status(2, 'S1')]).status).toBe('pass');
    const loop = Array.from({ length: STATUS_LOOP.calls }, (_, i) => status(i * (STATUS_LOOP.maxGapSeconds - 1), 'S1'));
    expect(outcome('client-no-status-loop', loop).codes).toEqual(['OBSERVED_CLIENT', 'STATUS_LOOP']);
    const slow = Array.from({ length: STATUS_LOOP.calls }, (_, i) => status(i * STATUS_LOOP.maxGapSeconds, 'S1'));
    expect(outcome('client-no-status-loop', slow).status).toBe('pass');
    expect(outcome('client-polling-interval', slow).status).toBe('fail');
  });

  it('message ids: missing, reused Meldingsid and a fixed Korrelasjonsid fail', () => {
    expect(outcome('client-message-ids', [submit(0, []), submit(1, [])]).status).toBe('pass');
    const fixed = [
      submit(0, [], 201, { k: 'same', m: 'same', req: { innsenderReferanse: 'A' } }),
      submit(1, [], 201, { k: 'same', m: 'same', req: { innsenderReferanse: 'B' } }),
    ];
    const codes = outcome('client-message-ids', fixed).codes;
    expect(codes).toContain('MELDINGSID_REUSED');
    expect(codes).toContain('KORRELASJONSID_SHARED');
    const bare = ex('POST', BASE, 400, 0, { req: {} });
    const stripped: Exchange = {
      ...bare,
      request: { headers: {} },
      korrelasjonsid: undefined as never,
      meldingsid: undefined as never,
    };
    expect(outcome('client-message-ids', [JSON.parse(JSON.stringify(stripped))]).codes).toContain('MESSAGE_ID_MISSING');
    // A retry of the same message after 503 may keep its Meldingsid.
    expect(
      outcome('client-message-ids', [
        ex('POST', BASE, 503, 0, { k: 'k', m: 'm1' }),
        ex('POST', BASE, 201, 3, { k: 'k', m: 'm1' }),
      ]).status,
    ).toBe('pass');
  });

  it('no cascading failure: a request refused for a contract error skips flow-full, naming the root cause', () => {
    const strip = (exchange: Exchange): Exchange =>
      JSON.parse(
        JSON.stringify({ ...exchange, request: { headers: {} }, korrelasjonsid: undefined, meldingsid: undefined }),
      );
    // The client sends no Korrelasjonsid or Meldingsid: the API refuses its first step, and it stops there.
    const refused = [strip(ex('POST', `${BASE}/vedlegg`, 400, 0)), strip(ex('POST', `${BASE}/vedlegg`, 400, 1))];
    expect(outcome('client-message-ids', refused).codes).toContain('MESSAGE_ID_MISSING');
    const flow = outcome('flow-full', refused);
    expect(flow.status).toBe('skip');
    expect(flow.codes).toContain('BLOCKED_BY_ROOT_CAUSE');
    expect(JSON.stringify(flow.result.outcome.findings)).toContain('client-message-ids');
    expect(flow.result.evidence.map((e) => e.id)).toEqual([refused[1]!.id]);
    // A schema-invalid body, refused, names contract-conformance.
    const invalid = ex('POST', `${BASE}/valider`, 400, 0, { req: { kravTilInnkreving: 'not a list' } });
    const schema = outcome('flow-full', [ex('POST', `${BASE}/vedlegg`, 201, 0), invalid]);
    expect(schema.status).toBe('skip');
    expect(JSON.stringify(schema.result.outcome.findings)).toContain('contract-conformance');
    // A genuinely broken flow still fails: the submission answered 500, or was never attempted.
    const before = () => [
      ex('POST', `${BASE}/vedlegg`, 201, 0),
      ex('POST', `${BASE}/valider`, 204, 1),
      lookup(2, ['A']),
    ];
    const broken = outcome('flow-full', [...before(), submit(3, ['A'], 500)]);
    expect(broken.status).toBe('fail');
    expect(broken.codes).toContain('FLOW_STEP_MISSING');
    expect(outcome('flow-full', before()).codes).toContain('FLOW_STEP_MISSING');
  });
});
