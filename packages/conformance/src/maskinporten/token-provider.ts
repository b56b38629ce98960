import { decodeJwt, type JWTPayload } from 'jose';
import { type Clock, createSystemClock } from '../engine/clock.js';
import type { HttpClient } from '../http/http-client.js';
import { createGrant, type SystembrukerRequest } from './grant.js';
import type { MaskinportenKey } from './key-material.js';
import { requestToken, type TokenResponse } from './token-client.js';

/** Everything needed to ask Maskinporten for a token for one client. */
export interface MaskinportenClient {
  readonly clientId: string;
  /** The vendor's organisation number (the token's `consumer`, or `supplier` with consumer_org). */
  readonly orgnr?: string;
  readonly scope: string;
  /** Maskinporten's issuer: the grant's `aud`. */
  readonly issuer: string;
  readonly tokenEndpoint: string;
  readonly key: MaskinportenKey;
  readonly consumerOrg?: string;
  readonly systembruker?: SystembrukerRequest;
}

export interface AccessToken {
  readonly value: string;
  readonly obtainedAt: Date;
  readonly expiresAt: Date;
  /** The token response without the token itself. */
  readonly response: Omit<TokenResponse, 'access_token'>;
  readonly claims: JWTPayload;
  readonly header: Record<string, unknown>;
}

export interface TokenProvider {
  readonly client: MaskinportenClient;
  /** A cached token while it lives (minus a margin), else a fresh one. `http` records the token exchange as evidence. */
  getToken(options?: { http?: HttpClient; signal?: AbortSignal; fresh?: boolean }): Promise<AccessToken>;
  /** How many times a token was actually fetched: reuse within the lifetime keeps this low. */
  readonly fetchCount: number;
  invalidate(): void;
}

function decodeHeader(token: string): Record<string, unknown> {
  const [encoded] = token.split('.');
  try {
    return JSON.parse(Buffer.from(encoded ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function decodeAccessToken(token: string): { header: Record<string, unknown>; claims: JWTPayload } {
  try {
    return { header: decodeHeader(token), claims: decodeJwt(token) };
  } catch {
    return { header: {}, claims: {} };
  }
}

export interface TokenProviderOptions {
  readonly client: MaskinportenClient;
  readonly http: HttpClient;
  /** The clock token lifetimes are judged on: the API's clock (on the simulator, its virtual clock). */
  readonly clock: Clock;
  /** The clock grants are stamped with (`iat`): Maskinporten checks it against real time. Default: the system clock. */
  readonly grantClock?: Clock;
  /** Renew this many seconds before `expires_in` runs out (capped at a quarter of the lifetime). */
  readonly refreshMarginSeconds?: number;
}

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { client, clock } = options;
  const grantClock = options.grantClock ?? createSystemClock();
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;
  let fetchCount = 0;

  async function fetchToken(http: HttpClient, signal: AbortSignal | undefined): Promise<AccessToken> {
    const now = clock.now();
    const assertion = await createGrant({
      clientId: client.clientId,
      audience: client.issuer,
      scope: client.scope,
      key: client.key,
      now: grantClock.now(),
      ...(client.consumerOrg ? { consumerOrg: client.consumerOrg } : {}),
      ...(client.systembruker ? { systembruker: client.systembruker } : {}),
    });
    const { token } = await requestToken(http, {
      tokenEndpoint: client.tokenEndpoint,
      assertion,
      ...(signal ? { signal } : {}),
    });
    fetchCount++;
    const { access_token: value, ...response } = token;
    const decoded = decodeAccessToken(value);
    return {
      value,
      obtainedAt: now,
      expiresAt: new Date(now.getTime() + token.expires_in * 1000),
      response,
      claims: decoded.claims,
      header: decoded.header,
    };
  }

  function stillValid(token: AccessToken): boolean {
    const lifetime = token.expiresAt.getTime() - token.obtainedAt.getTime();
    const margin = Math.min((options.refreshMarginSeconds ?? 10) * 1000, lifetime / 4);
    const now = clock.now().getTime();
    // A clock set back (the simulator's) would see a token issued in its future: not valid yet, fetch anew.
    return now >= token.obtainedAt.getTime() - 1000 && now < token.expiresAt.getTime() - margin;
  }

  return {
    client,
    get fetchCount() {
      return fetchCount;
    },
    invalidate() {
      cached = undefined;
    },
    async getToken(request = {}) {
      if (!request.fresh && cached && stillValid(cached)) return cached;
      if (!request.fresh && pending) return pending;
      const promise = fetchToken(request.http ?? options.http, request.signal);
      if (!request.fresh) pending = promise;
      try {
        cached = await promise;
        return cached;
      } finally {
        if (pending === promise) pending = undefined;
      }
    },
  };
}
