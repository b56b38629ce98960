import type { IncomingHttpHeaders } from 'node:http';

const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'proxy-authorization']);

/** Header values as they may appear in evidence: the bearer token and cookies never do. */
export function redactHeaders(headers: IncomingHttpHeaders | Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : String(raw);
    const lower = name.toLowerCase();
    result[lower] = redactedValue(lower, value) ?? value;
  }
  return result;
}

function redactedValue(lowerName: string, value: string): string | undefined {
  if (lowerName === 'authorization') {
    const scheme = value.split(' ')[0] ?? '';
    return scheme.toLowerCase() === 'bearer' ? 'Bearer <redacted>' : '<redacted>';
  }
  return SECRET_HEADERS.has(lowerName) ? '<redacted>' : undefined;
}

/**
 * Node's `rawHeaders` (name, value, …) with secret values replaced, in the same shape: the same array when it
 * holds no secret. Redacting before storing keeps tokens out of the recording (and makes it smaller).
 */
export function withoutSecretValues(raw: readonly string[]): readonly string[] {
  let copy: string[] | undefined;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const redacted = redactedValue((raw[index] ?? '').toLowerCase(), raw[index + 1] ?? '');
    if (redacted === undefined) continue;
    copy ??= [...raw];
    copy[index + 1] = redacted;
  }
  return copy ?? raw;
}

/** Node's `rawHeaders` (name, value, …) as one lower-cased record, redacted like `redactHeaders`. */
export function redactRawHeaders(raw: readonly string[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] ?? '').toLowerCase();
    const value = raw[index + 1] ?? '';
    merged[name] = merged[name] === undefined ? value : `${merged[name]}, ${value}`;
  }
  return redactHeaders(merged);
}

/** A token request's form body with the signed grant removed. */
export function redactTokenRequest(form: URLSearchParams): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of form)
    result[key] = key === 'assertion' || key === 'client_assertion' ? '<redacted>' : value;
  return result;
}

/** A token answer with the access token removed. */
export function redactTokenResponse(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if ('access_token' in copy) copy.access_token = '<redacted>';
  return copy;
}
