import type { ExchangeToken } from '@elan-kit/schemas';
import { type ClassifiedExchange, isApiCall } from './classify.js';

/** One token as the ELAN traffic shows it: where it first and last appeared, and what it said. */
export interface TokenUse {
  readonly token: ExchangeToken;
  readonly first: ClassifiedExchange;
  readonly calls: readonly ClassifiedExchange[];
  /** The scenario (client process) it was used in. */
  readonly scenario: string | undefined;
}

/**
 * The tokens the client presented to the ELAN APIs, in the order they first appeared, grouped per client process
 * (per scenario on the vendor target; all traffic is one group for recordings). Tokens are told apart by their
 * fingerprint, never by a call to the kit's own Maskinporten, so this works for proxy recordings too.
 */
export function tokenUses(items: readonly ClassifiedExchange[]): Map<string, TokenUse[]> {
  const groups = new Map<string, TokenUse[]>();
  const byFingerprint = new Map<
    string,
    { token: ExchangeToken; first: ClassifiedExchange; calls: ClassifiedExchange[]; scenario: string | undefined }
  >();
  for (const item of items) {
    const token = item.exchange.token;
    if (!token || !isApiCall(item)) continue;
    const key = `${item.scenario ?? ''}|${token.fingerprint}`;
    const known = byFingerprint.get(key);
    if (known) {
      known.calls.push(item);
      continue;
    }
    const use = { token, first: item, calls: [item], scenario: item.scenario };
    byFingerprint.set(key, use);
    const group = item.scenario ?? '';
    groups.set(group, [...(groups.get(group) ?? []), use]);
  }
  return groups;
}

/** Lifetime in seconds from the token's own claims, when it has them. */
export function lifetimeSeconds(token: ExchangeToken): number | undefined {
  return token.iat !== undefined && token.exp !== undefined && token.exp > token.iat
    ? token.exp - token.iat
    : undefined;
}
