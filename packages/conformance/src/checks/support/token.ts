import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { finding } from '../../engine/finding.js';
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
      {
        en: `No Maskinporten client is configured for the ${context.target.kind} target.`,
        nb: `Ingen Maskinporten-klient er satt opp for testmålet ${context.target.kind}.`,
      },
      { reference: 'ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR, ELAN_KIT_MASKINPORTEN_KEY(_FILE)' },
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
      return fail([
        finding(
          'MASKINPORTEN_REFUSED',
          { en: error.message, nb: error.messageNb ?? error.message },
          {
            actual: { status: error.status, error: error.oauthError, error_description: error.description },
            reference: 'Digdir, Maskinporten: feilkoder (MP-xxx)',
          },
        ),
      ]);
    }
    throw error;
  }
}

export function isAccessToken(value: AccessToken | CheckOutcome): value is AccessToken {
  return 'claims' in value;
}
