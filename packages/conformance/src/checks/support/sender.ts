import type { Target } from '../../targets/target.js';

/**
 * The organisation the kit sends on behalf of: the systembruker's customer when the token is for one, else the
 * organisation the token is for. Every payload the kit builds or sends names it as innsender, so the server does
 * not answer INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING for the kit's own payloads.
 */
export function senderOrgnr(target: Target): string | undefined {
  return target.expectations.systembrukerCustomerOrgnr ?? target.expectations.consumerOrgnr;
}
