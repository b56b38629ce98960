import { createHash } from 'node:crypto';
import type { ExchangeToken } from './types.js';

function claimsOf(jwt: string): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Describes the bearer token of an `Authorization` header for evidence, before the header is redacted: a
 * fingerprint that tells tokens apart and the claims that say when it was issued, when it expires and for whom.
 * The claims are read, not verified: whoever answered the request verified the token.
 */
export function describeBearerToken(authorization: string | undefined): ExchangeToken | undefined {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (token === undefined) return undefined;
  const fingerprint = createHash('sha256').update(token).digest('hex').slice(0, 16);
  const claims = claimsOf(token) ?? {};
  const number = (key: string) => (typeof claims[key] === 'number' ? { [key]: claims[key] as number } : {});
  const consumer = (claims['consumer'] as { ID?: unknown } | undefined)?.ID;
  const orgnr = typeof consumer === 'string' ? consumer.split(':').at(-1) : undefined;
  const clientId = claims['client_id'];
  return {
    fingerprint,
    ...number('iat'),
    ...number('exp'),
    ...(orgnr ? { consumer: orgnr } : {}),
    ...(typeof claims['scope'] === 'string' ? { scope: claims['scope'] } : {}),
    ...(typeof clientId === 'string' ? { clientId } : {}),
  };
}
