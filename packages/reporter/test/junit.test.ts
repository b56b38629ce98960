import { describe, expect, it } from 'vitest';
import { renderJunit } from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';
import { type JunitTestcase, parseJunit, propertiesOf } from './junit-parse.js';

describe('JUnit report', () => {
  const sample = loadSample();
  const document = parseJunit(renderJunit(sample));
  const suites = document.testsuites.testsuite;
  const cases = suites.flatMap((suite) => suite.testcase);
  const byId = (id: string): JunitTestcase => {
    const found = cases.find((testcase) => testcase['@_name'].startsWith(`${id} – `));
    if (!found) throw new Error(`no testcase for ${id}`);
    return found;
  };

  it('has root totals that match the run', () => {
    const root = document.testsuites;
    expect(root['@_name']).toBe('Testoppsummering – integrasjon mot ELAN');
    expect([root['@_tests'], root['@_failures'], root['@_errors'], root['@_skipped']]).toEqual(['25', '2', '1', '9']);
    expect(root['@_time']).toBe('102.785');
  });

  it('has one testsuite per checklist section with its counts', () => {
    expect(suites.map((suite) => suite['@_name'])).toEqual([
      '1 – Forberedelser og avtaler',
      '2 – Tilgang og autentisering',
      '3 – Testmiljø og testdata',
      '4 – Implementasjon og integrasjon',
      '5 – Testing og verifisering',
      '6 – Overgang til produksjon',
      '7 – Oppfølging',
    ]);
    const section4 = suites[3];
    expect(section4).toMatchObject({ '@_tests': '6', '@_failures': '1', '@_errors': '1', '@_skipped': '1' });
    expect(section4?.['@_timestamp']).toBe('2026-11-26T20:30:05.120Z');
    expect(Object.fromEntries(propertiesOf(section4 ?? {}))).toMatchObject({
      'elan.runId': 'run-20261126-203005-7f3a',
      'elan.contractHash': sample.contract.hash,
      'elan.modelVersion': '2.0',
      'elan.target': 'simulator',
      'elan.verdict': 'fail',
      'elan.orgnr': '312345678',
    });
  });

  it('has one testcase per check, classname = checklist section, time in seconds', () => {
    expect(cases).toHaveLength(sample.checks.length);
    for (const check of sample.checks) {
      const testcase = byId(check.id);
      expect(testcase['@_classname'].startsWith(`${check.section} – `)).toBe(true);
      expect(testcase['@_time']).toBe(((check.durationMs ?? 0) / 1000).toFixed(3));
    }
    expect(byId('verify-duplicate-submission')['@_name']).toBe(
      'verify-duplicate-submission – Duplikat innsending avvises',
    );
  });

  it('reports a failed check as failure with the finding as message and details', () => {
    const testcase = byId('verify-duplicate-submission');
    expect(testcase.failure?.['@_message']).toBe(
      'HTTP_STATUS: Forventet 422 med DUPLIKAT_INNSENDING ved andre innsending, fikk 201 Created.',
    );
    expect(testcase.failure?.['@_type']).toBe('HTTP_STATUS');
    expect(testcase.failure?.['#text']).toContain('Forventet: 422');
    expect(testcase.failure?.['#text']).toContain('Faktisk: 201');
    expect(testcase.error).toBeUndefined();
    expect(testcase.skipped).toBeUndefined();
  });

  it('names the failing finding in the failure message even when an informational one comes first', () => {
    const run = withCheck(sample, 'verify-duplicate-submission', (check) => ({
      ...check,
      findings: [{ code: 'OBSERVED_CLIENT', severity: 'info', message: 'Judged 3 exchanges.' }, ...check.findings],
    }));
    const testcase = parseJunit(renderJunit(run))
      .testsuites.testsuite.flatMap((suite) => suite.testcase)
      .find((candidate) => candidate['@_name'].startsWith('verify-duplicate-submission – '));
    expect(testcase?.failure?.['@_type']).toBe('HTTP_STATUS');
    expect(testcase?.failure?.['#text']).toContain('OBSERVED_CLIENT');
  });

  it('reports a tool or environment error as error', () => {
    const testcase = byId('impl-status-paa-sak');
    expect(testcase.error?.['@_type']).toBe('ENV_UPSTREAM_UNAVAILABLE');
    expect(testcase.error?.['@_message']).toMatch(/^ENV_UPSTREAM_UNAVAILABLE: Testmiljøet svarte 503/);
    expect(testcase.failure).toBeUndefined();
  });

  it('reports skip as skipped with the reason, and manual checks as skipped with the attestation', () => {
    expect(byId('auth-systembruker').skipped).toEqual({
      '@_message': 'NOT_CONFIGURED: Systembruker er ikke satt opp i konfigurasjonen (auth.systemUser).',
    });
    expect(byId('prep-roles-and-responsibilities').skipped).toEqual({
      '@_message':
        'Manuell kontroll: attestert av Kari Nordmann 20.11.2026 – Teknisk kontakt: Ola Hansen. Prosjektansvarlig: Kari Nordmann.',
    });
    expect(byId('prod-support-routines').skipped).toEqual({ '@_message': 'Manuell kontroll: ikke attestert' });
  });

  it('has nothing but properties and system-out for a passed check', () => {
    const testcase = byId('impl-submit-begjaering');
    expect(testcase.failure ?? testcase.error ?? testcase.skipped).toBeUndefined();
  });

  it('puts korrelasjonsid and the check facts in properties, the evidence in system-out', () => {
    const testcase = byId('impl-status-paa-sak');
    const properties = propertiesOf(testcase);
    expect(properties).toContainEqual(['elan.checkId', 'impl-status-paa-sak']);
    expect(properties).toContainEqual(['elan.section', '4']);
    expect(properties).toContainEqual(['elan.severity', 'required']);
    expect(properties).toContainEqual(['elan.status', 'error']);
    expect(properties.filter(([name]) => name === 'korrelasjonsid').map(([, value]) => value)).toEqual([
      '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
      '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    ]);
    const out = testcase['system-out'] ?? '';
    expect(out).toContain(
      'GET http://127.0.0.1:43117/api/utleggsbegjaering/v2/utleggsbegjaering/status/UB-2026-0000187 → 503 (2,0 s) Korrelasjonsid=5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    );
    expect(out).toContain('Merknad: retry 3 of 3 after 503');
    expect(out).toContain('"feilkode": "XXX-002"');
    expect(propertiesOf(byId('verify-vilkaar-negative'))).toContainEqual([
      'elan.vilkaar',
      expect.stringContaining('DUPLIKAT_SAKSOEKER,DUPLIKAT_SAKSOEKT'),
    ]);
  });

  it('is in English with lang en', () => {
    const english = parseJunit(renderJunit(sample, { lang: 'en' }));
    expect(english.testsuites.testsuite[1]?.['@_name']).toBe('2 – Access and authorization');
    const manual = english.testsuites.testsuite[6]?.testcase[0];
    expect(manual?.skipped).toEqual({ '@_message': 'Manual check: attested by Kari Nordmann 25 Nov 2026' });
  });
});
