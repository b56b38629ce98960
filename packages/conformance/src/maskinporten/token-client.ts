import type { Exchange } from '@elan-kit/schemas';
import { MaskinportenError } from '../errors.js';
import type { HttpClient } from '../http/http-client.js';

export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface TokenResponse {
  readonly access_token: string;
  readonly token_type: string;
  readonly expires_in: number;
  readonly scope?: string;
}

export interface TokenExchange {
  readonly token: TokenResponse;
  readonly exchange: Exchange;
}

function isTokenResponse(value: unknown): value is TokenResponse {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['access_token'] === 'string' && typeof record['expires_in'] === 'number';
}

/** Posts the grant form-encoded to the token endpoint; the same code serves the simulator and test.maskinporten.no. */
export async function requestToken(
  http: HttpClient,
  options: { tokenEndpoint: string; assertion: string; signal?: AbortSignal },
): Promise<TokenExchange> {
  const response = await http.send({
    method: 'POST',
    url: options.tokenEndpoint,
    headers: { accept: 'application/json' },
    form: { grant_type: JWT_BEARER_GRANT_TYPE, assertion: options.assertion },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (response.status === 200 && isTokenResponse(response.body)) {
    return { token: response.body, exchange: response.exchange };
  }
  const body = (response.body ?? {}) as Record<string, unknown>;
  const error = typeof body['error'] === 'string' ? body['error'] : undefined;
  const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
  const detail = `HTTP ${response.status}${error ? ` ${error}` : ''}${description ? `: ${description}` : ''}`;
  throw new MaskinportenError(`Maskinporten refused the grant (${detail}).`, {
    messageNb: `Maskinporten avviste tildelingen (${detail}).`,
    status: response.status,
    ...(error ? { error } : {}),
    ...(description ? { description } : {}),
  });
}
