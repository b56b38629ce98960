import { type KeyObject, sign, verify } from 'node:crypto';

export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

const HASH_BY_ALG: Readonly<Record<string, string>> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeSegment(segment: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return undefined;
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Splits a compact JWS without trusting anything in it; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeSegment(headerPart);
  const payload = decodeSegment(payloadPart);
  if (!isRecord(header) || !isRecord(payload) || !/^[A-Za-z0-9_-]*$/.test(signaturePart)) return undefined;
  return {
    header,
    payload,
    signingInput: `${headerPart}.${payloadPart}`,
    signature: Buffer.from(signaturePart, 'base64url'),
  };
}

/** Verifies an RS256/384/512 signature; any other algorithm (none, HS*, ES*) is refused. */
export function verifyRsaSignature(jwt: DecodedJwt, key: KeyObject): boolean {
  const hash = HASH_BY_ALG[String(jwt.header.alg)];
  if (hash === undefined || key.asymmetricKeyType !== 'rsa') return false;
  try {
    return verify(hash, Buffer.from(jwt.signingInput), key, jwt.signature);
  } catch {
    return false;
  }
}

export function signJwt(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
  key: KeyObject,
): string {
  const hash = HASH_BY_ALG[String(header.alg)] ?? 'sha256';
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign(hash, Buffer.from(input), key).toString('base64url')}`;
}

export { isRecord };
