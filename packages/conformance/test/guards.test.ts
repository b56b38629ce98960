import { describe, expect, it } from 'vitest';
import { NonSyntheticDataError, ProductionUrlError } from '../src/errors.js';
import { isWithinSupportHours } from '../src/guards/off-hours.js';
import { assertUrlAllowed } from '../src/guards/production-url.js';
import { createSyntheticDataGuard, findRealIdentifiers } from '../src/guards/synthetic-data.js';
import { createHttpClient } from '../src/http/http-client.js';
import { startLocalServer } from './support/local-server.js';

/** Valid check digits, ordinary month: looks like a real person (maskinporten-identifiers-interest.md §2.1). */
const REAL_LOOKING_FNR = '31129956715';
/** Tenor: month + 80. */
const TENOR_FNR = '17912099997';
const TENOR_ORGNR = '310478717';
const REAL_LOOKING_ORGNR = '123456785';

describe('synthetic-data guard', () => {
  it('finds real-looking identifiers with their JSON pointer and passes synthetic ones', () => {
    const doc = {
      saksoekt: [{ saksoekt: { identifikator: { verdi: TENOR_FNR } } }, { identifikator: { verdi: REAL_LOOKING_FNR } }],
      innsender: { identifikator: { verdi: TENOR_ORGNR } },
      prosessfullmektig: { orgnr: REAL_LOOKING_ORGNR },
      betalingsinformasjon: { kontonummer: '12345678903' },
      merknad: `Se sak for ${REAL_LOOKING_FNR} i vedlegg`,
    };
    expect(findRealIdentifiers(doc)).toEqual([
      { pointer: '/saksoekt/1/identifikator/verdi', kind: 'fødselsnummer' },
      { pointer: '/prosessfullmektig/orgnr', kind: 'organisasjonsnummer' },
      { pointer: '/merknad', kind: 'fødselsnummer' },
    ]);
    expect(findRealIdentifiers({ a: TENOR_FNR, b: TENOR_ORGNR })).toEqual([]);
  });

  it('refuses the request before it leaves the process, naming the JSON path', async () => {
    const server = await startLocalServer();
    const http = createHttpClient().withGuards([createSyntheticDataGuard()]);
    try {
      const error = await http
        .send({ method: 'POST', url: `${server.url}/valider`, json: { saksoekt: [{ verdi: REAL_LOOKING_FNR }] } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NonSyntheticDataError);
      expect((error as NonSyntheticDataError).pointer).toBe('/saksoekt/0/verdi');
      expect((error as Error).message).toContain('/saksoekt/0/verdi');
      expect(server.received).toHaveLength(0);
    } finally {
      await http.close();
      await server.close();
    }
  });

  it('checks attachment metadata: multipart fields and file names', () => {
    const guard = createSyntheticDataGuard();
    const upload = (filename: string, referanse: string) => () =>
      guard({
        method: 'POST',
        url: 'https://api-test.sits.no/api/utleggsbegjaering/v2/vedlegg',
        multipart: {
          fields: { innsenderReferanse: referanse },
          files: [{ field: 'fil', filename, contentType: 'application/pdf', data: new Uint8Array(1) }],
        },
      });
    expect(upload('dom.pdf', 'REF-1')).not.toThrow();
    expect(upload(`dom-${REAL_LOOKING_FNR}.pdf`, 'REF-1')).toThrow(/multipart part fil filename/);
    expect(upload('dom.pdf', REAL_LOOKING_ORGNR)).toThrow(/multipart part innsenderReferanse/);
  });
});

describe('production URL guard', () => {
  it('allows only the test environment for the test target', () => {
    const policy = { onlyHosts: ['api-test.sits.no', 'test.maskinporten.no'] };
    expect(() => assertUrlAllowed('https://api-test.sits.no/api/utleggsbegjaering/v2', policy)).not.toThrow();
    expect(() => assertUrlAllowed('https://test.maskinporten.no/token', policy)).not.toThrow();
    expect(() => assertUrlAllowed('https://maskinporten.no/token', policy)).toThrow(ProductionUrlError);
    expect(() => assertUrlAllowed('https://api.sits.no/api/utleggsbegjaering/v2', policy)).toThrow(ProductionUrlError);
    expect(() => assertUrlAllowed('https://maskinporten.no/token', { ...policy, allowProduction: true })).not.toThrow();
  });

  it('refuses known production hosts for any target, but not local stand-ins', () => {
    expect(() => assertUrlAllowed('https://maskinporten.no/token', {})).toThrow(/not a test environment/);
    expect(() => assertUrlAllowed('https://api.skatteetaten.no/x', {})).toThrow(ProductionUrlError);
    expect(() => assertUrlAllowed('http://127.0.0.1:8080/api/utleggsbegjaering/v2', {})).not.toThrow();
  });
});

describe('test environment support hours', () => {
  it('is weekdays 08:00–15:45 in Oslo', () => {
    expect(isWithinSupportHours(new Date('2026-03-02T07:00:00Z'))).toBe(true); // Mon 08:00 CET
    expect(isWithinSupportHours(new Date('2026-03-02T06:59:00Z'))).toBe(false); // Mon 07:59
    expect(isWithinSupportHours(new Date('2026-03-02T14:44:00Z'))).toBe(true); // Mon 15:44
    expect(isWithinSupportHours(new Date('2026-03-02T14:45:00Z'))).toBe(false); // Mon 15:45
    expect(isWithinSupportHours(new Date('2026-03-07T10:00:00Z'))).toBe(false); // Saturday
    expect(isWithinSupportHours(new Date('2026-06-01T06:30:00Z'))).toBe(true); // Mon 08:30 CEST
  });
});
