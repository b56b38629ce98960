import { digitAt, isDigitsOfLength, mod11ControlDigit } from './digits.js';

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The control digit of an organisasjonsnummer's first eight digits, `undefined` when none exists. */
export function orgnrControlDigit(eightDigits: string): number | undefined {
  return isDigitsOfLength(eightDigits, 8) ? mod11ControlDigit(eightDigits, ORGNR_WEIGHTS) : undefined;
}

/** Organisasjonsnummer: 9 digits, MOD11 with weights 3 2 7 6 5 4 3 2 (remainder 1 ⇒ invalid). Any first digit. */
export function isValidOrgnr(value: string): boolean {
  if (!isDigitsOfLength(value, 9)) return false;
  return orgnrControlDigit(value.slice(0, 8)) === digitAt(value, 8);
}

/** Tenor and test-Enhetsregisteret organisation numbers start with 2 or 3; real ones with 8 or 9. */
export function hasTenorOrgnrPrefix(value: string): boolean {
  return isDigitsOfLength(value, 9) && (value[0] === '2' || value[0] === '3');
}
