import type { KeyObject } from 'node:crypto';
import { CompactSign, compactVerify, decodeJwt as decodeJwtPayload, decodeProtectedHeader } from 'jose';

export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly token: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a compact JWS (three parts, JSON header and claims) without trusting it; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  if (token.split('.').length !== 3) return undefined;
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwtPayload(token), token };
  } catch {
    return undefined;
  }
}

/** Verifies the signature with jose, refusing every algorithm outside `algorithms` (none, HS*, ES* …). */
export async function verifySignature(
  jwt: DecodedJwt,
  key: KeyObject,
  algorithms: readonly string[],
): Promise<boolean> {
  try {
    await compactVerify(jwt.token, key, { algorithms: [...algorithms] });
    return true;
  } catch {
    return false;
  }
}

export function signJwt(
  header: Readonly<Record<string, unknown>> & { alg: string },
  payload: Readonly<Record<string, unknown>>,
  key: KeyObject,
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(key);
}
