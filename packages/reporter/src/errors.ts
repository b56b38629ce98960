/** Every error the reporter throws carries one of these stable codes. */
export type ReporterErrorCode =
  /** The text is not JSON at all. */
  | 'ELAN_REPORT_INVALID_JSON'
  /** The JSON is a RunResult of another schemaVersion (or has none). */
  | 'ELAN_REPORT_SCHEMA_VERSION'
  /** The JSON does not match the RunResult schema. */
  | 'ELAN_REPORT_INVALID_RESULT'
  /** A format name that no renderer is registered for. */
  | 'ELAN_REPORT_UNKNOWN_FORMAT'
  /** PDF was asked for and no local Chromium could be found. */
  | 'ELAN_CHROMIUM_NOT_FOUND'
  /** Chromium was found but could not render the PDF. */
  | 'ELAN_PDF_RENDER_FAILED';

export interface ReporterErrorOptions {
  readonly hint?: string;
  /** JSON pointer of the first offending value, when there is one. */
  readonly pointer?: string;
  readonly cause?: unknown;
}

/** A user-facing error: `message` says what is wrong, `hint` what to do about it. */
export class ReporterError extends Error {
  override readonly name = 'ReporterError';
  readonly code: ReporterErrorCode;
  readonly hint: string | undefined;
  readonly pointer: string | undefined;

  constructor(code: ReporterErrorCode, message: string, options: ReporterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.pointer = options.pointer;
  }
}

export function isReporterError(error: unknown): error is ReporterError {
  return error instanceof ReporterError;
}
