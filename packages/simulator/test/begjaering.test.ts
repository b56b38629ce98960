import { LOCKED_PERSONS } from '@elan-kit/fixtures';
import { loadContract } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredClient, Simulator } from '../src/index.js';
import {
  call,
  exampleInnsender,
  fetchToken,
  type Json,
  loadExample,
  registerClient,
  seedAttachmentsFor,
  startSimulator,
} from './helpers.js';

let simulator: Simulator;
let client: RegisteredClient;
let token: string;
let base: string;
let example: Record<string, unknown>;

function copy<T>(value: T): T {
  return structuredClone(value);
}

beforeAll(async () => {
  simulator = await startSimulator({ modelVersion: '1.0', now: '2026-03-02T09:00:00Z' });
  const loaded = loadExample('1.0', 'minimal');
  const orgnr = exampleInnsender(loaded);
  client = await registerClient(simulator, { orgnr });
  example = seedAttachmentsFor(simulator, loaded, orgnr);
  token = await fetchToken(client);
  base = client.baseUrls.utleggsbegjaering;
});
afterAll(() => simulator.close());

function withReference(reference: string): Record<string, unknown> {
  return seedAttachmentsFor(simulator, { ...copy(example), innsenderReferanse: reference }, client.orgnr);
}

describe('Utleggsbegjæring: validate and submit', () => {
  it('reads an explicit null as absent and ignores an unknown member, as ELAN does (A-ELAN-LESER)', async () => {
    const body = withReference('NULL-OG-UKJENT');
    body['vedlegg'] = null;
    body['kildesystemVersjon'] = '4.2';
    const result = await call(`${base}/valider`, { token, body });
    expect(result.status).toBe(204);
    const wrongType = await call(`${base}/valider`, { token, body: { ...body, begjaeringsdato: 20260302 } });
    expect(wrongType.status).toBe(400);
  });

  it('validates a valid begjæring with 204 and stores nothing', async () => {
    const before = simulator.admin.state().cases.length;
    const result = await call(`${base}/valider`, { token, body: example });
    expect(result.status).toBe(204);
    expect(simulator.admin.state().cases.length).toBe(before);
  });

  it('answers prøving findings with 422 ProblemDetailMedKontrollutslag', async () => {
    const document = copy(example);
    (document.innsender as Json).innsender.virksomhet.identifikator.verdi = '974760673';
    const result = await call(`${base}/valider`, { token, body: document });
    expect(result.status).toBe(422);
    expect(result.headers.get('content-type')).toMatch(/problem\+json/);
    const codes = result.body.kontrollutslag.map((k: { kode: string }) => k.kode);
    expect(codes).toContain('INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING');
    for (const finding of result.body.kontrollutslag) {
      expect(finding).toMatchObject({
        kode: expect.any(String),
        melding: expect.any(String),
        beskrivelse: expect.any(String),
      });
    }
    const validator = loadContract('utleggsbegjaering', '1.0').operation('validerNyBegjaering');
    expect(validator.validateResponse(422, result.body, 'application/problem+json')).toEqual([]);
  });

  it('rejects a saksøkt on the old regime with SAKSOEKT_GAMMELT_REGELVERK', async () => {
    const document = copy(example);
    const saksoekt = (document.saksoekt as Json[])[0].saksoekt;
    const holder = saksoekt.person ?? saksoekt.virksomhet;
    holder.identifikator.verdi = LOCKED_PERSONS[0];
    const result = await call(`${base}/valider`, { token, body: document });
    expect(result.status).toBe(422);
    expect(result.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain('SAKSOEKT_GAMMELT_REGELVERK');
  });

  it('submits with 201 {eksternSaksreferanse}, reads the begjæring back, and refuses an identical one as a duplicate', async () => {
    const document = withReference('SUBMIT-1');
    const created = await call(base, { token, body: document });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ eksternSaksreferanse: expect.any(String) });
    const reference = created.body.eksternSaksreferanse;

    const read = await call(`${base}/${reference}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(document);

    const again = await call(base, { token, body: document });
    expect(again.status).toBe(422);
    expect(again.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain('DUPLIKAT_INNSENDING');
    const validated = await call(`${base}/valider`, { token, body: document });
    expect(validated.status).toBe(422);
  });
});

describe('Utleggsbegjæring: changes', () => {
  let reference: string;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    document = withReference('CHANGE-1');
    reference = (await call(base, { token, body: document })).body.eksternSaksreferanse;
  });

  it('validates a change with 204 and stores it with 200 {eksternSaksreferanse}', async () => {
    const changed = copy(document);
    changed.berOmInnkallingTilMoeteMedBegrunnelse = 'Ønsker møte';
    expect((await call(`${base}/valider/${reference}`, { token, method: 'PUT', body: changed })).status).toBe(204);
    const stored = await call(`${base}/${reference}`, { token, method: 'PUT', body: changed });
    expect(stored.status).toBe(200);
    expect(stored.body).toEqual({ eksternSaksreferanse: reference });
    expect((await call(`${base}/${reference}`, { token })).body.berOmInnkallingTilMoeteMedBegrunnelse).toBe(
      'Ønsker møte',
    );
  });

  it('refuses a further change while the last one is unprocessed (UAVKLART_STATUS), and accepts it later', async () => {
    const again = await call(`${base}/${reference}`, { token, method: 'PUT', body: document });
    expect(again.status).toBe(422);
    expect(again.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain('UAVKLART_STATUS');
    simulator.admin.clock.advance('20m');
    // Access tokens live two minutes on the same clock.
    token = await fetchToken(client);
    expect((await call(`${base}/valider/${reference}`, { token, method: 'PUT', body: document })).status).toBe(204);
  });

  it('refuses forbidden changes (ULOVLIG_ENDRING_BEGJAERINGSDATO)', async () => {
    const changed = copy(document);
    changed.begjaeringsdato = '2026-02-01';
    const result = await call(`${base}/valider/${reference}`, { token, method: 'PUT', body: changed });
    expect(result.status).toBe(422);
    expect(result.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain(
      'ULOVLIG_ENDRING_BEGJAERINGSDATO',
    );
  });

  it('refuses changes once the case is closed (UGYLDIG_STATUS)', async () => {
    simulator.admin.setCaseStatus(reference, 'sakHevet');
    const result = await call(`${base}/valider/${reference}`, { token, method: 'PUT', body: document });
    expect(result.status).toBe(422);
    expect(result.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain('UGYLDIG_STATUS');
  });

  it("answers 404 for an unknown case and 403 for another organisation's case", async () => {
    const unknown = await call(`${base}/valider/finnes-ikke`, { token, method: 'PUT', body: document });
    expect(unknown.status).toBe(404);
    expect(unknown.body.feilkode).toBe('KB-009');
    const stranger = await registerClient(simulator, { orgnr: '311111114' });
    const strangerToken = await fetchToken(stranger);
    expect((await call(`${base}/${reference}`, { token: strangerToken })).status).toBe(403);
    expect((await call(`${base}/${reference}`, { token: strangerToken, method: 'PUT', body: document })).status).toBe(
      403,
    );
    expect((await call(`${base}/status/${reference}`, { token: strangerToken })).status).toBe(403);
  });
});

describe('Utleggsbegjæring: every model version', () => {
  it('serves 0.9 under /v1 and the configured model under /v2, each with its own schema', async () => {
    const v09 = seedAttachmentsFor(simulator, loadExample('0.9', 'minimal'), client.orgnr);
    const v1 = `${simulator.url}/api/utleggsbegjaering/v1`;
    expect((await call(`${v1}/valider`, { token, body: v09 })).status).toBe(204);
    // A 0.9 begjæring is not a 1.0 one: the /v2 schema refuses it.
    expect((await call(`${base}/valider`, { token, body: v09 })).status).toBe(400);
  });

  it.each(['1.1', '2.0'] as const)('serves model %s under /v2 when configured', async (model) => {
    const other = await startSimulator({ modelVersion: model });
    try {
      const loaded = loadExample(model, 'complex');
      const orgnr = exampleInnsender(loaded);
      const otherClient = await registerClient(other, { orgnr });
      const document = seedAttachmentsFor(other, loaded, orgnr);
      const result = await call(`${otherClient.baseUrls.utleggsbegjaering}/valider`, {
        token: await fetchToken(otherClient),
        body: document,
      });
      expect(result.status).toBe(204);
    } finally {
      await other.close();
    }
  });
});
