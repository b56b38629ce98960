import { ElanError, type ElanErrorOptions, type SchemaPackageErrorCode } from './elan-error.js';

export interface SchemaPackageErrorOptions extends ElanErrorOptions {
  /** The file the error is about. */
  readonly file?: string;
  /** JSON pointer (RFC 6901) into the document. */
  readonly pointer?: string;
}

export class SchemaPackageError extends ElanError<SchemaPackageErrorCode> {
  override name = 'SchemaPackageError';
  readonly file?: string;
  readonly pointer?: string;

  constructor(code: SchemaPackageErrorCode, message: string, options: SchemaPackageErrorOptions = {}) {
    super(code, message, options);
    if (options.file !== undefined) this.file = options.file;
    if (options.pointer !== undefined) this.pointer = options.pointer;
  }
}

export function isSchemaPackageError(value: unknown): value is SchemaPackageError {
  return value instanceof SchemaPackageError;
}
