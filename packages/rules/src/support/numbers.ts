/** Decimal places of a JSON number as written (shortest round-trip form), or of a numeric text. */
export function decimalPlaces(value: number | string): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return 0;
    const text = String(value);
    const dot = text.indexOf('.');
    if (dot >= 0 && text.indexOf('e') === -1) return text.length - dot - 1;
  }
  const text = typeof value === 'number' ? String(value) : value.trim().replace(',', '.');
  const match = /^-?(\d*)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) return Number.POSITIVE_INFINITY;
  const fraction = (match[2] ?? '').replace(/0+$/, '').length;
  const exponent = Number(match[3] ?? 0);
  return Math.max(0, fraction - exponent);
}

/**
 * `decimalPlaces(value) <= 2` for a number not below 0, without writing it out: below 2^31 the scaling by 100 is
 * exact enough that a value lands back on itself exactly when its shortest decimal form has at most two decimals.
 */
function hasAtMostTwoDecimals(value: number): boolean {
  if (value < 2 ** 31) return Math.round(value * 100) / 100 === value;
  return decimalPlaces(value) <= 2;
}

/** Not negative and at most two decimals (UGYLDIG_BELOEP, UGYLDIG_RENTE). */
export function isValidMoneyOrRate(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && hasAtMostTwoDecimals(value);
  if (typeof value === 'string') {
    const number = Number(value.trim().replace(',', '.'));
    return Number.isFinite(number) && number >= 0 && decimalPlaces(value) <= 2;
  }
  return true;
}

/** The value as it should read in a message: numbers in their JSON form, text as written. */
export function asWritten(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
