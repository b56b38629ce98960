import { isSecretHeader, redactHeaderValue, redactValue } from '@elan-kit/schemas';

/**
 * Node's `rawHeaders` (name, value, …) with secret values replaced, in the same shape: the same array when it
 * holds no secret. Redacting before storing keeps tokens out of the recording (and makes it smaller).
 */
export function withoutSecretValues(raw: readonly string[]): readonly string[] {
  let copy: string[] | undefined;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] ?? '';
    if (!isSecretHeader(name)) continue;
    copy ??= [...raw];
    copy[index + 1] = redactHeaderValue(name, raw[index + 1] ?? '');
  }
  return copy ?? raw;
}

/** Node's `rawHeaders` (name, value, …) as one lower-cased record, every secret redacted. */
export function redactRawHeaders(raw: readonly string[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] ?? '').toLowerCase();
    const value = raw[index + 1] ?? '';
    merged[name] = merged[name] === undefined ? value : `${merged[name]}, ${value}`;
  }
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) out[name] = redactHeaderValue(name, value);
  return out;
}

/** A form body (the token request's grant among them) as a record, every secret field redacted. */
export function redactForm(form: URLSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of form) record[key] = value;
  return redactValue(record) as Record<string, string>;
}
