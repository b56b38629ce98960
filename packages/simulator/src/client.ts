import { pathVersionFor } from '@elan-kit/schemas';
import { KOMMUNE_PREFIX, TENOR_PREFIX, UTLEGGSBEGJAERING_PREFIX } from './assumptions.js';
import type { ClientRecord } from './maskinporten/client-registry.js';
import { privateJwk, privateKeyPem, type RsaJwk, type SigningKey } from './maskinporten/keys.js';
import type { Runtime, SimulatorState } from './state.js';

export interface BaseUrls {
  readonly utleggsbegjaering: string;
  readonly betjeningskartet: string;
  readonly status: string;
  readonly innsyn: string;
  readonly kommune: string;
  /** The Tenor test data search stand-in (`…/soek/{kilde}`). */
  readonly tenor: string;
}

/** A client of the Maskinporten stand-in, with everything needed to get a token and call ELAN (`client.json`). */
export interface RegisteredClient {
  readonly clientId: string;
  readonly orgnr: string;
  readonly scope: string;
  /** The private key as a JWK, with `kid`. */
  readonly privateJwk: RsaJwk;
  readonly privateKeyPem: string;
  readonly kid: string;
  readonly tokenEndpoint: string;
  /** The grant's `aud`: the stand-in's issuer. */
  readonly audience: string;
  readonly baseUrls: BaseUrls;
  /** Certificate clients: the business certificate chain for the grant's `x5c` header (leaf first). */
  readonly x5c?: readonly string[];
  readonly certificatePem?: string;
}

/** A client registered with its own public key: the simulator never saw the private key. */
export type PublicKeyClient = Omit<RegisteredClient, 'privateJwk' | 'privateKeyPem' | 'x5c' | 'certificatePem'>;

export function baseUrlsFor(state: SimulatorState, runtime: Runtime): BaseUrls {
  const ub = `${runtime.baseUrl}${UTLEGGSBEGJAERING_PREFIX}/${pathVersionFor(state.options.clientModelVersion)}`;
  return {
    utleggsbegjaering: ub,
    betjeningskartet: ub,
    status: ub,
    innsyn: ub,
    kommune: `${runtime.baseUrl}${KOMMUNE_PREFIX}/v1`,
    tenor: `${runtime.baseUrl}${TENOR_PREFIX}`,
  };
}

export function describePublicClient(
  state: SimulatorState,
  runtime: Runtime,
  record: ClientRecord,
  kid: string,
): PublicKeyClient {
  return {
    clientId: record.clientId,
    orgnr: record.orgnr,
    scope: [...record.scopes].join(' '),
    kid,
    tokenEndpoint: `${runtime.baseUrl}/token`,
    audience: runtime.issuer,
    baseUrls: baseUrlsFor(state, runtime),
  };
}

export function describeClient(
  state: SimulatorState,
  runtime: Runtime,
  record: ClientRecord,
  key: SigningKey,
  certificate?: { x5c: readonly string[]; pem: string },
): RegisteredClient {
  const publicPart = describePublicClient(state, runtime, record, key.kid);
  return {
    clientId: publicPart.clientId,
    orgnr: publicPart.orgnr,
    scope: publicPart.scope,
    privateJwk: privateJwk(key),
    privateKeyPem: privateKeyPem(key),
    kid: key.kid,
    tokenEndpoint: publicPart.tokenEndpoint,
    audience: publicPart.audience,
    baseUrls: publicPart.baseUrls,
    ...(certificate ? { x5c: certificate.x5c, certificatePem: certificate.pem } : {}),
  };
}
