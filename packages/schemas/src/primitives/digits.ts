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
export function digitAt(value: string, index: number): number {
  return value.charCodeAt(index) - 48;
}

/** Σ digit × weight over the first `weights.length` digits of a string of ASCII digits. */
export function weightedDigitSum(value: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(value, i) * (weights[i] as number);
  return sum;
}

/**
 * The classic MOD11 control digit of the leading digits: `11 − (sum mod 11)`, 11 → 0. `undefined` when it would
 * be 10, which no valid number can have.
 */
export function mod11ControlDigit(digits: string, weights: readonly number[]): number | undefined {
  const remainder = weightedDigitSum(digits, weights) % 11;
  if (remainder === 1) return undefined;
  return remainder === 0 ? 0 : 11 - remainder;
}
