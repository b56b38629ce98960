/**
 * Check digits of Norwegian identifiers, account numbers and KID (shared/domain/maskinporten-identifiers-interest.md §2).
 * Each function takes the value as written and answers valid or not; none of them throws.
 */

function digitsOf(value: string): number[] {
  const digits = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) digits[i] = value.charCodeAt(i) - 48;
  return digits;
}

/** Exactly `length` ASCII digits (what `/^\d{length}$/` accepts), without a regular expression. */
export function isDigitsOfLength(value: string, length: number): boolean {
  if (value.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The digit at `index` of a string of ASCII digits. */
function digitAt(value: string, index: number): number {
  return value.charCodeAt(index) - 48;
}

/** Σ digit × weight over the first `weights.length` digits of a string of ASCII digits. */
function weightedDigitSum(value: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(value, i) * (weights[i] as number);
  return sum;
}

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Organisasjonsnummer: 9 digits, MOD11 with weights 3 2 7 6 5 4 3 2 (remainder 1 ⇒ invalid). */
export function isValidOrgnr(value: string): boolean {
  if (!isDigitsOfLength(value, 9)) return false;
  const remainder = weightedDigitSum(value, ORGNR_WEIGHTS) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === digitAt(value, 8);
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Fødselsnummer and D-nummer, including Tenor synthetic numbers (month + 80), H-numbers (month + 40) and the rule
 * for numbers issued from 2032 (k1 may be `{11,12,13,14} − (sum mod 11)`, i.e. remainders 0–3 accepted).
 * The date part is checked for a plausible day and month only; the century is not derivable from new numbers.
 */
export function isValidFoedselsnummer(value: string): boolean {
  if (!isDigitsOfLength(value, 11)) return false;
  let day = digitAt(value, 0) * 10 + digitAt(value, 1);
  let month = digitAt(value, 2) * 10 + digitAt(value, 3);
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const k1Remainder = (weightedDigitSum(value, K1_WEIGHTS) + digitAt(value, 9)) % 11;
  if (k1Remainder > 3) return false;
  return (weightedDigitSum(value, K2_WEIGHTS) + digitAt(value, 10)) % 11 === 0;
}

/** Norwegian kontonummer: 11 digits (dots and spaces allowed between groups), MOD11 with weights 5 4 3 2 7 6 5 4 3 2. */
export function isValidKontonummer(value: string): boolean {
  const compact = value.replace(/[.\s]/g, '');
  if (!isDigitsOfLength(compact, 11)) return false;
  const remainder = weightedDigitSum(compact, K2_WEIGHTS) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === digitAt(compact, 10);
}

/** KID with a MOD10 (Luhn) check digit. */
export function isValidKidMod10(value: string): boolean {
  if (!/^\d{2,25}$/.test(value)) return false;
  const digits = digitsOf(value);
  let sum = 0;
  for (let i = digits.length - 2, weight = 2; i >= 0; i--, weight = weight === 2 ? 1 : 2) {
    const product = (digits[i] as number) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10 === digits[digits.length - 1];
}

/** KID with a MOD11 check character (weights 2–7 from the right; remainder 1 ⇒ `-`). */
export function isValidKidMod11(value: string): boolean {
  if (!/^\d{1,24}[\d-]$/.test(value) || value.length < 2) return false;
  const body = digitsOf(value.slice(0, -1));
  let sum = 0;
  for (let i = body.length - 1, weight = 2; i >= 0; i--, weight = weight === 7 ? 2 : weight + 1) {
    sum += (body[i] as number) * weight;
  }
  const remainder = sum % 11;
  const expected = remainder === 0 ? '0' : remainder === 1 ? '-' : String(11 - remainder);
  return value.endsWith(expected);
}

/** A KID is 2–25 characters and valid under MOD10 or MOD11 (the payee agreement decides which; either is accepted). */
export function isValidKid(value: string): boolean {
  return isValidKidMod10(value) || isValidKidMod11(value);
}

/** IBAN: country code, two check digits, up to 30 alphanumerics; ISO 7064 mod-97-10 (spaces allowed). */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const chunk = code >= 65 ? String(code - 55) : char;
    for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}
