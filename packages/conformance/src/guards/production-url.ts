import { PRODUCTION_HOST_PATTERNS, TEST_HOSTS } from '../assumptions.js';
import { ConformanceError, ProductionUrlError } from '../errors.js';
import type { RequestGuard } from '../http/http-client.js';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch (cause) {
    throw new ConformanceError('ELAN_TARGET_SETUP', `"${url}" is not a valid URL.`, { cause });
  }
}

export function isProductionHost(host: string): boolean {
  return PRODUCTION_HOST_PATTERNS.some((pattern) => pattern.test(host));
}

export interface UrlPolicy {
  /** When set, only these hosts are allowed (the `test` target). */
  readonly onlyHosts?: readonly string[];
  readonly allowProduction?: boolean;
}

/** Throws ProductionUrlError for a URL the policy does not allow. */
export function assertUrlAllowed(url: string, policy: UrlPolicy): void {
  if (policy.allowProduction) return;
  const host = hostOf(url);
  const allowed = policy.onlyHosts ?? TEST_HOSTS;
  if (policy.onlyHosts && !policy.onlyHosts.includes(host)) throw new ProductionUrlError(url, allowed);
  if (isProductionHost(host)) throw new ProductionUrlError(url, allowed);
}

/** The grant's `aud` (the issuer) and the token endpoint it is posted to must share one origin. */
export function assertAudienceMatchesTokenEndpoint(audience: string, tokenEndpoint: string): void {
  const origin = (url: string) => (URL.canParse(url) ? new URL(url).origin : url);
  if (origin(audience) !== origin(tokenEndpoint)) {
    throw new ConformanceError(
      'ELAN_MASKINPORTEN_CONFIG',
      `The grant audience ${audience} does not belong with the token endpoint ${tokenEndpoint}; elan-kit does not sign a grant for one server and send it to another.`,
      {
        hint: 'Set maskinporten.issuer and maskinporten.tokenEndpoint to the same Maskinporten (e.g. https://test.maskinporten.no/ and https://test.maskinporten.no/token).',
        messageNb: `Grant-audience ${audience} hører ikke til token-endepunktet ${tokenEndpoint}; elan-kit signerer ikke en grant for én tjener og sender den til en annen.`,
      },
    );
  }
}

export function createUrlGuard(policy: UrlPolicy): RequestGuard {
  return (request) => assertUrlAllowed(request.url, policy);
}
