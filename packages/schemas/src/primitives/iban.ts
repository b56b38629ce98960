import { composeIBAN, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { isValidKontonummer, normalizeKontonummer } from './kontonummer.js';

/**
 * Any IBAN with the length and format of its country and valid ISO 7064 mod-97-10 check digits; spaces allowed
 * (`NO68 6993 0570 044`). A Norwegian IBAN must also carry a valid kontonummer.
 */
export function isValidIban(value: string): boolean {
  const electronic = electronicFormatIBAN(value);
  if (electronic === null || !isValidIBAN(electronic)) return false;
  return !electronic.startsWith('NO') || isValidKontonummer(electronic.slice(4));
}

/** `NO` + check digits + the account number (`69930570044` → `NO6869930570044`); `undefined` for an invalid one. */
export function ibanFromKontonummer(kontonummer: string): string | undefined {
  const digits = normalizeKontonummer(kontonummer);
  if (!isValidKontonummer(digits)) return undefined;
  return composeIBAN({ countryCode: 'NO', bban: digits }) ?? undefined;
}
