import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCKED_PERSONS } from '@elan-kit/fixtures';
import { MatchersV3, PactV4, Verifier } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import { fetchToken, startSimulator } from './helpers.js';

const { like, regex, uuid, eachLike } = MatchersV3;
const BASE = '/api/utleggsbegjaering/v2';
const CASE = 'PACT-SAK-1';
const LOCKED = LOCKED_PERSONS[0] ?? '08907395937';

function requestHeaders() {
  return {
    Authorization: regex('^Bearer [A-Za-z0-9_.-]+$', 'Bearer eyJ.eyJ.sig'),
    Klientid: like('vendor-system'),
    Korrelasjonsid: uuid('3fa85f64-5717-4562-b3fc-2c963f66afa6'),
    Meldingsid: uuid('9b2f5c1e-0d7a-4e43-8f55-6a0c1d2b3e4f'),
  };
}

/** A vendor's consumer tests against Pact's mock server, as the kit's own tests write them. */
async function writeConsumerPact(dir: string): Promise<string> {
  const pact = new PactV4({ consumer: 'vendor-collection-system', provider: 'elan-simulator', dir, logLevel: 'error' });
  const send = (url: string, init: RequestInit) =>
    fetch(url, {
      ...init,
      headers: {
        authorization: 'Bearer eyJ.eyJ.sig',
        klientid: 'vendor-system',
        korrelasjonsid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        meldingsid: '9b2f5c1e-0d7a-4e43-8f55-6a0c1d2b3e4f',
        ...(init.headers as Record<string, string>),
      },
    });

  await pact
    .addInteraction()
    .given('a submitted case exists', { eksternSaksreferanse: CASE })
    .uponReceiving('a request for the status of the case')
    .withRequest('GET', `${BASE}/status/${CASE}`, (builder) => builder.headers(requestHeaders()))
    .willRespondWith(200, (builder) =>
      builder.jsonBody({
        eksternSaksreferanse: CASE,
        saksstatus: regex('^sak[A-Z][A-Za-z]+$', 'sakOpprettet'),
        saksoeker: eachLike({ identifikator: like({ verdi: '256811146' }) }),
        saksoekt: eachLike({ identifikator: like({ verdi: '22854508168' }) }),
        krav: eachLike({ innsendersKravreferanse: like('TEST-KRAV-1') }),
      }),
    )
    .executeTest(async (mockServer) => {
      const response = await send(`${mockServer.url}${BASE}/status/${CASE}`, {});
      expect(response.status).toBe(200);
    });

  await pact
    .addInteraction()
    .given('the debtor is on the old regime', { identifikator: LOCKED })
    .uponReceiving('a Betjeningskartet lookup of the debtor')
    .withRequest('POST', `${BASE}/betjeningskartet`, (builder) =>
      builder
        .headers({ ...requestHeaders(), 'Content-Type': 'application/json' })
        .jsonBody({ skyldner: [{ identifikatortype: 'taxIdentificationNumber', verdi: LOCKED, landkode: 'NO' }] }),
    )
    .willRespondWith(200, (builder) =>
      builder.jsonBody({
        regelverk: 'tidligereRegelverk',
        skyldner: eachLike({ regelverk: 'tidligereRegelverk' }),
      }),
    )
    .executeTest(async (mockServer) => {
      const response = await send(`${mockServer.url}${BASE}/betjeningskartet`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          skyldner: [{ identifikatortype: 'taxIdentificationNumber', verdi: LOCKED, landkode: 'NO' }],
        }),
      });
      expect(response.status).toBe(200);
    });

  await pact
    .addInteraction()
    .uponReceiving('a begjæring that breaks the schema')
    .withRequest('POST', `${BASE}/valider`, (builder) =>
      builder.headers({ ...requestHeaders(), 'Content-Type': 'application/json' }).jsonBody({ ukjentFelt: true }),
    )
    .willRespondWith(400, (builder) =>
      builder
        .headers({ 'Content-Type': regex('^application/problem\\+json.*', 'application/problem+json') })
        .jsonBody({ status: 400, feilkode: 'KB-006', korrelasjonsid: like('3fa85f64-5717-4562-b3fc-2c963f66afa6') }),
    )
    .executeTest(async (mockServer) => {
      const response = await send(`${mockServer.url}${BASE}/valider`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ukjentFelt: true }),
      });
      expect(response.status).toBe(400);
    });

  const file = readdirSync(dir).find((name) => name.endsWith('.json'));
  if (!file) throw new Error('the consumer tests wrote no pact');
  return join(dir, file);
}

/** What the verifier's request filter touches of the proxied request. */
interface FilteredRequest {
  headers: Record<string, string | string[] | undefined>;
}

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator({ modelVersion: '1.0' });
});
afterAll(() => simulator.close());

async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${simulator.url}/__admin${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status >= 400) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
}

describe('Pact provider verification', () => {
  it('verifies the simulator against a consumer pact with provider states set through the admin API', async () => {
    const pactFile = await writeConsumerPact(mkdtempSync(join(tmpdir(), 'elan-pact-')));
    const token = await fetchToken(simulator.client);
    const seeded: string[] = [];
    await new Verifier({
      provider: 'elan-simulator',
      providerBaseUrl: simulator.url,
      pactUrls: [pactFile],
      logLevel: 'error',
      stateHandlers: {
        'a submitted case exists': async (parameters?: unknown) => {
          const reference = String(
            (parameters as { eksternSaksreferanse?: string } | undefined)?.eksternSaksreferanse ?? CASE,
          );
          if (!seeded.includes(reference)) {
            await admin('/cases', { eksternSaksreferanse: reference, orgnr: simulator.client.orgnr });
            seeded.push(reference);
          }
          return undefined;
        },
        'the debtor is on the old regime': async (parameters?: unknown) => {
          const identifier = String((parameters as { identifikator?: string } | undefined)?.identifikator ?? LOCKED);
          await admin('/parties', { identifier, kind: 'person', regelverk: 'tidligereRegelverk' });
          return undefined;
        },
      },
      // The pact cannot hold a live token: the provider side swaps in one from the stand-in.
      requestFilter: (request: FilteredRequest, _response: unknown, next: () => void) => {
        request.headers.authorization = `Bearer ${token}`;
        next();
      },
    }).verifyProvider();
    expect(seeded).toEqual([CASE]);
  }, 60_000);

  it('fails verification when the simulator breaks the contract (defect always-500)', async () => {
    const broken = await startSimulator({ defects: ['always-500'] });
    try {
      const pactFile = await writeConsumerPact(mkdtempSync(join(tmpdir(), 'elan-pact-')));
      const token = await fetchToken(broken.client);
      const verification = new Verifier({
        provider: 'elan-simulator',
        providerBaseUrl: broken.url,
        pactUrls: [pactFile],
        logLevel: 'error',
        stateHandlers: {
          'a submitted case exists': async () => undefined,
          'the debtor is on the old regime': async () => undefined,
        },
        requestFilter: (request: FilteredRequest, _response: unknown, next: () => void) => {
          request.headers.authorization = `Bearer ${token}`;
          next();
        },
      }).verifyProvider();
      await expect(verification).rejects.toThrow();
    } finally {
      await broken.close();
    }
  }, 60_000);
});
