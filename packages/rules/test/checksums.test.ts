import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidFoedselsnummer,
  isValidIban,
  isValidKid,
  isValidKidMod10,
  isValidKidMod11,
  isValidKontonummer,
  isValidOrgnr,
} from '../src/index.js';

/** Every single-digit substitution of a valid number (the position and the new digit). */
function singleDigitMutations(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== value[i]) out.push(value.slice(0, i) + d + value.slice(i + 1));
    }
  }
  return out;
}

describe('organisasjonsnummer', () => {
  it('accepts the documented examples, Tenor (2/3) and real (8/9) alike', () => {
    for (const orgnr of [
      '123456785',
      '310478717',
      '313367002',
      '311851381',
      '314961900',
      '212201782',
      '810624582',
      '910624474',
    ]) {
      expect(isValidOrgnr(orgnr), orgnr).toBe(true);
    }
  });

  it('rejects every single-digit change, other lengths and non-digits', () => {
    for (const mutated of singleDigitMutations('310478717')) expect(isValidOrgnr(mutated), mutated).toBe(false);
    for (const bad of ['31047871', '3104787170', '31047871x', '', ' 310478717']) expect(isValidOrgnr(bad)).toBe(false);
  });

  it('rejects numbers whose check digit would be 10', () => {
    // Body 00000006: weighted sum 2·6 = 12 ≡ 1 (mod 11), so no check digit makes it valid.
    for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`00000006${d}`)).toBe(false);
  });
});

describe('fødselsnummer and D-nummer', () => {
  it('accepts classic, Tenor (+80) and D-numbers from the documentation', () => {
    for (const id of [
      '31129956715',
      '17912099997',
      '57912075186',
      '29822099635',
      '69822075096',
      '05840399895',
      '45840375084',
      '12829499914',
      '52829400197',
      '21929774873',
      '61929750062',
      '44926701751',
    ]) {
      expect(isValidFoedselsnummer(id), id).toBe(true);
    }
  });

  it('accepts numbers issued under the 2032 rule (k1 remainders 0–3)', () => {
    expect(isValidFoedselsnummer('02013299997')).toBe(true);
    expect(isValidFoedselsnummer('30108299920')).toBe(true);
    expect(isValidFoedselsnummer('30108299939')).toBe(true);
  });

  it('rejects every single-digit change of a valid number, and impossible dates', () => {
    for (const mutated of singleDigitMutations('17912099997')) {
      expect(isValidFoedselsnummer(mutated), mutated).toBe(false);
    }
    expect(isValidFoedselsnummer('00000000000')).toBe(false);
    expect(isValidFoedselsnummer('1791209999')).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof isValidFoedselsnummer(text) === 'boolean'));
  });
});

describe('kontonummer', () => {
  it('accepts the documented examples, also with dots and spaces', () => {
    for (const konto of ['69930570044', '76940512057', '12345678903', '1234.56.78903', '1234 56 78903']) {
      expect(isValidKontonummer(konto), konto).toBe(true);
    }
  });

  it('rejects every single-digit change', () => {
    for (const mutated of singleDigitMutations('76940512057')) expect(isValidKontonummer(mutated), mutated).toBe(false);
    expect(isValidKontonummer('7694051205')).toBe(false);
  });
});

describe('KID', () => {
  it('accepts MOD10 and MOD11 check characters, including "-" for MOD11 remainder 1', () => {
    expect(isValidKidMod10('12344')).toBe(true);
    expect(isValidKidMod11('12343')).toBe(true);
    expect(isValidKidMod11('1009-')).toBe(true);
    expect(isValidKid('12344')).toBe(true);
    expect(isValidKid('12343')).toBe(true);
  });

  it('rejects a KID valid under neither method, and wrong lengths', () => {
    expect(isValidKid('12345')).toBe(false);
    expect(isValidKid('1')).toBe(false);
    expect(isValidKid('1'.repeat(26))).toBe(false);
    expect(isValidKid('12a44')).toBe(false);
  });

  it('accepts the Luhn digit computed for any digit string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,24}$/), (body) => {
        let sum = 0;
        for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 2 ? 1 : 2) {
          const p = Number(body[i]) * w;
          sum += p > 9 ? p - 9 : p;
        }
        return isValidKidMod10(body + String((10 - (sum % 10)) % 10));
      }),
    );
  });
});

describe('IBAN', () => {
  it('checks mod-97 and knows that the documentation sample is wrong', () => {
    expect(isValidIban('NO3932074068323')).toBe(true);
    expect(isValidIban('NO6869930570044')).toBe(true);
    expect(isValidIban('NO5969930570044')).toBe(false);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('not an iban')).toBe(false);
  });
});
