import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createPartyRegister, LOCKED_ORGANISATIONS, LOCKED_PERSONS } from '@elan-kit/fixtures';
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

const examplesRoot = join(
  dirname(createRequire(import.meta.url).resolve('@elan-kit/schemas/package.json')),
  'contracts',
  'examples',
);
function example(path: string): Record<string, Json> {
  return JSON.parse(readFileSync(join(examplesRoot, path), 'utf8'));
}
function id(verdi: string) {
  return { identifikatortype: 'taxIdentificationNumber', verdi, landkode: 'NO' };
}

let simulator: Simulator;
let client: RegisteredClient;

/** The saksøkt of the fixed test cases: a register person on the new regime. */
function testSaksoekt(): string {
  const status = simulator.admin.readCase('TEST_SAK_OPPRETTET') as {
    saksoekt: Array<{ identifikator: { verdi: string } }>;
  };
  return status.saksoekt[0]!.identifikator.verdi;
}

beforeAll(async () => {
  simulator = await startSimulator();
  client = simulator.client;
});
afterAll(() => simulator.close());

describe('Betjeningskartet', () => {
  const lookUp = async (skyldner: unknown[]) =>
    call(`${client.baseUrls.betjeningskartet}/betjeningskartet`, {
      token: await fetchToken(client),
      body: { skyldner },
    });

  it('answers nyttRegelverk for register parties, tidligereRegelverk for the locked lists', async () => {
    const newRegime = await lookUp([id(testSaksoekt())]);
    expect(newRegime.status).toBe(200);
    expect(newRegime.body.regelverk).toBe('nyttRegelverk');
    expect(
      loadContract('betjeningskartet')
        .operation('slaaOppRegelverk')
        .validateResponse(200, newRegime.body, 'application/json'),
    ).toEqual([]);
    const old = await lookUp([id(LOCKED_PERSONS[3]!), id(LOCKED_ORGANISATIONS[0]!)]);
    expect(old.body.regelverk).toBe('tidligereRegelverk');
    expect(old.body.skyldner.map((s: { regelverk: string }) => s.regelverk)).toEqual([
      'tidligereRegelverk',
      'tidligereRegelverk',
    ]);
    expect(old.body.skyldner[0].partsreferanse.partsidentifikator).toEqual(id(LOCKED_PERSONS[3]!));
  });

  it('answers ukjentSkyldner for unknown identifiers, and motstridendeRegelverk at top level when debtors differ', async () => {
    expect((await lookUp([id('12345678901')])).body.regelverk).toBe('ukjentSkyldner');
    const mixed = await lookUp([id(LOCKED_PERSONS[0]!), id(testSaksoekt())]);
    expect(mixed.body.regelverk).toBe('motstridendeRegelverk');
    expect(mixed.body.skyldner.map((s: { regelverk: string }) => s.regelverk)).toEqual([
      'tidligereRegelverk',
      'nyttRegelverk',
    ]);
  });

  it('answers nyttRegelverk for a valid Tenor party the register does not hold, as the test environment would', async () => {
    // A vendor's own Tenor debtor (fødselsnummer with month + 80) and creditor-style orgnr, both with valid check digits.
    const ownDebtors = ['12838510068', '315510120'];
    for (const identifier of ownDebtors) expect(createPartyRegister({ seed: 1 }).has(identifier)).toBe(false);
    const result = await lookUp(ownDebtors.map(id));
    expect(result.body.skyldner.map((s: { regelverk: string }) => s.regelverk)).toEqual([
      'nyttRegelverk',
      'nyttRegelverk',
    ]);
    expect(result.body.regelverk).toBe('nyttRegelverk');
    // One of them next to a locked party is a conflict, not "unknown".
    expect((await lookUp([id('12838510068'), id(LOCKED_PERSONS[0]!)])).body.regelverk).toBe('motstridendeRegelverk');
  });

  it('accepts the published 1.3.1 request: kildesystem, and partsreferanser with partsnummer as text', async () => {
    const result = await call(`${client.baseUrls.betjeningskartet}/betjeningskartet`, {
      token: await fetchToken(client),
      body: {
        kildesystem: 'innfriRegnskap',
        skyldner: [
          { partsnummer: '1000123', partsidentifikator: id(LOCKED_PERSONS[2]!) },
          { partsidentifikator: id(LOCKED_ORGANISATIONS[1]!) },
        ],
      },
    });
    expect(result.status).toBe(200);
    expect(result.body.regelverk).toBe('tidligereRegelverk');
    expect(result.body.skyldner[0].partsreferanse).toEqual({
      partsnummer: '1000123',
      partsidentifikator: id(LOCKED_PERSONS[2]!),
    });
    expect(
      loadContract('betjeningskartet')
        .operation('slaaOppRegelverk')
        .validateResponse(200, result.body, 'application/json'),
    ).toEqual([]);
    const byNumberOnly = await lookUp([{ partsnummer: '1000123' }]);
    expect(byNumberOnly.status).toBe(200);
    expect(byNumberOnly.body.regelverk).toBe('ukjentSkyldner');
  });

  it('accepts identifier variant B, and parties added through the admin API', async () => {
    simulator.admin.registerParty({ identifier: '12345678911', kind: 'person', regelverk: 'tidligereRegelverk' });
    const result = await lookUp([{ taxIdentificationNumber: '12345678911', landkodeIdentifikator: 'NO' }]);
    expect(result.body.regelverk).toBe('tidligereRegelverk');
  });

  it('refuses an empty list by schema (400)', async () => {
    expect((await lookUp([])).status).toBe(400);
  });
});

describe('Innsyn i ett trekk', () => {
  let owner: RegisteredClient;
  let reference: string;
  let saksoekt: unknown;

  beforeAll(async () => {
    const loaded = loadExample('1.0', 'minimal');
    owner = await registerClient(simulator, { orgnr: exampleInnsender(loaded) });
    const document = seedAttachmentsFor(simulator, loaded, owner.orgnr);
    const created = await call(owner.baseUrls.utleggsbegjaering, { token: await fetchToken(owner), body: document });
    expect(created.status).toBe(201);
    reference = created.body.eksternSaksreferanse;
    const party = (document.saksoekt as Json[])[0].saksoekt;
    saksoekt = (party.person ?? party.virksomhet).identifikator;
  });

  it('answers synthetic a–e elements for a case the caller submitted', async () => {
    const result = await call(`${owner.baseUrls.innsyn}/innsyn/trekk`, {
      token: await fetchToken(owner),
      body: { eksternSaksreferanse: reference, saksoekt },
    });
    expect(result.status).toBe(200);
    expect(
      loadContract('innsyn').operation('hentInnsynITrekk').validateResponse(200, result.body, 'application/json'),
    ).toEqual([]);
    expect(Object.keys(result.body)).toEqual(
      expect.arrayContaining([
        'kravMedBedrePrioritet',
        'kravMedLikPrioritet',
        'uforfalteBidragskrav',
        'innbetalinger',
        'trekkpaalegg',
      ]),
    );
  });

  it('answers 404 for another saksøkt, an unknown case, a fixed test case; 403 for another organisation', async () => {
    const ask = async (body: unknown, who: RegisteredClient = owner) =>
      (await call(`${who.baseUrls.innsyn}/innsyn/trekk`, { token: await fetchToken(who), body })).status;
    expect(await ask({ eksternSaksreferanse: reference, saksoekt: id(LOCKED_PERSONS[0]!) })).toBe(404);
    expect(await ask({ eksternSaksreferanse: 'ukjent', saksoekt })).toBe(404);
    expect(await ask({ eksternSaksreferanse: 'TEST_SAK_BESLUTTET', saksoekt })).toBe(404);
    expect(await ask({ kravgrunnlagsidentifikator: '999', saksoekt })).toBe(404);
    expect(await ask({ eksternSaksreferanse: reference, saksoekt }, client)).toBe(403);
  });

  it('finds the case by kravgrunnlagsidentifikator once the officer has decided', async () => {
    simulator.admin.setCaseStatus(reference, 'sakBesluttet');
    const status = simulator.admin.readCase(reference) as {
      beslutning: Array<{ krav: Array<{ kravgrunnlagsidentifikator: string }> }>;
    };
    const kravgrunnlagsidentifikator = status.beslutning[0]?.krav[0]?.kravgrunnlagsidentifikator;
    const result = await call(`${owner.baseUrls.innsyn}/innsyn/trekk`, {
      token: await fetchToken(owner),
      body: { kravgrunnlagsidentifikator, saksoekt },
    });
    expect(result.status).toBe(200);
    expect(result.body.kravgrunnlagsidentifikator).toBe(kravgrunnlagsidentifikator);
  });
});

describe('Municipality API', () => {
  it('receives a decision (1.0 under /v1, 2.0 under /v2) with 201 {eksternSaksreferanse}', async () => {
    const kommune = await registerClient(simulator, { scope: 'skatteetaten:utleggstrekkbeslutningkommune' });
    const token = await fetchToken(kommune, { scope: 'skatteetaten:utleggstrekkbeslutningkommune' });
    const root = kommune.baseUrls.kommune.replace(/\/v1$/, '');
    const v1 = await call(`${root}/v1/beslutning`, {
      token,
      body: example('kommune/1.0/sendBeslutningOmTrekk.request.published-8ed9725.json'),
    });
    expect(v1.status).toBe(201);
    expect(v1.body).toEqual({ eksternSaksreferanse: expect.any(String) });
    const v2 = await call(`${root}/v2/beslutning`, {
      token,
      body: example('kommune/2.0/sendBeslutningOmTrekk.request.constructed.json'),
    });
    expect(v2.status).toBe(201);
    expect(simulator.admin.state().kommuneDecisions).toBe(2);
    expect((await call(`${root}/v2/beslutning`, { token, body: { foo: 1 } })).status).toBe(400);
  });

  it('proves the claims and payment details of a decision (422)', async () => {
    const token = await fetchToken(client, { scope: 'skatteetaten:utleggstrekkbeslutningkommune' });
    const decision = example('kommune/1.0/sendBeslutningOmTrekk.request.published-8ed9725.json');
    decision.betalingsinformasjon.kontoinformasjon.kontonummer = '12345678901';
    const result = await call(`${client.baseUrls.kommune}/beslutning`, { token, body: decision });
    expect(result.status).toBe(422);
    expect(result.body.kontrollutslag.map((k: { kode: string }) => k.kode)).toContain('UGYLDIG_KONTONR');
  });

  it('answers Oppslag samordnet trekk: false by default, true after a withholding decision or when set', async () => {
    const token = await fetchToken(client);
    const body = example('kommune/1.0/oppslagSamordnetTrekk.request.published-0ab4a17.json');
    const url = `${client.baseUrls.kommune}/oppslag-samordnet-trekk`;
    const before = await call(url, { token, body });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ skyldner: body.skyldner, harEllerHarHattSamordnetTrekkNyttRegelverk: false });
    expect(
      loadContract('kommune', '1.0')
        .operation('oppslagSamordnetTrekk')
        .validateResponse(200, before.body, 'application/json'),
    ).toEqual([]);
    simulator.admin.setCoordinatedWithholding(body.skyldner.taxIdentificationNumber, true);
    expect((await call(url, { token, body })).body.harEllerHarHattSamordnetTrekkNyttRegelverk).toBe(true);
  });

  it('names the Oppslag boolean as configured', async () => {
    const renamed = await startSimulator({ oppslagFlagName: 'harSamordnetTrekk' });
    try {
      const body = example('kommune/1.0/oppslagSamordnetTrekk.request.published-0ab4a17.json');
      const result = await call(`${renamed.client.baseUrls.kommune}/oppslag-samordnet-trekk`, {
        token: await fetchToken(renamed.client),
        body,
      });
      expect(result.body).toHaveProperty('harSamordnetTrekk', false);
    } finally {
      await renamed.close();
    }
  });
});
