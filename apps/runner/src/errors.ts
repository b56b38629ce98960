import { type CliErrorCode, ElanError } from '@elan-kit/schemas';

export type { CliErrorCode } from '@elan-kit/schemas';

/**
 * An error the user can act on: the message says what is wrong, `hint` says what to do.
 * Printed without a stack; always exit code 2.
 */
export class CliError extends ElanError<CliErrorCode> {
  override name = 'CliError';
}
