import { generateKeyPairSync } from 'node:crypto';
import { createPartyRegister, LOCKED_PERSONS, registerFromDocument, registerToDocument } from '@elan-kit/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../src/engine/check.js';
import { finding } from '../src/engine/finding.js';
import { fail } from '../src/engine/outcomes.js';
import { runChecks } from '../src/engine/run-checks.js';
import {
  ConformanceError,
  isRunStoppingError,
  ProductionUrlError,
  RunStoppedError,
  UnknownTestPartyError,
} from '../src/errors.js';
import { createHttpClient } from '../src/http/http-client.js';
import { importMaskinportenKey, type MaskinportenKey } from '../src/maskinporten/key-material.js';
import { openTarget } from '../src/targets/open-target.js';
import { startLocalServer } from './support/local-server.js';
import { tenorRegister } from './support/tenor-register.js';

const REAL_LOOKING_FNR = '31129956715';
let key: MaskinportenKey;
const http = createHttpClient();

beforeAll(async () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  key = await importMaskinportenKey({ key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), kid: 'k1' });
});
afterAll(() => http.close());

const settings = () => ({ clientId: 'vendor-client', orgnr: '310478717', key });
const register = tenorRegister();

describe('production URL refusal', () => {
  it('the test target talks only to api-test.sits.no and test.maskinporten.no unless production is allowed', async () => {
    await expect(
      openTarget({
        kind: 'test',
        register,
        http,
        modelVersion: '1.0',
        maskinporten: {
          ...settings(),
          tokenEndpoint: 'https://maskinporten.no/token',
          issuer: 'https://maskinporten.no/',
        },
      }),
    ).rejects.toBeInstanceOf(ProductionUrlError);
    await expect(
      openTarget({
        kind: 'test',
        register,
        http,
        modelVersion: '1.0',
        maskinporten: settings(),
        baseUrl: 'https://api.sits.no/api/utleggsbegjaering/v2',
      }),
    ).rejects.toThrow(/not a test environment/);
    const allowed = await openTarget({
      kind: 'test',
      register,
      http,
      modelVersion: '1.0',
      maskinporten: { ...settings(), tokenEndpoint: 'https://maskinporten.no/token' },
      allowProduction: true,
    });
    expect(allowed.info.tokenEndpoint).toBe('https://maskinporten.no/token');
    const defaults = await openTarget({ kind: 'test', register, http, modelVersion: '0.9', maskinporten: settings() });
    expect(defaults.baseUrls.utleggsbegjaering).toBe('https://api-test.sits.no/api/utleggsbegjaering/v1');
    expect(defaults.info.tokenEndpoint).toBe('https://test.maskinporten.no/token');
  });

  it('a url target refuses known production hosts', async () => {
    await expect(
      openTarget({
        kind: 'url',
        http,
        modelVersion: '1.0',
        baseUrl: 'https://api.skatteetaten.no/api/utleggsbegjaering/v2',
        maskinporten: { ...settings(), tokenEndpoint: 'https://test.maskinporten.no/token' },
      }),
    ).rejects.toBeInstanceOf(ProductionUrlError);
  });

  it('a url target without a path says that the ELAN base URL has one', async () => {
    const open = (baseUrl: string) =>
      openTarget({
        kind: 'url',
        http,
        modelVersion: '1.0',
        baseUrl,
        maskinporten: { ...settings(), tokenEndpoint: 'http://127.0.0.1:4718/token' },
      });
    expect((await open('http://127.0.0.1:4718/')).notes).toEqual([
      {
        en: expect.stringMatching(/^The target URL has no path, .*…\/api\/utleggsbegjaering\/v2/),
        nb: expect.stringMatching(/^Mål-URL-en har ingen sti, .*…\/api\/utleggsbegjaering\/v2/),
      },
    ]);
    expect((await open('http://127.0.0.1:4718/api/utleggsbegjaering/v2')).notes).toEqual([]);
  });

  it('a url target needs a Maskinporten client, with its token endpoint', async () => {
    const error = await openTarget({
      kind: 'url',
      http,
      modelVersion: '1.0',
      baseUrl: 'http://127.0.0.1:1/v2',
      maskinporten: undefined,
    }).catch((caught: unknown) => caught);
    expect((error as { hint?: string }).hint).toMatch(/with maskinporten\.tokenEndpoint/);
  });

  it('the test target needs a Maskinporten client', async () => {
    await expect(
      openTarget({ kind: 'test', register, http, modelVersion: '1.0', maskinporten: undefined }),
    ).rejects.toThrow(/needs a Maskinporten client/);
  });
});

describe('test environment off-hours', () => {
  it('turns a failure outside weekdays 08:00–15:45 Oslo into an inconclusive error, and keeps it inside', async () => {
    const target = await openTarget({ kind: 'test', register, http, modelVersion: '1.0', maskinporten: settings() });
    const failed = fail([finding('X', { en: 'broken', nb: 'i stykker' })]);
    const saturday = target.review?.(failed, new Date('2026-03-07T10:00:00Z'));
    expect(saturday?.status).toBe('error');
    expect(saturday?.findings?.[0]?.code).toBe('OUTSIDE_SUPPORT_HOURS');
    expect(saturday?.findings?.[0]?.messageNb).toMatch(
      /^Usikkert resultat: .*utenfor testmiljøets ordinære arbeidstid/,
    );
    expect(saturday?.findings?.[1]?.code).toBe('X');
    expect(target.review?.(failed, new Date('2026-03-02T10:00:00Z'))).toBe(failed);
  });
});

describe('synthetic-data guard, end to end', () => {
  it('stops the run with the JSON path, and the API never receives the request', async () => {
    const api = await startLocalServer((_, res) => void res.writeHead(204).end());
    const maskinporten = await startLocalServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'x.y.z', token_type: 'Bearer', expires_in: 120 }));
    });
    try {
      const target = await openTarget({
        kind: 'url',
        http,
        modelVersion: '1.0',
        baseUrl: `${api.url}/api/utleggsbegjaering/v2`,
        maskinporten: { ...settings(), tokenEndpoint: `${maskinporten.url}/token` },
      });
      const sendsRealData = defineCheck({
        id: 'sends-real-data',
        section: '3',
        title: { nb: 'Sender ekte data', en: 'Sends real data' },
        description: { nb: 'Test', en: 'Test' },
        severity: 'required',
        reference: 'test',
        async run(context) {
          await context.api.validerNy({
            saksoekt: [{ saksoekt: { person: { identifikator: { verdi: REAL_LOOKING_FNR } } } }],
          });
          return fail([finding('UNREACHABLE', { en: 'should have been stopped', nb: 'skulle vært stoppet' })]);
        },
      });
      const error = await runChecks({ checks: [sendsRealData], target, http }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RunStoppedError);
      const stopped = error as RunStoppedError;
      expect(stopped.code).toBe('ELAN_NON_SYNTHETIC_DATA');
      expect(stopped.message).toContain('/saksoekt/0/saksoekt/person/identifikator/verdi');
      expect(stopped.result.checks[0]?.findings[0]?.pointer).toBe('/saksoekt/0/saksoekt/person/identifikator/verdi');
      expect(stopped.result.checks[0]?.findings[0]?.messageNb).toMatch(
        /ble stoppet før den ble sendt: verdien i \/saksoekt\/0\/saksoekt\/person\/identifikator\/verdi ser ut som et ekte fødselsnummer/,
      );
      expect(api.received).toHaveLength(0);
      expect(JSON.stringify(stopped.result)).not.toContain(REAL_LOOKING_FNR);
    } finally {
      await api.close();
      await maskinporten.close();
    }
  });
});

describe('test parties guard', () => {
  it('the test target refuses to open without a register imported from Tenor', async () => {
    for (const candidate of [undefined, createPartyRegister()]) {
      const error = await openTarget({
        kind: 'test',
        http,
        modelVersion: '2.0',
        maskinporten: settings(),
        ...(candidate ? { register: candidate } : {}),
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConformanceError);
      expect((error as ConformanceError).code).toBe('ELAN_TEST_PARTY_UNKNOWN');
      expect((error as ConformanceError).hint).toMatch(/parties search --query bosatt-voksen/);
    }
  });

  it('sends Tenor parties and published ones, and stops a request naming any other party', async () => {
    const target = await openTarget({ kind: 'test', register, http, modelVersion: '2.0', maskinporten: settings() });
    const request = (json: unknown) => ({ method: 'POST', url: target.baseUrls.utleggsbegjaering, json });
    const tenorPerson = register.defaultSaksoekt.identifier;
    const run = (json: unknown) => {
      for (const guard of target.guards) guard(request(json));
    };
    expect(() => run({ skyldner: [{ partsidentifikator: tenorPerson }] })).not.toThrow();
    expect(() => run({ skyldner: [{ partsidentifikator: LOCKED_PERSONS[3] }] })).not.toThrow();
    const generated = createPartyRegister({ seed: 9 }).defaultSaksoekt.identifier;
    const stopped = (() => {
      try {
        run({ saksoekt: [{ identifikator: { verdi: generated } }] });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(stopped).toBeInstanceOf(UnknownTestPartyError);
    expect((stopped as UnknownTestPartyError).pointer).toBe('/saksoekt/0/identifikator/verdi');
    expect(isRunStoppingError(stopped)).toBe(true);
  });

  it('a register whose payload parties are not from Tenor is refused before anything is sent', async () => {
    const base = registerToDocument(tenorRegister());
    const mixed = registerFromDocument({
      ...base,
      persons: base.persons.map((p, i) => (i === 0 ? { ...p, source: { kind: 'generated', seed: 1 } } : p)),
    });
    const error = await openTarget({
      kind: 'test',
      register: mixed,
      http,
      modelVersion: '2.0',
      maskinporten: settings(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownTestPartyError);
    expect((error as UnknownTestPartyError).identifier).toBe(base.persons[0]?.identifier);
  });
});
