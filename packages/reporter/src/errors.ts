import { ElanError, type ElanErrorOptions, type ReporterErrorCode } from '@elan-kit/schemas';

export type { ReporterErrorCode } from '@elan-kit/schemas';

export interface ReporterErrorOptions extends ElanErrorOptions {
  /** JSON pointer of the first offending value, when there is one. */
  readonly pointer?: string;
}

/** A user-facing error: `message` says what is wrong, `hint` what to do about it. */
export class ReporterError extends ElanError<ReporterErrorCode> {
  override name = 'ReporterError';
  readonly pointer: string | undefined;

  constructor(code: ReporterErrorCode, message: string, options: ReporterErrorOptions = {}) {
    super(code, message, options);
    this.pointer = options.pointer;
  }
}

export function isReporterError(error: unknown): error is ReporterError {
  return error instanceof ReporterError;
}
