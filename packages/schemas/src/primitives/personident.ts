import { digitAt, isDigitsOfLength, mod11ControlDigit, weightedDigitSum } from './digits.js';

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
/** Tenor (Skatteetaten's synthetic population) adds 80 to the month, for fødselsnummer and D-nummer alike. */
export const TENOR_MONTH_OFFSET = 80;
/** A D-nummer adds 40 to the day. */
export const D_NUMBER_DAY_OFFSET = 40;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export type PersonidentKind = 'fnr' | 'dnr';

/** What the first six digits of an 11-digit person identifier say, once the D and Tenor offsets are removed. */
export interface PersonidentDate {
  readonly kind: PersonidentKind;
  readonly tenor: boolean;
  readonly day: number;
  readonly month: number;
  /** The two-digit year; the century is not in the date part. */
  readonly yy: number;
}

/**
 * The date part of an 11-digit person identifier, or `undefined` when it is no date: day 1–31 (41–71 for a
 * D-nummer), month 1–12 (81–92 for Tenor), and the day exists in that month (29 February always, since the
 * century is not in the date part). H-numbers (month + 40) are not Folkeregister identifiers (A-PRIM-PERSONIDENT).
 */
export function readPersonidentDate(value: string): PersonidentDate | undefined {
  if (!isDigitsOfLength(value, 11)) return undefined;
  let day = digitAt(value, 0) * 10 + digitAt(value, 1);
  let month = digitAt(value, 2) * 10 + digitAt(value, 3);
  const kind: PersonidentKind = day > D_NUMBER_DAY_OFFSET ? 'dnr' : 'fnr';
  if (kind === 'dnr') day -= D_NUMBER_DAY_OFFSET;
  const tenor = month > TENOR_MONTH_OFFSET;
  if (tenor) month -= TENOR_MONTH_OFFSET;
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return undefined;
  return { kind, tenor, day, month, yy: digitAt(value, 4) * 10 + digitAt(value, 5) };
}

/**
 * Both control digits by the classic rule for the first nine digits, or `undefined` when either would be 10.
 * Numbers issued from 2032 may use another k1 (see {@link hasValidPersonidentControlDigits}).
 */
export function personidentControlDigits(nineDigits: string): string | undefined {
  if (!isDigitsOfLength(nineDigits, 9)) return undefined;
  const k1 = mod11ControlDigit(nineDigits, K1_WEIGHTS);
  if (k1 === undefined) return undefined;
  const k2 = mod11ControlDigit(`${nineDigits}${k1}`, K2_WEIGHTS);
  return k2 === undefined ? undefined : `${k1}${k2}`;
}

/** k1 and k2 of an 11-digit string; k1 by the rule for numbers from 2032 too (remainders 0–3 accepted). */
function hasValidPersonidentControlDigits(value: string): boolean {
  if ((weightedDigitSum(value, K1_WEIGHTS) + digitAt(value, 9)) % 11 > 3) return false;
  return (weightedDigitSum(value, K2_WEIGHTS) + digitAt(value, 10)) % 11 === 0;
}

/** A fødselsnummer or D-nummer with a date and valid control digits: which one it is, else `undefined`. */
export function personidentKind(value: string): PersonidentKind | undefined {
  const date = readPersonidentDate(value);
  return date !== undefined && hasValidPersonidentControlDigits(value) ? date.kind : undefined;
}

/**
 * Fødselsnummer or D-nummer, real-looking or Tenor (month + 80), under the classic control-digit rule and the one
 * for numbers issued from 2032.
 */
export function isValidFoedselsnummer(value: string): boolean {
  return personidentKind(value) !== undefined;
}

/** A fødselsnummer (not a D-nummer); see {@link isValidFoedselsnummer}. */
export function isValidFnr(value: string): boolean {
  return personidentKind(value) === 'fnr';
}

/** A D-nummer (day + 40); see {@link isValidFoedselsnummer}. */
export function isValidDnummer(value: string): boolean {
  return personidentKind(value) === 'dnr';
}

/** A Tenor month (81–92) in an 11-digit person identifier, whatever its control digits. */
export function hasTenorMonth(value: string): boolean {
  if (!isDigitsOfLength(value, 11)) return false;
  const month = digitAt(value, 2) * 10 + digitAt(value, 3);
  return month >= 81 && month <= 92;
}
