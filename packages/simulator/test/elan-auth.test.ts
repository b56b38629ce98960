import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import { call, fetchToken, startSimulator } from './helpers.js';

let simulator: Simulator;
let statusUrl: string;

beforeAll(async () => {
  simulator = await startSimulator();
  statusUrl = `${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`;
});
afterAll(() => simulator.close());

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function expect401(token: string | undefined, headers: Record<string, string> = {}) {
  const result = await call(statusUrl, { ...(token === undefined ? {} : { token }), headers });
  expect(result.status).toBe(401);
  expect(result.body.feilkode).toBe('KB-004');
  expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
  return result;
}

describe('ELAN endpoints: every token is verified', () => {
  it('lets a fresh token from the stand-in through', async () => {
    expect((await call(statusUrl, { token: await fetchToken(simulator.client) })).status).toBe(200);
  });

  it('answers 401 without a token, and for a non-Bearer scheme', async () => {
    await expect401(undefined);
    await expect401(undefined, { authorization: 'Basic dXNlcjpwYXNz' });
  });

  it('answers 401 for an expired token (the virtual clock moved past exp)', async () => {
    const token = await fetchToken(simulator.client);
    simulator.admin.clock.advance('121s');
    const result = await expect401(token);
    expect(result.body.detail).toMatch(/expired/);
  });

  it('answers 401 for a token that is not valid yet', async () => {
    const now = Math.floor(Date.parse(simulator.admin.clock.now()) / 1000);
    const token = await simulator.admin.mintAccessToken({ iat: now + 600, exp: now + 720 });
    expect((await expect401(token)).body.detail).toMatch(/not valid yet/);
  });

  it('answers 401 for a tampered token (badly signed)', async () => {
    const token = await fetchToken(simulator.client);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forged = `${header}.${part({ ...claims, scope: `${claims.scope} admin` })}.${signature}`;
    expect((await expect401(forged)).body.detail).toMatch(/signature/);
  });

  it('answers 401 for alg none and for HS256 signed with the public key', async () => {
    const claims = JSON.parse(
      Buffer.from((await fetchToken(simulator.client)).split('.')[1] ?? '', 'base64url').toString(),
    );
    const kid = JSON.parse(
      Buffer.from((await fetchToken(simulator.client)).split('.')[0] ?? '', 'base64url').toString(),
    ).kid;
    await expect401(`${part({ alg: 'none', kid })}.${part(claims)}.`);
    const jwks = (await (await fetch(`${simulator.url}/jwk`)).json()) as { keys: Array<Record<string, unknown>> };
    const input = `${part({ alg: 'HS256', kid })}.${part(claims)}`;
    const hmac = createHmac('sha256', JSON.stringify(jwks.keys[0])).update(input).digest('base64url');
    await expect401(`${input}.${hmac}`);
  });

  it('answers 401 for a token with the wrong issuer, and for one from another simulator', async () => {
    await expect401(await simulator.admin.mintAccessToken({ iss: 'https://test.maskinporten.no/' }));
    const other = await startSimulator();
    try {
      await expect401(await fetchToken(other.client));
    } finally {
      await other.close();
    }
  });

  it('answers 401 for an audience-restricted token (Skatteetaten expects aud "unspecified")', async () => {
    await expect401(await simulator.admin.mintAccessToken({ aud: 'https://api-test.sits.no' }));
  });

  it('answers 403 (KB-005) for a token without the API scope', async () => {
    const result = await call(statusUrl, {
      token: await simulator.admin.mintAccessToken({ scope: 'skatteetaten:annet' }),
    });
    expect(result.status).toBe(403);
    expect(result.body.feilkode).toBe('KB-005');
    expect(result.headers.get('www-authenticate')).toMatch(/insufficient_scope/);
  });

  it('accepts the municipality scope, or the Utleggsbegjæring one, on the municipality API', async () => {
    const oppslag = `${simulator.client.baseUrls.kommune}/oppslag-samordnet-trekk`;
    const body = { skyldner: { taxIdentificationNumber: '12345678901', landkodeIdentifikator: 'NO' } };
    for (const scope of ['skatteetaten:utleggstrekkbeslutningkommune', 'skatteetaten:utleggsbegjaering']) {
      expect((await call(oppslag, { token: await fetchToken(simulator.client, { scope }), body })).status).toBe(200);
    }
    const wrong = await call(oppslag, {
      token: await simulator.admin.mintAccessToken({ scope: 'skatteetaten:annet' }),
      body,
    });
    expect(wrong.status).toBe(403);
  });
});
