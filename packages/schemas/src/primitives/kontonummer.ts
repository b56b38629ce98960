import { digitAt, isDigitsOfLength, mod11ControlDigit } from './digits.js';

const KONTO_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Strips the usual `BBBB.KK.NNNNC` grouping (dots and white space). */
export function normalizeKontonummer(value: string): string {
  return value.replace(/[.\s]/g, '');
}

/** The control digit of an account number's first ten digits, `undefined` when none exists. */
export function kontonummerControlDigit(tenDigits: string): number | undefined {
  return isDigitsOfLength(tenDigits, 10) ? mod11ControlDigit(tenDigits, KONTO_WEIGHTS) : undefined;
}

/**
 * Norwegian kontonummer: 11 digits (dots and spaces allowed between groups), MOD11 with weights
 * 5 4 3 2 7 6 5 4 3 2, and a bank number other than `0000` (A-PRIM-KONTONUMMER).
 */
export function isValidKontonummer(value: string): boolean {
  const compact = normalizeKontonummer(value);
  if (!isDigitsOfLength(compact, 11) || compact.startsWith('0000')) return false;
  return kontonummerControlDigit(compact.slice(0, 10)) === digitAt(compact, 10);
}
