import type { RunResult } from '@elan-kit/schemas';
import { AUTH_SCHEMES, JWK_PRIVATE_MEMBERS, REDACTED, SECRET_FORM_FIELDS, SECRET_KEYS } from './assumptions.js';

/*
 * The conformance engine redacts before it records; the reporter redacts again, because a report is
 * sent outside the company and one leaked private key or token is one too many.
 */

const secretKeys = new Set(SECRET_KEYS);
const jwkPrivateMembers = new Set(JWK_PRIVATE_MEMBERS);

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g;
// Compact JWS (three parts) and JWE (five parts); the header always starts with `{"` = `eyJ`.
const JWT = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/g;
const AUTH_CREDENTIAL = new RegExp(`\\b(${AUTH_SCHEMES.join('|')})(\\s+)([A-Za-z0-9._~+/=:-]{8,})`, 'gi');
const FORM_FIELD = new RegExp(`(^|[?&;\\s"'])(${SECRET_FORM_FIELDS.join('|')})=([^&\\s"']*)`, 'gi');
const JSON_SECRET_MEMBER = new RegExp(
  `("(?:${SECRET_FORM_FIELDS.join('|')}|token|private_key|privateKey|authorization|Authorization)"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`,
  'g',
);
const JSON_JWK_MEMBER = new RegExp(`("(?:${JWK_PRIVATE_MEMBERS.join('|')})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g');
const HEADER_LINE = /^(\s*(?:proxy-)?authorization|\s*(?:set-)?cookie|\s*x-api-key)(\s*:\s*)(.+)$/gim;

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

/** True when a credential-looking word follows an auth scheme (not "Basic authentication"). */
function looksLikeCredential(candidate: string): boolean {
  return candidate.length >= 20 || /[0-9._~+/=-]/.test(candidate);
}

/** Removes secrets from one string: PEM blocks, JWTs, auth credentials, secret form fields and JSON members. */
export function redactText(value: string): string {
  let text = value.replace(PEM_BLOCK, REDACTED).replace(JWT, REDACTED);
  text = text.replace(HEADER_LINE, (_match, name: string, separator: string) => `${name}${separator}${REDACTED}`);
  text = text.replace(AUTH_CREDENTIAL, (match, scheme: string, space: string, credential: string) =>
    looksLikeCredential(credential) ? `${scheme}${space}${REDACTED}` : match,
  );
  text = text.replace(FORM_FIELD, (_match, lead: string, name: string) => `${lead}${name}=${REDACTED}`);
  text = text.replace(JSON_SECRET_MEMBER, (_match, lead: string) => `${lead}"${REDACTED}"`);
  if (text.includes('"kty"')) text = text.replace(JSON_JWK_MEMBER, (_match, lead: string) => `${lead}"${REDACTED}"`);
  return text;
}

/** Returns a deep copy of any JSON value with every secret replaced by `[REDACTED]`. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const isJwk = typeof record['kty'] === 'string';
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(record)) {
    const secret = secretKeys.has(normalizeKey(key)) || (isJwk && jwkPrivateMembers.has(key));
    copy[redactText(key)] = secret && member !== null && member !== undefined ? REDACTED : redactValue(member);
  }
  return copy;
}

/** The RunResult with every secret removed; the shape (and so schema validity) is unchanged. */
export function redactRunResult(result: RunResult): RunResult {
  return redactValue(result) as RunResult;
}
