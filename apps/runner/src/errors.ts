export type CliErrorCode =
  | 'ELAN_USAGE'
  | 'ELAN_UNKNOWN_COMMAND'
  | 'ELAN_UNKNOWN_OPTION'
  | 'ELAN_INPUT_UNREADABLE'
  | 'ELAN_CONFIG_INVALID'
  | 'ELAN_SETUP';

/**
 * An error the user can act on: the message says what is wrong, `hint` says what to do.
 * Printed without a stack; always exit code 2.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly hint: string | undefined;

  constructor(code: CliErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

/** Errors from the packages carry a stable `ELAN_*` code and are meant for users too. */
export function isUserFacingError(error: unknown): error is Error & { code: string; hint?: string } {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ELAN_');
}
