import { randomUUID } from 'node:crypto';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_CLOCK_SKEW_SECONDS,
  ACCESS_TOKEN_LIFETIME_SECONDS,
  CONSUMER_AUTHORITY,
  DELEGATION_SOURCE,
  SYSTEMUSER_TYPE,
} from '../assumptions.js';
import type { GrantOutcome } from './grant.js';
import { decodeJwt, isRecord, signJwt, verifySignature } from './jwt.js';
import type { SigningKey } from './keys.js';

/** The claims of an access token, shaped like Maskinporten's (§1.8). */
export function accessTokenClaims(grant: GrantOutcome, issuer: string, nowSeconds: number): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    iss: issuer,
    client_amr: grant.route === 'kid' ? 'private_key_jwt' : 'virksomhetssertifikat',
    token_type: 'Bearer',
    aud: grant.resource ? (grant.resource.length === 1 ? grant.resource[0] : grant.resource) : ACCESS_TOKEN_AUDIENCE,
    scope: grant.scope,
    consumer: { authority: CONSUMER_AUTHORITY, ID: `0192:${grant.consumerOrgnr}` },
    exp: nowSeconds + ACCESS_TOKEN_LIFETIME_SECONDS,
    iat: nowSeconds,
    client_id: grant.client.clientId,
    jti: randomUUID(),
  };
  if (grant.supplierOrgnr !== undefined) {
    claims.supplier = { authority: CONSUMER_AUTHORITY, ID: `0192:${grant.supplierOrgnr}` };
    claims.delegation_source = DELEGATION_SOURCE;
  }
  if (grant.systemUser) {
    claims.authorization_details = [
      {
        type: SYSTEMUSER_TYPE,
        systemuser_id: [grant.systemUser.id],
        system_id: grant.systemUser.systemId,
        systemuser_org: {
          authority: CONSUMER_AUTHORITY,
          [grant.systemUserIdKey ?? 'ID']: `0192:${grant.systemUser.customerOrgnr}`,
        },
        ...(grant.systemUser.externalRef === undefined ? {} : { externalRef: grant.systemUser.externalRef }),
      },
    ];
  }
  if (grant.pid !== undefined) claims.pid = grant.pid;
  return claims;
}

export function signAccessToken(claims: Readonly<Record<string, unknown>>, key: SigningKey): Promise<string> {
  return signJwt({ kid: key.kid, alg: 'RS256' }, claims, key.privateKey);
}

/** Who is calling, as an ELAN endpoint sees it after verifying the token. */
export interface Caller {
  readonly clientId: string | undefined;
  /** The organisation acting: the system user's customer, else the token's `consumer`. */
  readonly orgnr: string | undefined;
  readonly scopes: ReadonlySet<string>;
  readonly claims: Readonly<Record<string, unknown>>;
}

export type TokenVerification =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly reason: string };

const ORG_ID = /^0192:(\d{9})$/;

/** The organisation number from `consumer.ID`, or from a system user's `systemuser_org` (`ID` or `id`). */
export function callerOrgnr(claims: Readonly<Record<string, unknown>>): string | undefined {
  const details = claims.authorization_details;
  if (Array.isArray(details)) {
    for (const detail of details) {
      if (!isRecord(detail) || detail.type !== SYSTEMUSER_TYPE || !isRecord(detail.systemuser_org)) continue;
      const id = detail.systemuser_org.ID ?? detail.systemuser_org.id;
      const match = typeof id === 'string' ? ORG_ID.exec(id) : null;
      if (match) return match[1];
    }
  }
  const consumer = claims.consumer;
  if (isRecord(consumer) && typeof consumer.ID === 'string') return ORG_ID.exec(consumer.ID)?.[1];
  return undefined;
}

/**
 * Verifies access tokens against the stand-in's key. A token's signature never changes, so verified
 * signatures are cached (bounded); the time, issuer and audience checks run on every request.
 */
export class AccessTokenVerifier {
  readonly #key: SigningKey;
  readonly #issuer: () => string;
  readonly #cache = new Map<string, Caller>();
  readonly #cacheLimit: number;

  constructor(key: SigningKey, issuer: () => string, cacheLimit = 1000) {
    this.#key = key;
    this.#issuer = issuer;
    this.#cacheLimit = cacheLimit;
  }

  /**
   * Verifies a token: synchronously when its signature was verified before (the hot path), else through jose.
   */
  verify(token: string, nowSeconds: number): TokenVerification | Promise<TokenVerification> {
    const cached = this.#cache.get(token);
    if (cached !== undefined) return this.#checkClaims(cached, nowSeconds);
    return this.#verifySignature(token).then((result) =>
      'reason' in result ? result : this.#checkClaims(result, nowSeconds),
    );
  }

  async #verifySignature(token: string): Promise<Caller | { ok: false; reason: string }> {
    const jwt = decodeJwt(token);
    if (!jwt) return { ok: false, reason: 'The bearer token is not a signed JWT.' };
    if (jwt.header.alg !== 'RS256') {
      return { ok: false, reason: `The token algorithm "${String(jwt.header.alg)}" is not accepted.` };
    }
    if (jwt.header.kid !== this.#key.kid) return { ok: false, reason: 'The token is signed by an unknown key.' };
    if (!(await verifySignature(jwt, this.#key.publicKey, ['RS256']))) {
      return { ok: false, reason: 'The token signature is invalid.' };
    }
    const caller = toCaller(jwt.payload);
    if (this.#cache.size >= this.#cacheLimit) this.#cache.clear();
    this.#cache.set(token, caller);
    return caller;
  }

  #checkClaims(caller: Caller, nowSeconds: number): TokenVerification {
    const claims = caller.claims;
    if (claims.iss !== this.#issuer()) return { ok: false, reason: 'The token has the wrong issuer.' };
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
      return { ok: false, reason: 'The token has expired.' };
    }
    if (typeof claims.iat === 'number' && claims.iat > nowSeconds + ACCESS_TOKEN_CLOCK_SKEW_SECONDS) {
      return { ok: false, reason: 'The token is not valid yet.' };
    }
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + ACCESS_TOKEN_CLOCK_SKEW_SECONDS) {
      return { ok: false, reason: 'The token is not valid yet.' };
    }
    if (claims.aud !== undefined && claims.aud !== ACCESS_TOKEN_AUDIENCE) {
      return { ok: false, reason: `The token audience must be "${ACCESS_TOKEN_AUDIENCE}" (do not send resource).` };
    }
    return { ok: true, caller };
  }
}

function toCaller(claims: Readonly<Record<string, unknown>>): Caller {
  return {
    clientId: typeof claims.client_id === 'string' ? claims.client_id : undefined,
    orgnr: callerOrgnr(claims),
    scopes: new Set(typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : []),
    claims,
  };
}
