export type KidMethod = 'MOD10' | 'MOD11';

const KID_SHAPE = /^\d{1,24}[\d-]$/;

/** Luhn: from the right, weights 2,1,2,1…; two-digit products are digit-summed. */
function mod10Control(base: string): string {
  let sum = 0;
  for (let i = base.length - 1, weight = 2; i >= 0; i--, weight = weight === 2 ? 1 : 2) {
    const product = (base.charCodeAt(i) - 48) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

/** From the right, weights 2–7 repeating; remainder 1 gives `-`. */
function mod11Control(base: string): string {
  let sum = 0;
  for (let i = base.length - 1, weight = 2; i >= 0; i--, weight = weight === 7 ? 2 : weight + 1) {
    sum += (base.charCodeAt(i) - 48) * weight;
  }
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  return remainder === 1 ? '-' : String(11 - remainder);
}

/** The KID control character for the digits before it, `undefined` when `base` is not a string of digits. */
export function kidControlCharacter(base: string, method: KidMethod): string | undefined {
  if (!/^\d+$/.test(base)) return undefined;
  return method === 'MOD10' ? mod10Control(base) : mod11Control(base);
}

/**
 * A KID: 2–25 characters, digits with a MOD10 or MOD11 control character. Without `method` either is accepted, as
 * a generic validator must (the payee agreement decides which one applies).
 */
export function isValidKid(value: string, method?: KidMethod): boolean {
  if (value.length < 2 || !KID_SHAPE.test(value)) return false;
  const base = value.slice(0, -1);
  const control = value.slice(-1);
  if (method !== undefined) return kidControlCharacter(base, method) === control;
  return kidControlCharacter(base, 'MOD10') === control || kidControlCharacter(base, 'MOD11') === control;
}
