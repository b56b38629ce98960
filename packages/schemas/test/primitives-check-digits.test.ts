import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ibanFromKontonummer,
  isValidDnummer,
  isValidFnr,
  isValidFoedselsnummer,
  isValidIban,
  isValidKid,
  isValidKontonummer,
  isValidOrgnr,
  kidControlCharacter,
  kontonummerControlDigit,
  orgnrControlDigit,
  PRIMITIVE_ASSUMPTIONS,
  personidentControlDigits,
  personidentKind,
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

  it('tells a fødselsnummer from a D-nummer', () => {
    expect(personidentKind('17912099997')).toBe('fnr');
    expect(personidentKind('57912075186')).toBe('dnr');
    expect(isValidFnr('57912075186')).toBe(false);
    expect(isValidDnummer('57912075186')).toBe(true);
    expect(isValidFnr('17912099997')).toBe(true);
  });

  it('rejects dates that do not exist even when the control digits fit (A-PRIM-PERSONIDENT)', () => {
    // Tenor 30 February and 31 April with classic control digits computed for them.
    for (const datePart of ['308220', '318420']) {
      const nine = Array.from({ length: 100 }, (_, i) => `${datePart}${String(999 - i).padStart(3, '0')}`).find(
        (candidate) => personidentControlDigits(candidate) !== undefined,
      );
      expect(nine).toBeDefined();
      expect(isValidFoedselsnummer(`${nine}${personidentControlDigits(nine ?? '')}`)).toBe(false);
    }
    // 29 February is accepted whatever the year, since the century is not in the date part.
    expect(isValidFoedselsnummer('29822099635')).toBe(true);
  });

  it('rejects H-numbers (month + 40), which are not Folkeregister identifiers (A-PRIM-PERSONIDENT)', () => {
    // 17.11.20 as an H-number (month 51) with control digits that would be valid under any month.
    const nine = Array.from({ length: 100 }, (_, i) => `175120${String(999 - i).padStart(3, '0')}`).find(
      (candidate) => personidentControlDigits(candidate) !== undefined,
    );
    expect(isValidFoedselsnummer(`${nine}${personidentControlDigits(nine ?? '')}`)).toBe(false);
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

  it('rejects bank number 0000 although its MOD11 digit fits (A-PRIM-KONTONUMMER), and only that bank number', () => {
    for (const body of ['0000000000', '0000123456', '0000999999']) {
      const control = kontonummerControlDigit(body);
      if (control === undefined) continue;
      expect(isValidKontonummer(`${body}${control}`), body).toBe(false);
      expect(ibanFromKontonummer(`${body}${control}`)).toBeUndefined();
    }
    expect(isValidKontonummer('00000000000')).toBe(false);
    const control = kontonummerControlDigit('0001123456');
    expect(control).toBeDefined();
    expect(isValidKontonummer(`0001123456${control}`)).toBe(true);
  });
});

describe('KID', () => {
  it('accepts MOD10 and MOD11 check characters, including "-" for MOD11 remainder 1', () => {
    expect(isValidKid('12344')).toBe(true);
    expect(isValidKid('12343', 'MOD11')).toBe(true);
    expect(isValidKid('1009-', 'MOD11')).toBe(true);
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
        const control = String((10 - (sum % 10)) % 10);
        return kidControlCharacter(body, 'MOD10') === control && isValidKid(body + control, 'MOD10');
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

  it('builds the IBAN of a kontonummer, and refuses a Norwegian IBAN around an invalid kontonummer', () => {
    expect(ibanFromKontonummer('6993.05.70044')).toBe('NO6869930570044');
    expect(ibanFromKontonummer('69930570045')).toBeUndefined();
    // NO + valid mod-97 check digits around the 0000 bank number: the IBAN arithmetic alone would accept it.
    expect(isValidIban('NO1300000000000')).toBe(false);
    expect(isValidIban('NO 68 6993 0570 044')).toBe(true);
  });

  it("accepts only IBANs of their country's length", () => {
    expect(isValidIban('NO686993057004')).toBe(false);
  });
});

describe('control digits for generators', () => {
  it('makes numbers the validators accept, for any body', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (eight) => {
        const control = orgnrControlDigit(eight);
        return control === undefined || isValidOrgnr(`${eight}${control}`);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{9}$/), (ten) => {
        const control = kontonummerControlDigit(ten);
        return control === undefined || ten.startsWith('0000') || isValidKontonummer(`${ten}${control}`);
      }),
    );
    expect(kidControlCharacter('12a', 'MOD10')).toBeUndefined();
  });

  it('names every assumption the primitives rest on once', () => {
    const ids = PRIMITIVE_ASSUMPTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['A-PRIM-PERSONIDENT', 'A-PRIM-KONTONUMMER', 'A-PRIM-OSLO-TID']));
  });
});
