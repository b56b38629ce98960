import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCodeValue, MODEL_VERSIONS, type ModelVersion } from '../src/index.js';
import { example, examplesDir } from './begjaering-support.js';

/**
 * Light checks that the canonical examples are what the README promises: Tenor-style identifiers with valid
 * check digits, amounts with at most two decimals, every krav in exactly one tvangsgrunnlag together with the
 * krav it relates to, interest periods and payments before the begjæringsdato. The full vilkår are run on
 * them by the rules package.
 */

const readme = readFileSync(`${examplesDir}README.md`, 'utf8');

function mod11(digits: string, weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

function isTenorFnr(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const month = Number(value.slice(2, 4));
  const k1 = mod11(value, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11(value, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return month >= 81 && month <= 92 && k1 === Number(value[9]) && k2 === Number(value[10]);
}

function isTenorOrgnr(value: string): boolean {
  return /^[23]\d{8}$/.test(value) && mod11(value, [3, 2, 7, 6, 5, 4, 3, 2]) === Number(value[8]);
}

function isKontonummer(value: string): boolean {
  return /^\d{11}$/.test(value) && mod11(value, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(value[10]);
}

function isKidMod10(value: string): boolean {
  const digits = [...value].reverse().map(Number);
  const sum = digits.reduce(
    (total, digit, i) => total + (i % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit),
    0,
  );
  return sum % 10 === 0;
}

function* entries(node: unknown, pointer = ''): Generator<[string, string, unknown]> {
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* entries(item, `${pointer}/${i}`);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      yield [`${pointer}/${key}`, key, value];
      yield* entries(value, `${pointer}/${key}`);
    }
  }
}

interface Periode {
  readonly startdato: string;
  readonly sluttdato: string;
}
interface Krav {
  readonly innsendersKravreferanse?: string;
  readonly kravreferanse?: string;
  readonly kravdetaljer: string;
  readonly relatertKrav?: readonly string[];
  readonly rentekrav?: { readonly rentePeriode: Periode };
  readonly erRentekrav?: { readonly rentePeriode: Periode };
  readonly innbetaling?: readonly { readonly bokfoertDato: string }[];
}
interface Begjaering {
  readonly begjaeringsdato: string;
  readonly kravTilInnkreving: readonly Krav[];
  readonly begjaeringensTvangsgrunnlag: readonly { readonly innsendersKravreferanse: readonly string[] }[];
}
const referenceOf = (krav: Krav): string => krav.innsendersKravreferanse ?? krav.kravreferanse ?? '';

describe.each(
  MODEL_VERSIONS.flatMap(
    (version) =>
      [
        [version, 'minimal'],
        [version, 'complex'],
      ] as [ModelVersion, 'minimal' | 'complex'][],
  ),
)('example %s/%s', (version, name) => {
  const doc = example(version, name) as unknown as Begjaering;

  it('uses Tenor-style identifiers with valid check digits, all listed in the README', () => {
    for (const [pointer, key, value] of entries(doc)) {
      if (key === 'verdi' && typeof value === 'string') {
        expect(isTenorFnr(value) || isTenorOrgnr(value), `${pointer} ${value}`).toBe(true);
        expect(readme, value).toContain(`\`${value}\``);
      }
      if (key === 'kontonummer')
        expect(isKontonummer(String(value)) && readme.includes(String(value)), pointer).toBe(true);
      if (key === 'kidnummer') expect(isKidMod10(String(value)) && readme.includes(String(value)), pointer).toBe(true);
    }
  });

  it('has amounts and rates with at most two decimals, none negative', () => {
    for (const [pointer, key, value] of entries(doc)) {
      if (typeof value !== 'number') continue;
      expect([
        'beloep',
        'avtaltRentesats',
        'beregnetMedAvtaltRentesats',
        'paalydendeBeloep',
        'prioritetISak',
        'prioritetISakFremtidigRentekrav',
      ]).toContain(key);
      expect(value >= 0 && Math.round(value * 100) === value * 100, pointer).toBe(true);
    }
  });

  it('puts every krav in exactly one tvangsgrunnlag, together with the krav it relates to', () => {
    const krav = doc.kravTilInnkreving;
    const references = krav.map(referenceOf);
    expect(new Set(references).size).toBe(references.length);
    const home = new Map<string, number>();
    for (const [index, tvangsgrunnlag] of doc.begjaeringensTvangsgrunnlag.entries()) {
      for (const reference of tvangsgrunnlag.innsendersKravreferanse) {
        expect(home.has(reference), `${reference} in more than one tvangsgrunnlag`).toBe(false);
        home.set(reference, index);
      }
    }
    expect([...home.keys()].sort()).toEqual([...references].sort());
    for (const item of krav) {
      for (const related of item.relatertKrav ?? []) expect(home.get(related)).toBe(home.get(referenceOf(item)));
    }
  });

  it('relates every Rentekrav to exactly one Hovedkrav and dates interest and payments before the begjæringsdato', () => {
    const krav = doc.kravTilInnkreving;
    const byReference = new Map(krav.map((item) => [referenceOf(item), item]));
    for (const item of krav) {
      const kind = findCodeValue('kravdetaljerUtleggsbegjaering', item.kravdetaljer, version);
      expect(kind, item.kravdetaljer).toBeDefined();
      if (kind === 'Hovedkrav') expect(item.relatertKrav).toBeUndefined();
      if (kind === 'Rentekrav') {
        expect(item.relatertKrav).toHaveLength(1);
        expect(
          findCodeValue(
            'kravdetaljerUtleggsbegjaering',
            byReference.get(item.relatertKrav?.[0] ?? '')?.kravdetaljer ?? '',
          ),
        ).toBe('Hovedkrav');
        const periode = (item.rentekrav ?? item.erRentekrav)?.rentePeriode;
        // Model 2.1 deprecates the Rentekrav entity; its examples leave the period out.
        if (version !== '2.1') {
          expect(periode && periode.startdato < periode.sluttdato && periode.sluttdato < doc.begjaeringsdato).toBe(
            true,
          );
        }
      }
      for (const payment of item.innbetaling ?? []) expect(payment.bokfoertDato <= doc.begjaeringsdato).toBe(true);
    }
  });
});
