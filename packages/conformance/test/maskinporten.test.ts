import { createSimulator, type Simulator } from '@elan-kit/simulator';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemClock } from '../src/engine/clock.js';
import { MaskinportenError } from '../src/errors.js';
import { createHttpClient } from '../src/http/http-client.js';
import { checkTokenClaims } from '../src/maskinporten/claims.js';
import { createGrant } from '../src/maskinporten/grant.js';
import { importMaskinportenKey } from '../src/maskinporten/key-material.js';
import { createTokenProvider } from '../src/maskinporten/token-provider.js';
import { simulatorClock } from '../src/targets/simulator-clock.js';

const SCOPE = 'skatteetaten:utleggsbegjaering';
let simulator: Simulator;
const http = createHttpClient();

beforeAll(async () => {
  simulator = createSimulator({ now: '2026-03-02T09:00:00+01:00' });
  await simulator.listen();
});
afterAll(async () => {
  await http.close();
  await simulator.close();
});

async function providerFor(client: Simulator['client'], extra: { systembruker?: { customerOrgnr: string } } = {}) {
  const key = await importMaskinportenKey(
    client.certificatePem
      ? { key: client.privateKeyPem, certificatePem: client.certificatePem }
      : { key: JSON.stringify(client.privateJwk) },
  );
  return createTokenProvider({
    client: {
      clientId: client.clientId,
      orgnr: client.orgnr,
      scope: SCOPE,
      issuer: client.audience,
      tokenEndpoint: client.tokenEndpoint,
      key,
      ...extra,
    },
    http,
    clock: simulatorClock(simulator),
  });
}

describe('JWT-bearer grant', () => {
  it('carries exactly the documented header and claims', async () => {
    const key = await importMaskinportenKey({ key: JSON.stringify(simulator.client.privateJwk) });
    const now = new Date('2026-03-02T08:00:00Z');
    const grant = await createGrant({
      clientId: 'c1',
      audience: 'https://test.maskinporten.no/',
      scope: SCOPE,
      key,
      now,
    });
    const again = await createGrant({
      clientId: 'c1',
      audience: 'https://test.maskinporten.no/',
      scope: SCOPE,
      key,
      now,
    });
    expect(decodeProtectedHeader(grant)).toEqual({ alg: 'RS256', kid: simulator.client.kid });
    const claims = decodeJwt(grant);
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'scope']);
    expect(claims).toMatchObject({ aud: 'https://test.maskinporten.no/', iss: 'c1', scope: SCOPE });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(120);
    expect(decodeJwt(again).jti).not.toBe(claims.jti);
  });

  it('adds consumer_org and systembruker authorization_details only when asked', async () => {
    const key = await importMaskinportenKey({ key: JSON.stringify(simulator.client.privateJwk) });
    const grant = await createGrant({
      clientId: 'c1',
      audience: 'https://test.maskinporten.no/',
      scope: SCOPE,
      key,
      now: new Date(),
      consumerOrg: '310478717',
      systembruker: { customerOrgnr: '313367002' },
    });
    expect(decodeJwt(grant)).toMatchObject({
      consumer_org: '310478717',
      authorization_details: [
        { type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', ID: '0192:313367002' } },
      ],
    });
  });
});

describe('Maskinporten client against the simulator', () => {
  it('obtains a token with the right consumer, scope and aud "unspecified" (kid route)', async () => {
    const tokens = await providerFor(simulator.client);
    const token = await tokens.getToken();
    expect(token.claims).toMatchObject({ aud: 'unspecified', scope: SCOPE });
    expect(
      checkTokenClaims(token.claims, {
        consumerOrgnr: simulator.client.orgnr,
        scope: SCOPE,
        issuer: simulator.client.audience,
      }),
    ).toEqual([]);
    expect(token.response).not.toHaveProperty('access_token');
  });

  it('reuses the token within its lifetime and renews it near the end', async () => {
    const tokens = await providerFor(simulator.client);
    const first = await tokens.getToken();
    expect(await tokens.getToken()).toBe(first);
    expect(tokens.fetchCount).toBe(1);
    simulator.admin.clock.advance(first.expiresAt.getTime() - first.obtainedAt.getTime() - 5_000);
    const renewed = await tokens.getToken();
    expect(renewed).not.toBe(first);
    expect(tokens.fetchCount).toBe(2);
  });

  it('signs with x5c for a certificate client, and reads the certificate', async () => {
    const client = await simulator.admin.registerClient({ certificate: true });
    const tokens = await providerFor(client);
    expect(tokens.client.key.x5c?.length).toBeGreaterThan(0);
    expect(tokens.client.key.certificate?.matchesPrivateKey).toBe(true);
    const token = await tokens.getToken();
    expect(checkTokenClaims(token.claims, { consumerOrgnr: client.orgnr, scope: SCOPE })).toEqual([]);
  });

  it('gets a systembruker token and checks its authorization_details', async () => {
    const client = await simulator.admin.registerClient({});
    simulator.admin.registerSystemUser({ clientId: client.clientId, customerOrgnr: '313367002' });
    const tokens = await providerFor(client, { systembruker: { customerOrgnr: '313367002' } });
    const token = await tokens.getToken();
    expect(
      checkTokenClaims(token.claims, {
        consumerOrgnr: client.orgnr,
        scope: SCOPE,
        systembrukerCustomerOrgnr: '313367002',
      }),
    ).toEqual([]);
    expect(
      checkTokenClaims(token.claims, { scope: SCOPE, systembrukerCustomerOrgnr: '310478717' }).map((f) => f.code),
    ).toContain('TOKEN_SYSTEMBRUKER_MISMATCH');
  });

  it('reports a refused grant with Maskinporten’s error', async () => {
    const key = await importMaskinportenKey({ key: JSON.stringify(simulator.client.privateJwk) });
    const tokens = createTokenProvider({
      client: {
        clientId: simulator.client.clientId,
        scope: SCOPE,
        issuer: 'https://wrong.example/',
        tokenEndpoint: simulator.client.tokenEndpoint,
        key,
      },
      http,
      clock: createSystemClock(),
    });
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaskinportenError);
    expect((error as MaskinportenError).oauthError).toBe('invalid_grant');
  });

  it('flags a token for another organisation or without the scope', () => {
    const findings = checkTokenClaims(
      {
        consumer: { authority: 'iso6523-actorid-upis', ID: '0192:999999999' },
        scope: 'other:scope',
        aud: 'x',
        iat: 1,
        exp: 2,
      },
      { consumerOrgnr: '310478717', scope: SCOPE },
    );
    expect(findings.map((f) => f.code)).toEqual([
      'TOKEN_CONSUMER_MISMATCH',
      'TOKEN_SCOPE_MISSING',
      'TOKEN_AUD_NOT_UNSPECIFIED',
    ]);
  });
});
