import type { IncomingHttpHeaders } from 'node:http';

const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'proxy-authorization']);

/** Header values as they may appear in evidence: the bearer token and cookies never do. */
export function redactHeaders(headers: IncomingHttpHeaders | Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : String(raw);
    const lower = name.toLowerCase();
    if (lower === 'authorization') {
      const scheme = value.split(' ')[0] ?? '';
      result[lower] = scheme.toLowerCase() === 'bearer' ? 'Bearer <redacted>' : '<redacted>';
    } else if (SECRET_HEADERS.has(lower)) {
      result[lower] = '<redacted>';
    } else {
      result[lower] = value;
    }
  }
  return result;
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
