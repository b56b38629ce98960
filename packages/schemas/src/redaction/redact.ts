import { AUTH_SCHEMES, JWK_PRIVATE_MEMBERS, REDACTED, SECRET_HEADERS, SECRET_NAMES } from './secrets.js';

const secretHeaders = new Set(SECRET_HEADERS);
const secretNames = new Set(SECRET_NAMES);
const jwkPrivateMembers = new Set(JWK_PRIVATE_MEMBERS);

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g;
// Compact JWS (three parts) and JWE (five parts); the protected header always starts with `{"` = `eyJ`.
const JOSE_COMPACT = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/g;
const AUTH_CREDENTIAL = new RegExp(`\\b(${AUTH_SCHEMES.join('|')})(\\s+)([A-Za-z0-9._~+/=:-]{8,})`, 'gi');
// `name=value` in a query string, a form body or a log line.
const NAME_VALUE = /(^|[?#&;\s"'])([A-Za-z%][A-Za-z0-9_.%-]{0,63})=([^&#\s"']*)/g;
const URL_PASSWORD = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@:]*:)[^/?#@]*@/;
// `"name": "value"` in serialised JSON.
const JSON_MEMBER = /"([A-Za-z][A-Za-z0-9_.-]{0,63})"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const HEADER_LINE = /^(\s*)([A-Za-z][A-Za-z0-9-]{0,63})(\s*:\s*)(.+)$/gm;
const MAX_DEPTH = 256;

/** `client_secret`, `clientSecret` and `Client-Secret` are one name. */
export function normalizeSecretName(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

export function isSecretName(name: string): boolean {
  return secretNames.has(normalizeSecretName(name));
}

export function isSecretHeader(name: string): boolean {
  return secretHeaders.has(name.toLowerCase());
}

function decodeName(name: string): string {
  if (!name.includes('%')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** True when a credential-looking word follows an auth scheme (not "Basic authentication"). */
function looksLikeCredential(candidate: string): boolean {
  return candidate.length >= 20 || /[0-9._~+/=-]/.test(candidate);
}

/**
 * Removes secrets from free text: PEM blocks, JWS and JWE tokens, credentials after an auth scheme, secret
 * header lines, `name=value` pairs and JSON members with a secret name, and the private members of a JWK.
 */
export function redactText(value: string): string {
  let text = value.replace(PEM_BLOCK, REDACTED).replace(JOSE_COMPACT, REDACTED);
  text = text.replace(HEADER_LINE, (match, lead: string, name: string, separator: string) =>
    isSecretHeader(name) ? `${lead}${name}${separator}${REDACTED}` : match,
  );
  text = text.replace(AUTH_CREDENTIAL, (match, scheme: string, space: string, credential: string) =>
    looksLikeCredential(credential) ? `${scheme}${space}${REDACTED}` : match,
  );
  text = text.replace(NAME_VALUE, (match, lead: string, name: string) =>
    isSecretName(decodeName(name)) ? `${lead}${name}=${REDACTED}` : match,
  );
  const jwk = text.includes('"kty"');
  text = text.replace(JSON_MEMBER, (match, name: string, separator: string) =>
    isSecretName(name) || (jwk && jwkPrivateMembers.has(name)) ? `"${name}"${separator}"${REDACTED}"` : match,
  );
  return text;
}

/** A deep copy of a JSON-like value with every secret replaced by {@link REDACTED}. Never mutates its input. */
export function redactValue(value: unknown): unknown {
  return redactAt(value, 0);
}

function redactAt(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactAt(item, depth + 1));
  const record = value as Record<string, unknown>;
  const jwk = typeof record['kty'] === 'string';
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(record)) {
    const secret = isSecretName(key) || (jwk && jwkPrivateMembers.has(key));
    copy[redactText(key)] = secret && member !== null && member !== undefined ? REDACTED : redactAt(member, depth + 1);
  }
  return copy;
}

/** One header value as it may be stored: `Authorization` keeps its scheme, other secret headers lose everything. */
export function redactHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+\S/.exec(value)?.[1];
    return scheme ? `${scheme} ${REDACTED}` : REDACTED;
  }
  return secretHeaders.has(lower) ? REDACTED : redactText(value);
}

/** Headers with every secret value replaced; names keep their spelling, list values are joined with `, `. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | number | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : String(raw);
    out[name] = redactHeaderValue(name, value);
  }
  return out;
}

/** A URL whose secret query parameters (`?access_token=`, `?token=`, `?api_key=` …) and embedded password are gone. */
export function redactUrl(url: string): string {
  return redactText(url.replace(URL_PASSWORD, (_match, lead: string) => `${lead}${REDACTED}@`));
}
