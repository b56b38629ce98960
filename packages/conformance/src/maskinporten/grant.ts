import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { GRANT_ALGORITHM, type MaskinportenKey } from './key-material.js';

/** Maskinporten refuses grants living longer than this (`exp − iat ≤ 120`). */
export const MAX_GRANT_LIFETIME_SECONDS = 120;

export interface SystembrukerRequest {
  /** The customer organisation the vendor's system acts for. */
  readonly customerOrgnr: string;
  /** Selects one of several system users for the same customer and system. */
  readonly externalRef?: string;
}

export interface GrantOptions {
  readonly clientId: string;
  /** Maskinporten's issuer identifier, e.g. `https://test.maskinporten.no/`. */
  readonly audience: string;
  readonly scope: string;
  readonly key: MaskinportenKey;
  readonly now: Date;
  readonly lifetimeSeconds?: number;
  readonly jti?: string;
  /** A supplier acting for a legal consumer (delegated in Altinn). */
  readonly consumerOrg?: string;
  readonly systembruker?: SystembrukerRequest;
}

/**
 * The JWT-bearer grant (RFC 7523) as Maskinporten documents it: RS256, `kid` or `x5c`, `aud` = issuer,
 * `iss` = client id, `scope`, `iat`, `exp` = `iat` + 120, a unique `jti`. No `resource`: Skatteetaten
 * expects tokens with `aud: "unspecified"`. No claims beyond the documented ones (unknown claims ⇒ 400).
 */
export async function createGrant(options: GrantOptions): Promise<string> {
  const iat = Math.floor(options.now.getTime() / 1000);
  const lifetime = Math.min(options.lifetimeSeconds ?? MAX_GRANT_LIFETIME_SECONDS, MAX_GRANT_LIFETIME_SECONDS);
  const claims: Record<string, unknown> = { scope: options.scope };
  if (options.consumerOrg) claims['consumer_org'] = options.consumerOrg;
  if (options.systembruker) {
    claims['authorization_details'] = [
      {
        type: 'urn:altinn:systemuser',
        systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${options.systembruker.customerOrgnr}` },
        ...(options.systembruker.externalRef ? { externalRef: options.systembruker.externalRef } : {}),
      },
    ];
  }
  const header = options.key.x5c
    ? { alg: GRANT_ALGORITHM, x5c: [...options.key.x5c] }
    : { alg: GRANT_ALGORITHM, kid: options.key.kid ?? '' };
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setIssuer(options.clientId)
    .setAudience(options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetime)
    .setJti(options.jti ?? randomUUID())
    .sign(options.key.privateKey);
}
