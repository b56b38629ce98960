import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import { call, fetchToken, loadExample, startSimulator } from './helpers.js';

describe('fault injection', () => {
  let simulator: Simulator;
  let url: string;
  let token: string;

  beforeAll(async () => {
    simulator = await startSimulator();
    url = `${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`;
    token = await fetchToken(simulator.client);
  });
  afterAll(() => simulator.close());

  it('answers 500 and 503 with the general error codes, once (one-shot)', async () => {
    simulator.admin.faults.add({ operationId: 'hentStatusPaaSak', kind: 'error', status: 500, times: 1 });
    const first = await call(url, { token });
    expect(first.status).toBe(500);
    expect(first.body.feilkode).toBe('KB-001');
    expect(first.body.korrelasjonsid).toBeDefined();
    expect((await call(url, { token })).status).toBe(200);

    simulator.admin.faults.add({
      operationId: 'hentStatusPaaSak',
      kind: 'error',
      status: 503,
      feilkode: 'KB-002',
      times: 1,
    });
    const unavailable = await call(url, { token });
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.feilkode).toBe('KB-002');
    expect(unavailable.headers.get('retry-after')).toBeTruthy();
  });

  it('refuses a valid token as expired or revoked (401 invalid_token), once, and records the token it refused', async () => {
    simulator.admin.faults.add({ kind: 'token-refused', tokenRefusal: 'revoked', times: 1 });
    const refused = await call(url, { token });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token".*revoked/);
    expect((await call(url, { token })).status).toBe(200);
    const [recorded] = simulator.admin.recordings.list({ limit: 2 });
    expect(recorded?.status).toBe(401);
    expect(recorded?.token?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(recorded?.token?.exp).toBeGreaterThan(recorded?.token?.iat ?? Number.POSITIVE_INFINITY);
    expect(JSON.stringify(recorded)).not.toContain(token);
    expect(() => simulator.admin.faults.add({ kind: 'token-refused', tokenRefusal: 'lost' as never })).toThrow(
      /tokenRefusal/,
    );
  });

  it('applies a fault for N requests, and only to its endpoint', async () => {
    simulator.admin.faults.add({ operationId: 'hentStatusPaaSak', kind: 'rate-limit', retryAfterSeconds: 7, times: 2 });
    const feed = await call(`${simulator.client.baseUrls.status}/status/endringer`, { token });
    expect(feed.status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const result = await call(url, { token });
      statuses.push(result.status);
      if (result.status === 429) expect(result.headers.get('retry-after')).toBe('7');
    }
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('resets the connection', async () => {
    simulator.admin.faults.add({ operationId: 'hentStatusPaaSak', kind: 'reset', times: 1 });
    await expect(call(url, { token })).rejects.toThrow();
    expect((await call(url, { token })).status).toBe(200);
    const recorded = simulator.admin.recordings.list().filter((x) => x.error !== undefined);
    expect(recorded.at(-1)?.error).toMatch(/reset/);
  });

  it('adds latency', async () => {
    simulator.admin.faults.add({ operationId: 'hentStatusPaaSak', kind: 'latency', latencyMs: 150, times: 1 });
    expect((await call(url, { token })).status).toBe(200);
    expect(simulator.admin.recordings.list().at(-1)?.durationMs).toBeGreaterThanOrEqual(145);
  });

  it('answers a maintenance window on the virtual clock with 503 until it ends', async () => {
    const now = Date.parse(simulator.admin.clock.now());
    simulator.admin.faults.add({
      kind: 'maintenance',
      from: new Date(now + 60_000).toISOString(),
      until: new Date(now + 3_660_000).toISOString(),
    });
    expect((await call(url, { token })).status).toBe(200);
    simulator.admin.clock.advance('2m');
    token = await fetchToken(simulator.client);
    const during = await call(url, { token });
    expect(during.status).toBe(503);
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(during.body.detail).toMatch(/vedlikehold/);
    simulator.admin.clock.advance('1h');
    token = await fetchToken(simulator.client);
    expect((await call(url, { token })).status).toBe(200);
    expect(simulator.admin.faults.list()).toEqual([]);
  });

  it('can fail the token endpoint too, and faults can be listed and removed', async () => {
    const fault = simulator.admin.faults.add({ operationId: 'token', kind: 'error', status: 503 });
    await expect(fetchToken(simulator.client)).rejects.toThrow(/token request failed/);
    expect(simulator.admin.faults.list().map((f) => f.id)).toEqual([fault.id]);
    expect(simulator.admin.faults.remove(fault.id)).toBe(true);
    expect(await fetchToken(simulator.client)).toEqual(expect.any(String));
  });

  it('refuses malformed fault scripts', () => {
    expect(() => simulator.admin.faults.add({ kind: 'explode' as never })).toThrow(/kind/);
    expect(() => simulator.admin.faults.add({ kind: 'error', status: 404 })).toThrow(/500 or 503/);
    expect(() => simulator.admin.faults.add({ kind: 'latency' })).toThrow(/latencyMs/);
    expect(() => simulator.admin.faults.add({ kind: 'error', times: 0 })).toThrow(/times/);
  });
});

describe('defects (for proving that conformance checks can fail)', () => {
  async function withDefect(
    defect: Parameters<typeof startSimulator>[0],
    run: (simulator: Simulator, token: string) => Promise<void>,
  ) {
    const simulator = await startSimulator(defect);
    try {
      await run(simulator, await fetchToken(simulator.client));
    } finally {
      await simulator.close();
    }
  }

  it('accept-everything: a schema-breaking begjæring is accepted and stored', async () => {
    await withDefect({ defects: ['accept-everything'] }, async (simulator, token) => {
      const base = simulator.client.baseUrls.utleggsbegjaering;
      expect((await call(`${base}/valider`, { token, body: { foo: 1 } })).status).toBe(204);
      expect((await call(base, { token, body: { foo: 1 } })).status).toBe(201);
      expect(
        (await call(`${base}/valider`, { token, rawBody: 'x', headers: { 'content-type': 'application/json' } }))
          .status,
      ).toBe(204);
    });
  });

  it('drop-kontrollutslag: 422 with an empty list', async () => {
    await withDefect({ defects: ['drop-kontrollutslag'] }, async (simulator, token) => {
      const result = await call(`${simulator.client.baseUrls.utleggsbegjaering}/valider`, {
        token,
        body: loadExample('1.0', 'minimal'),
      });
      expect(result.status).toBe(422);
      expect(result.body.kontrollutslag).toEqual([]);
    });
  });

  it('ignore-token: no token, or a forged one, is let through', async () => {
    await withDefect({ defects: ['ignore-token'] }, async (simulator) => {
      const url = `${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`;
      expect((await call(url)).status).toBe(200);
      expect((await call(url, { token: 'a.b.c' })).status).toBe(200);
    });
  });

  it('always-500: every ELAN endpoint fails, the token endpoint still works', async () => {
    await withDefect({ defects: ['always-500'] }, async (simulator, token) => {
      expect((await call(`${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, { token })).status).toBe(500);
    });
  });

  it('no-korrelasjonsid-in-errors: error bodies lack korrelasjonsid', async () => {
    await withDefect({ defects: ['no-korrelasjonsid-in-errors'] }, async (simulator) => {
      const result = await call(`${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`);
      expect(result.status).toBe(401);
      expect(result.body.korrelasjonsid).toBeUndefined();
    });
  });

  it('refuses an unknown defect', async () => {
    await expect(startSimulator({ defects: ['be-nice' as never] })).rejects.toThrow(/Unknown defect/);
  });
});
