import { CHECK_STATUSES, CHECKLIST_SECTIONS, validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { countStatuses } from '../src/model/build-report-model.js';
import { loadSample } from './helpers.js';

describe('the sample RunResult fixture', () => {
  const sample = loadSample();

  it('is valid against the RunResult schema', () => {
    expect(validateRunResult(sample)).toMatchObject({ valid: true });
  });

  it('covers all seven checklist sections and every outcome', () => {
    expect(new Set(sample.checks.map((check) => check.section))).toEqual(new Set(CHECKLIST_SECTIONS));
    expect(new Set(sample.checks.map((check) => check.status))).toEqual(new Set(CHECK_STATUSES));
  });

  it('has summary counts that match its checks, overall and per section', () => {
    const { verdict, bySection, ...totals } = sample.summary;
    expect(totals).toEqual(countStatuses(sample.checks));
    for (const section of CHECKLIST_SECTIONS) {
      expect(bySection[section]).toEqual(countStatuses(sample.checks.filter((check) => check.section === section)));
    }
    expect(verdict).toBe('fail');
  });

  it('has evidence with korrelasjonsid, attested and unattested manual checks, and vilkår coverage', () => {
    const exchanges = sample.checks.flatMap((check) => check.evidence);
    expect(exchanges.filter((exchange) => exchange.korrelasjonsid).length).toBeGreaterThan(10);
    const manual = sample.checks.filter((check) => check.status === 'manual');
    expect(manual.some((check) => check.attestation?.attested)).toBe(true);
    expect(manual.some((check) => !check.attestation?.attested)).toBe(true);
    expect(sample.vilkaarCoverage?.exercised.length).toBeGreaterThan(40);
    expect(sample.vilkaarCoverage?.applicable.length).toBeLessThanOrEqual(sample.vilkaarCoverage?.catalogSize ?? 0);
  });
});
