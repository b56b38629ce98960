import type { Finding } from '@elan-kit/schemas';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { fail, toolError } from '../../engine/outcomes.js';
import { MaskinportenError } from '../../errors.js';
import type { AccessToken } from '../../maskinporten/token-provider.js';

/** A token for the target's configured client, or the outcome that explains why there is none. */
export async function obtainToken(
  context: CheckContext,
  options: { fresh?: boolean } = {},
): Promise<AccessToken | CheckOutcome> {
  const tokens = context.target.tokens;
  if (!tokens) {
    return toolError(
      'NO_MASKINPORTEN_CLIENT',
      `No Maskinporten client is configured for the ${context.target.kind} target.`,
      {
        reference: 'ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR, ELAN_KIT_MASKINPORTEN_KEY(_FILE)',
      },
    );
  }
  try {
    return await tokens.getToken({
      http: context.http,
      signal: context.signal,
      ...(options.fresh ? { fresh: true } : {}),
    });
  } catch (error) {
    if (error instanceof MaskinportenError) {
      const finding: Finding = {
        code: 'MASKINPORTEN_REFUSED',
        message: error.message,
        actual: { status: error.status, error: error.oauthError, error_description: error.description },
        reference: 'maskinporten-identifiers-interest.md §1.7 (MP-xxx error codes)',
      };
      return fail([finding]);
    }
    throw error;
  }
}

export function isAccessToken(value: AccessToken | CheckOutcome): value is AccessToken {
  return 'claims' in value;
}
