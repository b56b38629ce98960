import { createHmac, createPrivateKey, type JsonWebKey, randomUUID } from 'node:crypto';
import { createRemoteJWKSet, importJWK, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredClient, Simulator } from '../src/index.js';
import { decodeClaims, JWT_BEARER, postToken, registerClient, signGrant, startSimulator, testKey } from './helpers.js';

let simulator: Simulator;
let client: RegisteredClient;

beforeAll(async () => {
  simulator = await startSimulator();
  client = simulator.client;
});
afterAll(() => simulator.close());

async function refused(assertion: string, grantType = JWT_BEARER) {
  const response = await postToken(client.tokenEndpoint, assertion, grantType);
  return {
    status: response.status,
    body: (await response.json()) as { error: string; error_description: string; error_uri: string },
  };
}

describe('Maskinporten stand-in: a valid grant', () => {
  it("answers an access token shaped like Maskinporten's, verifiable with the published JWKS", async () => {
    const response = await postToken(client.tokenEndpoint, await signGrant(client));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120, scope: 'skatteetaten:utleggsbegjaering' });
    const jwks = createRemoteJWKSet(new URL(`${simulator.url}/jwk`));
    const { payload, protectedHeader } = await jwtVerify(String(body.access_token), jwks, { issuer: client.audience });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      iss: client.audience,
      client_id: client.clientId,
      client_amr: 'private_key_jwt',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${client.orgnr}` },
      scope: 'skatteetaten:utleggsbegjaering',
      token_type: 'Bearer',
      aud: 'unspecified',
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(120);
    expect(typeof payload.jti).toBe('string');
    expect(payload.supplier).toBeUndefined();
  });

  it('publishes metadata naming the issuer, the endpoints and the supported algorithms', async () => {
    const metadata = (await (await fetch(`${simulator.url}/.well-known/oauth-authorization-server`)).json()) as Record<
      string,
      unknown
    >;
    expect(metadata).toMatchObject({
      issuer: `${simulator.url}/`,
      token_endpoint: `${simulator.url}/token`,
      jwks_uri: `${simulator.url}/jwk`,
      grant_types_supported: [JWT_BEARER],
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'RS512'],
      authorization_details_types_supported: ['urn:altinn:systemuser'],
    });
  });

  it('accepts RS384 and RS512 grants', async () => {
    for (const alg of ['RS384', 'RS512']) {
      const key = await importJWK({ ...client.privateJwk, alg }, alg);
      const now = Math.floor(Date.now() / 1000);
      const assertion = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering', jti: randomUUID() })
        .setProtectedHeader({ alg, kid: client.kid })
        .setIssuer(client.clientId)
        .setAudience(client.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 60)
        .sign(key);
      expect((await postToken(client.tokenEndpoint, assertion)).status).toBe(200);
    }
  });

  it('tolerates sub = client_id (Altinn examples send it)', async () => {
    expect(
      (await postToken(client.tokenEndpoint, await signGrant(client, { claims: { sub: client.clientId } }))).status,
    ).toBe(200);
  });
});

describe('Maskinporten stand-in: refused grants', () => {
  it('refuses a JSON body: the request must be form-encoded', async () => {
    const response = await fetch(client.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: JWT_BEARER, assertion: await signGrant(client) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses another grant type', async () => {
    const { status, body } = await refused(await signGrant(client), 'client_credentials');
    expect(status).toBe(400);
    expect(body.error).toBe('unsupported_grant_type');
  });

  it("answers in Maskinporten's error shape with an MP code and a trace id", async () => {
    const { body } = await refused('not-a-jwt');
    expect(body.error).toBe('invalid_grant');
    expect(body.error_description).toMatch(/Invalid assertion.*\(MP-\d{3}\).*\(trace_id: [0-9a-f-]+\)/);
    expect(body.error_uri).toMatch(/^https:\/\/maskinporten\.no\/errors\/MP-\d{3}$/);
  });

  it('refuses alg none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: client.kid })).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(
      JSON.stringify({
        iss: client.clientId,
        aud: client.audience,
        scope: 'skatteetaten:utleggsbegjaering',
        iat: now,
        exp: now + 60,
      }),
    ).toString('base64url');
    const { status, body } = await refused(`${header}.${payload}.`);
    expect(status).toBe(400);
    expect(body.error_uri).toMatch(/MP-124$/);
  });

  it("refuses HS256 signed with the client's public key", async () => {
    const now = Math.floor(Date.now() / 1000);
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', kid: client.kid })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        iss: client.clientId,
        aud: client.audience,
        scope: 'skatteetaten:utleggsbegjaering',
        iat: now,
        exp: now + 60,
      }),
    ).toString('base64url');
    const { n, e } = client.privateJwk;
    const signature = createHmac('sha256', JSON.stringify({ kty: 'RSA', n, e }))
      .update(`${header}.${payload}`)
      .digest('base64url');
    const { status, body } = await refused(`${header}.${payload}.${signature}`);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses a grant signed with another key under the registered kid', async () => {
    const privateKey = createPrivateKey({ key: testKey() as unknown as JsonWebKey, format: 'jwk' });
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering' })
      .setProtectedHeader({ alg: 'RS256', kid: client.kid })
      .setIssuer(client.clientId)
      .setAudience(client.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(privateKey);
    const { body } = await refused(assertion);
    expect(body.error_uri).toMatch(/MP-124$/);
  });

  it('refuses both kid and x5c, and neither', async () => {
    expect((await refused(await signGrant(client, { header: { x5c: ['AAAA'] } }))).body.error).toBe('invalid_grant');
    expect((await refused(await signGrant(client, { header: { kid: undefined } }))).body.error_description).toMatch(
      /exactly one of kid and x5c/,
    );
  });

  it('refuses an x5c that is a string rather than an array (MP-123)', async () => {
    const { body } = await refused(await signGrant(client, { header: { kid: undefined, x5c: 'MIIB' } }));
    expect(body.error_uri).toMatch(/MP-123$/);
  });

  it('refuses an unknown client and an unknown kid', async () => {
    expect((await refused(await signGrant(client, { claims: { iss: randomUUID() } }))).body.error_description).toMatch(
      /Client not found/,
    );
    expect((await refused(await signGrant(client, { header: { kid: 'other' } }))).body.error).toBe('invalid_grant');
  });

  it('refuses a wrong audience, the token endpoint as audience, and an audience array (MP-110)', async () => {
    for (const aud of ['https://test.maskinporten.no/', client.tokenEndpoint, [client.audience]]) {
      const { body } = await refused(await signGrant(client, { aud }));
      expect(body.error_uri).toMatch(/MP-110$/);
    }
  });

  it('refuses the issuer without its trailing slash unless that is switched on', async () => {
    const withoutSlash = client.audience.replace(/\/$/, '');
    expect((await refused(await signGrant(client, { aud: withoutSlash }))).body.error_uri).toMatch(/MP-110$/);
    const tolerant = await startSimulator({ acceptAudienceWithoutTrailingSlash: true });
    try {
      const other = tolerant.client;
      const response = await postToken(
        other.tokenEndpoint,
        await signGrant(other, { aud: other.audience.replace(/\/$/, '') }),
      );
      expect(response.status).toBe(200);
    } finally {
      await tolerant.close();
    }
  });

  it('refuses iat more than 10 s off, in either direction (MP-130)', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await refused(await signGrant(client, { iat: now - 30 }))).body.error_uri).toMatch(/MP-130$/);
    expect((await refused(await signGrant(client, { iat: now + 30 }))).body.error_uri).toMatch(/MP-130$/);
  });

  it('accepts iat on the virtual clock as well as on the wall clock', async () => {
    const clocked = await startSimulator();
    try {
      clocked.admin.clock.advance('1d');
      const virtualNow = Math.floor(Date.parse(clocked.admin.clock.now()) / 1000);
      const other = clocked.client;
      expect((await postToken(other.tokenEndpoint, await signGrant(other, { iat: virtualNow }))).status).toBe(200);
      expect((await postToken(other.tokenEndpoint, await signGrant(other))).status).toBe(200);
      expect((await postToken(other.tokenEndpoint, await signGrant(other, { iat: virtualNow - 3600 }))).status).toBe(
        400,
      );
    } finally {
      await clocked.close();
    }
  });

  it('refuses exp − iat above 120 s, and missing iat or exp', async () => {
    expect((await refused(await signGrant(client, { lifetime: 121 }))).body.error_uri).toMatch(/MP-130$/);
    expect((await refused(await signGrant(client, { omit: ['exp'] }))).body.error_uri).toMatch(/MP-130$/);
    expect((await refused(await signGrant(client, { omit: ['iat'] }))).body.error_uri).toMatch(/MP-130$/);
  });

  it('accepts a grant once: a reused jti is refused (MP-012)', async () => {
    const assertion = await signGrant(client, { claims: { jti: randomUUID() } });
    expect((await postToken(client.tokenEndpoint, assertion)).status).toBe(200);
    expect((await refused(assertion)).body.error_uri).toMatch(/MP-012$/);
  });

  it('accepts a grant without jti once, as Maskinporten does, and refuses its replay (MP-012)', async () => {
    const assertion = await signGrant(client, { omit: ['jti'] });
    expect((await postToken(client.tokenEndpoint, assertion)).status).toBe(200);
    const replay = await refused(assertion);
    expect(replay.body.error).toBe('invalid_grant');
    expect(replay.body.error_uri).toMatch(/MP-012$/);
    // Another grant without jti (another iat, so another signature) is a new grant.
    const next = await signGrant(client, { omit: ['jti'], iat: Math.floor(Date.now() / 1000) - 1 });
    expect((await postToken(client.tokenEndpoint, next)).status).toBe(200);
  });

  it('refuses claims it does not know', async () => {
    const { body } = await refused(await signGrant(client, { claims: { foo: 'bar' } }));
    expect(body.error).toBe('invalid_grant');
    expect(body.error_description).toMatch(/Invalid assertion.*foo/);
  });

  it('refuses scopes the client does not have (MP-200)', async () => {
    const { body } = await refused(
      await signGrant(client, { scope: 'skatteetaten:utleggsbegjaering skatteetaten:something' }),
    );
    expect(body.error).toBe('invalid_scope');
    expect(body.error_uri).toMatch(/MP-200$/);
  });

  it('refuses resource given as a string (only arrays are supported)', async () => {
    expect((await refused(await signGrant(client, { claims: { resource: 'https://x' } }))).body.error).toBe(
      'invalid_request',
    );
  });
});

describe('Maskinporten stand-in: delegation and system users', () => {
  it('issues a supplier token for consumer_org only with a registered delegation', async () => {
    const consumer = '311111114';
    const grant = () => signGrant(client, { claims: { consumer_org: consumer } });
    const denied = await refused(await grant());
    expect(denied.body.error_uri).toMatch(/MP-251$/);

    simulator.admin.registerDelegation({
      consumerOrgnr: consumer,
      supplierOrgnr: client.orgnr,
      scopes: ['skatteetaten:utleggsbegjaering'],
    });
    const response = await postToken(client.tokenEndpoint, await grant());
    expect(response.status).toBe(200);
    const claims = decodeClaims(((await response.json()) as { access_token: string }).access_token);
    expect(claims.consumer).toEqual({ authority: 'iso6523-actorid-upis', ID: `0192:${consumer}` });
    expect(claims.supplier).toEqual({ authority: 'iso6523-actorid-upis', ID: `0192:${client.orgnr}` });
  });

  it("refuses consumer_org equal to the client's own organisation", async () => {
    expect((await refused(await signGrant(client, { claims: { consumer_org: client.orgnr } }))).body.error).toBe(
      'invalid_request',
    );
  });

  it('issues a system-user token for a registered system user, accepting ID and id', async () => {
    const customer = '322222225';
    const user = simulator.admin.registerSystemUser({ clientId: client.clientId, customerOrgnr: customer });
    for (const idKey of ['ID', 'id']) {
      const details = [
        {
          type: 'urn:altinn:systemuser',
          systemuser_org: { authority: 'iso6523-actorid-upis', [idKey]: `0192:${customer}` },
        },
      ];
      const response = await postToken(
        client.tokenEndpoint,
        await signGrant(client, { claims: { authorization_details: details } }),
      );
      expect(response.status).toBe(200);
      const claims = decodeClaims(((await response.json()) as { access_token: string }).access_token);
      expect(claims.consumer.ID).toBe(`0192:${client.orgnr}`);
      expect(claims.authorization_details[0]).toMatchObject({
        type: 'urn:altinn:systemuser',
        systemuser_id: [user.id],
        system_id: user.systemId,
        systemuser_org: { authority: 'iso6523-actorid-upis', [idKey]: `0192:${customer}` },
      });
    }
  });

  it('refuses an unknown authorization_details type, unknown fields, bad values and unregistered customers', async () => {
    const grant = (details: unknown) => signGrant(client, { claims: { authorization_details: details } });
    const org = { authority: 'iso6523-actorid-upis', ID: '0192:322222225' };
    expect((await refused(await grant([{ type: 'urn:altinn:consent', systemuser_org: org }]))).body.error_uri).toMatch(
      /MP-301$/,
    );
    expect(
      (await refused(await grant([{ type: 'urn:altinn:systemuser', systemuser_org: org, extra: 1 }]))).body.error_uri,
    ).toMatch(/MP-302$/);
    expect(
      (await refused(await grant([{ type: 'urn:altinn:systemuser', systemuser_org: { ...org, ID: '322222225' } }])))
        .body.error_uri,
    ).toMatch(/MP-303$/);
    expect((await refused(await grant({ type: 'urn:altinn:systemuser', systemuser_org: org }))).body.error_uri).toMatch(
      /MP-303$/,
    );
    const stranger = { authority: 'iso6523-actorid-upis', ID: '0192:399999999' };
    expect((await refused(await grant([{ type: 'urn:altinn:systemuser', systemuser_org: stranger }]))).body.error).toBe(
      'invalid_authorization_details',
    );
  });
});

describe('Maskinporten stand-in: business certificates (x5c)', () => {
  it('issues a token for a certificate chain from a registered test CA', async () => {
    const certClient = await registerClient(simulator, { certificate: true });
    expect(certClient.x5c).toHaveLength(2);
    const assertion = await signGrant(certClient, { header: { kid: undefined, x5c: certClient.x5c } });
    const response = await postToken(certClient.tokenEndpoint, assertion);
    expect(response.status).toBe(200);
    const claims = decodeClaims(((await response.json()) as { access_token: string }).access_token);
    expect(claims.client_amr).toBe('virksomhetssertifikat');
  });

  it('refuses kid from a certificate client and x5c from a key client', async () => {
    const certClient = await registerClient(simulator, { certificate: true });
    expect(
      (await refused(await signGrant(client, { header: { kid: undefined, x5c: certClient.x5c } }))).body
        .error_description,
    ).toMatch(/must use kid/);
    const response = await postToken(certClient.tokenEndpoint, await signGrant(certClient));
    expect(response.status).toBe(400);
  });

  it('refuses a certificate of another organisation (MP-122) and one from an unregistered CA (MP-120)', async () => {
    const certClient = await registerClient(simulator, { certificate: true, orgnr: '311111114' });
    const otherOrg = await registerClient(simulator, { certificate: true, orgnr: '322222225' });
    const wrongOrg = await signGrant(
      { ...certClient, privateJwk: otherOrg.privateJwk },
      { header: { kid: undefined, x5c: otherOrg.x5c } },
    );
    expect((await refused(wrongOrg)).body.error_uri).toMatch(/MP-122$/);

    const foreign = await startSimulator();
    try {
      const foreignClient = await registerClient(foreign, { certificate: true, orgnr: '311111114' });
      const untrusted = await signGrant(
        { ...certClient, privateJwk: foreignClient.privateJwk },
        {
          header: { kid: undefined, x5c: foreignClient.x5c },
        },
      );
      expect((await refused(untrusted)).body.error_uri).toMatch(/MP-120$/);
    } finally {
      await foreign.close();
    }
  });
});
