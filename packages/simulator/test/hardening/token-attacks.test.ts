/**
 * Token attacks the other suites do not cover (maskinporten.test.ts and elan-auth.test.ts have alg none, HS256
 * with the public key, expired, iat in the future, wrong iss/aud/scope, another signing key, a replayed jti):
 * truncated and oversized tokens and grants, nbf in the future, a forged signature under the real kid, token
 * confusion between grant and access token, a token without an organisation, and one organisation's token used
 * on another organisation's data.
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredClient, Simulator } from '../../src/index.js';
import {
  call,
  elanHeaders,
  fetchToken,
  loadExample,
  postToken,
  registerClient,
  signGrant,
  startSimulator,
  testKey,
} from '../helpers.js';

let simulator: Simulator;
let statusUrl: string;

beforeAll(async () => {
  simulator = await startSimulator();
  statusUrl = `${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`;
});
afterAll(() => simulator.close());

/** ELAN's answer to a refused token: 401, KB-004, a Bearer challenge, a ProblemDetail. */
async function expectRefusedToken(token: string, detail?: RegExp) {
  const result = await call(statusUrl, { token });
  expect(result.status).toBe(401);
  expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(result.body).toMatchObject({ status: 401, feilkode: 'KB-004' });
  expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
  if (detail) expect(result.body.detail).toMatch(detail);
}

/** Maskinporten's answer to a refused grant: 400 `{error, error_description (… MP-xxx …)}`. */
async function expectRefusedGrant(assertion: string, error: string, mpCode?: string) {
  const response = await postToken(simulator.client.tokenEndpoint, assertion);
  const body = (await response.json()) as { error: string; error_description: string };
  expect(response.status).toBe(400);
  expect(body.error).toBe(error);
  if (mpCode) expect(body.error_description).toContain(`(${mpCode})`);
}

/** Raw request, for header sizes fetch would refuse to send. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(simulator.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('token attacks on the API', () => {
  it('refuses a truncated access token: signature cut short, signature missing, one part only', async () => {
    const token = await fetchToken(simulator.client);
    const [header, payload, signature] = token.split('.');
    await expectRefusedToken(`${header}.${payload}.${signature?.slice(0, 40)}`, /signature/);
    await expectRefusedToken(`${header}.${payload}.`, /signature|not a signed JWT/);
    await expectRefusedToken(`${header}.${payload}`, /not a signed JWT/);
    await expectRefusedToken(token.slice(0, 30), /not a signed JWT/);
  });

  it('refuses a token whose nbf lies in the future', async () => {
    const now = Math.floor(Date.parse(simulator.admin.clock.now()) / 1000);
    await expectRefusedToken(await simulator.admin.mintAccessToken({ nbf: now + 600 }), /not valid yet/);
  });

  it("refuses a token signed with another key under the stand-in's own kid", async () => {
    const genuine = await fetchToken(simulator.client);
    const header = JSON.parse(Buffer.from(genuine.split('.')[0] ?? '', 'base64url').toString()) as { kid: string };
    const claims = JSON.parse(Buffer.from(genuine.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: header.kid })
      .sign(await importJWK(testKey(), 'RS256'));
    await expectRefusedToken(forged, /signature/);
  });

  it('refuses a client grant presented as an access token (token confusion)', async () => {
    await expectRefusedToken(await signGrant(simulator.client), /unknown key|issuer/);
  });

  it('answers 403 (KB-005) for a validly signed token that names no organisation', async () => {
    const result = await call(statusUrl, { token: await simulator.admin.mintAccessToken({ consumer: undefined }) });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ status: 403, feilkode: 'KB-005' });
  });

  it('answers a 64 KiB Authorization header with 431 and a 15 KiB token with 401, and keeps serving', async () => {
    const huge = await rawGet('/api/utleggsbegjaering/v2/status/TEST_SAK_OPPRETTET', {
      ...elanHeaders(undefined),
      authorization: `Bearer ${'a'.repeat(64 * 1024)}`,
    });
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toMatchObject({ status: 431 });
    const large = await rawGet('/api/utleggsbegjaering/v2/status/TEST_SAK_OPPRETTET', {
      ...elanHeaders(undefined),
      authorization: `Bearer ${'a'.repeat(7 * 1024)}.${'b'.repeat(7 * 1024)}.${'c'.repeat(1024)}`,
    });
    expect(large.status).toBe(401);
    expect((await call(statusUrl, { token: await fetchToken(simulator.client) })).status).toBe(200);
    expect(simulator.admin.state().internalErrors).toBe(0);
  });
});

describe('token attacks on Maskinporten', () => {
  it('refuses a truncated grant', async () => {
    const grant = await signGrant(simulator.client);
    const [header, payload, signature] = grant.split('.');
    await expectRefusedGrant(`${header}.${payload}.${signature?.slice(0, 40)}`, 'invalid_grant');
    await expectRefusedGrant(`${header}.${payload}`, 'invalid_grant', 'MP-100');
    await expectRefusedGrant(grant.slice(0, 25), 'invalid_grant', 'MP-100');
  });

  it('refuses an access token presented as a grant (token confusion)', async () => {
    await expectRefusedGrant(await fetchToken(simulator.client), 'invalid_grant');
  });

  it('answers an oversized grant with 413 (over 64 KiB) or invalid_grant (under), never a crash', async () => {
    const padded = await signGrant(simulator.client, { claims: { padding: 'p'.repeat(40 * 1024) } });
    await expectRefusedGrant(padded, 'invalid_grant', 'MP-100');
    const oversized = await postToken(simulator.client.tokenEndpoint, `${padded}${'x'.repeat(64 * 1024)}`);
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as { status: number }).status).toBe(413);
    expect((await postToken(simulator.client.tokenEndpoint, await signGrant(simulator.client))).status).toBe(200);
  });

  it('answers a 64 KiB header on the token endpoint with 431', async () => {
    const result = await rawGet('/jwk', { 'x-padding': 'p'.repeat(64 * 1024) });
    expect(result.status).toBe(431);
  });
});

describe("one organisation's token on another organisation's data", () => {
  let owner: RegisteredClient;
  let intruder: RegisteredClient;
  let reference: string;
  let uuid: string;
  const secret = `OWNER-ONLY-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    owner = await registerClient(simulator, { orgnr: '311111114' });
    intruder = await registerClient(simulator, { orgnr: '322222225' });
    const document = { ...loadExample('1.0', 'minimal'), innsenderReferanse: secret };
    reference = String(
      simulator.admin.seedCase({ orgnr: owner.orgnr, document, saksstatus: 'sakBesluttet' }).eksternSaksreferanse,
    );
    uuid = simulator.admin.seedAttachment({
      orgnr: owner.orgnr,
      innsenderReferanse: secret,
      filnavn: `${secret}.pdf`,
    }).uuid;
  });

  it('refuses every read and change with 403 or 404 and leaks none of the case or attachment', async () => {
    const before = { stored: simulator.admin.readCase(reference), attachments: simulator.admin.state().attachments };
    const token = await fetchToken(intruder);
    const base = intruder.baseUrls.utleggsbegjaering;
    const change = { ...loadExample('1.0', 'minimal'), innsenderReferanse: 'INTRUDER' };
    const attempts = [
      await call(`${base}/${reference}`, { token }),
      await call(`${base}/status/${reference}`, { token }),
      await call(`${base}/vedlegg/${uuid}`, { token }),
      await call(`${base}/vedlegg/${uuid}`, { token, method: 'DELETE' }),
      await call(`${base}/valider/${reference}`, { token, method: 'PUT', body: change }),
      await call(`${base}/${reference}`, { token, method: 'PUT', body: change }),
      await call(`${intruder.baseUrls.innsyn}/innsyn/trekk`, {
        token,
        body: {
          eksternSaksreferanse: reference,
          saksoekt: { identifikatortype: 'taxIdentificationNumber', verdi: '44926701751', landkode: 'NO' },
        },
      }),
    ];
    for (const attempt of attempts) {
      expect([403, 404]).toContain(attempt.status);
      expect(attempt.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(attempt.body)).not.toContain(secret);
    }
    const feed = await call(`${base}/status/endringer`, { token });
    expect(JSON.stringify(feed.body)).not.toContain(reference);
    expect({ stored: simulator.admin.readCase(reference), attachments: simulator.admin.state().attachments }).toEqual(
      before,
    );
    const ownerToken = await fetchToken(owner);
    expect((await call(`${owner.baseUrls.utleggsbegjaering}/vedlegg/${uuid}`, { token: ownerToken })).status).toBe(200);
  });
});
