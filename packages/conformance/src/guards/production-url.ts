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

export function createUrlGuard(policy: UrlPolicy): RequestGuard {
  return (request) => assertUrlAllowed(request.url, policy);
}
