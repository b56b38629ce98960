import { loadCanonicalExample } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { ConformanceError } from '../src/errors.js';
import { parsePact } from '../src/pact/parse-pact.js';
import { verifyPact } from '../src/pact/verify-pact.js';

const BASE = '/api/utleggsbegjaering/v2';
const HEADERS = {
  Klientid: 'inkasso-system',
  Korrelasjonsid: '6f1c2b0e-8d4a-4c3e-9a57-2f1d5c9b7e10',
  Meldingsid: '0b7e9d1c-3a5f-4e2b-8c6d-9f0a1b2c3d4e',
  'Content-Type': 'application/json',
};
const problem422 = (codes: string[]) => ({
  type: 'about:blank',
  status: 422,
  korrelasjonsid: HEADERS.Korrelasjonsid,
  kontrollutslag: codes.map((kode) => ({ kode, melding: kode, beskrivelse: kode })),
});

function pactV3(interactions: unknown[]) {
  return JSON.stringify({
    consumer: { name: 'inkasso-system' },
    provider: { name: 'elan' },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}

const valid = loadCanonicalExample('1.0', 'minimal');
const noClaims = { ...valid, kravTilInnkreving: [] };
const verify = (text: string) => verifyPact(parsePact(text), { modelVersion: '1.0', today: '2026-03-02' });

describe('pact verify', () => {
  it('passes interactions that follow the contract and the vilkår', () => {
    const report = verify(
      pactV3([
        {
          description: 'a valid begjæring is accepted',
          request: { method: 'POST', path: `${BASE}/valider`, headers: HEADERS, body: valid },
          response: { status: 204 },
        },
        {
          description: 'a begjæring without claims is rejected',
          request: { method: 'POST', path: `${BASE}/valider`, headers: HEADERS, body: noClaims },
          response: {
            status: 422,
            headers: { 'Content-Type': 'application/problem+json' },
            body: problem422(['MANGLER_KRAV']),
          },
        },
      ]),
    );
    expect(report.interactions.map((i) => [i.operationId, i.status])).toEqual([
      ['validerNyBegjaering', 'pass'],
      ['validerNyBegjaering', 'pass'],
    ]);
    expect(report.interactions[1]?.provingCodes).toEqual(['MANGLER_KRAV']);
    expect(report.summary).toMatchObject({ total: 2, pass: 2, fail: 0 });
  });

  it('fails interactions whose 422 codes disagree with prøving, or that expect acceptance of a rejected request', () => {
    const report = verify(
      pactV3([
        {
          description: 'wrong code',
          request: { method: 'POST', path: `${BASE}/valider`, headers: HEADERS, body: noClaims },
          response: {
            status: 422,
            headers: { 'Content-Type': 'application/problem+json' },
            body: problem422(['DUPLIKAT_SAKSOEKER']),
          },
        },
        {
          description: 'accepts what prøving rejects',
          request: { method: 'POST', path: BASE, headers: HEADERS, body: noClaims },
          response: {
            status: 201,
            headers: { 'Content-Type': 'application/json' },
            body: { eksternSaksreferanse: 'S1' },
          },
        },
      ]),
    );
    expect(report.interactions.map((i) => i.status)).toEqual(['fail', 'fail']);
    const codes = report.interactions.flatMap((i) => i.problems.map((p) => p.code));
    expect(codes).toContain('PACT_KONTROLLUTSLAG_MISSING');
    expect(codes).toContain('PACT_KONTROLLUTSLAG_UNEXPECTED');
    expect(codes).toContain('PACT_EXPECTS_ACCEPTANCE');
  });

  it('checks headers, paths and response schemas (pact V4 bodies included)', () => {
    const text = JSON.stringify({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      metadata: { pactSpecification: { version: '4.0' } },
      interactions: [
        {
          type: 'Synchronous/HTTP',
          description: 'no ELAN headers',
          request: { method: 'GET', path: `${BASE}/status/S1`, headers: {} },
          response: {
            status: 200,
            headers: { 'Content-Type': ['application/json'] },
            body: { content: { unexpected: true }, contentType: 'application/json' },
          },
        },
        {
          type: 'Synchronous/HTTP',
          description: 'a path ELAN does not have',
          request: { method: 'POST', path: '/api/utleggsbegjaering/v2/finnes/ikke/her', headers: HEADERS },
          response: { status: 200 },
        },
        { type: 'Asynchronous/Messages', description: 'a message', contents: {} },
      ],
    });
    const report = verify(text);
    expect(report.interactions.map((i) => i.status)).toEqual(['fail', 'fail', 'skip']);
    const first = report.interactions[0]?.problems.map((p) => p.code) ?? [];
    expect(first).toContain('PACT_REQUEST_HEADER_INVALID');
    expect(first).toContain('PACT_RESPONSE_INVALID');
    expect(report.interactions[1]?.problems[0]?.code).toBe('PACT_UNKNOWN_OPERATION');
  });

  it('refuses something that is not a pact, naming where', () => {
    expect(() => parsePact('{not json')).toThrow(ConformanceError);
    expect(() => parsePact('{"interactions": [{"request": {}, "response": {"status": 200}}]}')).toThrow(
      /\/interactions\/0\/request\/method/,
    );
    expect(() => parsePact('{"interactions": [{"request": {"method": "GET", "path": "/"}}]}')).toThrow(
      /\/interactions\/0\/response/,
    );
  });
});
