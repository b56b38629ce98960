import { ElanError, type RulesErrorCode } from '@elan-kit/schemas';

export type { RulesErrorCode } from '@elan-kit/schemas';

/** Misuse of the rules API (wrong context, a rule for a code the catalog does not know). Never a kontrollutslag. */
export class RulesError extends ElanError<RulesErrorCode> {
  override name = 'RulesError';
}
