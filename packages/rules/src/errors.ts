export type RulesErrorCode =
  | 'ELAN_RULES_DOCUMENT_NOT_OBJECT'
  | 'ELAN_RULES_UNKNOWN_MODEL_VERSION'
  | 'ELAN_RULES_INVALID_MODE'
  | 'ELAN_RULES_INVALID_TODAY'
  | 'ELAN_RULES_MISSING_EARLIER'
  | 'ELAN_RULES_UNKNOWN_VILKAAR'
  | 'ELAN_RULES_DUPLICATE_VILKAAR';

/** Misuse of the rules API (wrong context, a rule for a code the catalog does not know). Never a kontrollutslag. */
export class RulesError extends Error {
  override readonly name = 'RulesError';
  readonly code: RulesErrorCode;
  readonly hint: string | undefined;

  constructor(code: RulesErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}
