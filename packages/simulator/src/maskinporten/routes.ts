import { GRANT_ALGORITHMS, JWT_BEARER_GRANT_TYPE, SYSTEMUSER_TYPE } from '../assumptions.js';
import { SimulatorError } from '../errors.js';
import type { Reply, Route, RouteRequest } from '../pipeline/route.js';
import type { Runtime, SimulatorState } from '../state.js';
import { accessTokenClaims, signAccessToken } from './access-token.js';
import { checkGrant, newTraceId, readTokenRequest } from './grant.js';
import { GrantError } from './grant-error.js';
import { publicJwk } from './keys.js';

function runtimeOf(state: SimulatorState): Runtime {
  if (!state.runtime) {
    throw new SimulatorError('ELAN_SIMULATOR_NOT_LISTENING', 'The simulator is not listening.', {
      hint: 'Call listen() before sending requests.',
    });
  }
  return state.runtime;
}

/** POST /token — the JWT-bearer grant (maskinporten-identifiers-interest.md §1.2–1.10). */
export async function exchangeToken(state: SimulatorState, request: RouteRequest): Promise<Reply> {
  const runtime = runtimeOf(state);
  try {
    const assertion = readTokenRequest(request.headers['content-type'], request.body as Buffer);
    const grant = await checkGrant(assertion, state.registry, state.grantIds, {
      issuer: runtime.issuer,
      acceptAudienceWithoutTrailingSlash: state.options.acceptAudienceWithoutTrailingSlash,
      nowSeconds: Math.floor(Date.now() / 1000),
      virtualNowSeconds: Math.floor(request.nowMs / 1000),
    });
    const claims = accessTokenClaims(grant, runtime.issuer, Math.floor(request.nowMs / 1000));
    return {
      status: 200,
      body: {
        access_token: await signAccessToken(claims, runtime.issuerKey),
        token_type: 'Bearer',
        expires_in: (claims.exp as number) - (claims.iat as number),
        scope: grant.scope,
      },
      headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
      secrets: 'token-endpoint',
    };
  } catch (error) {
    if (!(error instanceof GrantError)) throw error;
    return { status: error.status, body: error.toBody(newTraceId()), headers: { 'cache-control': 'no-store' } };
  }
}

export function serveJwks(state: SimulatorState): Reply {
  return { status: 200, body: { keys: [publicJwk(runtimeOf(state).issuerKey)] } };
}

export function serveMetadata(state: SimulatorState): Reply {
  const { issuer, baseUrl } = runtimeOf(state);
  return {
    status: 200,
    body: {
      issuer,
      token_endpoint: `${baseUrl}/token`,
      jwks_uri: `${baseUrl}/jwk`,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      grant_types_supported: [JWT_BEARER_GRANT_TYPE],
      token_endpoint_auth_signing_alg_values_supported: [...GRANT_ALGORITHMS],
      authorization_details_types_supported: [SYSTEMUSER_TYPE],
    },
  };
}

export function maskinportenRoutes(state: SimulatorState): Route[] {
  const base = { family: 'maskinporten' as const };
  return [
    {
      ...base,
      method: 'POST',
      template: '/token',
      operationId: 'token',
      body: 'form',
      handle: (r) => exchangeToken(state, r),
    },
    { ...base, method: 'GET', template: '/jwk', operationId: 'jwks', body: 'none', handle: () => serveJwks(state) },
    {
      ...base,
      method: 'GET',
      template: '/.well-known/oauth-authorization-server',
      operationId: 'metadata',
      body: 'none',
      handle: () => serveMetadata(state),
    },
  ];
}
