import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import { call, fetchToken, type Json, registerClient, startSimulator } from './helpers.js';

let a: Simulator;
let b: Simulator;

beforeAll(async () => {
  [a, b] = await Promise.all([startSimulator({ seed: 3 }), startSimulator({ seed: 3 })]);
});
afterAll(() => Promise.all([a.close(), b.close()]));

describe('isolation', () => {
  it('two simulators in one process share nothing: keys, clients, cases, clocks, faults, recordings', async () => {
    expect(a.client.clientId).not.toBe(b.client.clientId);
    const tokenA = await fetchToken(a.client);
    expect((await call(`${b.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, { token: tokenA })).status).toBe(401);

    const seeded = a.admin.seedCase({ eksternSaksreferanse: 'ONLY-IN-A' });
    expect(seeded.eksternSaksreferanse).toBe('ONLY-IN-A');
    expect(() => b.admin.readCase('ONLY-IN-A')).toThrow(/No case/);

    a.admin.clock.advance('5d');
    expect(Math.abs(Date.parse(b.admin.clock.now()) - Date.now())).toBeLessThan(60_000);

    a.admin.faults.add({ kind: 'error', status: 500 });
    expect(b.admin.faults.list()).toEqual([]);
    const tokenB = await fetchToken(b.client);
    expect((await call(`${b.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, { token: tokenB })).status).toBe(200);
    a.admin.faults.clear();

    const korrelasjonsid = randomUUID();
    await call(`${b.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, { token: tokenB, headers: { korrelasjonsid } });
    expect(a.admin.recordings.list({ korrelasjonsid })).toEqual([]);
    expect(b.admin.recordings.list({ korrelasjonsid })).toHaveLength(1);
  });

  it("two clients of different organisations cannot see or touch each other's cases", async () => {
    const first = await registerClient(a, { orgnr: '311111114' });
    const second = await registerClient(a, { orgnr: '322222225' });
    const mine = a.admin.seedCase({ orgnr: first.orgnr });
    const theirs = a.admin.seedCase({ orgnr: second.orgnr });
    const firstToken = await fetchToken(first);
    const read = (reference: unknown) => call(`${first.baseUrls.status}/status/${reference}`, { token: firstToken });
    expect((await read(mine.eksternSaksreferanse)).status).toBe(200);
    expect((await read(theirs.eksternSaksreferanse)).status).toBe(403);
    const feed = await call(`${first.baseUrls.status}/status/endringer`, { token: firstToken });
    const references = feed.body.endringer.map((e: { eksternSaksreferanse: string }) => e.eksternSaksreferanse);
    expect(references).toContain(mine.eksternSaksreferanse);
    expect(references).not.toContain(theirs.eksternSaksreferanse);
  });
});

describe('recordings', () => {
  it('record every exchange in the RunResult Exchange shape, with the token and grant redacted', async () => {
    a.admin.recordings.clear();
    const token = await fetchToken(a.client);
    const korrelasjonsid = randomUUID();
    await call(`${a.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, { token, headers: { korrelasjonsid } });
    const [tokenExchange, statusExchange] = a.admin.recordings.list();
    expect(tokenExchange?.request.body).toEqual({ grant_type: expect.any(String), assertion: '[REDACTED]' });
    expect(tokenExchange?.response?.body).toMatchObject({ access_token: '[REDACTED]' });
    expect(statusExchange).toMatchObject({
      id: expect.stringMatching(/^x\d+$/),
      method: 'GET',
      url: `${a.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`,
      status: 200,
      korrelasjonsid,
      meldingsid: expect.any(String),
      request: { headers: { authorization: 'Bearer [REDACTED]', korrelasjonsid } },
      response: { headers: { korrelasjonsid }, body: { saksstatus: 'sakOpprettet' } },
    });
    expect(statusExchange?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(a.admin.recordings.list())).not.toContain(token);
  });

  it('keep a bounded ring buffer and truncate large bodies', async () => {
    const small = await startSimulator({ limits: { recordings: 3, recordedBodyBytes: 64 } });
    try {
      const token = await fetchToken(small.client);
      for (let i = 0; i < 5; i++) {
        await call(`${small.client.baseUrls.utleggsbegjaering}/valider`, {
          token,
          body: { underskrift: 'x'.repeat(200) },
        });
      }
      const list = small.admin.recordings.list();
      expect(list).toHaveLength(3);
      expect(list[0]?.request.bodyTruncated).toBe(true);
      expect(String(list[0]?.request.body).length).toBeLessThanOrEqual(64);
      expect(small.admin.recordings.list({ after: list[0]?.id })).toHaveLength(2);
    } finally {
      await small.close();
    }
  });
});

describe('admin over HTTP (/__admin/)', () => {
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${a.url}/__admin${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as Json }));

  it('reads and moves the clock', async () => {
    const before = await admin('/clock');
    const after = await admin('/clock/advance', { method: 'POST', body: JSON.stringify({ by: '1h' }) });
    expect(Date.parse(after.body.now) - Date.parse(before.body.now)).toBeGreaterThanOrEqual(3_600_000);
    const set = await admin('/clock', { method: 'PUT', body: JSON.stringify({ now: '2026-06-01T12:00:00Z' }) });
    expect(set.body.now).toMatch(/^2026-06-01T12:00:0/);
    expect((await admin('/clock/advance', { method: 'POST', body: JSON.stringify({ by: 'soon' }) })).status).toBe(400);
  });

  it('registers a client that can get a token at once', async () => {
    const created = await admin('/clients', { method: 'POST', body: JSON.stringify({ orgnr: '311111114' }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ orgnr: '311111114', tokenEndpoint: `${a.url}/token`, audience: `${a.url}/` });
    expect(await fetchToken(created.body)).toEqual(expect.any(String));
    expect((await admin('/clients', { method: 'POST', body: JSON.stringify({ orgnr: 'abc' }) })).status).toBe(400);
  });

  it('seeds cases, sets their state, scripts faults and reads and clears recordings', async () => {
    const seeded = await admin('/cases', {
      method: 'POST',
      body: JSON.stringify({ eksternSaksreferanse: 'HTTP-SEEDED' }),
    });
    expect(seeded.status).toBe(201);
    const hevet = await admin('/cases/HTTP-SEEDED/status', {
      method: 'PUT',
      body: JSON.stringify({ saksstatus: 'sakHevet' }),
    });
    expect(hevet.body.saksstatus).toBe('sakHevet');
    expect((await admin('/cases/NOPE')).status).toBe(404);
    const fault = await admin('/faults', {
      method: 'POST',
      body: JSON.stringify({ kind: 'error', status: 503, times: 1 }),
    });
    expect(fault.status).toBe(201);
    expect((await admin(`/faults/${fault.body.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await admin('/recordings?limit=1')).body).toHaveLength(1);
    expect((await admin('/recordings', { method: 'DELETE' })).status).toBe(200);
    expect((await admin('/recordings')).body).toEqual([]);
    expect((await admin('/state')).body).toMatchObject({ listening: true, internalErrors: 0 });
  });

  it('sets prøving options and seeds a case with a submission still being processed', async () => {
    const set = await admin('/proving-options', {
      method: 'PUT',
      body: JSON.stringify({ partyRegisterComplete: true }),
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ partyRegisterComplete: true });
    expect(
      (await admin('/proving-options', { method: 'PUT', body: JSON.stringify({ partyRegisterKomplett: true }) }))
        .status,
    ).toBe(400);
    expect(
      (await admin('/proving-options', { method: 'PUT', body: JSON.stringify({ partyRegisterComplete: 'ja' }) }))
        .status,
    ).toBe(400);
    expect((await admin('/proving-options', { method: 'PUT', body: '{}' })).body).toEqual({});

    const pending = await admin('/cases', {
      method: 'POST',
      body: JSON.stringify({ eksternSaksreferanse: 'HTTP-PENDING', unprocessedSubmission: true }),
    });
    expect(pending.status).toBe(201);
  });

  it('answers unknown operations with 404, bad JSON with 400, and is not recorded', async () => {
    expect((await admin('/nothing')).status).toBe(404);
    expect(await admin('/cases', { method: 'POST', body: '{' })).toEqual({
      status: 400,
      body: {
        code: 'ELAN_SIMULATOR_ADMIN_INPUT',
        message: 'The body is not valid JSON at line 1, column 2: expected "}", found end of input.',
      },
    });
    expect((await admin('/clients', { method: 'POST', body: '["211214112"]' })).body).toEqual({
      code: 'ELAN_SIMULATOR_ADMIN_INPUT',
      message: 'The body must be a JSON object.',
    });
    expect((await admin('/tokens', { method: 'POST', body: '{"claims": "scope=x"}' })).body).toEqual({
      code: 'ELAN_SIMULATOR_ADMIN_INPUT',
      message: '"claims" must be a JSON object.',
    });
    expect(a.admin.recordings.list().some((x) => x.url.includes('/__admin'))).toBe(false);
  });
});
