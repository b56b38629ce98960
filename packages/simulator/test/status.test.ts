import { loadContract } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RegisteredClient, type Simulator, TEST_CASES } from '../src/index.js';
import {
  call,
  exampleInnsender,
  fetchToken,
  loadExample,
  registerClient,
  seedAttachmentsFor,
  startSimulator,
} from './helpers.js';

let simulator: Simulator;
let client: RegisteredClient;
let base: string;
const statusContract = loadContract('status');

async function token(): Promise<string> {
  return fetchToken(client);
}

beforeAll(async () => {
  simulator = await startSimulator({ now: '2026-03-02T09:00:00Z', seed: 7 });
  const example = loadExample('1.0', 'complex');
  client = await registerClient(simulator, { orgnr: exampleInnsender(example) });
  base = client.baseUrls.status;
});
afterAll(() => simulator.close());

describe('Status på sak: the fixed test references', () => {
  it.each(TEST_CASES.map((c) => [c.reference, c.saksstatus]))(
    '%s answers %s for any caller',
    async (reference, saksstatus) => {
      const result = await call(`${base}/status/${reference}`, { token: await token() });
      expect(result.status).toBe(200);
      expect(result.body.saksstatus).toBe(saksstatus);
      expect(
        statusContract.operation('hentStatusPaaSak').validateResponse(200, result.body, 'application/json'),
      ).toEqual([]);
      if (saksstatus === 'sakBesluttet' || saksstatus === 'sakAvsluttet') {
        expect(result.body.beslutning[0].krav[0].kravgrunnlagsidentifikator).toEqual(expect.any(String));
      }
    },
  );

  it('answers TEST_UGYLDIG with 404 and an error object', async () => {
    const result = await call(`${base}/status/TEST_UGYLDIG`, { token: await token() });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ status: 404, feilkode: 'KB-009' });
  });
});

describe('Status på sak: a submitted case on the virtual clock', () => {
  let reference: string;

  beforeAll(async () => {
    const document = seedAttachmentsFor(simulator, loadExample('1.0', 'complex'), client.orgnr);
    const created = await call(client.baseUrls.utleggsbegjaering, { token: await token(), body: document });
    expect(created.status).toBe(201);
    reference = created.body.eksternSaksreferanse;
  });

  it('moves sakOpprettet → sakUnderBehandling → sakForelagt → sakBesluttet → sakAvsluttet', async () => {
    const states: string[] = [];
    const read = async () => (await call(`${base}/status/${reference}`, { token: await token() })).body;
    states.push((await read()).saksstatus);
    for (const step of ['1h', '23h', '2d', '27d']) {
      simulator.admin.clock.advance(step);
      states.push((await read()).saksstatus);
    }
    expect(states).toEqual(['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet']);
    const closed = await read();
    expect(closed.saksreferanseNamsmann).toMatch(/^UTLBGJ\/2026\/\d+$/);
    expect(['utleggstrekk', 'intetTilUtlegg', 'utleggspant']).toContain(closed.beslutning[0].beslutningstype);
    for (const krav of closed.krav) expect(krav.kravgrunnlagsidentifikator).toEqual(expect.any(String));
    expect(statusContract.operation('hentStatusPaaSak').validateResponse(200, closed, 'application/json')).toEqual([]);
  });

  it('feeds every change to the organisation, pageable by sequence number', async () => {
    const first = await call(`${base}/status/endringer?fraSekvensnummer=0&maksAntall=2`, { token: await token() });
    expect(first.status).toBe(200);
    expect(
      statusContract.operation('hentStatusendringer').validateResponse(200, first.body, 'application/json'),
    ).toEqual([]);
    expect(first.body.endringer.map((e: { saksstatus: string }) => e.saksstatus)).toEqual([
      'sakOpprettet',
      'sakUnderBehandling',
    ]);
    const rest = await call(`${base}/status/endringer?fraSekvensnummer=${first.body.nesteSekvensnummer}`, {
      token: await token(),
    });
    expect(rest.body.endringer.map((e: { saksstatus: string }) => e.saksstatus)).toEqual([
      'sakForelagt',
      'sakBesluttet',
      'sakAvsluttet',
    ]);
    const times = [...first.body.endringer, ...rest.body.endringer].map((e: { tidspunkt: string }) =>
      Date.parse(e.tidspunkt),
    );
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const empty = await call(`${base}/status/endringer?fraSekvensnummer=${rest.body.nesteSekvensnummer}`, {
      token: await token(),
    });
    expect(empty.body).toEqual({ endringer: [], nesteSekvensnummer: rest.body.nesteSekvensnummer });
  });

  it('refuses bad feed parameters with 400', async () => {
    expect((await call(`${base}/status/endringer?maksAntall=0`, { token: await token() })).status).toBe(400);
    expect((await call(`${base}/status/endringer?fraSekvensnummer=abc`, { token: await token() })).status).toBe(400);
  });

  it('shows another organisation none of it', async () => {
    const stranger = await registerClient(simulator, { orgnr: '311111114' });
    const strangerToken = await fetchToken(stranger);
    expect((await call(`${base}/status/${reference}`, { token: strangerToken })).status).toBe(403);
    expect((await call(`${base}/status/endringer`, { token: strangerToken })).body.endringer).toEqual([]);
  });

  it('answers an unknown reference with 404', async () => {
    expect((await call(`${base}/status/ukjent-sak`, { token: await token() })).status).toBe(404);
  });
});

describe('Status på sak: administrative outcomes', () => {
  it('sets sakHevet and sakNektetFremmet through the admin API, into the feed', async () => {
    const hevet = simulator.admin.seedCase({ orgnr: client.orgnr });
    const nektet = simulator.admin.seedCase({ orgnr: client.orgnr });
    simulator.admin.setCaseStatus(String(hevet.eksternSaksreferanse), 'sakHevet');
    simulator.admin.setCaseStatus(String(nektet.eksternSaksreferanse), 'sakNektetFremmet');
    const read = async (reference: unknown) =>
      (await call(`${base}/status/${reference}`, { token: await token() })).body.saksstatus;
    expect(await read(hevet.eksternSaksreferanse)).toBe('sakHevet');
    expect(await read(nektet.eksternSaksreferanse)).toBe('sakNektetFremmet');
    simulator.admin.clock.advance('40d');
    expect(await read(hevet.eksternSaksreferanse)).toBe('sakHevet');
    const feed = await call(`${base}/status/endringer?maksAntall=1000`, { token: await token() });
    const states = feed.body.endringer
      .filter((e: { eksternSaksreferanse: string }) => e.eksternSaksreferanse === hevet.eksternSaksreferanse)
      .map((e: { saksstatus: string }) => e.saksstatus);
    expect(states).toEqual(['sakOpprettet', 'sakHevet']);
  });

  it('seeds a case in a fixed state', async () => {
    const seeded = simulator.admin.seedCase({
      orgnr: client.orgnr,
      saksstatus: 'sakBesluttet',
      eksternSaksreferanse: 'SEEDED-1',
    });
    expect(seeded).toMatchObject({ eksternSaksreferanse: 'SEEDED-1', saksstatus: 'sakBesluttet' });
    const result = await call(`${base}/status/SEEDED-1`, { token: await token() });
    expect(result.body.beslutning).toHaveLength(1);
  });
});
