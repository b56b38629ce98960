/**
 * Secrets never reach a RunResult: tokens, client assertions and private keys are replaced before an exchange
 * is stored. Redaction is by header name, by JSON key, and by shape (anything that looks like a JWT or a PEM key).
 */
export const REDACTED = '<redacted>';

const SECRET_HEADERS = new Set(['proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);
const SECRET_KEYS =
  /^(access_token|id_token|refresh_token|assertion|client_assertion|client_secret|secret|password|private_?key(pem)?|private_?jwk|token)$/i;
/** Private members of a JWK (RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
const PRIVATE_JWK_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const PEM_PRIVATE = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?(-----END \1PRIVATE KEY-----|$)/g;

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization') {
      const scheme = /^(\S+)\s+/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
    } else if (SECRET_HEADERS.has(lower)) {
      out[name] = REDACTED;
    } else {
      out[name] = redactText(value);
    }
  }
  return out;
}

export function redactText(text: string): string {
  return text.replace(PEM_PRIVATE, '<redacted-private-key>').replace(JWT_SHAPE, '<redacted-jwt>');
}

function isJwkWithPrivateParts(value: Record<string, unknown>): boolean {
  return typeof value['kty'] === 'string' && Object.keys(value).some((key) => PRIVATE_JWK_MEMBERS.has(key));
}

/** Deep copy of a parsed body with every secret replaced. Never mutates its input. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 64) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const record = value as Record<string, unknown>;
    const privateJwk = isJwkWithPrivateParts(record);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (SECRET_KEYS.test(key) || (privateJwk && PRIVATE_JWK_MEMBERS.has(key))) {
        out[key] = REDACTED;
      } else {
        out[key] = redactValue(item, depth + 1);
      }
    }
    return out;
  }
  return value;
}

/** Query parameters can carry tokens too (`?access_token=`). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    let changed = false;
    for (const key of [...parsed.searchParams.keys()]) {
      if (SECRET_KEYS.test(key)) {
        parsed.searchParams.set(key, REDACTED);
        changed = true;
      }
    }
    return redactText(changed ? parsed.toString() : url);
  } catch {
    return redactText(url);
  }
}

export interface StoredBody {
  readonly body?: unknown;
  readonly bodyTruncated?: boolean;
}

/** Redacts, then cuts a body whose JSON form exceeds `limit` characters (keeping a readable prefix). */
export function storeBody(body: unknown, limit: number): StoredBody {
  if (body === undefined) return {};
  const redacted = redactValue(body);
  const serialized = typeof redacted === 'string' ? redacted : JSON.stringify(redacted);
  if (serialized === undefined || serialized.length <= limit) return { body: redacted };
  return { body: `${serialized.slice(0, limit)}…`, bodyTruncated: true };
}
